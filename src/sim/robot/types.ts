// Kinematic model of one robot (or external axis set). Units: metres and radians.
import type { Mat34 } from '../core/transform.ts';

export type RobotFamily = 'cobot' | 'industrial' | 'orbital';

/** Which analytic solver a model uses. */
export type KinematicKind = 'ur-dh' | 'opw' | 'positioner-2axis' | 'orbital-carriage';

export interface RobotModel {
  id: string;
  name: string;
  family: RobotFamily;
  kind: KinematicKind;
  dof: number;
  /** [min, max] per joint, rad (or m for prismatic axes of the orbital carriage). */
  jointLimits: ReadonlyArray<readonly [number, number]>;
  /** Max speed per joint, rad/s (m/s for prismatic axes). */
  maxJointSpeed: readonly number[];
  /** Max acceleration per joint, rad/s² (m/s²); used by motion planning. */
  maxJointAccel: readonly number[];
  /**
   * Forward kinematics: flange pose in the robot's kinematic base frame, written into `out` (no allocation).
   * For the cobot family this is the frame of UR's published DH table (controller "Base").
   */
  fk(q: ArrayLike<number>, out: Mat34): Mat34;
  /**
   * Analytic inverse kinematics for a flange pose. Writes every solution (wrapped into the joint limits)
   * consecutively into `out` (dof numbers each, capacity 8·dof) and returns how many it wrote. 0 = unreachable.
   */
  ik(target: ArrayLike<number>, out: Float64Array): number;
}
