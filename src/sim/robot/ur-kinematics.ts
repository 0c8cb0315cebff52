// Closed-form FK and analytic IK on UR's standard DH table (domain/robots.md §1.1, §1.6).
// FK expands Π Rz(θi)·Tz(di)·Tx(ai)·Rx(αi), α = [π/2, 0, 0, π/2, −π/2, 0], by hand: with y1 = (0,0,1) and
// z1 = (s1,−c1,0) the parallel joints 2–4 act in the vertical plane (x1, y1).
// IK follows K. Hawkins, "Analytic Inverse Kinematics for the Universal Robots UR-5/UR-10 Arms" (2013):
// shoulder θ1 (2) × wrist θ5 sign (2) × elbow θ3 sign (2) = up to 8 solutions. θ6 and θ234 are derived from the
// target frame rotated by θ6, so every solution reproduces the pose even next to the θ5 = 0 singularity.
import type { Mat34 } from '../core/transform.ts';
import type { UrDh } from './ur-params.ts';
import { nearerOf, wrapIntoLimits } from './joint-wrap.ts';
import { asin, atan2, cos, sin } from '../core/fmath.ts';

/** Below this |sin θ5| the wrist is singular and θ6 is taken from the hint (numerical threshold, not a spec). */
const WRIST_FREE_EPS = 1e-10;
/** cos θ3 up to this far beyond ±1 is rounding at full stretch, not an unreachable pose (numerical threshold). */
const REACH_EPS = 1e-10;
/** Below this |sin θ5| a stretched arm may nudge θ6 to stay in reach (numerical threshold). */
const NEAR_WRIST = 1e-6;
/** Largest flange rotation such a nudge may cause: a tenth of the CLI's 1e-9 rad accuracy. */
const NUDGE_ROTATION_RAD = 1e-10;
const PI = Math.PI;

/** Flange pose in the DH base frame (UR controller "Base"), written into `out`. */
export function urFk(dh: UrDh, q: ArrayLike<number>, out: Mat34): Mat34 {
  const q2 = q[1]!;
  const q23 = q2 + q[2]!;
  const q234 = q23 + q[3]!;
  const c1 = cos(q[0]!),
    s1 = sin(q[0]!);
  const c2 = cos(q2),
    s2 = sin(q2);
  const c23 = cos(q23),
    s23 = sin(q23);
  const c234 = cos(q234),
    s234 = sin(q234);
  const c5 = cos(q[4]!),
    s5 = sin(q[4]!);
  const c6 = cos(q[5]!),
    s6 = sin(q[5]!);
  // Frame 4: x4 = c234·x1 + s234·y1, y4 = z1, z4 = s234·x1 − c234·y1.
  const x4x = c234 * c1,
    x4y = c234 * s1,
    x4z = s234;
  const z4x = s234 * c1,
    z4y = s234 * s1,
    z4z = -c234;
  // Frame 5: x5 = c5·x4 + s5·y4, z5 = −s5·x4 + c5·y4 (y5 = −z4).
  const x5x = c5 * x4x + s5 * s1,
    x5y = c5 * x4y - s5 * c1,
    x5z = c5 * x4z;
  const z5x = -s5 * x4x + c5 * s1,
    z5y = -s5 * x4y - c5 * c1,
    z5z = -s5 * x4z;
  // Flange: x6 = c6·x5 − s6·z4, y6 = −s6·x5 − c6·z4, z6 = z5.
  out[0] = c6 * x5x - s6 * z4x;
  out[4] = c6 * x5y - s6 * z4y;
  out[8] = c6 * x5z - s6 * z4z;
  out[1] = -s6 * x5x - c6 * z4x;
  out[5] = -s6 * x5y - c6 * z4y;
  out[9] = -s6 * x5z - c6 * z4z;
  out[2] = z5x;
  out[6] = z5y;
  out[10] = z5z;
  const reach = dh.a2 * c2 + dh.a3 * c23;
  const lift = dh.a2 * s2 + dh.a3 * s23;
  out[3] = reach * c1 + dh.d4 * s1 + dh.d5 * z4x + dh.d6 * z5x;
  out[7] = reach * s1 - dh.d4 * c1 + dh.d5 * z4y + dh.d6 * z5y;
  out[11] = dh.d1 + lift + dh.d5 * z4z + dh.d6 * z5z;
  return out;
}

