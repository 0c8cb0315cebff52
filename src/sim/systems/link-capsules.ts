// Robot links as capsules (segment + radius) in the world frame, for speed & separation monitoring.
// Points are the joint origins of the kinematic chain; the safety layer measures person ↔ capsule distances.
import type { LinkCapsule } from '../safety/index.ts';
import type { RobotModel } from '../robot/index.ts';
import type { UrModel } from '../robot/index.ts';
import { M10IA_OPW } from '../robot/index.ts';
import { multiply34, mat34, transformPoint } from '../core/transform.ts';
import { cos, sin } from '../core/fmath.ts';

// [model] Capsule radius 0.08 m: envelope of the UR10e/M-10iA joint housings (≈ Ø150 mm class arms); a
// conservative cover, to be replaced by per-link radii from the makers' drawings.
const LINK_RADIUS_M = 0.08;
// [model] The torch: a Ø50 mm envelope around the neck (typical robot MIG neck + nozzle).
const TORCH_RADIUS_M = 0.025;

const MAX_POINTS = 8;
const points: number[][] = Array.from({ length: MAX_POINTS }, () => [0, 0, 0]);
const frame = mat34();
const step = mat34();
const flange = mat34();
const local = [0, 0, 0];

// UR DH α column (domain/robots.md §1.1).
const UR_ALPHA = [Math.PI / 2, 0, 0, Math.PI / 2, -Math.PI / 2, 0];
const urA = [0, 0, 0, 0, 0, 0];
const urD = [0, 0, 0, 0, 0, 0];

function urPoints(model: UrModel, q: ArrayLike<number>): number {
  const { d1, a2, a3, d4, d5, d6 } = model.dh;
  const a = urA,
    d = urD,
    alpha = UR_ALPHA;
  a[1] = a2;
  a[2] = a3;
  d[0] = d1;
  d[3] = d4;
  d[4] = d5;
  d[5] = d6;
  frame.fill(0);
  frame[0] = frame[5] = frame[10] = 1;
  points[0]![0] = points[0]![1] = points[0]![2] = 0;
  for (let i = 0; i < 6; i++) {
    const ct = cos(q[i]!),
      st = sin(q[i]!),
      ca = cos(alpha[i]!),
      sa = sin(alpha[i]!);
    step[0] = ct;
    step[1] = -st * ca;
    step[2] = st * sa;
    step[3] = a[i]! * ct;
    step[4] = st;
    step[5] = ct * ca;
    step[6] = -ct * sa;
    step[7] = a[i]! * st;
    step[8] = 0;
    step[9] = sa;
    step[10] = ca;
    step[11] = d[i]!;
    multiply34(frame, step, frame);
    const p = points[i + 1]!;
    p[0] = frame[3]!;
    p[1] = frame[7]!;
    p[2] = frame[11]!;
  }
  return 7;
}

/** Point i = Rz(q1)·(x, 0, z): the OPW arm plane turned by J1. */
function setRotated(i: number, c1: number, s1: number, x: number, z: number): void {
  const p = points[i]!;
  p[0] = c1 * x;
  p[1] = s1 * x;
  p[2] = z;
}

function opwPoints(model: RobotModel, q: ArrayLike<number>): number {
  const o = M10IA_OPW;
  const q1 = q[0]! * o.signs[0]! + o.offsets[0]!;
  const q2 = q[1]! * o.signs[1]! + o.offsets[1]!;
  const c1 = cos(q1),
    s1 = sin(q1);
  setRotated(0, c1, s1, 0, 0);
  setRotated(1, c1, s1, 0, o.c1);
  setRotated(2, c1, s1, o.a1, o.c1);
  setRotated(3, c1, s1, o.a1 + o.c2 * sin(q2), o.c1 + o.c2 * cos(q2));
  model.fk(q, flange);
  // Wrist centre = flange − c4 along the flange Z axis (OPW: the last link runs along tool Z).
  const w = points[4]!;
  w[0] = flange[3]! - o.c4 * flange[2]!;
  w[1] = flange[7]! - o.c4 * flange[6]!;
  w[2] = flange[11]! - o.c4 * flange[10]!;
  const f = points[5]!;
  f[0] = flange[3]!;
  f[1] = flange[7]!;
  f[2] = flange[11]!;
  return 6;
}

/**
 * Fill `out` with link capsules in the world frame and return how many are valid. `tcpWorld` adds the torch.
 * Zero allocation once `out` has enough entries.
 */
export function linkCapsules(
  model: RobotModel,
  q: ArrayLike<number>,
  robotBase: ArrayLike<number>,
  tcpWorld: ArrayLike<number>,
  out: LinkCapsule[],
): number {
  let n = 0;
  if (model.kind === 'ur-dh') n = urPoints(model as UrModel, q);
  else if (model.kind === 'opw') n = opwPoints(model, q);
  else return 0;
  for (let i = 0; i < n; i++) {
    const p = points[i]!;
    local[0] = p[0]!;
    local[1] = p[1]!;
    local[2] = p[2]!;
    transformPoint(robotBase, local, p);
  }
  let count = 0;
  for (let i = 0; i + 1 < n && count < out.length; i++, count++) {
    const c = out[count]!;
    const a = points[i]!,
      b = points[i + 1]!;
    c.aM[0] = a[0]!;
    c.aM[1] = a[1]!;
    c.aM[2] = a[2]!;
    c.bM[0] = b[0]!;
    c.bM[1] = b[1]!;
    c.bM[2] = b[2]!;
    c.radiusM = LINK_RADIUS_M;
  }
  if (count < out.length) {
    const c = out[count++]!;
    const a = points[n - 1]!;
    c.aM[0] = a[0]!;
    c.aM[1] = a[1]!;
    c.aM[2] = a[2]!;
    c.bM[0] = tcpWorld[3]!;
    c.bM[1] = tcpWorld[7]!;
    c.bM[2] = tcpWorld[11]!;
    c.radiusM = TORCH_RADIUS_M;
  }
  return count;
}
