// Hand guiding (cobot freedrive, ISO 10218 hand-guided operation, domain/robots.md §3.5 and §4.2): the hand's
// wrench drives the TCP through an admittance  M·a + D·v = F  (Hogan, "Impedance control", ASME JDSMC 1985;
// the same law as ros2_controllers' admittance_controller), with the hand-guiding speed limit on top. With a
// hand pose target (VR controller) the hand pulls on the torch through a virtual spring  F = K·(x_hand − x_tcp).
import type { RobotModel } from '../robot/index.ts';
import type { MotionState } from './motion-state.ts';
import { pushMotionEvent } from './motion-events.ts';
import {
  applyTwist,
  lastTwistScale,
  TWIST_JOINT_LIMIT,
  TWIST_OK,
  TWIST_UNREACHABLE,
} from './cartesian-twist.ts';
import { rotationVectorBetween } from './quat.ts';
import {
  REDUCED_ROT_SPEED_RAD_PER_S,
  REDUCED_SPEED_M_PER_S,
  SINGULAR_SPEED_FRACTION,
} from './motion-limits.ts';
import { holdStill } from './hold-still.ts';
import { pow } from '../core/fmath.ts';

// Admittance parameters (sim choice, documented here): a steady 15 N push — a comfortable one-hand guiding
// force — reaches exactly the 250 mm/s hand-guiding limit (D = 15 N ÷ 0.25 m/s), and the virtual mass gives a
// 0.1 s time constant (τ = M/D), responsive without feeling weightless.
/** Translational damping D, N·s/m. */
export const GUIDE_DAMPING_N_S_PER_M = 15 / REDUCED_SPEED_M_PER_S;
/** Translational virtual mass M, kg (τ = M/D = 0.1 s). */
export const GUIDE_MASS_KG = 0.1 * GUIDE_DAMPING_N_S_PER_M;
/** Rotational damping, N·m·s/rad: a 1.5 N·m wrist twist reaches the 1 rad/s rotation limit. */
export const GUIDE_ROT_DAMPING_NM_S = 1.5 / REDUCED_ROT_SPEED_RAD_PER_S;
/** Rotational virtual inertia, kg·m² (τ = 0.1 s). */
export const GUIDE_INERTIA_KG_M2 = 0.1 * GUIDE_ROT_DAMPING_NM_S;
/** Virtual hand coupling stiffness: damping ratio ζ = D / (2√(K·M)) = 0.707 (no overshoot to speak of). */
export const GUIDE_COUPLING_N_PER_M = pow(GUIDE_DAMPING_N_S_PER_M / (2 * Math.SQRT1_2), 2) / GUIDE_MASS_KG;
export const GUIDE_COUPLING_NM_PER_RAD =
  pow(GUIDE_ROT_DAMPING_NM_S / (2 * Math.SQRT1_2), 2) / GUIDE_INERTIA_KG_M2;

const rotErr = new Float64Array(3);
/** Standstill: hands off and slower than 0.1 mm/s and 0.001 rad/s counts as stopped (sim choice). */
const REST_M_PER_S = 1e-4;
const REST_RAD_PER_S = 1e-3;

