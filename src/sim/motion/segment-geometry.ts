// Where a path primitive puts the TCP (work-object frame) or the joints at path parameter u. No allocation.
import type { Segment, SegmentKind } from './motion-state.ts';
import { setRotationFromQuat, slerp } from './quat.ts';
import { cos, sin } from '../core/fmath.ts';

type Out = number[] | Float64Array;
const qTmp = new Float64Array(4);

export function isCartesian(kind: SegmentKind): boolean {
  return kind === 'line' || kind === 'arc' || kind === 'cblend';
}

/**
 * TCP pose (work-object frame) at u, written into `pose` (Mat34), and the unit path tangent into `tangent`
 * (zero for a pure reorientation). For a cblend, position follows the Bézier parameter `t`.
 */
export function segmentPoseAt(seg: Segment, u: number, t: number, pose: Out, tangent: Out): void {
  const p0 = seg.p0,
    p1 = seg.p1,
    p2 = seg.p2,
    p3 = seg.p3;
  let tx = 0,
    ty = 0,
    tz = 0;
  if (seg.kind === 'line') {
    for (let i = 0; i < 3; i++) pose[3 + 4 * i] = p0[i]! + (p1[i]! - p0[i]!) * u;
    tx = p1[0]! - p0[0]!;
    ty = p1[1]! - p0[1]!;
    tz = p1[2]! - p0[2]!;
  } else if (seg.kind === 'arc') {
    const phi = seg.sweep * u;
    const c = cos(phi),
      s = sin(phi);
    for (let i = 0; i < 3; i++) pose[3 + 4 * i] = p0[i]! + c * p1[i]! + s * p2[i]!;
    tx = -s * p1[0]! + c * p2[0]!;
    ty = -s * p1[1]! + c * p2[1]!;
    tz = -s * p1[2]! + c * p2[2]!;
    if (seg.sweep < 0) {
      tx = -tx;
      ty = -ty;
      tz = -tz;
    }
  } else {
    const m = 1 - t;
    const b0 = m * m * m,
      b1 = 3 * m * m * t,
      b2 = 3 * m * t * t,
      b3 = t * t * t;
    const d0 = 3 * m * m,
      d1 = 6 * m * t,
      d2 = 3 * t * t;
    for (let i = 0; i < 3; i++) pose[3 + 4 * i] = b0 * p0[i]! + b1 * p1[i]! + b2 * p2[i]! + b3 * p3[i]!;
    tx = d0 * (p1[0]! - p0[0]!) + d1 * (p2[0]! - p1[0]!) + d2 * (p3[0]! - p2[0]!);
    ty = d0 * (p1[1]! - p0[1]!) + d1 * (p2[1]! - p1[1]!) + d2 * (p3[1]! - p2[1]!);
    tz = d0 * (p1[2]! - p0[2]!) + d1 * (p2[2]! - p1[2]!) + d2 * (p3[2]! - p2[2]!);
  }
  const n = Math.sqrt(tx * tx + ty * ty + tz * tz);
  const k = n > 1e-12 ? 1 / n : 0;
  tangent[0] = tx * k;
  tangent[1] = ty * k;
  tangent[2] = tz * k;
  setRotationFromQuat(slerp(seg.qa, seg.qb, seg.oriHalfAngle, u, qTmp), pose);
}

/** Speed of the cblend Bézier point per unit t, |B'(t)| (m). */
export function bezierSpeed(seg: Segment, t: number): number {
  const p0 = seg.p0,
    p1 = seg.p1,
    p2 = seg.p2,
    p3 = seg.p3;
  const m = 1 - t;
  const d0 = 3 * m * m,
    d1 = 6 * m * t,
    d2 = 3 * t * t;
  let s = 0;
  for (let i = 0; i < 3; i++) {
    const d = d0 * (p1[i]! - p0[i]!) + d1 * (p2[i]! - p1[i]!) + d2 * (p3[i]! - p2[i]!);
    s += d * d;
  }
  return Math.sqrt(s);
}

// 5-point Gauss–Legendre nodes and weights on [0, 1] (Abramowitz & Stegun, Table 25.4).
const GL_X = [0.046910077030668, 0.2307653449471585, 0.5, 0.7692346550528415, 0.953089922969332];
const GL_W = [
  0.1184634425280945, 0.2393143352496832, 0.2844444444444444, 0.2393143352496832, 0.1184634425280945,
];

/** Arc length of the cblend Bézier (m), 5-point Gauss–Legendre on two halves. */
export function bezierLength(seg: Segment): number {
  let len = 0;
  for (let h = 0; h < 2; h++)
    for (let i = 0; i < 5; i++) len += 0.5 * GL_W[i]! * bezierSpeed(seg, 0.5 * h + 0.5 * GL_X[i]!);
  return len;
}

/** Joints at u for joint kinds, written into `q`. */
export function segmentJointsAt(seg: Segment, u: number, q: Out): void {
  const n = seg.j0.length;
  if (seg.kind === 'joint') {
    for (let j = 0; j < n; j++) q[j] = seg.j0[j]! + (seg.j1[j]! - seg.j0[j]!) * u;
  } else {
    const m = 1 - u;
    for (let j = 0; j < n; j++) q[j] = m * m * seg.j0[j]! + 2 * m * u * seg.j1[j]! + u * u * seg.j2[j]!;
  }
}
