// Joint angles are 2π-periodic: IK answers one representative inside the limits, preferring (−π, π];
// the motion layer then picks, per joint, the 2π-equivalent nearest the current joints.
import type { JointType } from './types.ts';

const TWO_PI = 2 * Math.PI;
/** A solution this close outside a limit is rounding, not a real violation; it is clamped onto the limit. */
export const LIMIT_EPS = 1e-12;

/** Angle wrapped into (−π, π]. */
export function wrapToPi(a: number): number {
  let x = a - TWO_PI * Math.round(a / TWO_PI);
  if (x <= -Math.PI) x += TWO_PI;
  else if (x > Math.PI) x -= TWO_PI;
  return x;
}

/** The 2π-equivalent of `a` inside [lo, hi], preferring the one in (−π, π]; NaN when none is. */
export function wrapIntoLimits(a: number, lo: number, hi: number): number {
  // Fast path (most IK angles come out of atan2 already in (−π, π]).
  if (a > -Math.PI && a <= Math.PI && a >= lo && a <= hi) return a;
  const x = wrapToPi(a);
  for (let k = 0; k <= 3; k++) {
    const up = x + k * TWO_PI;
    if (up >= lo - LIMIT_EPS && up <= hi + LIMIT_EPS) return up < lo ? lo : up > hi ? hi : up;
    const down = x - k * TWO_PI;
    if (down >= lo - LIMIT_EPS && down <= hi + LIMIT_EPS) return down < lo ? lo : down > hi ? hi : down;
  }
  return NaN;
}

/** Of two joint values, the index (0 or 1) whose 2π-equivalent is nearer `h` (0 on a tie; never a NaN over a number). */
export function nearerOf(v0: number, v1: number, h: number): number {
  let d0 = v0 - h;
  d0 = Math.abs(d0 - TWO_PI * Math.round(d0 / TWO_PI));
  let d1 = v1 - h;
  d1 = Math.abs(d1 - TWO_PI * Math.round(d1 / TWO_PI));
  return d1 < d0 || d0 !== d0 ? 1 : 0;
}

/** A prismatic value inside [lo, hi] (clamped when only rounding puts it outside); NaN otherwise. */
export function clampIntoLimits(x: number, lo: number, hi: number): number {
  if (x >= lo - LIMIT_EPS && x <= hi + LIMIT_EPS) return x < lo ? lo : x > hi ? hi : x;
  return NaN;
}

/** The 2π-equivalent of `v` inside [lo, hi] nearest `current` (v itself when no other fits). */
export function nearestEquivalent(v: number, current: number, lo: number, hi: number): number {
  const k = Math.round((current - v) / TWO_PI);
  let best = v;
  let bestDistance = Math.abs(v - current);
  for (let dk = -1; dk <= 1; dk++) {
    const c = v + TWO_PI * (k + dk);
    if (c < lo - LIMIT_EPS || c > hi + LIMIT_EPS) continue;
    const d = Math.abs(c - current);
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

const FULL_TURN: readonly [number, number] = [-TWO_PI, TWO_PI];
const candidate = new Float64Array(16);

/**
 * Pick, among `count` IK solutions (dof = current.length numbers each), the one nearest the current joints
 * (sum of squared joint moves), using per joint the 2π-equivalent allowed by the limits (default ±2π, the
 * UR ±360°). Writes it into `out` and returns its index, or −1 when count is 0.
 */
export function nearestSolution(
  solutions: ArrayLike<number>,
  count: number,
  current: ArrayLike<number>,
  out: Float64Array | number[],
  limits?: ReadonlyArray<readonly [number, number]>,
  jointTypes?: readonly JointType[],
): number {
  const dof = current.length;
  let bestIndex = -1;
  let bestCost = Infinity;
  for (let i = 0; i < count; i++) {
    let cost = 0;
    for (let j = 0; j < dof; j++) {
      const v = solutions[i * dof + j]!;
      const cur = current[j]!;
      const lim = limits?.[j] ?? FULL_TURN;
      const c = jointTypes?.[j] === 'prismatic' ? v : nearestEquivalent(v, cur, lim[0], lim[1]);
      candidate[j] = c;
      cost += (c - cur) * (c - cur);
    }
    if (cost < bestCost) {
      bestCost = cost;
      bestIndex = i;
      for (let j = 0; j < dof; j++) out[j] = candidate[j]!;
    }
  }
  return bestIndex;
}
