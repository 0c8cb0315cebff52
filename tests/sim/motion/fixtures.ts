// Starting joints and weld poses for the motion tests, solved once with the robot layer's IK.
import { fanucM10ia, ur10e } from '../../../src/sim/robot/index.ts';
import type { RobotModel } from '../../../src/sim/robot/index.ts';
import { defaultTorch, downPose, solvePoseHint } from './poses.ts';

export interface RobotFixture {
  robot: RobotModel;
  /** Seam start, a point in front of the robot at working height, torch down. */
  start: [number, number, number];
  /** Horizontal direction along which a 0.4 m seam is reachable from `start`. */
  along: [number, number, number];
  q0: number[];
}

function fixture(
  robot: RobotModel,
  start: [number, number, number],
  along: [number, number, number],
  hint: number[],
): RobotFixture {
  const q0 = solvePoseHint(robot, downPose(...start), defaultTorch(), hint);
  if (!q0) throw new Error(`fixture: ${robot.id} cannot reach ${start}`);
  return { robot, start, along, q0 };
}

export const UR10E = fixture(ur10e, [-0.6, -0.2, 0.2], [0, 1, 0], [0, -1.9, 1.9, -1.57, -1.57, 0]);
export const M10IA = fixture(fanucM10ia, [0.9, -0.2, 0.3], [0, 1, 0], [0, 0.3, -0.2, 0, -1.2, 0]);

export function offset(
  p: [number, number, number],
  d: [number, number, number],
  k: number,
): [number, number, number] {
  return [p[0] + d[0] * k, p[1] + d[1] * k, p[2] + d[2] * k];
}
