// FANUC M-10iA (mechanical base of the ARC Mate 100iC arc-welding arm) as an OPW RobotModel (domain §1.4).
import type { RobotModel } from './types.ts';
import type { OpwParams } from './opw-kinematics.ts';
import { createOpwSolver } from './opw-kinematics.ts';
import { deg, degToRad } from '../core/units.ts';

const d = (x: number): number => degToRad(deg(x));

// ros-industrial/fanuc fanuc_m10ia_support/config/opw_parameters_m10ia.yaml (domain §1.4), metres / rad.
export const M10IA_OPW: OpwParams = {
  a1: 0.15,
  a2: -0.2,
  b: 0,
  c1: 0.45,
  c2: 0.6,
  c3: 0.64,
  c4: 0.1,
  offsets: [0, 0, -Math.PI / 2, 0, 0, Math.PI],
  signs: [1, 1, -1, -1, -1, -1],
};

// fanuc_m10ia_support/urdf/m10ia_macro.xacro limits, in the degrees of domain §1.4 (URDF sign convention).
export const M10IA_JOINT_LIMITS: ReadonlyArray<readonly [number, number]> = [
  [d(-180), d(180)],
  [d(-90), d(160)],
  [d(-180), d(264)],
  [d(-190), d(190)],
  [d(-190), d(190)],
  [d(-360), d(360)],
];
// Same xacro (velocity attributes) = 210/190/210/400/400/600 °/s, domain §1.4.
export const M10IA_MAX_SPEED: readonly number[] = [210, 190, 210, 400, 400, 600].map(d);
// FANUC publishes no joint accelerations. Assumption [unverified]: full speed reached in 0.5 s, i.e. 2·v_max per s.
export const M10IA_ACCEL_TIME_S = 0.5;

const solver = createOpwSolver(M10IA_OPW, M10IA_JOINT_LIMITS);

export const fanucM10ia: RobotModel = {
  id: 'fanuc-m10ia',
  name: 'FANUC M-10iA (ARC Mate 100iC)',
  family: 'industrial',
  kind: 'opw',
  dof: 6,
  jointLimits: M10IA_JOINT_LIMITS,
  maxJointSpeed: M10IA_MAX_SPEED,
  maxJointAccel: M10IA_MAX_SPEED.map((v) => v / M10IA_ACCEL_TIME_S),
  jointNames: ['J1', 'J2', 'J3', 'J4', 'J5', 'J6'],
  frames:
    'Base = URDF base_link on the floor, Z up through J1 (FANUC World is 0.45 m higher, URDF "base"); ' +
    'flange = URDF tool0 (Z out of the flange, X up at zero joints).',
  fk: solver.fk,
  ik: solver.ik,
  ikNearest: solver.ikNearest,
  singularityDistances: solver.singularityDistances,
};