/** Every analytic IK solution for a flange pose, wrapped into `limits`; returns the count (≤ 8). */
export function urIk(
  dh: UrDh,
  limits: ReadonlyArray<readonly [number, number]>,
  t: ArrayLike<number>,
  out: Float64Array,
  hint?: ArrayLike<number>,
): number {
  const { d1, a2, a3, d4, d5, d6 } = dh;
  const nx = t[0]!,
    sx = t[1]!,
    ax = t[2]!,
    px = t[3]!;
  const ny = t[4]!,
    sy = t[5]!,
    ay = t[6]!,
    py = t[7]!;
  const nz = t[8]!,
    sz = t[9]!,
    az = t[10]!,
    pz = t[11]!;
  // Origin of frame 5 (wrist 2 / wrist 3 axes): p5 = p − d6·z6. Its offset from the J1 axis along z1 is d4.
  const p5x = px - d6 * ax,
    p5y = py - d6 * ay,
    p5z = pz - d6 * az;
  const r = Math.sqrt(p5x * p5x + p5y * p5y);
  if (r < Math.abs(d4) * (1 - 1e-12) || r === 0) return 0;
  const psi = atan2(p5y, p5x);
  const ratio = d4 / r;
  const phi = asin(ratio > 1 ? 1 : ratio < -1 ? -1 : ratio);
  const free6 = hint ? hint[5]! : 0;
  // Joint limits as locals; each angle is wrapped once where it is computed (the fast path of wrapIntoLimits is
  // written out so the optimiser need not inline a call per joint — same values bit for bit).
  const lo0 = limits[0]![0],
    hi0 = limits[0]![1],
    lo1 = limits[1]![0],
    hi1 = limits[1]![1],
    lo2 = limits[2]![0],
    hi2 = limits[2]![1],
    lo3 = limits[3]![0],
    hi3 = limits[3]![1],
    lo4 = limits[4]![0],
    hi4 = limits[4]![1],
    lo5 = limits[5]![0],
    hi5 = limits[5]![1];
  let count = 0;
  for (let i = 0; i < 2; i++) {
    const t1 = i === 0 ? psi + phi : psi + Math.PI - phi;
    const q1 = t1 > -PI && t1 <= PI && t1 >= lo0 && t1 <= hi0 ? t1 : wrapIntoLimits(t1, lo0, hi0);
    if (q1 !== q1) continue;
    const c1 = cos(t1),
      s1 = sin(t1);
    // z6 = −s5·x4 + c5·z1: cos θ5 = z6·z1, |sin θ5| = length of z6 in the arm plane (x1, y1) — taken directly,
    // not as √(1 − c5²), so θ5 = 0 from FK stays 0 instead of √ε ≈ 1.5e-8.
    const c5 = ax * s1 - ay * c1;
    const ax1 = c1 * ax + s1 * ay;
    const s5abs = Math.sqrt(ax1 * ax1 + az * az);
    const t5abs = atan2(s5abs, c5);
    const nz1 = nx * s1 - ny * c1;
    const sz1 = sx * s1 - sy * c1;
    const norm6 = Math.sqrt(nz1 * nz1 + sz1 * sz1);
    const free = s5abs <= WRIST_FREE_EPS || norm6 === 0;
    for (let j = 0; j < 2; j++) {
      const s5 = j === 0 ? s5abs : -s5abs;
      const t5 = j === 0 ? t5abs : -t5abs;
      const q5 = t5 > -PI && t5 <= PI && t5 >= lo4 && t5 <= hi4 ? t5 : wrapIntoLimits(t5, lo4, hi4);
      if (q5 !== q5) continue;
      // n·z1 = s5·c6, s·z1 = −s5·s6: away from the wrist singularity cos/sin θ6 come from normalising them.
      const sgn = j === 0 ? 1 : -1;
      let t6 = free ? singularTheta6(dh, c1, s1, c5, t, p5x, p5y, p5z, free6) : atan2(-sgn * sz1, sgn * nz1);
      if (t6 !== t6) continue;
      let c6 = free ? cos(t6) : (sgn * nz1) / norm6;
      let s6 = free ? sin(t6) : (-sgn * sz1) / norm6;
      let t234 = 0,
        u = 0,
        v = 0,
        c3 = 0;
      for (let attempt = 0; ; attempt++) {
        // Undo θ6: x5 = c6·n − s6·s, z4 = −y5 = −(s6·n + c6·s); then x4 = c5·x5 − s5·z5 with z5 = a.
        const z4x = -(s6 * nx + c6 * sx),
          z4y = -(s6 * ny + c6 * sy),
          z4z = -(s6 * nz + c6 * sz);
        const x4x = c5 * (c6 * nx - s6 * sx) - s5 * ax;
        const x4y = c5 * (c6 * ny - s6 * sy) - s5 * ay;
        const x4z = c5 * (c6 * nz - s6 * sz) - s5 * az;
        t234 = atan2(x4z, c1 * x4x + s1 * x4y);
        // Planar 2-link problem for joints 2 and 3 on the origin of frame 4: p4 = p5 − d5·z4.
        u = c1 * (p5x - d5 * z4x) + s1 * (p5y - d5 * z4y);
        v = p5z - d5 * z4z - d1;
        c3 = (u * u + v * v - a2 * a2 - a3 * a3) / (2 * a2 * a3);
        if (c3 <= 1 + REACH_EPS && c3 >= -1 - REACH_EPS) break;
        // Near the wrist singularity with the elbow at full stretch, θ6 (from |sin θ5| ≈ 0) is noise that can push
        // p4 out of reach; nudge it to the nearest reachable split, which turns the flange by only |sin θ5|·Δθ6.
        if (attempt > 0 || free || s5abs > NEAR_WRIST) break;
        const nudged = singularTheta6(dh, c1, s1, c5, t, p5x, p5y, p5z, t6);
        const moved = Math.abs(atan2(sin(nudged - t6), cos(nudged - t6)));
        if (!(moved * s5abs <= NUDGE_ROTATION_RAD)) break;
        t6 = nudged;
        c6 = cos(t6);
        s6 = sin(t6);
      }
      if (c3 > 1 + REACH_EPS || c3 < -1 - REACH_EPS) continue;
      const q6 = t6 > -PI && t6 <= PI && t6 >= lo5 && t6 <= hi5 ? t6 : wrapIntoLimits(t6, lo5, hi5);
      if (q6 !== q6) continue;
      c3 = c3 > 1 ? 1 : c3 < -1 ? -1 : c3;
      const s3abs = Math.sqrt(1 - c3 * c3);
      const t3abs = atan2(s3abs, c3);
      const toWrist = atan2(v, u);
      const inner = atan2(a3 * s3abs, a2 + a3 * c3);
      for (let k = 0; k < 2; k++) {
        const t3 = k === 0 ? t3abs : -t3abs;
        const q3 = t3 > -PI && t3 <= PI && t3 >= lo2 && t3 <= hi2 ? t3 : wrapIntoLimits(t3, lo2, hi2);
        const t2 = k === 0 ? toWrist - inner : toWrist + inner;
        const q2 = t2 > -PI && t2 <= PI && t2 >= lo1 && t2 <= hi1 ? t2 : wrapIntoLimits(t2, lo1, hi1);
        const t4 = t234 - t2 - t3;
        const q4 = t4 > -PI && t4 <= PI && t4 >= lo3 && t4 <= hi3 ? t4 : wrapIntoLimits(t4, lo3, hi3);
        if (q2 !== q2 || q3 !== q3 || q4 !== q4) continue;
        const o = count * 6;
        out[o] = q1;
        out[o + 1] = q2;
        out[o + 2] = q3;
        out[o + 3] = q4;
        out[o + 4] = q5;
        out[o + 5] = q6;
        count++;
      }
    }
  }
  return count;
}

