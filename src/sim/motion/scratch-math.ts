// Hot-path copies of core/transform's multiply34, invert34 and rotateVector for the motion layer's scratch
// poses: the same arithmetic bit for bit, but their own V8 type feedback. The shared core functions see every
// array kind in the program (plain arrays of small integers and of doubles, typed arrays), go megamorphic and
// then box each element they read or write; these see only the few kinds of the per-step path and stay fast.

/** out = a · b for Mat34 scratch poses (out may alias a or b). Same arithmetic as core multiply34. */
export function mul34(a: ArrayLike<number>, b: ArrayLike<number>, out: Float64Array): Float64Array {
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

/** Inverse of a rigid transform (Rᵀ, −Rᵀp). Same arithmetic as core invert34. */
export function inv34(a: ArrayLike<number>, out: Float64Array): Float64Array {
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

/** out = R·v (rotation part of t). Same arithmetic as core rotateVector. */
export function rot3(t: ArrayLike<number>, v: ArrayLike<number>, out: number[] | Float64Array): void {
  const x = v[0]!,
    y = v[1]!,
    z = v[2]!;
  out[0] = t[0]! * x + t[1]! * y + t[2]! * z;
  out[1] = t[4]! * x + t[5]! * y + t[6]! * z;
  out[2] = t[8]! * x + t[9]! * y + t[10]! * z;
}
