// OPW kinematics: ortho-parallel base + spherical wrist (FANUC, ABB, KUKA, Yaskawa 6-axis arms).
// Geometry and joint conventions as M. Brandstötter, A. Angerer, M. Hofbaur, "An Analytical Solution of the
// Inverse Kinematics Problem of Industrial Serial Manipulators with an Ortho-parallel Basis and a Spherical Wrist"
// (Austrian Robotics Workshop 2014) and Jmeyer1292/opw_kinematics: OPW zero = arm straight up, robot joint
// q_i = (θ_i + offset_i)·sign_i. Arm: front/back (θ1) × elbow (θ3 sign) = 4; wrist flip doubles it to 8.
// The wrist angles are solved from R_0c^T·R with θ5 and θ6 taken after θ4, so they stay consistent at θ5 ≈ 0.
import type { Mat34 } from '../core/transform.ts';
import type { RobotModel } from './types.ts';
import { nearerOf, wrapIntoLimits } from './joint-wrap.ts';
import { atan2, cos, sin } from '../core/fmath.ts';

export interface OpwParams {
  a1: number;
  a2: number;
  b: number;
  c1: number;
  c2: number;
  c3: number;
  c4: number;
  offsets: readonly number[];
  signs: readonly number[];
}

/** Below this the wrist is singular (θ5 ≈ 0 or π) and θ4 is taken from the hint (numerical threshold). */
const WRIST_FREE_EPS = 1e-10;
/** Law-of-cosines arguments this far beyond ±1 are rounding at full stretch (numerical threshold). */
const REACH_EPS = 1e-10;
const PI = Math.PI;

export interface OpwSolver {
  fk(q: ArrayLike<number>, out: Mat34): Mat34;
  ik(t: ArrayLike<number>, out: Float64Array, hint?: ArrayLike<number>): number;
  /** The solution on the branch nearest `hint` plus its rivals (RobotModel.ikNearest). */
  ikNearest(t: ArrayLike<number>, hint: ArrayLike<number>, out: Float64Array, rivals: Float64Array): number;
  /** [wrist |sin θ5|, shoulder: wrist centre's reach (m) from the J1 axis in the arm plane, elbow |sin(θ3 + ψ3)|]. */
  singularityDistances(q: ArrayLike<number>, out: Float64Array): Float64Array;
}

