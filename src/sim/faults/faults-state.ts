// Process-fault state as plain JSON data (hashed and replayed with the world): the physical condition of the torch,
// wire feed, gas supply, earth clamp, part fit-up and carriage, the injected faults and their timeline, alarms.
import type { AlarmId } from './alarms.ts';
import type { FaultId } from './fault-catalog.ts';
import type { FaultIntentType, GasLeakLocation } from './fault-intent-types.ts';
import type { MaintenanceState } from './maintenance.ts';
import type { TcpCalibrationResult } from './tcp-calibration.ts';
import { createMaintenanceState } from './maintenance.ts';

/** x, y, z (the unit is in the field name). */
export type Xyz = [number, number, number];

/** Drive-roll tension dial 0–5, the band where solid steel wire feeds without slip or deformation [sim scale]. */
export const DRIVE_ROLL_TENSION_BAND: readonly [number, number] = [2.5, 3.5];
/** Burnback (arc-off) time, typical 70 ms (Kemppi DCM cobotics stop timing). */
export const NOMINAL_BURNBACK_MS = 70;

/** What an injection does. Omitted parameters take the documented defaults in inject-fault.ts. */
export type FaultSpec =
  | { fault: 'contact-tip-wear'; tipAgeArcMin?: number }
  | { fault: 'wire-feed-slip'; driveRollTension?: number }
  | { fault: 'bird-nest' }
  | {
      fault: 'gas-supply-loss';
      cause: 'valve-closed' | 'cylinder-empty' | 'leak';
      location?: GasLeakLocation;
    }
  | { fault: 'nozzle-spatter'; spatter?: number }
  | { fault: 'wire-stick'; burnbackMs?: number }
  | { fault: 'tcp-drift'; offsetMm?: Xyz }
  | { fault: 'earth-clamp-loose' }
  | { fault: 'seam-variation'; systematicOffsetMm?: Xyz; randomAmplitudeMm?: number }
  | { fault: 'carriage-slip'; slipFraction?: number };

/** When it happens: at a time, or when a named condition first holds (see FaultStepContext). */
export type FaultTrigger = { atS: number } | { condition: string };

export interface FaultInjection {
  spec: FaultSpec;
  trigger: FaultTrigger;
}

export interface ActiveFault {
  id: FaultId;
  /** 'injected' by the scenario, 'wear' from maintenance state, 'event' from a crash in the simulation. */
  cause: 'injected' | 'wear' | 'event';
  variant: string | null;
  startS: number;
  /** First step the trainee could see a symptom. */
  onsetS: number | null;
  /** First relevant trainee action (inspection, hold, a remedy for it) after onset. */
  detectedS: number | null;
  fixedS: number | null;
}

export type FaultEventKind =
  | 'injected'
  | 'onset'
  | 'detected'
  | 'fixed'
  | 'action'
  | 'wrong-action'
  | 'rejected'
  | 'inspection'
  | 'alarm-raised'
  | 'alarm-cleared';

export interface FaultEvent {
  tS: number;
  kind: FaultEventKind;
  fault: FaultId | null;
  intent: FaultIntentType | null;
  /** i18n key of what happened / was found. */
  key: string;
  value?: number;
  vectorMm?: Xyz;
}

export interface ActiveAlarm {
  id: AlarmId;
  code: string;
  raisedS: number;
}

export interface FaultsState {
  maintenance: MaintenanceState;
  gas: { cylinderValveOpen: boolean; leak: GasLeakLocation | null };
  wire: {
    driveRollTension: number;
    birdNest: boolean;
    /** Wire frozen in the crater now. */
    stuck: boolean;
    burnbackMs: number;
    /** Decided at arc start: whether this weld's end will freeze the wire. */
    stickAtArcEnd: boolean;
    /** An injection forces the next arc end to stick. */
    forceStick: boolean;
  };
  torch: {
    /** TCP the torch was built to (flange frame, m). */
    nominalTcpM: Xyz;
    /** Where the wire tip really is now (bent neck after a crash). */
    actualTcpM: Xyz;
    /** TCP the controller uses. */
    controllerTcpM: Xyz;
    collisionSensorTripped: boolean;
    /** Flange poses recorded for the 4-point calibration (12 numbers each). */
    calibrationPoses: number[][];
    lastCalibration: TcpCalibrationResult | null;
  };
  earthClampTight: boolean;
  seam: {
    systematicOffsetMm: Xyz;
    randomAmplitudeMm: number;
    /** Seam offset of the part in the fixture now (vs the programmed path). */
    partOffsetMm: Xyz;
    touchSensing: boolean;
    seamTracking: boolean;
    programOffsetMm: Xyz;
  };
  carriage: { slipFraction: number; positionErrorMm: number };
  pending: FaultInjection[];
  faults: ActiveFault[];
  alarms: ActiveAlarm[];
  events: FaultEvent[];
  /** Arc on at the previous step (edge detection for the wire-stick draw). */
  prevArcOn: boolean;
}

/** A healthy cell. `nominalTcpM`: the torch TCP in the flange frame (e.g. the cell's tool transform). */
export function createFaultsState(nominalTcpM: Xyz = [0, 0, 0.4]): FaultsState {
  return {
    maintenance: createMaintenanceState(),
    gas: { cylinderValveOpen: true, leak: null },
    wire: {
      driveRollTension: (DRIVE_ROLL_TENSION_BAND[0] + DRIVE_ROLL_TENSION_BAND[1]) / 2,
      birdNest: false,
      stuck: false,
      burnbackMs: NOMINAL_BURNBACK_MS,
      stickAtArcEnd: false,
      forceStick: false,
    },
    torch: {
      nominalTcpM: [...nominalTcpM],
      actualTcpM: [...nominalTcpM],
      controllerTcpM: [...nominalTcpM],
      collisionSensorTripped: false,
      calibrationPoses: [],
      lastCalibration: null,
    },
    earthClampTight: true,
    seam: {
      systematicOffsetMm: [0, 0, 0],
      randomAmplitudeMm: 0,
      partOffsetMm: [0, 0, 0],
      touchSensing: false,
      seamTracking: false,
      programOffsetMm: [0, 0, 0],
    },
    carriage: { slipFraction: 0, positionErrorMm: 0 },
    pending: [],
    faults: [],
    alarms: [],
    events: [],
    prevArcOn: false,
  };
}
