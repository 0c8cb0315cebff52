// Rigid transforms as 12 numbers, row-major 3x4: [r11 r12 r13 px, r21 r22 r23 py, r31 r32 r33 pz].
// Plain numbers so they serialise into the world state; all functions write into `out` (no allocation).

import { acos, asin, cos, sin } from './fmath.ts';
export type Mat34 = number[] | Float64Array;
export type Vec3 = number[] | Float64Array;

export function mat34(): Float64Array {
  const t = new Float64Array(12);
  t[0] = t[5] = t[10] = 1;
  return t;
}

export function setIdentity(out: Mat34): Mat34 {
  for (let i = 0; i < 12; i++) out[i] = 0;
  out[0] = out[5] = out[10] = 1;
  return out;
}

export function copy34(src: ArrayLike<number>, out: Mat34): Mat34 {
  for (let i = 0; i < 12; i++) out[i] = src[i]!;
  return out;
}

/** out = a · b (out may alias a or b). */
export function multiply34(a: ArrayLike<number>, b: ArrayLike<number>, out: Mat34): Mat34 {
  const a0 = a[0]!,
    a1 = a[1]!,
    a2 = a[2]!,
    a3 = a[3]!;
  const a4 = a[4]!,
    a5 = a[5]!,
    a6 = a[6]!,
    a7 = a[7]!;
  const a8 = a[8]!,
    a9 = a[9]!,
    a10 = a[10]!,
    a11 = a[11]!;
  const b0 = b[0]!,
    b1 = b[1]!,
    b2 = b[2]!,
    b3 = b[3]!;
  const b4 = b[4]!,
    b5 = b[5]!,
    b6 = b[6]!,
    b7 = b[7]!;
  const b8 = b[8]!,
    b9 = b[9]!,
    b10 = b[10]!,
    b11 = b[11]!;
  out[0] = a0 * b0 + a1 * b4 + a2 * b8;
  out[1] = a0 * b1 + a1 * b5 + a2 * b9;
  out[2] = a0 * b2 + a1 * b6 + a2 * b10;
  out[3] = a0 * b3 + a1 * b7 + a2 * b11 + a3;
  out[4] = a4 * b0 + a5 * b4 + a6 * b8;
  out[5] = a4 * b1 + a5 * b5 + a6 * b9;
  out[6] = a4 * b2 + a5 * b6 + a6 * b10;
  out[7] = a4 * b3 + a5 * b7 + a6 * b11 + a7;
  out[8] = a8 * b0 + a9 * b4 + a10 * b8;
  out[9] = a8 * b1 + a9 * b5 + a10 * b9;
  out[10] = a8 * b2 + a9 * b6 + a10 * b10;
  out[11] = a8 * b3 + a9 * b7 + a10 * b11 + a11;
  return out;
}

/** Inverse of a rigid transform (R^T, -R^T p). */
export function invert34(a: ArrayLike<number>, out: Mat34): Mat34 {
  const r0 = a[0]!,
    r1 = a[1]!,
    r2 = a[2]!,
    px = a[3]!;
  const r3 = a[4]!,
    r4 = a[5]!,
    r5 = a[6]!,
    py = a[7]!;
  const r6 = a[8]!,
    r7 = a[9]!,
    r8 = a[10]!,
    pz = a[11]!;
  out[0] = r0;
  out[1] = r3;
  out[2] = r6;
  out[4] = r1;
  out[5] = r4;
  out[6] = r7;
  out[8] = r2;
  out[9] = r5;
  out[10] = r8;
  out[3] = -(r0 * px + r3 * py + r6 * pz);
  out[7] = -(r1 * px + r4 * py + r7 * pz);
  out[11] = -(r2 * px + r5 * py + r8 * pz);
  return out;
}

