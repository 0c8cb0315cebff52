// Small zero-allocation geometry for the safety monitor: point–segment distance (person point ↔ robot link
// capsule), segment–box overlap (line of sight through welding screens), point–box containment. Metres.

import { acos } from '../core/fmath.ts';
export type Vec3 = [number, number, number];

/** Axis-aligned box in the cell (world) frame, metres. */
export interface Box {
  minM: Vec3;
  maxM: Vec3;
}

/** Distance from point p to the segment a–b (0 when p lies on it). */
export function pointSegmentDistance(
  p: ArrayLike<number>,
  a: ArrayLike<number>,
  b: ArrayLike<number>,
): number {
  const ax = a[0]!,
    ay = a[1]!,
    az = a[2]!;
  const abx = b[0]! - ax,
    aby = b[1]! - ay,
    abz = b[2]! - az;
  const apx = p[0]! - ax,
    apy = p[1]! - ay,
    apz = p[2]! - az;
  const len2 = abx * abx + aby * aby + abz * abz;
  let t = len2 > 0 ? (apx * abx + apy * aby + apz * abz) / len2 : 0;
  if (t < 0) t = 0;
  else if (t > 1) t = 1;
  const dx = apx - t * abx,
    dy = apy - t * aby,
    dz = apz - t * abz;
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}

export function distanceBetween(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const dx = a[0]! - b[0]!,
    dy = a[1]! - b[1]!,
    dz = a[2]! - b[2]!;
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}

/** True when a and b are closer than `d` (a boolean result: nothing to box on the per-step path). */
export function withinDistance(a: ArrayLike<number>, b: ArrayLike<number>, d: number): boolean {
  const dx = a[0]! - b[0]!,
    dy = a[1]! - b[1]!,
    dz = a[2]! - b[2]!;
  return dx * dx + dy * dy + dz * dz < d * d;
}

/** True when p lies inside the box grown by `marginM` on every side. */
export function pointInBox(p: ArrayLike<number>, box: Box, marginM = 0): boolean {
  for (let i = 0; i < 3; i++) {
    const v = p[i]!;
    if (v < box.minM[i]! - marginM || v > box.maxM[i]! + marginM) return false;
  }
  return true;
}

/** True when the segment a–b passes through the box grown by `marginM` (slab method). */
export function segmentIntersectsBox(
  a: ArrayLike<number>,
  b: ArrayLike<number>,
  box: Box,
  marginM = 0,
): boolean {
  let tMin = 0;
  let tMax = 1;
  for (let i = 0; i < 3; i++) {
    const o = a[i]!;
    const d = b[i]! - o;
    const lo = box.minM[i]! - marginM;
    const hi = box.maxM[i]! + marginM;
    if (Math.abs(d) < 1e-15) {
      if (o < lo || o > hi) return false;
      continue;
    }
    let t1 = (lo - o) / d;
    let t2 = (hi - o) / d;
    if (t1 > t2) {
      const tmp = t1;
      t1 = t2;
      t2 = tmp;
    }
    if (t1 > tMin) tMin = t1;
    if (t2 < tMax) tMax = t2;
    if (tMin > tMax) return false;
  }
  return true;
}

/** Signed distance of p from the plane n·x = offset (n unit); positive on the side n points to. */
export function signedPlaneDistance(
  p: ArrayLike<number>,
  normal: ArrayLike<number>,
  offsetM: number,
): number {
  return p[0]! * normal[0]! + p[1]! * normal[1]! + p[2]! * normal[2]! - offsetM;
}

/** Angle (rad) between two vectors (need not be unit). */
export function angleBetween(u: ArrayLike<number>, v: ArrayLike<number>): number {
  const dot = u[0]! * v[0]! + u[1]! * v[1]! + u[2]! * v[2]!;
  const nu = Math.sqrt(u[0]! * u[0]! + u[1]! * u[1]! + u[2]! * u[2]!);
  const nv = Math.sqrt(v[0]! * v[0]! + v[1]! * v[1]! + v[2]! * v[2]!);
  if (nu === 0 || nv === 0) return 0;
  const c = dot / (nu * nv);
  return acos(c > 1 ? 1 : c < -1 ? -1 : c);
}
