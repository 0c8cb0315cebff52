// Universal Robots e-Series kinematic and performance data (shared/domain/robots.md §1.1, §1.3).
import { degToRad, deg } from '../core/units.ts';

/** Non-zero entries of UR's standard DH table; α = [π/2, 0, 0, π/2, −π/2, 0], θ offsets all 0. */
export interface UrDh {
  d1: number;
  a2: number;
  a3: number;
  d4: number;
  d5: number;
  d6: number;
}

// UR support article "DH Parameters for calculations of kinematics and dynamics" (domain §1.1), metres.
export const UR10E_DH: UrDh = {
  d1: 0.1807,
  a2: -0.6127,
  a3: -0.57155,
  d4: 0.17415,
  d5: 0.11985,
  d6: 0.11655,
};
// Same article, UR5e column.
export const UR5E_DH: UrDh = { d1: 0.1625, a2: -0.425, a3: -0.3922, d4: 0.1333, d5: 0.0997, d6: 0.0996 };

const d = (x: number): number => degToRad(deg(x));

// Universal_Robots_ROS2_Description config/ur*e/joint_limits.yaml (from the e-Series manual v5.8): ±360° all joints.
export const UR_JOINT_LIMITS: ReadonlyArray<readonly [number, number]> = Array.from(
  { length: 6 },
  () => [-2 * Math.PI, 2 * Math.PI] as const,
);
// joint_limits.yaml (domain §1.3): UR5e 180°/s on every joint.
export const UR5E_MAX_SPEED: readonly number[] = [180, 180, 180, 180, 180, 180].map(d);
// joint_limits.yaml (domain §1.3): UR10e base and shoulder 120°/s; elbow and wrists 180°/s.
export const UR10E_MAX_SPEED: readonly number[] = [120, 120, 180, 180, 180, 180].map(d);
// UR publishes no joint acceleration limit (joint_limits.yaml: "acceleration limits are not publicly available");
// we use the URScript movej default a = 1.4 rad/s² (UR Script Manual, module motion) — a conservative choice.
export const UR_DEFAULT_JOINT_ACCEL = 1.4;

export const UR_JOINT_NAMES: readonly string[] = [
  'shoulder_pan',
  'shoulder_lift',
  'elbow',
  'wrist_1',
  'wrist_2',
  'wrist_3',
];