export function createOpwSolver(p: OpwParams, limits: RobotModel['jointLimits']): OpwSolver {
  const { a1, a2, b, c1, c2, c3, c4 } = p;
  const [o0, o1, o2, o3, o4, o5] = p.offsets as [number, number, number, number, number, number];
  const [g0, g1, g2, g3, g4, g5] = p.signs as [number, number, number, number, number, number];
  // Forearm J3 → wrist centre as one link of length κ at angle ψ3 from the c2 direction.
  const psi3 = atan2(a2, c3);
  const kappa = Math.sqrt(a2 * a2 + c3 * c3);
  const [l0, l1, l2, l3, l4, l5] = limits as [
    readonly [number, number],
    readonly [number, number],
    readonly [number, number],
    readonly [number, number],
    readonly [number, number],
    readonly [number, number],
  ];

  function fk(q: ArrayLike<number>, out: Mat34): Mat34 {
    const t1 = q[0]! * g0 - o0,
      t2 = q[1]! * g1 - o1,
      t3 = q[2]! * g2 - o2;
    const t4 = q[3]! * g3 - o3,
      t5 = q[4]! * g4 - o4,
      t6 = q[5]! * g5 - o5;
    const s1 = sin(t1),
      k1 = cos(t1);
    const t23 = t2 + t3;
    const s23 = sin(t23),
      k23 = cos(t23);
    const s4 = sin(t4),
      k4 = cos(t4);
    const s5 = sin(t5),
      k5 = cos(t5);
    const s6 = sin(t6),
      k6 = cos(t6);
    // Wrist centre.
    const cx1 = c2 * sin(t2) + kappa * sin(t23 + psi3) + a1;
    const cz1 = c2 * cos(t2) + kappa * cos(t23 + psi3);
    const cx = cx1 * k1 - b * s1,
      cy = cx1 * s1 + b * k1,
      cz = cz1 + c1;
    // R_0c = Rz(θ1)·Ry(θ2+θ3); R_ce = Rz(θ4)·Ry(θ5)·Rz(θ6).
    const a00 = k1 * k23,
      a01 = -s1,
      a02 = k1 * s23;
    const a10 = s1 * k23,
      a11 = k1,
      a12 = s1 * s23;
    const a20 = -s23,
      a22 = k23;
    const e00 = k4 * k5 * k6 - s4 * s6,
      e01 = -k4 * k5 * s6 - s4 * k6,
      e02 = k4 * s5;
    const e10 = s4 * k5 * k6 + k4 * s6,
      e11 = -s4 * k5 * s6 + k4 * k6,
      e12 = s4 * s5;
    const e20 = -s5 * k6,
      e21 = s5 * s6,
      e22 = k5;
    out[0] = a00 * e00 + a01 * e10 + a02 * e20;
    out[1] = a00 * e01 + a01 * e11 + a02 * e21;
    out[2] = a00 * e02 + a01 * e12 + a02 * e22;
    out[4] = a10 * e00 + a11 * e10 + a12 * e20;
    out[5] = a10 * e01 + a11 * e11 + a12 * e21;
    out[6] = a10 * e02 + a11 * e12 + a12 * e22;
    out[8] = a20 * e00 + a22 * e20;
    out[9] = a20 * e01 + a22 * e21;
    out[10] = a20 * e02 + a22 * e22;
    out[3] = cx + c4 * out[2]!;
    out[7] = cy + c4 * out[6]!;
    out[11] = cz + c4 * out[10]!;
    return out;
  }

  const lo0 = l0[0],
    hi0 = l0[1],
    lo1 = l1[0],
    hi1 = l1[1],
    lo2 = l2[0],
    hi2 = l2[1],
    lo3 = l3[0],
    hi3 = l3[1],
    lo4 = l4[0],
    hi4 = l4[1],
    lo5 = l5[0],
    hi5 = l5[1];
  // wrapIntoLimits per joint, its fast path written out (most IK angles already lie in (−π, π] and the limits).
  const wrap0 = (a: number): number =>
    a > -PI && a <= PI && a >= lo0 && a <= hi0 ? a : wrapIntoLimits(a, lo0, hi0);
  const wrap1 = (a: number): number =>
    a > -PI && a <= PI && a >= lo1 && a <= hi1 ? a : wrapIntoLimits(a, lo1, hi1);
  const wrap2 = (a: number): number =>
    a > -PI && a <= PI && a >= lo2 && a <= hi2 ? a : wrapIntoLimits(a, lo2, hi2);
  const wrap3 = (a: number): number =>
    a > -PI && a <= PI && a >= lo3 && a <= hi3 ? a : wrapIntoLimits(a, lo3, hi3);
  const wrap4 = (a: number): number =>
    a > -PI && a <= PI && a >= lo4 && a <= hi4 ? a : wrapIntoLimits(a, lo4, hi4);
  const wrap5 = (a: number): number =>
    a > -PI && a <= PI && a >= lo5 && a <= hi5 ? a : wrapIntoLimits(a, lo5, hi5);

  function ik(t: ArrayLike<number>, out: Float64Array, hint?: ArrayLike<number>): number {
    const r02 = t[2]!,
      r12 = t[6]!,
      r22 = t[10]!;
    const cx = t[3]! - c4 * r02,
      cy = t[7]! - c4 * r12,
      cz = t[11]! - c4 * r22;
    const rho2 = cx * cx + cy * cy - b * b;
    if (rho2 < 0) return 0;
    const rho = Math.sqrt(rho2);
    // Wrist centre on the J1 axis (shoulder singularity): θ1 is free, keep the hint's.
    const onAxis = cx * cx + cy * cy < 1e-24;
    const hint1 = hint ? hint[0]! * g0 - o0 : 0;
    const heading = onAxis ? hint1 : atan2(cy, cx);
    const skew = atan2(b, rho);
    const hint4 = hint ? hint[3]! * g3 - o3 : 0;
    const z = cz - c1;
    let count = 0;
    for (let side = 0; side < 2; side++) {
      // Front: J2 sits a1 in front of the J1 axis towards the wrist; back: θ1 + π, the wrist behind J2.
      const t1 = side === 0 ? heading - skew : heading + skew - Math.PI;
      const x = side === 0 ? rho - a1 : -(rho + a1);
      let cphi = (x * x + z * z - c2 * c2 - kappa * kappa) / (2 * c2 * kappa);
      if (cphi > 1) {
        if (cphi > 1 + REACH_EPS) continue;
        cphi = 1;
      } else if (cphi < -1) {
        if (cphi < -1 - REACH_EPS) continue;
        cphi = -1;
      }
      const q1 = wrap0((t1 + o0) * g0);
      if (q1 !== q1) continue;
      const sphi = Math.sqrt(1 - cphi * cphi);
      const phi = atan2(sphi, cphi);
      const toWrist = atan2(x, z);
      const inner = atan2(kappa * sphi, c2 + kappa * cphi);
      const s1 = sin(t1),
        k1 = cos(t1);
      for (let elbow = 0; elbow < 2; elbow++) {
        const t2 = elbow === 0 ? toWrist - inner : toWrist + inner;
        const t3 = (elbow === 0 ? phi : -phi) - psi3;
        const q2 = wrap1((t2 + o1) * g1);
        const q3 = wrap2((t3 + o2) * g2);
        if (q2 !== q2 || q3 !== q3) continue;
        wristSolutions(t, s1, k1, t2 + t3, hint4);
        const t4 = wrist[0]!,
          t5 = wrist[1]!,
          t6 = wrist[2]!;
        if (emitWrist(out, count * 6, q1, q2, q3, t4, t5, t6)) count++;
        // Wrist flip: θ4 + π, −θ5, θ6 + π.
        if (emitWrist(out, count * 6, q1, q2, q3, t4 + Math.PI, -t5, t6 + Math.PI)) count++;
      }
    }
    return count;
  }

  // Wrist angles θ4, θ5, θ6 of the last wristSolutions call (a typed scratch: a closure `let` holding a double
  // would box it on every write).
  const wrist = new Float64Array(3);

  /** Wrist angles θ4, θ5, θ6 (unflipped) for the arm at θ1 (s1, k1) and θ2 + θ3 = t23, into `wrist`. */
  function wristSolutions(t: ArrayLike<number>, s1: number, k1: number, t23: number, hint4: number): void {
    const r00 = t[0]!,
      r01 = t[1]!,
      r02 = t[2]!;
    const r10 = t[4]!,
      r11 = t[5]!,
      r12 = t[6]!;
    const r20 = t[8]!,
      r21 = t[9]!,
      r22 = t[10]!;
    const s23 = sin(t23),
      k23 = cos(t23);
    // M = R_0c^T·R (rows of M = columns of R_0c against the target's columns).
    const u0 = k1 * k23,
      u1 = s1 * k23,
      u2 = -s23; // R_0c column 0
    const w0 = k1 * s23,
      w1 = s1 * s23,
      w2 = k23; // R_0c column 2
    const m00 = u0 * r00 + u1 * r10 + u2 * r20;
    const m01 = u0 * r01 + u1 * r11 + u2 * r21;
    const m02 = u0 * r02 + u1 * r12 + u2 * r22;
    const m10 = -s1 * r00 + k1 * r10;
    const m11 = -s1 * r01 + k1 * r11;
    const m12 = -s1 * r02 + k1 * r12;
    const m22 = w0 * r02 + w1 * r12 + w2 * r22;
    const t4 = m02 * m02 + m12 * m12 > WRIST_FREE_EPS * WRIST_FREE_EPS ? atan2(m12, m02) : hint4;
    const s4 = sin(t4),
      k4 = cos(t4);
    // Rz(θ4)^T·M = Ry(θ5)·Rz(θ6): row 0 col 2 = sin θ5, row 1 = (sin θ6, cos θ6).
    wrist[0] = t4;
    wrist[1] = atan2(k4 * m02 + s4 * m12, m22);
    wrist[2] = atan2(-s4 * m00 + k4 * m10, -s4 * m01 + k4 * m11);
  }

  /** Writes one solution: the arm joints already wrapped, the wrist OPW angles wrapped here; true when all fit. */
  function emitWrist(
    out: Float64Array,
    o: number,
    q1: number,
    q2: number,
    q3: number,
    t4: number,
    t5: number,
    t6: number,
  ): boolean {
    const q4 = wrap3((t4 + o3) * g3);
    const q5 = wrap4((t5 + o4) * g4);
    const q6 = wrap5((t6 + o5) * g5);
    if (q4 !== q4 || q5 !== q5 || q6 !== q6) return false;
    out[o] = q1;
    out[o + 1] = q2;
    out[o + 2] = q3;
    out[o + 3] = q4;
    out[o + 4] = q5;
    out[o + 5] = q6;
    return true;
  }

  /**
   * The one solution on the branch (front/back × elbow × wrist flip) nearest `hint`, bit for bit as `ik` writes
   * it; `rivals` gets one (joint, value) pair per branch choice (see RobotModel.ikNearest). −1: no solution there.
   */
  function ikNearest(
    t: ArrayLike<number>,
    hint: ArrayLike<number>,
    out: Float64Array,
    rivals: Float64Array,
  ): number {
    const r02 = t[2]!,
      r12 = t[6]!,
      r22 = t[10]!;
    const cx = t[3]! - c4 * r02,
      cy = t[7]! - c4 * r12,
      cz = t[11]! - c4 * r22;
    const rho2 = cx * cx + cy * cy - b * b;
    if (rho2 < 0) return -1;
    const rho = Math.sqrt(rho2);
    const onAxis = cx * cx + cy * cy < 1e-24;
    const hint1 = hint[0]! * g0 - o0;
    const heading = onAxis ? hint1 : atan2(cy, cx);
    const skew = atan2(b, rho);
    const hint4 = hint[3]! * g3 - o3;
    const z = cz - c1;
    // Side: the θ1 nearer the hint's (a side out of reach has no solution: NaN).
    const ta = heading - skew;
    const tb = heading + skew - Math.PI;
    const xa = rho - a1;
    const xb = -(rho + a1);
    const cphiA = reachCos(xa, z);
    const cphiB = reachCos(xb, z);
    const qa = cphiA === cphiA ? wrap0((ta + o0) * g0) : NaN;
    const qb = cphiB === cphiB ? wrap0((tb + o0) * g0) : NaN;
    const side = nearerOf(qa, qb, hint[0]!);
    rivals[0] = 0;
    rivals[1] = side === 0 ? qb : qa;
    const q1 = side === 0 ? qa : qb;
    if (q1 !== q1) return -1;
    const t1 = side === 0 ? ta : tb;
    const x = side === 0 ? xa : xb;
    const cphi = side === 0 ? cphiA : cphiB;
    const sphi = Math.sqrt(1 - cphi * cphi);
    const phi = atan2(sphi, cphi);
    // Elbow: the θ3 nearer the hint's.
    const t3a = phi - psi3;
    const t3b = -phi - psi3;
    const q3a = wrap2((t3a + o2) * g2);
    const q3b = wrap2((t3b + o2) * g2);
    const elbow = nearerOf(q3a, q3b, hint[2]!);
    rivals[2] = 2;
    rivals[3] = elbow === 0 ? q3b : q3a;
    const q3 = elbow === 0 ? q3a : q3b;
    const toWrist = atan2(x, z);
    const inner = atan2(kappa * sphi, c2 + kappa * cphi);
    const t2 = elbow === 0 ? toWrist - inner : toWrist + inner;
    const t3 = elbow === 0 ? t3a : t3b;
    const q2 = wrap1((t2 + o1) * g1);
    if (q2 !== q2 || q3 !== q3) return -1;
    wristSolutions(t, sin(t1), cos(t1), t2 + t3, hint4);
    // Wrist: unflipped or flipped (θ4 + π, −θ5, θ6 + π), the θ5 nearer the hint's.
    const t4 = wrist[0]!,
      t5 = wrist[1]!,
      t6 = wrist[2]!;
    const q5a = wrap4((t5 + o4) * g4);
    const q5b = wrap4((-t5 + o4) * g4);
    const flip = nearerOf(q5a, q5b, hint[4]!);
    rivals[4] = 4;
    rivals[5] = flip === 0 ? q5b : q5a;
    const ok =
      flip === 0
        ? emitWrist(out, 0, q1, q2, q3, t4, t5, t6)
        : emitWrist(out, 0, q1, q2, q3, t4 + Math.PI, -t5, t6 + Math.PI);
    return ok ? 3 : -1;
  }

  /** cos φ of the elbow for the wrist centre at (x, z) in the arm plane; NaN when out of reach. */
  function reachCos(x: number, z: number): number {
    const cphi = (x * x + z * z - c2 * c2 - kappa * kappa) / (2 * c2 * kappa);
    if (cphi > 1) return cphi > 1 + REACH_EPS ? NaN : 1;
    if (cphi < -1) return cphi < -1 - REACH_EPS ? NaN : -1;
    return cphi;
  }

  function singularityDistances(q: ArrayLike<number>, out: Float64Array): Float64Array {
    const t2 = q[1]! * g1 - o1,
      t3 = q[2]! * g2 - o2,
      t5 = q[4]! * g4 - o4;
    const cx1 = c2 * sin(t2) + kappa * sin(t2 + t3 + psi3) + a1;
    out[0] = Math.abs(sin(t5));
    out[1] = Math.abs(cx1);
    out[2] = Math.abs(sin(t3 + psi3));
    return out;
  }

  return { fk, ik, ikNearest, singularityDistances };
}
