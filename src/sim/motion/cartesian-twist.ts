// Moving the TCP by a Cartesian twist for one step (jogging and hand guiding): integrate the pose, solve the
// joints nearest the current ones, and shrink the step when a joint would exceed its max speed.
import type { RobotModel } from '../robot/index.ts';
import { invert34, multiply34 } from '../core/transform.ts';
import type { MotionState } from './motion-state.ts';
import { FOLLOW_JOINT_LIMIT, FOLLOW_OK, followIk, jointSpeedRatio } from './ik-follow.ts';
import { rotateByVector } from './quat.ts';
import { JOINT_SPEED_MARGIN } from './motion-limits.ts';

export const TWIST_OK = 0;
export const TWIST_UNREACHABLE = 1;
export const TWIST_JOINT_LIMIT = 2;
/** Joint speed limits would not allow any useful motion (singularity or IK branch jump). */
export const TWIST_SINGULAR = 3;

/** Largest joint count the scratch buffers hold (RobotModel.ik writes up to 8 solutions of dof joints). */
const MAX_DOF = 8;
const pose = new Float64Array(12);
const toolInv = new Float64Array(12);
const flange = new Float64Array(12);
const qNew = new Float64Array(MAX_DOF);

/** Fraction of the requested twist the last TWIST_OK step could apply (1 = all of it). */
export let lastTwistScale = 1;

/**
 * Moves the TCP (state.tcp, robot base frame) by linear velocity v (m/s) and angular velocity w (rad/s, about
 * the TCP, base frame) for dt. Commits joints and TCP on success; leaves the state untouched otherwise.
 */
export function applyTwist(
  st: MotionState,
  robot: RobotModel,
  tool: ArrayLike<number>,
  vx: number,
  vy: number,
  vz: number,
  wx: number,
  wy: number,
  wz: number,
  dt: number,
): number {
  invert34(tool, toolInv);
  let scale = 1;
  for (let attempt = 0; attempt < 4; attempt++) {
    for (let i = 0; i < 12; i++) pose[i] = st.tcp[i]!;
    const h = dt * scale;
    pose[3] = pose[3]! + vx * h;
    pose[7] = pose[7]! + vy * h;
    pose[11] = pose[11]! + vz * h;
    rotateByVector(pose, wx * h, wy * h, wz * h);
    multiply34(pose, toolInv, flange);
    const status = followIk(robot, flange, st.q, qNew);
    if (status !== FOLLOW_OK) return status === FOLLOW_JOINT_LIMIT ? TWIST_JOINT_LIMIT : TWIST_UNREACHABLE;
    const r = jointSpeedRatio(robot, st.q, qNew, dt);
    if (r <= 1) {
      const dx = pose[3]! - st.tcp[3]!,
        dy = pose[7]! - st.tcp[7]!,
        dz = pose[11]! - st.tcp[11]!;
      st.tcpSpeedMPerS = Math.sqrt(dx * dx + dy * dy + dz * dz) / dt;
      st.pathSpeedMPerS = st.tcpSpeedMPerS;
      for (let i = 0; i < 12; i++) st.tcp[i] = pose[i]!;
      for (let j = 0; j < st.dof; j++) {
        st.qd[j] = (qNew[j]! - st.q[j]!) / dt;
        st.q[j] = qNew[j]!;
      }
      st.pathPoint[0] = pose[3]!;
      st.pathPoint[1] = pose[7]!;
      st.pathPoint[2] = pose[11]!;
      lastTwistScale = scale;
      return TWIST_OK;
    }
    scale *= JOINT_SPEED_MARGIN / r;
  }
  return TWIST_SINGULAR;
}