export function transformPoint(t: ArrayLike<number>, p: ArrayLike<number>, out: Vec3): Vec3 {
  const x = p[0]!,
    y = p[1]!,
    z = p[2]!;
  out[0] = t[0]! * x + t[1]! * y + t[2]! * z + t[3]!;
  out[1] = t[4]! * x + t[5]! * y + t[6]! * z + t[7]!;
  out[2] = t[8]! * x + t[9]! * y + t[10]! * z + t[11]!;
  return out;
}

export function rotateVector(t: ArrayLike<number>, v: ArrayLike<number>, out: Vec3): Vec3 {
  const x = v[0]!,
    y = v[1]!,
    z = v[2]!;
  out[0] = t[0]! * x + t[1]! * y + t[2]! * z;
  out[1] = t[4]! * x + t[5]! * y + t[6]! * z;
  out[2] = t[8]! * x + t[9]! * y + t[10]! * z;
  return out;
}

/** Build from a position [x,y,z] and a rotation given as rows [[..],[..],[..]]. */
export function fromPositionRotation(
  p: ArrayLike<number>,
  r: ArrayLike<ArrayLike<number>>,
  out: Mat34,
): Mat34 {
  for (let i = 0; i < 3; i++) {
    const row = r[i]!;
    out[i * 4] = row[0]!;
    out[i * 4 + 1] = row[1]!;
    out[i * 4 + 2] = row[2]!;
    out[i * 4 + 3] = p[i]!;
  }
  return out;
}

export function positionOf(t: ArrayLike<number>): [number, number, number] {
  return [t[3]!, t[7]!, t[11]!];
}

export function rotationOf(
  t: ArrayLike<number>,
): [[number, number, number], [number, number, number], [number, number, number]] {
  return [
    [t[0]!, t[1]!, t[2]!],
    [t[4]!, t[5]!, t[6]!],
    [t[8]!, t[9]!, t[10]!],
  ];
}

/** Rotation about X/Y/Z by angle (rad) with translation (x,y,z). */
export function fromAxisAngleTranslation(
  axis: 'x' | 'y' | 'z',
  angle: number,
  x: number,
  y: number,
  z: number,
  out: Mat34,
): Mat34 {
  const c = cos(angle),
    s = sin(angle);
  setIdentity(out);
  if (axis === 'x') {
    out[5] = c;
    out[6] = -s;
    out[9] = s;
    out[10] = c;
  } else if (axis === 'y') {
    out[0] = c;
    out[2] = s;
    out[8] = -s;
    out[10] = c;
  } else {
    out[0] = c;
    out[1] = -s;
    out[4] = s;
    out[5] = c;
  }
  out[3] = x;
  out[7] = y;
  out[11] = z;
  return out;
}

/** Rotation angle (rad) of R_a^T R_b: the orientation distance between two transforms. */
export function rotationDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let tr = 0;
  for (let i = 0; i < 3; i++) for (let k = 0; k < 3; k++) tr += a[k * 4 + i]! * b[k * 4 + i]!;
  const c = Math.min(1, Math.max(-1, (tr - 1) / 2));
  // acos loses precision near 0; use the skew part for small angles.
  if (c > 0.999) {
    let sx = 0,
      sy = 0,
      sz = 0;
    // (R_a^T R_b - (R_a^T R_b)^T)/2 -> axis*sin
    const m = (i: number, j: number) =>
      a[0 * 4 + i]! * b[0 * 4 + j]! + a[1 * 4 + i]! * b[1 * 4 + j]! + a[2 * 4 + i]! * b[2 * 4 + j]!;
    sx = (m(2, 1) - m(1, 2)) / 2;
    sy = (m(0, 2) - m(2, 0)) / 2;
    sz = (m(1, 0) - m(0, 1)) / 2;
    return asin(Math.min(1, Math.sqrt(sx * sx + sy * sy + sz * sz)));
  }
  return acos(c);
}

export function distance3(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const dx = a[0]! - b[0]!,
    dy = a[1]! - b[1]!,
    dz = a[2]! - b[2]!;
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}
