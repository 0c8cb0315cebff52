// Two-axis tilt-rotate welding positioner (L-type, ABB IRBP A class) as a separate RobotModel (industrial family).
// Domain §3.1: a positioner's 1–2 servo axes hold the seam downhand; offline programming solves the axes per point
// so the weld normal points up. Frames: base on the floor below the faceplate centre, Z up; the tilt axis is
// parallel to base X at `tiltAxisHeightM`; at tilt 0 the faceplate is horizontal, `faceplateOffsetM` above the
// tilt axis, and the rotate axis is base Z. FK = faceplate frame: Tz(h)·Rx(tilt)·Tz(offset)·Rz(rotate).
import type { Mat34 } from '../core/transform.ts';
import type { RobotModel } from './types.ts';
import { deg, degToRad } from '../core/units.ts';
import { wrapIntoLimits } from './joint-wrap.ts';
import { posesMatch } from './pose-check.ts';
import { acos, atan2, cos, hypot, hypot3, sin } from '../core/fmath.ts';

const d = (x: number): number => degToRad(deg(x));

export interface PositionerOptions {
  /** Height of the tilt axis above the floor, m. @default 0.9 */
  tiltAxisHeightM?: number;
  /** Faceplate surface above the tilt axis at tilt 0, m. @default 0.25 */
  faceplateOffsetM?: number;
}

// ABB lists the IRBP A-250 as a two-axis (tilt + rotate) welding positioner; its datasheet limits and speeds were
// not in the searchable corpus, so these are stated choices [unverified], typical of the L-type class:
// tilt ±135°, rotate ±360° (one cable turn either way), tilt 70°/s, rotate 120°/s, full speed in 0.5 s.
export const POSITIONER_JOINT_LIMITS: ReadonlyArray<readonly [number, number]> = [
  [d(-135), d(135)],
  [d(-360), d(360)],
];
export const POSITIONER_MAX_SPEED: readonly number[] = [d(70), d(120)];
const ACCEL_TIME_S = 0.5; // [unverified] same assumption as the FANUC arm (fanuc-m10ia.ts)
// Geometry defaults [stated choice]: a waist-height table so a seated/standing trainee sees the seam.
const DEFAULT_TILT_AXIS_HEIGHT_M = 0.9;
const DEFAULT_FACEPLATE_OFFSET_M = 0.25;
/** Below this a direction is treated as lying on a positioner axis (numerical threshold). */
const AXIS_EPS = 1e-12;

export interface PositionerModel extends RobotModel {
  kind: 'positioner-2axis';
  tiltAxisHeightM: number;
  faceplateOffsetM: number;
}

export function createPositioner2Axis(options: PositionerOptions = {}): PositionerModel {
  const h = options.tiltAxisHeightM ?? DEFAULT_TILT_AXIS_HEIGHT_M;
  const f = options.faceplateOffsetM ?? DEFAULT_FACEPLATE_OFFSET_M;
  const limits = POSITIONER_JOINT_LIMITS;
  const check = new Float64Array(12);
  const candidate = new Float64Array(2);

  function fk(q: ArrayLike<number>, out: Mat34): Mat34 {
    const ct = cos(q[0]!),
      st = sin(q[0]!);
    const cr = cos(q[1]!),
      sr = sin(q[1]!);
    // Rx(t)·Rz(r)
    out[0] = cr;
    out[1] = -sr;
    out[2] = 0;
    out[4] = ct * sr;
    out[5] = ct * cr;
    out[6] = -st;
    out[8] = st * sr;
    out[9] = st * cr;
    out[10] = ct;
    out[3] = 0;
    out[7] = -st * f;
    out[11] = h + ct * f;
    return out;
  }

  function ik(t: ArrayLike<number>, out: Float64Array): number {
    // Faceplate normal (column 2) = (0, −sin tilt, cos tilt); the faceplate X axis (column 0) gives rotate.
    const tilt = atan2(-t[6]!, t[10]!);
    const rotate = atan2(-t[1]!, t[0]!);
    candidate[0] = tilt;
    candidate[1] = rotate;
    fk(candidate, check);
    if (!posesMatch(check, t)) return 0;
    out[0] = wrapIntoLimits(tilt, limits[0]![0], limits[0]![1]);
    out[1] = wrapIntoLimits(rotate, limits[1]![0], limits[1]![1]);
    return out[0] === out[0] && out[1] === out[1] ? 1 : 0;
  }

  return {
    id: 'positioner-2axis',
    name: 'Two-axis tilt-rotate welding positioner (ABB IRBP A class)',
    family: 'industrial',
    kind: 'positioner-2axis',
    dof: 2,
    tiltAxisHeightM: h,
    faceplateOffsetM: f,
    jointLimits: limits,
    maxJointSpeed: POSITIONER_MAX_SPEED,
    maxJointAccel: POSITIONER_MAX_SPEED.map((v) => v / ACCEL_TIME_S),
    jointNames: ['tilt', 'rotate'],
    frames:
      'Base = floor below the faceplate centre, Z up, tilt axis parallel to X; flange = faceplate centre, ' +
      'Z = faceplate normal, rotating with the rotate axis.',
    fk,
    ik,
  };
}