/**
 * θ6 at the wrist singularity (θ5 = 0 or π). Joints 2, 3, 4 and 6 then all turn about z1, so only θ234 ± θ6 is
 * fixed by the target; the split moves the elbow target p4 = p5 − d5·z4 on a circle of radius d5. Keep θ6 = the
 * preferred value when the arm reaches p4; otherwise choose the θ234 whose p4 is nearest the reachable annulus.
 * NaN when no split reaches.
 */
function singularTheta6(
  dh: UrDh,
  c1: number,
  s1: number,
  c5: number,
  t: ArrayLike<number>,
  p5x: number,
  p5y: number,
  p5z: number,
  preferred: number,
): number {
  const { a2, a3, d1, d5 } = dh;
  // Angle ψ6 of the flange x axis in the arm plane (x1, y1): θ234 + θ6 = ψ6 (θ5 = 0), θ234 − θ6 = ψ6 + π (θ5 = π).
  const psi6 = atan2(t[8]!, c1 * t[0]! + s1 * t[4]!);
  const up = c5 > 0;
  let beta = up ? psi6 - preferred : psi6 + Math.PI + preferred;
  // p5 in the arm plane relative to J2; z4 = (sin β, −cos β) there.
  const u = c1 * p5x + s1 * p5y;
  const v = p5z - d1;
  const inner = Math.abs(Math.abs(a2) - Math.abs(a3));
  const outer = Math.abs(a2) + Math.abs(a3);
  const ex = u - d5 * sin(beta);
  const ey = v + d5 * cos(beta);
  const r4 = Math.sqrt(ex * ex + ey * ey);
  if (r4 < inner || r4 > outer) {
    const target = r4 < inner ? inner : outer;
    const p = Math.sqrt(u * u + v * v);
    if (p === 0) return NaN;
    // |p5 − d5·w|² = target² ⇔ p·sin(β − α) = (p² + d5² − target²) / (2·d5), α = angle of p5.
    const k = (p * p + d5 * d5 - target * target) / (2 * d5 * p);
    if (k > 1 || k < -1) return NaN;
    const alpha = atan2(v, u);
    const b1 = alpha + asin(k);
    const b2 = alpha + Math.PI - asin(k);
    const d1b = Math.abs(atan2(sin(b1 - beta), cos(b1 - beta)));
    const d2b = Math.abs(atan2(sin(b2 - beta), cos(b2 - beta)));
    beta = d1b <= d2b ? b1 : b2;
  }
  return up ? psi6 - beta : beta - psi6 - Math.PI;
}

