// UR10e and UR5e as RobotModels (cobot family): UR's published DH table, ±360° joints, e-Series speeds.
import type { RobotModel } from './types.ts';
import type { UrDh } from './ur-params.ts';
import {
  UR10E_DH,
  UR10E_MAX_SPEED,
  UR5E_DH,
  UR5E_MAX_SPEED,
  UR_DEFAULT_JOINT_ACCEL,
  UR_JOINT_LIMITS,
  UR_JOINT_NAMES,
} from './ur-params.ts';
import { urFk, urIk, urIkNearest, urSingularityDistances } from './ur-kinematics.ts';

export interface UrModel extends RobotModel {
  kind: 'ur-dh';
  dh: UrDh;
}

export function createUrModel(id: string, name: string, dh: UrDh, maxJointSpeed: readonly number[]): UrModel {
  const limits = UR_JOINT_LIMITS;
  return {
    id,
    name,
    family: 'cobot',
    kind: 'ur-dh',
    dof: 6,
    dh,
    jointLimits: limits,
    maxJointSpeed,
    maxJointAccel: maxJointSpeed.map(() => UR_DEFAULT_JOINT_ACCEL),
    jointNames: UR_JOINT_NAMES,
    frames:
      'Base = UR controller "Base" of the published DH table (= ROS base_link rotated π about Z, domain §1.2); ' +
      'flange = ROS tool0, Z out of the tool flange.',
    fk: (q, out) => urFk(dh, q, out),
    ik: (target, out, hint) => urIk(dh, limits, target, out, hint),
    ikNearest: (target, hint, out, rivals) => urIkNearest(dh, limits, target, hint, out, rivals),
    singularityDistances: (q, out) => urSingularityDistances(dh, q, out),
  };
}

export const ur10e: UrModel = createUrModel('ur10e', 'Universal Robots UR10e', UR10E_DH, UR10E_MAX_SPEED);
export const ur5e: UrModel = createUrModel('ur5e', 'Universal Robots UR5e', UR5E_DH, UR5E_MAX_SPEED);
