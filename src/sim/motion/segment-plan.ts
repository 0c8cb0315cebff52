// Building path primitives: joint interpolation (MoveJ), straight line (MoveL), circle through a via point
// (MoveC), and the corner blends between them. Writes into preallocated Segment records (no allocation).
import type { RobotModel } from '../robot/index.ts';
import type { JointSpeed } from './program.ts';
import type { Segment } from './motion-state.ts';
import { quatFromMat34, prepareSlerp } from './quat.ts';
import { bezierLength } from './segment-geometry.ts';
import { ORI_ACCEL_RAD_PER_S2, ORI_SPEED_RAD_PER_S, TCP_ACCEL_M_PER_S2 } from './motion-limits.ts';
import { atan2 } from '../core/fmath.ts';

/** Rate used for zero-length primitives: they complete in one step. */
const INSTANT = 1e12;

function resetCommon(seg: Segment, kind: Segment['kind']): void {
  seg.kind = kind;
  seg.uStart = 0;
  seg.uEnd = 1;
  seg.blendOut = false;
  seg.exitSpeedMPerS = 0;
  seg.sweep = 0;
  seg.oriHalfAngle = 0;
}

/** Orientation part shared by the Cartesian kinds: quaternions of poses a and b, and rate limits. */
function setOrientation(seg: Segment, poseA: ArrayLike<number>, poseB: ArrayLike<number>): void {
  quatFromMat34(poseA, seg.qa);
  quatFromMat34(poseB, seg.qb);
  seg.oriHalfAngle = prepareSlerp(seg.qa, seg.qb);
}

/** Rate and acceleration limits of a Cartesian primitive of length L turning the tool by 2·halfAngle. */
function setCartesianLimits(seg: Segment, speedMPerS: number): void {
  const L = seg.lengthM;
  const turn = 2 * seg.oriHalfAngle;
  let rate = INSTANT;
  let acc = INSTANT;
  if (L > 1e-12) {
    rate = Math.min(rate, speedMPerS / L);
    acc = Math.min(acc, TCP_ACCEL_M_PER_S2 / L);
  }
  if (turn > 1e-12) {
    rate = Math.min(rate, ORI_SPEED_RAD_PER_S / turn);
    acc = Math.min(acc, ORI_ACCEL_RAD_PER_S2 / turn);
  }
  seg.uRateMax = rate;
  seg.uAccMax = acc;
  seg.speedMPerS = speedMPerS;
}

/** MoveL: straight line from poseA to poseB (work-object frame) at speedMPerS, orientation by slerp. */
export function planLine(
  seg: Segment,
  poseA: ArrayLike<number>,
  poseB: ArrayLike<number>,
  speedMPerS: number,
): void {
  resetCommon(seg, 'line');
  for (let i = 0; i < 3; i++) {
    seg.p0[i] = poseA[3 + 4 * i]!;
    seg.p1[i] = poseB[3 + 4 * i]!;
  }
  const dx = seg.p1[0]! - seg.p0[0]!,
    dy = seg.p1[1]! - seg.p0[1]!,
    dz = seg.p1[2]! - seg.p0[2]!;
  seg.lengthM = Math.sqrt(dx * dx + dy * dy + dz * dz);
  setOrientation(seg, poseA, poseB);
  setCartesianLimits(seg, speedMPerS);
}

/**
 * MoveC: circle from poseA through viaPoint to poseB; orientation interpolates from A to B (the via
 * orientation is not used, as in URScript movec / ABB MoveC). Returns false when the three points are
 * (nearly) collinear or coincide, so no unique circle exists.
 */
export function planArc(
  seg: Segment,
  poseA: ArrayLike<number>,
  viaPose: ArrayLike<number>,
  poseB: ArrayLike<number>,
  speedMPerS: number,
): boolean {
  resetCommon(seg, 'arc');
  const ax = poseA[3]!,
    ay = poseA[7]!,
    az = poseA[11]!;
  const ux = viaPose[3]! - ax,
    uy = viaPose[7]! - ay,
    uz = viaPose[11]! - az;
  const vx = poseB[3]! - ax,
    vy = poseB[7]! - ay,
    vz = poseB[11]! - az;
  // n = u × v; circumcentre relative to A: (|u|²v − |v|²u) × n / (2|n|²).
  const nx = uy * vz - uz * vy,
    ny = uz * vx - ux * vz,
    nz = ux * vy - uy * vx;
  const nn = nx * nx + ny * ny + nz * nz;
  const uu = ux * ux + uy * uy + uz * uz,
    vv = vx * vx + vy * vy + vz * vz;
  if (!(nn > 1e-12 * uu * vv) || uu < 1e-14 || vv < 1e-14) return false;
  const wx = uu * vx - vv * ux,
    wy = uu * vy - vv * uy,
    wz = uu * vz - vv * uz;
  const cx = ax + (wy * nz - wz * ny) / (2 * nn);
  const cy = ay + (wz * nx - wx * nz) / (2 * nn);
  const cz = az + (wx * ny - wy * nx) / (2 * nn);
  const e1x = ax - cx,
    e1y = ay - cy,
    e1z = az - cz;
  const r = Math.sqrt(e1x * e1x + e1y * e1y + e1z * e1z);
  const nl = Math.sqrt(nn);
  const hx = nx / nl,
    hy = ny / nl,
    hz = nz / nl;
  // e2 = n̂ × e1 (already radius-scaled): A → via → B runs counter-clockwise about n̂.
  const e2x = hy * e1z - hz * e1y,
    e2y = hz * e1x - hx * e1z,
    e2z = hx * e1y - hy * e1x;
  const bx = poseB[3]! - cx,
    by = poseB[7]! - cy,
    bz = poseB[11]! - cz;
  let sweep = atan2(bx * e2x + by * e2y + bz * e2z, bx * e1x + by * e1y + bz * e1z);
  if (sweep <= 0) sweep += 2 * Math.PI;
  seg.p0[0] = cx;
  seg.p0[1] = cy;
  seg.p0[2] = cz;
  seg.p1[0] = e1x;
  seg.p1[1] = e1y;
  seg.p1[2] = e1z;
  seg.p2[0] = e2x;
  seg.p2[1] = e2y;
  seg.p2[2] = e2z;
  seg.sweep = sweep;
  seg.lengthM = r * sweep;
  setOrientation(seg, poseA, poseB);
  setCartesianLimits(seg, speedMPerS);
  return true;
}

