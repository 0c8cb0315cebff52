// A robot rig: a three.js scene graph whose nested joint groups reproduce the sim model's kinematic chain,
// so joint values from the sim state pose the meshes. The app solves nothing: tests check that the rig's
// flange equals RobotModel.fk for random joints (tests/app/robot-rigs.test.ts).
import type { Group, Object3D } from 'three';
import type { RobotModel } from '../../sim/robot/index.ts';

export interface RobotRig {
  readonly model: RobotModel;
  /** The robot's kinematic base frame; place it at the robot's base pose in the sim world. */
  readonly root: Group;
  /** The flange frame (tool0): attach the tool here. */
  readonly flange: Object3D;
  /** Sets the joint values (rad or m); no allocation. */
  setJoints(q: ArrayLike<number>): void;
}
