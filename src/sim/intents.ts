// Everything a trainee (or a scripted solution, or the CLI) can do to the twin is an intent.
// The app never computes welding or kinematics: it sends intents and renders state.
import type { Vec3Tuple, RotationRows } from './cell/types.ts';
import type { FaultIntent } from './faults/fault-intent-types.ts';

export type WeldSettingKey =
  | 'process'
  | 'wireDiameterMm'
  | 'wireFeedSpeedMPerMin'
  | 'currentA'
  | 'voltageV'
  | 'travelSpeedMmPerS'
  | 'shieldingGas'
  | 'gasFlowLPerMin'
  | 'pulsed';

export type BodyPart = 'head' | 'leftHand' | 'rightHand' | 'torso';

export type Intent =
  // Power source and wire feeder panel.
  | { type: 'setWeld'; key: WeldSettingKey; value: number | string | boolean }
  // Robot modes and teach pendant.
  | { type: 'setMode'; mode: 'manual' | 'auto' }
  | { type: 'setSpeedOverride'; percent: number }
  | { type: 'enablingDevice'; position: 'released' | 'enabled' | 'panic' }
  | { type: 'jog'; frame: 'joint' | 'base' | 'tool' | 'work'; axis: number; direction: -1 | 0 | 1 }
  | { type: 'freedrive'; on: boolean }
  /** Where the trainee's hand holds the torch handle (hand-guiding target), world frame, metres. */
  | { type: 'handGuide'; position: Vec3Tuple; rotation?: RotationRows }
  | { type: 'recordPoint'; name?: string }
  | { type: 'setTarget'; name: string; joints: number[] }
  | {
      type: 'addMove';
      move: 'J' | 'L' | 'C';
      target: string;
      via?: string;
      speedMmPerS: number;
      zoneMm: number | 'fine';
      arc: boolean;
      weave?: WeaveSetting;
    }
  | { type: 'deleteMove'; index: number }
  | { type: 'clearProgram' }
  | { type: 'runProgram' }
  | { type: 'stepProgram' }
  | { type: 'pauseProgram' }
  | { type: 'stopProgram' }
  | { type: 'setPositioner'; joints: number[] }
  | { type: 'setOrbitalProgram'; sectors: OrbitalSector[] }
  // Manual arc (the cobot torch trigger / pendant arc button in manual).
  | { type: 'arc'; on: boolean }
  // Safety.
  | { type: 'eStop' }
  | { type: 'resetEStop' }
  | { type: 'resetProtectiveStop' }
  | { type: 'bodyPose'; part: BodyPart; position: Vec3Tuple }
  | { type: 'helmet'; down: boolean }
  | { type: 'door'; open: boolean }
  // Diagnosis, maintenance and fault remedies (see faults/fault-intent-types.ts).
  | FaultIntent;

export interface WeaveSetting {
  pattern: 'zigzag' | 'triangle' | 'circular' | 'sine';
  widthMm: number;
  frequencyHz: number;
  dwellS?: number;
}

export interface OrbitalSector {
  /** Sector start, clock angle in degrees from 12 o'clock in the travel direction. */
  fromDeg: number;
  toDeg: number;
  currentPercent: number;
  travelSpeedMmPerS: number;
  oscillationWidthMm: number;
  /** Full oscillation cycles per second across the joint (Magnatech primer: width, speed, dwell). */
  oscillationHz: number;
}

/** One entry of the input log: the intent takes effect at the start of step `tick`. */
export interface LoggedIntent {
  tick: number;
  intent: Intent;
}
