// Public face of src/sim/motion: program data, motion state, the per-step function and pendant commands.
export type {
  MotionProgram,
  MotionTarget,
  JointTarget,
  PoseTarget,
  MoveInstruction,
  MoveJ,
  MoveL,
  MoveC,
  JointSpeed,
  Zone,
  WeaveData,
  WeavePattern,
} from './program.ts';
export type {
  MotionState,
  MotionMode,
  ExecState,
  Segment,
  SegmentKind,
  JogFrame,
  JogState,
  GuideConstraint,
  HandGuideState,
} from './motion-state.ts';
export type { MotionEvent, MotionEventCode } from './motion-events.ts';
export type { MotionCommand } from './commands.ts';
export type { ProgramProblem } from './validate-program.ts';

export { createMotionState } from './motion-state.ts';
export { stepMotion } from './step-motion.ts';
export { applyMotionCommand } from './commands.ts';
export { validateProgram } from './validate-program.ts';
export { instructionBlendsOut } from './program.ts';
export { ABB_ZONES_MM, zoneFromName } from './zone.ts';
export { weaveOffset, weaveHeightM } from './weave.ts';
export { weaveAxes } from './weave-frame.ts';
export { nextPathRate } from './path-profile.ts';
export {
  GUIDE_MASS_KG,
  GUIDE_DAMPING_N_S_PER_M,
  GUIDE_INERTIA_KG_M2,
  GUIDE_ROT_DAMPING_NM_S,
  GUIDE_COUPLING_N_PER_M,
  GUIDE_COUPLING_NM_PER_RAD,
} from './hand-guide.ts';
export {
  TCP_ACCEL_M_PER_S2,
  ORI_SPEED_RAD_PER_S,
  REDUCED_SPEED_M_PER_S,
  REDUCED_ROT_SPEED_RAD_PER_S,
  SINGULAR_SPEED_FRACTION,
} from './motion-limits.ts';
