// What a trainee does about a process fault, as intents (names follow the world's MaintenanceAction where it has
// one). Positions in metres; flange poses are row-major 3×4 transforms (12 numbers) in the robot base frame.

export type GasLeakLocation = 'regulator' | 'hose' | 'torch-connection';

export type InspectTarget =
  | 'contact-tip'
  | 'nozzle'
  | 'drive-rolls'
  | 'liner'
  | 'wire-tip'
  | 'gas-cylinder'
  | 'gas-regulator'
  | 'gas-hose'
  | 'torch-connection'
  | 'gas-flow-at-nozzle'
  | 'earth-clamp'
  | 'collision-sensor'
  | 'tcp-pointer'
  | 'seam'
  | 'carriage-clamp';

export type FaultIntent =
  // Diagnosis (never a wrong action).
  | { type: 'inspect'; target: InspectTarget }
  | { type: 'holdProgram' }
  | { type: 'resetAlarms' }
  // Torch consumables.
  | { type: 'replaceContactTip' }
  | { type: 'cleanNozzle' }
  | { type: 'antiSpatter' }
  | { type: 'replaceTorchNeck' }
  // Wire feed.
  | { type: 'setDriveRollTension'; value: number }
  | { type: 'rethreadWire' }
  | { type: 'replaceLiner' }
  | { type: 'cutWire' }
  | { type: 'setBurnback'; valueMs: number }
  // Shielding gas.
  | { type: 'openGasValve' }
  | { type: 'replaceGasBottle' }
  | { type: 'repairGasLeak'; location: GasLeakLocation }
  // TCP and collision sensor (§3.2).
  | { type: 'resetCollisionSensor' }
  | { type: 'tcpCalibrationPoint'; flangePose: number[] }
  | { type: 'tcpCalibrationApply' }
  // Welding circuit.
  | { type: 'tightenEarthClamp' }
  // Part-to-part variation.
  | { type: 'enableTouchSensing' }
  | { type: 'enableSeamTracking' }
  | { type: 'setProgramOffset'; offsetMm: [number, number, number] }
  // Orbital carriage / positioner.
  | { type: 'reseatRing' }
  | { type: 'rehomeCarriage' };

export type FaultIntentType = FaultIntent['type'];

/** Fault-handling intents that only look or acknowledge (never a wrong action). */
export const DIAGNOSTIC_FAULT_INTENTS = [
  'inspect',
  'holdProgram',
  'resetAlarms',
] as const satisfies readonly FaultIntentType[];
/** Fault-handling intents that change the cell: the remedies. */
export const REMEDY_FAULT_INTENTS = [
  'replaceContactTip',
  'cleanNozzle',
  'antiSpatter',
  'replaceTorchNeck',
  'setDriveRollTension',
  'rethreadWire',
  'replaceLiner',
  'cutWire',
  'setBurnback',
  'openGasValve',
  'replaceGasBottle',
  'repairGasLeak',
  'resetCollisionSensor',
  'tcpCalibrationPoint',
  'tcpCalibrationApply',
  'tightenEarthClamp',
  'enableTouchSensing',
  'enableSeamTracking',
  'setProgramOffset',
  'reseatRing',
  'rehomeCarriage',
] as const satisfies readonly FaultIntentType[];
// Every fault intent is in exactly one of the two lists (a new intent type that is not fails to compile).
type Listed = (typeof DIAGNOSTIC_FAULT_INTENTS)[number] | (typeof REMEDY_FAULT_INTENTS)[number];
const everyFaultIntentListed: Record<Exclude<FaultIntentType, Listed>, never> = {};
void everyFaultIntentListed;

/** Conditions the world reports when an intent is applied. */
export interface FaultIntentContext {
  tS: number;
  /** The arc is burning (or the wire is live). */
  arcOn: boolean;
  /** The robot/carriage is at standstill (program held or stopped). */
  robotStopped: boolean;
  /** Flowmeter setting, L/min (what the flow tester at the nozzle is compared with). */
  gasFlowSetLPerMin: number;
}