/**
 * Distances to the UR singularities (Hawkins 2013; domain §1.6) as [wrist, shoulder, elbow]:
 * wrist = |sin θ5| (wrist 1 and wrist 3 axes line up), shoulder = distance (m) of the frame-5 origin from the
 * plane through the J1 axis spanned by z1 (J1 and joints 2–4 then move it the same way), elbow = |sin θ3|.
 */
export function urSingularityDistances(dh: UrDh, q: ArrayLike<number>, out: Float64Array): Float64Array {
  const q2 = q[1]!;
  const q23 = q2 + q[2]!;
  const q234 = q23 + q[3]!;
  out[0] = Math.abs(sin(q[4]!));
  out[1] = Math.abs(dh.a2 * cos(q2) + dh.a3 * cos(q23) + dh.d5 * sin(q234));
  out[2] = Math.abs(sin(q[2]!));
  return out;
}

/**
 * The one IK solution on the branch (shoulder × wrist × elbow) nearest `hint`, written into out[0..6) with
 * exactly the arithmetic of urIk, so it equals that solution of urIk(…, hint) bit for bit. `rivals` receives
 * (joint, value) pairs, one per branch choice in urIk's order: every other solution urIk can return has, for
 * at least one pair m, joint rivals[2m] equal to rivals[2m + 1] (NaN: that side has no solution). Returns the
 * number of pairs (3), or −1 when the chosen branch has no solution (the caller falls back to urIk).
 */
