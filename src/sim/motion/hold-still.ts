// The robot standing still: joints unchanged, velocities zero, TCP from forward kinematics.
import type { RobotModel } from '../robot/index.ts';
import { mul34 } from './scratch-math.ts';
import type { MotionState } from './motion-state.ts';

const pose = new Float64Array(12);

/** Robot standing still: joints unchanged, TCP from forward kinematics. */
export function holdStill(st: MotionState, robot: RobotModel, tool: ArrayLike<number>): void {
  robot.fk(st.q, pose);
  mul34(pose, tool, pose);
  for (let i = 0; i < 12; i++) st.tcp[i] = pose[i]!;
  for (let j = 0; j < st.dof; j++) st.qd[j] = 0;
  st.pathPoint[0] = pose[3]!;
  st.pathPoint[1] = pose[7]!;
  st.pathPoint[2] = pose[11]!;
  st.tcpSpeedMPerS = 0;
  st.pathSpeedMPerS = 0;
  st.weaveOffsetM[0] = 0;
  st.weaveOffsetM[1] = 0;
}
