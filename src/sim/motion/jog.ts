// Jogging from the teach pendant (domain/robots.md §6 "jogging in joint/world/tool/user"): one joint, or the
// TCP along / about an axis of the base, tool or work-object frame, while the jog key is held. Manual mode:
// the TCP never exceeds the reduced speed (ISO 10218-1, 250 mm/s).
import type { RobotModel } from '../robot/index.ts';
import { multiply34 } from '../core/transform.ts';
import type { MotionState } from './motion-state.ts';
import { pushMotionEvent } from './motion-events.ts';
import {
  applyTwist,
  lastTwistScale,
  TWIST_JOINT_LIMIT,
  TWIST_OK,
  TWIST_UNREACHABLE,
} from './cartesian-twist.ts';
import { holdStill } from './hold-still.ts';
import { jointLabel } from './event-text.ts';
import {
  ORI_ACCEL_RAD_PER_S2,
  REDUCED_ROT_SPEED_RAD_PER_S,
  REDUCED_SPEED_M_PER_S,
  TCP_ACCEL_M_PER_S2,
} from './motion-limits.ts';

const pose = new Float64Array(12);
/** Largest joint count the scratch buffers hold (RobotModel.ik writes up to 8 solutions of dof joints). */
const MAX_DOF = 8;
const qTry = new Float64Array(MAX_DOF);

function ramp(rate: number, target: number, a: number, dt: number): number {
  return rate < target ? Math.min(rate + a * dt, target) : Math.max(rate - a * dt, target);
}

function limitEvent(st: MotionState, text: string, reason: string): void {
  if (st.guide.blocked) return;
  st.guide.blocked = true;
  pushMotionEvent(st.events, 'guiding-limit', st.timeS, -1, text, { reason });
}

/** One jog step; `k` ∈ [0, 1] = safety speedScale × pendant override. */
export function stepJog(
  st: MotionState,
  robot: RobotModel,
  tool: ArrayLike<number>,
  wobj: ArrayLike<number>,
  k: number,
  dt: number,
): void {
  const jog = st.jog;
  const axis = jog.axis;
  if (jog.frame === 'joint') {
    if (axis < 0 || axis >= st.dof) return holdStill(st, robot, tool);
    jog.rate = ramp(jog.rate, jog.direction * robot.maxJointSpeed[axis]! * k, robot.maxJointAccel[axis]!, dt);
    if (jog.rate === 0) return holdStill(st, robot, tool);
    for (let j = 0; j < st.dof; j++) qTry[j] = st.q[j]!;
    const lim = robot.jointLimits[axis]!;
    let next = st.q[axis]! + jog.rate * dt;
    if (next <= lim[0] || next >= lim[1]) {
      next = next <= lim[0] ? lim[0] : lim[1];
      jog.rate = 0;
      limitEvent(st, `Jog stopped: ${jointLabel(robot, axis)} is at its limit.`, 'joint-limit');
    } else st.guide.blocked = false;
    qTry[axis] = next;
    // Reduced speed: scale the joint step down if the TCP would move faster than 250 mm/s.
    robot.fk(qTry, pose);
    multiply34(pose, tool, pose);
    const dx = pose[3]! - st.tcp[3]!,
      dy = pose[7]! - st.tcp[7]!,
      dz = pose[11]! - st.tcp[11]!;
    const v = Math.sqrt(dx * dx + dy * dy + dz * dz) / dt;
    if (v > REDUCED_SPEED_M_PER_S) {
      // 0.999: the TCP arc is not exactly proportional to the joint step; stay just under the limit.
      const f = (0.999 * REDUCED_SPEED_M_PER_S) / v;
      jog.rate *= f;
      qTry[axis] = st.q[axis]! + (next - st.q[axis]!) * f;
      robot.fk(qTry, pose);
      multiply34(pose, tool, pose);
    }
    const ddx = pose[3]! - st.tcp[3]!,
      ddy = pose[7]! - st.tcp[7]!,
      ddz = pose[11]! - st.tcp[11]!;
    st.tcpSpeedMPerS = Math.sqrt(ddx * ddx + ddy * ddy + ddz * ddz) / dt;
    st.pathSpeedMPerS = st.tcpSpeedMPerS;
    for (let i = 0; i < 12; i++) st.tcp[i] = pose[i]!;
    for (let j = 0; j < st.dof; j++) {
      st.qd[j] = (qTry[j]! - st.q[j]!) / dt;
      st.q[j] = qTry[j]!;
    }
    st.pathPoint[0] = pose[3]!;
    st.pathPoint[1] = pose[7]!;
    st.pathPoint[2] = pose[11]!;
    return;
  }
  const rotational = axis >= 3;
  const a = axis % 3;
  const top = rotational ? REDUCED_ROT_SPEED_RAD_PER_S : REDUCED_SPEED_M_PER_S;
  jog.rate = ramp(
    jog.rate,
    jog.direction * top * k,
    rotational ? ORI_ACCEL_RAD_PER_S2 : TCP_ACCEL_M_PER_S2,
    dt,
  );
  if (jog.rate === 0 || axis < 0 || axis > 5) return holdStill(st, robot, tool);
  // Axis direction in the base frame: a column of the base (identity), tool (TCP) or work-object rotation.
  let ex = a === 0 ? 1 : 0,
    ey = a === 1 ? 1 : 0,
    ez = a === 2 ? 1 : 0;
  if (jog.frame === 'tool' || jog.frame === 'work') {
    const f = jog.frame === 'tool' ? st.tcp : wobj;
    ex = f[a]!;
    ey = f[4 + a]!;
    ez = f[8 + a]!;
  }
  const r = jog.rate;
  const status = rotational
    ? applyTwist(st, robot, tool, 0, 0, 0, ex * r, ey * r, ez * r, dt)
    : applyTwist(st, robot, tool, ex * r, ey * r, ez * r, 0, 0, 0, dt);
  if (status === TWIST_OK) {
    jog.rate *= lastTwistScale;
    st.guide.blocked = false;
    return;
  }
  jog.rate = 0;
  holdStill(st, robot, tool);
  const why =
    status === TWIST_UNREACHABLE
      ? 'the edge of the workspace'
      : status === TWIST_JOINT_LIMIT
        ? 'a joint limit'
        : 'a singularity';
  limitEvent(st, `Jog stopped at ${why}; jog back or use joint jog.`, 'cartesian');
}
