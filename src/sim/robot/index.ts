// Public face of src/sim/robot: the robot catalogue, kinematics helpers, tools and work objects.
import type { RobotModel } from './types.ts';
import { ur10e, ur5e } from './ur-models.ts';
import { fanucM10ia } from './fanuc-m10ia.ts';
import { positioner2Axis } from './positioner-2axis.ts';
import { orbitalCarriage } from './orbital-carriage.ts';

export type { RobotModel, RobotFamily, KinematicKind, JointType, SingularityKind } from './types.ts';
export type { UrDh } from './ur-params.ts';
export type { OpwParams } from './opw-kinematics.ts';
export type { UrModel } from './ur-models.ts';
export type { PositionerModel, PositionerOptions } from './positioner-2axis.ts';
export type { OrbitalCarriageModel, OrbitalCarriageOptions } from './orbital-carriage.ts';
export type { Tool, WorkObject, TorchGeometry } from './tool.ts';
export type { SingularityTolerances } from './singularity.ts';
export type { Progression, PipeSectorPosition } from './pipe-clock.ts';

export { ur10e, ur5e, createUrModel } from './ur-models.ts';
export { UR10E_DH, UR5E_DH } from './ur-params.ts';
export { urFk, urIk } from './ur-kinematics.ts';
export { fanucM10ia, M10IA_OPW } from './fanuc-m10ia.ts';
export { createOpwSolver } from './opw-kinematics.ts';
export {
  positioner2Axis,
  createPositioner2Axis,
  positionerAlign,
  positionerToFlat,
} from './positioner-2axis.ts';
export { orbitalCarriage, createOrbitalCarriage, NPS8_OD_M, BAND_STANDOFF_M } from './orbital-carriage.ts';
export { clockPosition, pipeSectorPosition, progressionAt, fixedPipePosition } from './pipe-clock.ts';
export { wrapToPi, wrapIntoLimits, nearestSolution, nearestEquivalent } from './joint-wrap.ts';
export { createTorchTool, defaultTorch, noTool, worldWorkObject, fkTcp, ikTcp } from './tool.ts';
export {
  singularityKind,
  singularityMeasure,
  singularityDistances,
  DEFAULT_SINGULARITY_TOLERANCES,
} from './singularity.ts';
export { POSE_TOLERANCE_M, POSE_TOLERANCE_RAD, posesMatch } from './pose-check.ts';
export { benchIk, prepareIkBench } from './bench-ik.ts';

/** Every robot the simulator ships, in the order `weldtwin robots` lists them. */
export const robots: readonly RobotModel[] = [ur10e, ur5e, fanucM10ia, positioner2Axis, orbitalCarriage];

export function getRobot(id: string): RobotModel | undefined {
  // A plain loop: the world looks its robot up every step (no closure per call).
  for (let i = 0; i < robots.length; i++) if (robots[i]!.id === id) return robots[i];
  return undefined;
}