/**
 * MoveJ: synchronised joint interpolation q0 → q1 (every joint starts and stops together, the slowest joint
 * sets the pace), trapezoidal in the common parameter so each joint respects its speed and acceleration.
 * `chordM` is the straight TCP distance, used for mm/s speeds and blend sizes.
 */
export function planJoint(
  seg: Segment,
  robot: RobotModel,
  q0: ArrayLike<number>,
  q1: ArrayLike<number>,
  speed: JointSpeed,
  chordM: number,
): void {
  resetCommon(seg, 'joint');
  let rate = INSTANT;
  let acc = INSTANT;
  let maxDelta = 0;
  const fraction = speed.kind === 'percent' ? Math.min(1, Math.max(0, speed.percent / 100)) : 1;
  for (let j = 0; j < robot.dof; j++) {
    seg.j0[j] = q0[j]!;
    seg.j1[j] = q1[j]!;
    const d = Math.abs(q1[j]! - q0[j]!);
    if (d > maxDelta) maxDelta = d;
    if (d < 1e-12) continue;
    rate = Math.min(rate, (robot.maxJointSpeed[j]! * fraction) / d);
    acc = Math.min(acc, robot.maxJointAccel[j]! / d);
  }
  if (speed.kind === 'radPerS' && maxDelta > 1e-12) rate = Math.min(rate, speed.radPerS / maxDelta);
  if (speed.kind === 'mmPerS' && chordM > 1e-9) rate = Math.min(rate, speed.mmPerS / 1000 / chordM);
  seg.uRateMax = rate;
  seg.uAccMax = acc;
  seg.lengthM = chordM;
  seg.speedMPerS = rate < INSTANT ? chordM * rate : 0;
}

/**
 * Corner blend between two Cartesian primitives: cubic Bézier from A (leaving the first path with unit tangent
 * tA, `armA` metres before the corner) to B (joining the second with tangent tB, `armB` after it). For two
 * lines this is the parabola with its control point on the corner, so the rounded path stays inside the zone.
 */
export function planCartesianBlend(
  seg: Segment,
  poseA: ArrayLike<number>,
  tA: ArrayLike<number>,
  armA: number,
  poseB: ArrayLike<number>,
  tB: ArrayLike<number>,
  armB: number,
  speedMPerS: number,
): void {
  resetCommon(seg, 'cblend');
  for (let i = 0; i < 3; i++) {
    const a = poseA[3 + 4 * i]!,
      b = poseB[3 + 4 * i]!;
    seg.p0[i] = a;
    seg.p1[i] = a + (2 / 3) * armA * tA[i]!;
    seg.p2[i] = b - (2 / 3) * armB * tB[i]!;
    seg.p3[i] = b;
  }
  seg.lengthM = bezierLength(seg);
  setOrientation(seg, poseA, poseB);
  setCartesianLimits(seg, speedMPerS);
}

/**
 * Corner blend in joint space (when a MoveJ is involved): quadratic Bézier qA → corner qC → qB. Its
 * derivative peaks at the ends, so limiting the rate there keeps every joint within its speed.
 */
export function planJointBlend(
  seg: Segment,
  robot: RobotModel,
  qA: ArrayLike<number>,
  qC: ArrayLike<number>,
  qB: ArrayLike<number>,
  lengthM: number,
  speedMPerS: number,
): void {
  resetCommon(seg, 'jblend');
  let rate = lengthM > 1e-12 ? speedMPerS / lengthM : INSTANT;
  let acc = INSTANT;
  for (let j = 0; j < robot.dof; j++) {
    seg.j0[j] = qA[j]!;
    seg.j1[j] = qC[j]!;
    seg.j2[j] = qB[j]!;
    const d = 2 * Math.max(Math.abs(qC[j]! - qA[j]!), Math.abs(qB[j]! - qC[j]!));
    if (d < 1e-12) continue;
    rate = Math.min(rate, robot.maxJointSpeed[j]! / d);
    acc = Math.min(acc, robot.maxJointAccel[j]! / d);
  }
  seg.uRateMax = rate;
  seg.uAccMax = acc;
  seg.lengthM = lengthM;
  seg.speedMPerS = rate < INSTANT ? lengthM * rate : 0;
}
