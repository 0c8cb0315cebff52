// The whole digital twin as plain serialisable data. Hash it, save it, send it: it is the truth.
import type { PrngState } from './core/prng.ts';
import type { CellConfig, Vec3Tuple } from './cell/types.ts';
import type { WeldSettings } from './cell/weld-settings.ts';
import type { TorchMeasures } from './cell/seam-geometry.ts';
import type { SimEvent } from './events.ts';
import type { MotionProgram, MotionState } from './motion/index.ts';
import type { SafetyConfig, SafetyState, EnablingPosition, OperatingMode } from './safety/index.ts';
import type { FaultsState, MaintenanceState, FaultInjection } from './faults/index.ts';
import type { ArcState } from './systems/arc-sequence.ts';
import type { OrbitalState } from './systems/orbital.ts';
import type { BeadState } from './systems/bead.ts';

export const WORLD_SCHEMA = 1;

export interface PeopleState {
  head: Vec3Tuple;
  leftHand: Vec3Tuple;
  rightHand: Vec3Tuple;
  torso: Vec3Tuple;
  /** The trainee stands in the cell (tracked); false = outside the guarding / not tracked. */
  present: boolean;
  helmetDown: boolean;
}

/** Buttons and switches the trainee holds: the safety monitor reads them every step. */
export interface ControlsState {
  operatingMode: OperatingMode;
  enabling: EnablingPosition;
  eStopPressed: boolean;
  /** One-step pulses (press edges), cleared after the step that saw them. */
  resetPulse: boolean;
  restartPulse: boolean;
  doorClosed: boolean;
  lightCurtainInterrupted: boolean;
  freedrive: boolean;
  /** Manual arc trigger (cobot torch button / pendant arc key in manual). */
  manualArc: boolean;
}

export interface PositionerState {
  robotId: string;
  q: number[];
  target: number[];
}

/** What a world is made from: every attempt, replay and test starts here. */
export interface WorldInit {
  seed: number | string;
  cell: CellConfig;
  settings: WeldSettings;
  /** Initial robot joints (rad; orbital carriage: [travel rad, oscillation m, height m]). */
  joints: number[];
  program?: MotionProgram;
  safety?: SafetyConfig;
  faults?: FaultInjection[];
  maintenance?: Partial<MaintenanceState>;
  /** Person starts inside the cell at these points (else outside, untracked). */
  people?: Partial<PeopleState>;
  positionerJoints?: number[];
  /** Air speed at the arc, m/s (open door, fans). */
  draughtMPerS?: number;
}

export interface WorldState {
  schema: typeof WORLD_SCHEMA;
  /** Steps since the start (fixed step, see core/clock.ts). */
  tick: number;
  rng: PrngState;
  cell: CellConfig;
  settings: WeldSettings;
  controls: ControlsState;
  people: PeopleState;
  program: MotionProgram;
  motion: MotionState;
  positioner: PositionerState | null;
  orbital: OrbitalState | null;
  safetyConfig: SafetyConfig;
  safety: SafetyState;
  faults: FaultsState;
  arc: ArcState;
  torch: TorchMeasures;
  /** Travel speed of the torch along the seam, filtered, mm/s. */
  torchSpeedMmPerS: number;
  /** Air speed at the arc (draughts), m/s. */
  draughtMPerS: number;
  /** Manual reduced-speed limiter (T1): factor on the program speed that keeps the TCP under 250 mm/s. */
  manualSpeedGovernor: number;
  /** TCP in the world frame (Mat34) after tool errors (what the wire really does). */
  tcpWorld: number[];
  bead: BeadState;
  events: SimEvent[];
}