/**
 * Tilt/rotate pairs (≤ 2, written into `out` as [tilt, rotate, tilt, rotate]) that turn direction `n`, given in
 * the faceplate frame, into direction `d` in the positioner base frame. When `n` lies on the rotate axis, rotate
 * is free and taken from `hint` (or 0); when `d` lies on the tilt axis, tilt is free likewise.
 */
export function positionerAlign(
  model: RobotModel,
  n: ArrayLike<number>,
  dir: ArrayLike<number>,
  out: Float64Array | number[],
  hint?: ArrayLike<number>,
): number {
  const nl = hypot3(n[0]!, n[1]!, n[2]!);
  const dl = hypot3(dir[0]!, dir[1]!, dir[2]!);
  if (nl === 0 || dl === 0) return 0;
  const nx = n[0]! / nl,
    ny = n[1]! / nl,
    nz = n[2]! / nl;
  const dx = dir[0]! / dl,
    dy = dir[1]! / dl,
    dz = dir[2]! / dl;
  const lim = model.jointLimits;
  // Rz(r)·n must have x-component dx (Rx(tilt) keeps x): ρ·cos(r + φ) = dx.
  const rho = hypot(nx, ny);
  let count = 0;
  const branches = rho < AXIS_EPS ? 1 : 2;
  if (rho < AXIS_EPS ? Math.abs(dx) > 1e-9 : Math.abs(dx) > rho * (1 + 1e-12)) return 0;
  const phi = atan2(ny, nx);
  const spread = rho < AXIS_EPS ? 0 : acos(Math.max(-1, Math.min(1, dx / rho)));
  for (let i = 0; i < branches; i++) {
    const rotate = rho < AXIS_EPS ? (hint ? hint[1]! : 0) : i === 0 ? spread - phi : -spread - phi;
    const cr = cos(rotate),
      sr = sin(rotate);
    const my = nx * sr + ny * cr;
    const freeTilt = hypot(dy, dz) < AXIS_EPS && hypot(my, nz) < AXIS_EPS;
    const tilt = freeTilt ? (hint ? hint[0]! : 0) : atan2(dz, dy) - atan2(nz, my);
    const o = count * 2;
    out[o] = wrapIntoLimits(tilt, lim[0]![0], lim[0]![1]);
    out[o + 1] = wrapIntoLimits(rotate, lim[1]![0], lim[1]![1]);
    if (out[o] === out[o] && out[o + 1] === out[o + 1]) count++;
  }
  return count;
}

const UP = [0, 0, 1] as const;

/**
 * Tilt/rotate pairs (≤ 2) that put a seam into the flat position PA: the seam normal (fillet bisector or
 * butt-weld face normal), given in the faceplate/table frame, turned to point straight up.
 */
export function positionerToFlat(
  model: RobotModel,
  seamNormalInTable: ArrayLike<number>,
  out: Float64Array | number[],
  hint?: ArrayLike<number>,
): number {
  return positionerAlign(model, seamNormalInTable, UP, out, hint);
}

export const positioner2Axis: PositionerModel = createPositioner2Axis();