export function urIkNearest(
  dh: UrDh,
  limits: ReadonlyArray<readonly [number, number]>,
  t: ArrayLike<number>,
  hint: ArrayLike<number>,
  out: Float64Array,
  rivals: Float64Array,
): number {
  const { d1, a2, a3, d4, d5, d6 } = dh;
  const nx = t[0]!,
    sx = t[1]!,
    ax = t[2]!,
    px = t[3]!;
  const ny = t[4]!,
    sy = t[5]!,
    ay = t[6]!,
    py = t[7]!;
  const nz = t[8]!,
    sz = t[9]!,
    az = t[10]!,
    pz = t[11]!;
  const p5x = px - d6 * ax,
    p5y = py - d6 * ay,
    p5z = pz - d6 * az;
  const r = Math.sqrt(p5x * p5x + p5y * p5y);
  if (r < Math.abs(d4) * (1 - 1e-12) || r === 0) return -1;
  const psi = atan2(p5y, p5x);
  const ratio = d4 / r;
  const phi = asin(ratio > 1 ? 1 : ratio < -1 ? -1 : ratio);
  const free6 = hint[5]!;
  const lo0 = limits[0]![0],
    hi0 = limits[0]![1],
    lo1 = limits[1]![0],
    hi1 = limits[1]![1],
    lo2 = limits[2]![0],
    hi2 = limits[2]![1],
    lo3 = limits[3]![0],
    hi3 = limits[3]![1],
    lo4 = limits[4]![0],
    hi4 = limits[4]![1],
    lo5 = limits[5]![0],
    hi5 = limits[5]![1];
  // Shoulder: the θ1 nearer the hint's.
  const t1a = psi + phi;
  const t1b = psi + Math.PI - phi;
  const q1a = t1a > -PI && t1a <= PI && t1a >= lo0 && t1a <= hi0 ? t1a : wrapIntoLimits(t1a, lo0, hi0);
  const q1b = t1b > -PI && t1b <= PI && t1b >= lo0 && t1b <= hi0 ? t1b : wrapIntoLimits(t1b, lo0, hi0);
  const i = nearerOf(q1a, q1b, hint[0]!);
  const t1 = i === 0 ? t1a : t1b;
  rivals[0] = 0;
  rivals[1] = i === 0 ? q1b : q1a;
  const c1 = cos(t1),
    s1 = sin(t1);
  const c5 = ax * s1 - ay * c1;
  const ax1 = c1 * ax + s1 * ay;
  const s5abs = Math.sqrt(ax1 * ax1 + az * az);
  const t5abs = atan2(s5abs, c5);
  const nz1 = nx * s1 - ny * c1;
  const sz1 = sx * s1 - sy * c1;
  // Wrist: the sign of θ5 nearer the hint's.
  const q5a =
    t5abs > -PI && t5abs <= PI && t5abs >= lo4 && t5abs <= hi4 ? t5abs : wrapIntoLimits(t5abs, lo4, hi4);
  const t5n = -t5abs;
  const q5b = t5n > -PI && t5n <= PI && t5n >= lo4 && t5n <= hi4 ? t5n : wrapIntoLimits(t5n, lo4, hi4);
  const j = nearerOf(q5a, q5b, hint[4]!);
  rivals[2] = 4;
  rivals[3] = j === 0 ? q5b : q5a;
  const s5 = j === 0 ? s5abs : -s5abs;
  const sgn = j === 0 ? 1 : -1;
  const norm6 = Math.sqrt(nz1 * nz1 + sz1 * sz1);
  const free = s5abs <= WRIST_FREE_EPS || norm6 === 0;
  let t6 = free ? singularTheta6(dh, c1, s1, c5, t, p5x, p5y, p5z, free6) : atan2(-sgn * sz1, sgn * nz1);
  if (t6 !== t6) return -1;
  let c6 = free ? cos(t6) : (sgn * nz1) / norm6;
  let s6 = free ? sin(t6) : (-sgn * sz1) / norm6;
  let t234 = 0,
    u = 0,
    v = 0,
    c3 = 0;
  for (let attempt = 0; ; attempt++) {
    const z4x = -(s6 * nx + c6 * sx),
      z4y = -(s6 * ny + c6 * sy),
      z4z = -(s6 * nz + c6 * sz);
    const x4x = c5 * (c6 * nx - s6 * sx) - s5 * ax;
    const x4y = c5 * (c6 * ny - s6 * sy) - s5 * ay;
    const x4z = c5 * (c6 * nz - s6 * sz) - s5 * az;
    t234 = atan2(x4z, c1 * x4x + s1 * x4y);
    u = c1 * (p5x - d5 * z4x) + s1 * (p5y - d5 * z4y);
    v = p5z - d5 * z4z - d1;
    c3 = (u * u + v * v - a2 * a2 - a3 * a3) / (2 * a2 * a3);
    if (c3 <= 1 + REACH_EPS && c3 >= -1 - REACH_EPS) break;
    if (attempt > 0 || free || s5abs > NEAR_WRIST) break;
    const nudged = singularTheta6(dh, c1, s1, c5, t, p5x, p5y, p5z, t6);
    const moved = Math.abs(atan2(sin(nudged - t6), cos(nudged - t6)));
    if (!(moved * s5abs <= NUDGE_ROTATION_RAD)) break;
    t6 = nudged;
    c6 = cos(t6);
    s6 = sin(t6);
  }
  if (c3 > 1 + REACH_EPS || c3 < -1 - REACH_EPS) return -1;
  c3 = c3 > 1 ? 1 : c3 < -1 ? -1 : c3;
  const s3abs = Math.sqrt(1 - c3 * c3);
  const t3abs = atan2(s3abs, c3);
  // Elbow: the sign of θ3 nearer the hint's.
  const q3a =
    t3abs > -PI && t3abs <= PI && t3abs >= lo2 && t3abs <= hi2 ? t3abs : wrapIntoLimits(t3abs, lo2, hi2);
  const t3n = -t3abs;
  const q3b = t3n > -PI && t3n <= PI && t3n >= lo2 && t3n <= hi2 ? t3n : wrapIntoLimits(t3n, lo2, hi2);
  const k = nearerOf(q3a, q3b, hint[2]!);
  rivals[4] = 2;
  rivals[5] = k === 0 ? q3b : q3a;
  const toWrist = atan2(v, u);
  const inner = atan2(a3 * s3abs, a2 + a3 * c3);
  const t3 = k === 0 ? t3abs : -t3abs;
  const t2 = k === 0 ? toWrist - inner : toWrist + inner;
  out[0] = i === 0 ? q1a : q1b;
  out[1] = t2 > -PI && t2 <= PI && t2 >= lo1 && t2 <= hi1 ? t2 : wrapIntoLimits(t2, lo1, hi1);
  out[2] = k === 0 ? q3a : q3b;
  const t4 = t234 - t2 - t3;
  out[3] = t4 > -PI && t4 <= PI && t4 >= lo3 && t4 <= hi3 ? t4 : wrapIntoLimits(t4, lo3, hi3);
  out[4] = j === 0 ? q5a : q5b;
  out[5] = t6 > -PI && t6 <= PI && t6 >= lo5 && t6 <= hi5 ? t6 : wrapIntoLimits(t6, lo5, hi5);
  if (
    out[0] !== out[0] ||
    out[1] !== out[1] ||
    out[2] !== out[2] ||
    out[3] !== out[3] ||
    out[4] !== out[4] ||
    out[5] !== out[5]
  )
    return -1;
  return 3;
}