/** One hand-guiding step; `scale` ∈ [0, 1] from the safety layer (0 = stop). */
export function stepHandGuide(
  st: MotionState,
  robot: RobotModel,
  tool: ArrayLike<number>,
  scale: number,
  dt: number,
): void {
  const g = st.guide;
  const tw = g.twist;
  let fx: number, fy: number, fz: number, tx: number, ty: number, tz: number;
  if (g.targetActive) {
    fx = GUIDE_COUPLING_N_PER_M * (g.handTarget[3]! - st.tcp[3]!);
    fy = GUIDE_COUPLING_N_PER_M * (g.handTarget[7]! - st.tcp[7]!);
    fz = GUIDE_COUPLING_N_PER_M * (g.handTarget[11]! - st.tcp[11]!);
    rotationVectorBetween(st.tcp, g.handTarget, rotErr);
    tx = GUIDE_COUPLING_NM_PER_RAD * rotErr[0]!;
    ty = GUIDE_COUPLING_NM_PER_RAD * rotErr[1]!;
    tz = GUIDE_COUPLING_NM_PER_RAD * rotErr[2]!;
  } else {
    fx = g.forceN[0]!;
    fy = g.forceN[1]!;
    fz = g.forceN[2]!;
    tx = g.torqueNm[0]!;
    ty = g.torqueNm[1]!;
    tz = g.torqueNm[2]!;
  }
  // Semi-implicit Euler of M·dv/dt = F − D·v: v' = (M·v + dt·F) / (M + dt·D), stable for any dt.
  const m = GUIDE_MASS_KG,
    d = GUIDE_DAMPING_N_S_PER_M,
    im = GUIDE_INERTIA_KG_M2,
    id = GUIDE_ROT_DAMPING_NM_S;
  tw[0] = (m * tw[0]! + dt * fx) / (m + dt * d);
  tw[1] = (m * tw[1]! + dt * fy) / (m + dt * d);
  tw[2] = (m * tw[2]! + dt * fz) / (m + dt * d);
  tw[3] = (im * tw[3]! + dt * tx) / (im + dt * id);
  tw[4] = (im * tw[4]! + dt * ty) / (im + dt * id);
  tw[5] = (im * tw[5]! + dt * tz) / (im + dt * id);
  // UR freedrive constraints.
  if (g.constraint === 'translation' || g.constraint === 'plane') tw[3] = tw[4] = tw[5] = 0;
  if (g.constraint === 'rotation') tw[0] = tw[1] = tw[2] = 0;
  if (g.constraint === 'plane') {
    const n = g.planeNormal;
    const nn = n[0]! * n[0]! + n[1]! * n[1]! + n[2]! * n[2]!;
    if (nn > 0) {
      const k = (tw[0]! * n[0]! + tw[1]! * n[1]! + tw[2]! * n[2]!) / nn;
      tw[0] = tw[0]! - k * n[0]!;
      tw[1] = tw[1]! - k * n[1]!;
      tw[2] = tw[2]! - k * n[2]!;
    }
  }
  // Hand-guiding speed limits, scaled by the safety layer.
  const vMax = REDUCED_SPEED_M_PER_S * scale;
  const wMax = REDUCED_ROT_SPEED_RAD_PER_S * scale;
  const v = Math.sqrt(pow(tw[0]!, 2) + pow(tw[1]!, 2) + pow(tw[2]!, 2));
  if (v > vMax) for (let i = 0; i < 3; i++) tw[i] = v > 0 ? (tw[i]! * vMax) / v : 0;
  const w = Math.sqrt(pow(tw[3]!, 2) + pow(tw[4]!, 2) + pow(tw[5]!, 2));
  if (w > wMax) for (let i = 3; i < 6; i++) tw[i] = w > 0 ? (tw[i]! * wMax) / w : 0;
  const handsOff = fx === 0 && fy === 0 && fz === 0 && tx === 0 && ty === 0 && tz === 0;
  if ((v === 0 && w === 0) || (handsOff && v < REST_M_PER_S && w < REST_RAD_PER_S)) {
    for (let i = 0; i < 6; i++) tw[i] = 0;
    holdStill(st, robot, tool);
    return;
  }
  const status = applyTwist(st, robot, tool, tw[0]!, tw[1]!, tw[2]!, tw[3]!, tw[4]!, tw[5]!, dt);
  const singular = status !== TWIST_OK || lastTwistScale < SINGULAR_SPEED_FRACTION;
  if (status === TWIST_OK) for (let i = 0; i < 6; i++) tw[i] = tw[i]! * lastTwistScale;
  else {
    for (let i = 0; i < 6; i++) tw[i] = 0;
    holdStill(st, robot, tool);
  }
  if (singular && !g.blocked) {
    const why =
      status === TWIST_UNREACHABLE
        ? 'the edge of the workspace'
        : status === TWIST_JOINT_LIMIT
          ? 'a joint limit'
          : 'a singularity (joint speeds would exceed their limits)';
    pushMotionEvent(
      st.events,
      'guiding-limit',
      st.timeS,
      -1,
      `Hand guiding stopped at ${why}; guide the torch back.`,
      {
        reason:
          status === TWIST_UNREACHABLE
            ? 'unreachable'
            : status === TWIST_JOINT_LIMIT
              ? 'joint-limit'
              : 'singularity',
      },
    );
  }
  g.blocked = singular;
}
