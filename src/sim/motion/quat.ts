// Unit quaternions [w, x, y, z] for tool orientation: conversion to and from the rotation part of a Mat34
// (Shepperd's method, J. Guidance 1978) and slerp (K. Shoemake, "Animating rotation with quaternion curves",
// SIGGRAPH 1985). Everything writes into caller-owned arrays: no allocation.

import { acos, atan2, cos, pow, sin } from '../core/fmath.ts';
type Out = number[] | Float64Array;

/** Quaternion of the rotation part of a row-major 3x4 transform, written into out[0..3]. */
export function quatFromMat34(m: ArrayLike<number>, out: Out): Out {
  const r00 = m[0]!,
    r01 = m[1]!,
    r02 = m[2]!;
  const r10 = m[4]!,
    r11 = m[5]!,
    r12 = m[6]!;
  const r20 = m[8]!,
    r21 = m[9]!,
    r22 = m[10]!;
  const tr = r00 + r11 + r22;
  let w: number, x: number, y: number, z: number;
  if (tr > 0) {
    const s = 2 * Math.sqrt(tr + 1);
    w = 0.25 * s;
    x = (r21 - r12) / s;
    y = (r02 - r20) / s;
    z = (r10 - r01) / s;
  } else if (r00 > r11 && r00 > r22) {
    const s = 2 * Math.sqrt(1 + r00 - r11 - r22);
    w = (r21 - r12) / s;
    x = 0.25 * s;
    y = (r01 + r10) / s;
    z = (r02 + r20) / s;
  } else if (r11 > r22) {
    const s = 2 * Math.sqrt(1 + r11 - r00 - r22);
    w = (r02 - r20) / s;
    x = (r01 + r10) / s;
    y = 0.25 * s;
    z = (r12 + r21) / s;
  } else {
    const s = 2 * Math.sqrt(1 + r22 - r00 - r11);
    w = (r10 - r01) / s;
    x = (r02 + r20) / s;
    y = (r12 + r21) / s;
    z = 0.25 * s;
  }
  const n = 1 / Math.sqrt(w * w + x * x + y * y + z * z);
  out[0] = w * n;
  out[1] = x * n;
  out[2] = y * n;
  out[3] = z * n;
  return out;
}

/** Writes the rotation of unit quaternion q into the rotation part of `out` (translation untouched). */
export function setRotationFromQuat(q: ArrayLike<number>, out: Out): Out {
  const w = q[0]!,
    x = q[1]!,
    y = q[2]!,
    z = q[3]!;
  out[0] = 1 - 2 * (y * y + z * z);
  out[1] = 2 * (x * y - w * z);
  out[2] = 2 * (x * z + w * y);
  out[4] = 2 * (x * y + w * z);
  out[5] = 1 - 2 * (x * x + z * z);
  out[6] = 2 * (y * z - w * x);
  out[8] = 2 * (x * z - w * y);
  out[9] = 2 * (y * z + w * x);
  out[10] = 1 - 2 * (x * x + y * y);
  return out;
}

/**
 * Prepares a slerp from qa to qb: flips qb onto qa's hemisphere (shortest rotation) in place and returns the
 * half-angle θ between them (the tool turns by 2θ).
 */
export function prepareSlerp(qa: ArrayLike<number>, qb: Out): number {
  let d = qa[0]! * qb[0]! + qa[1]! * qb[1]! + qa[2]! * qb[2]! + qa[3]! * qb[3]!;
  if (d < 0) {
    qb[0] = -qb[0]!;
    qb[1] = -qb[1]!;
    qb[2] = -qb[2]!;
    qb[3] = -qb[3]!;
    d = -d;
  }
  return acos(d > 1 ? 1 : d);
}

/** Spherical interpolation at t in [0, 1] with the half-angle θ from prepareSlerp. */
export function slerp(qa: ArrayLike<number>, qb: ArrayLike<number>, theta: number, t: number, out: Out): Out {
  let ka: number, kb: number;
  if (theta < 1e-9) {
    ka = 1 - t;
    kb = t;
  } else {
    const s = sin(theta);
    ka = sin((1 - t) * theta) / s;
    kb = sin(t * theta) / s;
  }
  const w = ka * qa[0]! + kb * qb[0]!;
  const x = ka * qa[1]! + kb * qb[1]!;
  const y = ka * qa[2]! + kb * qb[2]!;
  const z = ka * qa[3]! + kb * qb[3]!;
  const n = 1 / Math.sqrt(w * w + x * x + y * y + z * z);
  out[0] = w * n;
  out[1] = x * n;
  out[2] = y * n;
  out[3] = z * n;
  return out;
}

/**
 * Rotates the rotation part of `m` in place by the rotation vector (ωx, ωy, ωz)·dt expressed in the base frame
 * (R ← Exp([ω]·dt)·R, Rodrigues' formula), then re-orthonormalises through a quaternion round trip.
 */
const qTmp = new Float64Array(4);
export function rotateByVector(m: Out, wx: number, wy: number, wz: number): Out {
  const angle = Math.sqrt(wx * wx + wy * wy + wz * wz);
  if (angle < 1e-15) return m;
  const h = sin(angle / 2) / angle;
  // Rotation quaternion dq = (cos(a/2), axis·sin(a/2)); q' = dq ⊗ q.
  const dw = cos(angle / 2),
    dx = wx * h,
    dy = wy * h,
    dz = wz * h;
  quatFromMat34(m, qTmp);
  const w = qTmp[0]!,
    x = qTmp[1]!,
    y = qTmp[2]!,
    z = qTmp[3]!;
  qTmp[0] = dw * w - dx * x - dy * y - dz * z;
  qTmp[1] = dw * x + dx * w + dy * z - dz * y;
  qTmp[2] = dw * y - dx * z + dy * w + dz * x;
  qTmp[3] = dw * z + dx * y - dy * x + dz * w;
  const n = 1 / Math.sqrt(pow(qTmp[0]!, 2) + pow(qTmp[1]!, 2) + pow(qTmp[2]!, 2) + pow(qTmp[3]!, 2));
  for (let i = 0; i < 4; i++) qTmp[i] = qTmp[i]! * n;
  return setRotationFromQuat(qTmp, m);
}

/**
 * Rotation vector (axis·angle, base frame) taking rotation A to rotation B: log(R_B·R_Aᵀ), written into out.
 */
const qA = new Float64Array(4);
const qB = new Float64Array(4);
export function rotationVectorBetween(a: ArrayLike<number>, b: ArrayLike<number>, out: Out): Out {
  quatFromMat34(a, qA);
  quatFromMat34(b, qB);
  // qd = qB ⊗ conj(qA)
  const aw = qA[0]!,
    ax = -qA[1]!,
    ay = -qA[2]!,
    az = -qA[3]!;
  const bw = qB[0]!,
    bx = qB[1]!,
    by = qB[2]!,
    bz = qB[3]!;
  let w = bw * aw - bx * ax - by * ay - bz * az;
  let x = bw * ax + bx * aw + by * az - bz * ay;
  let y = bw * ay - bx * az + by * aw + bz * ax;
  let z = bw * az + bx * ay - by * ax + bz * aw;
  if (w < 0) {
    w = -w;
    x = -x;
    y = -y;
    z = -z;
  }
  const s = Math.sqrt(x * x + y * y + z * z);
  const angle = 2 * atan2(s, w);
  const k = s < 1e-15 ? 2 : angle / s;
  out[0] = x * k;
  out[1] = y * k;
  out[2] = z * k;
  return out;
}
