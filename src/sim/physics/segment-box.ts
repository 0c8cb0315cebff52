// Exact distance between a line segment and an oriented box — the cheap, allocation-free torch check for the
// headless hot path (a capsule is a segment with a radius). The squared distance of the segment point
// a + t·d to the box is convex and piecewise quadratic in t with breakpoints where a coordinate crosses a
// face plane (at most 6), so minimising each piece in closed form gives the exact minimum.

const bp = new Float64Array(8);
const la = new Float64Array(3);
const ld = new Float64Array(3);

/** Result of the last segmentBoxDistance call (box-local closest points are converted to world). */
export const closest = {
  /** Segment parameter of the closest point, in [0, 1]. */
  t: 0,
  /** Closest point on the box surface or inside it (world). */
  boxPoint: new Float64Array(3),
  /** Closest point on the segment (world). */
  segPoint: new Float64Array(3),
  /** When the segment enters the box: how deep its deepest sample point is inside (m), else 0. */
  inside: 0,
};

function f(t: number, h: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < 3; i++) {
    const x = la[i]! + t * ld[i]!;
    const o = Math.abs(x) - h[i]!;
    if (o > 0) s += o * o;
  }
  return s;
}

/**
 * Distance (m) from segment p0–p1 (world) to the box of half extents `h` centred on `box` (Mat34, world).
 * Fills `closest`.
 */
export function segmentBoxDistance(
  p0: ArrayLike<number>,
  p1: ArrayLike<number>,
  box: ArrayLike<number>,
  h: ArrayLike<number>,
): number {
  // Segment into box coordinates: local = Rᵀ(p − c).
  for (let i = 0; i < 3; i++) {
    let a = 0,
      b = 0;
    for (let k = 0; k < 3; k++) {
      const r = box[k * 4 + i]!;
      a += r * (p0[k]! - box[k * 4 + 3]!);
      b += r * (p1[k]! - box[k * 4 + 3]!);
    }
    la[i] = a;
    ld[i] = b - a;
  }
  let n = 0;
  bp[n++] = 0;
  bp[n++] = 1;
  for (let i = 0; i < 3; i++) {
    const d = ld[i]!;
    if (d === 0) continue;
    for (let sgn = -1; sgn <= 1; sgn += 2) {
      const t = (sgn * h[i]! - la[i]!) / d;
      if (t > 0 && t < 1) bp[n++] = t;
    }
  }
  // Insertion sort of at most 8 breakpoints.
  for (let i = 1; i < n; i++) {
    const v = bp[i]!;
    let j = i - 1;
    while (j >= 0 && bp[j]! > v) {
      bp[j + 1] = bp[j]!;
      j--;
    }
    bp[j + 1] = v;
  }
  let bestT = 0;
  let best = f(0, h);
  for (let k = 0; k + 1 < n; k++) {
    const t0 = bp[k]!,
      t1 = bp[k + 1]!;
    if (t1 <= t0) continue;
    const tm = 0.5 * (t0 + t1);
    // On this piece each axis is below, inside or above its slab: quadratic Σ (a_i + t·d_i ∓ h_i)².
    let num = 0,
      den = 0;
    for (let i = 0; i < 3; i++) {
      const x = la[i]! + tm * ld[i]!;
      if (x > h[i]!) {
        num += (la[i]! - h[i]!) * ld[i]!;
        den += ld[i]! * ld[i]!;
      } else if (x < -h[i]!) {
        num += (la[i]! + h[i]!) * ld[i]!;
        den += ld[i]! * ld[i]!;
      }
    }
    let t = den > 0 ? -num / den : tm;
    t = t < t0 ? t0 : t > t1 ? t1 : t;
    const v = f(t, h);
    if (v < best) {
      best = v;
      bestT = t;
    }
  }
  const v1 = f(1, h);
  if (v1 < best) {
    best = v1;
    bestT = 1;
  }
  // Closest points, and how deep the closest segment point lies inside the box.
  closest.t = bestT;
  let inside = Infinity;
  for (let i = 0; i < 3; i++) {
    const x = la[i]! + bestT * ld[i]!;
    la[i] = x > h[i]! ? h[i]! : x < -h[i]! ? -h[i]! : x;
    inside = Math.min(inside, h[i]! - Math.abs(x));
    closest.segPoint[i] = p0[i]! + bestT * (p1[i]! - p0[i]!);
  }
  closest.inside = best === 0 ? Math.max(0, inside) : 0;
  for (let i = 0; i < 3; i++)
    closest.boxPoint[i] =
      box[i * 4]! * la[0]! + box[i * 4 + 1]! * la[1]! + box[i * 4 + 2]! * la[2]! + box[i * 4 + 3]!;
  return Math.sqrt(best);
}
