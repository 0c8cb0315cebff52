// Kinematic model of one robot (or external axis set). Units: metres and radians.
import type { Mat34 } from '../core/transform.ts';

export type RobotFamily = 'cobot' | 'industrial' | 'orbital';

/** Which analytic solver a model uses. */
export type KinematicKind = 'ur-dh' | 'opw' | 'positioner-2axis' | 'orbital-carriage';

/** Revolute joints are angles (rad, 2π-periodic); prismatic joints are lengths (m) and never wrap. */
export type JointType = 'revolute' | 'prismatic';

/** Named singular configurations the motion layer warns about (domain/robots.md §1.6). */
export type SingularityKind = 'wrist' | 'shoulder' | 'elbow';

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
  /** Joint types; absent means all revolute. */
  jointTypes?: readonly JointType[];
  /** Joint names as the controller / URDF shows them. */
  jointNames?: readonly string[];
  /** One sentence naming the kinematic base frame and the flange frame. */
  frames?: string;
  /**
   * Forward kinematics: flange pose in the robot's kinematic base frame, written into `out` (no allocation).
   * For the cobot family this is the frame of UR's published DH table (controller "Base").
   */
  fk(q: ArrayLike<number>, out: Mat34): Mat34;
  /**
   * Analytic inverse kinematics for a flange pose. Writes every solution (wrapped into the joint limits)
   * consecutively into `out` (dof numbers each, capacity 8·dof) and returns how many it wrote. 0 = unreachable.
   * `hint` (current joints) picks the free joint at a singularity (wrist θ5 = 0, shoulder on the J1 axis);
   * without it the free joint is 0.
   */
  ik(target: ArrayLike<number>, out: Float64Array, hint?: ArrayLike<number>): number;
  /**
   * Optional fast path for path following: only the IK solution on the configuration branch (shoulder, elbow,
   * wrist) nearest `hint`, written into out[0..dof) bit for bit as `ik(target, …, hint)` writes that solution
   * (no allocation). So the caller can prove it is also the solution it would pick among all of them, `rivals`
   * receives (joint, value) pairs, one per branch choice: every other solution `ik` can return has, for at least
   * one pair m, joint rivals[2m] equal to rivals[2m + 1] bit for bit (a NaN value: no solution on that side).
   * Returns the number of pairs, or −1 when that branch has no solution (then use `ik`).
   */
  ikNearest?(
    target: ArrayLike<number>,
    hint: ArrayLike<number>,
    out: Float64Array,
    rivals: Float64Array,
  ): number;
  /**
   * Distances to the named singularities at q, written into `out` as [wrist, shoulder, elbow]
   * (wrist and elbow as |sin| of the critical angle, shoulder in metres); absent for models without any.
   */
  singularityDistances?(q: ArrayLike<number>, out: Float64Array): Float64Array;
}
