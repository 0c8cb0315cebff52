// The process faults a scenario can inject, with their symptoms, the alarm they raise and the remedies that
// clear them (domain/robots.md §5; §3.2 for TCP calibration). Text keys index the app's i18n tables.
import type { AlarmId } from './alarms.ts';
import type { FaultIntentType, InspectTarget } from './fault-intent-types.ts';

export type FaultId =
  | 'contact-tip-wear'
  | 'wire-feed-slip'
  | 'bird-nest'
  | 'gas-supply-loss'
  | 'nozzle-spatter'
  | 'wire-stick'
  | 'tcp-drift'
  | 'earth-clamp-loose'
  | 'seam-variation'
  | 'carriage-slip';

export interface FaultDefinition {
  id: FaultId;
  nameKey: string;
  symptomKeys: string[];
  /** Intents that can clear it (which one applies depends on the cause, see fault-diagnosis.ts). */
  remedyIntents: FaultIntentType[];
  /** Where a trainee looks to find it. */
  inspectTargets: InspectTarget[];
  alarm: AlarmId | null;
}

export const FAULTS: Readonly<Record<FaultId, FaultDefinition>> = {
  // §5: bore ovalised → erratic arc, wire off seam, burnbacks; change by schedule/arc time.
  'contact-tip-wear': {
    id: 'contact-tip-wear',
    nameKey: 'fault.contactTipWear',
    symptomKeys: ['symptom.arcWander', 'symptom.unstableCurrent', 'symptom.beadOffSeam'],
    remedyIntents: ['replaceContactTip'],
    inspectTargets: ['contact-tip'],
    alarm: null,
  },
  // §5: wrong roll tension/groove, worn liner → slip, erratic wire feed speed.
  'wire-feed-slip': {
    id: 'wire-feed-slip',
    nameKey: 'fault.wireFeedSlip',
    symptomKeys: ['symptom.erraticWireFeed', 'symptom.arcLengthHunting'],
    remedyIntents: ['setDriveRollTension', 'replaceLiner'],
    inspectTargets: ['drive-rolls', 'liner'],
    alarm: null,
  },
  // §5: wire tangles at the rolls → feed stops.
  'bird-nest': {
    id: 'bird-nest',
    nameKey: 'fault.birdNest',
    symptomKeys: ['symptom.noWireFeed', 'symptom.wireTangledAtRolls'],
    remedyIntents: ['rethreadWire'],
    inspectTargets: ['drive-rolls'],
    alarm: 'feed-fault',
  },
  // §5: empty/leaking supply → porosity, flow alarm. The trainee must find where.
  'gas-supply-loss': {
    id: 'gas-supply-loss',
    nameKey: 'fault.gasSupplyLoss',
    symptomKeys: ['symptom.porosity', 'symptom.sootyBead', 'symptom.gasFlowLow'],
    remedyIntents: ['openGasValve', 'replaceGasBottle', 'repairGasLeak'],
    inspectTargets: ['gas-cylinder', 'gas-regulator', 'gas-hose', 'torch-connection', 'gas-flow-at-nozzle'],
    alarm: 'gas-low',
  },
  // §5: no reaming → spatter in the nozzle, gas coverage falls, porosity.
  'nozzle-spatter': {
    id: 'nozzle-spatter',
    nameKey: 'fault.nozzleSpatter',
    symptomKeys: ['symptom.porosity', 'symptom.arcToNozzle'],
    remedyIntents: ['cleanNozzle'],
    inspectTargets: ['nozzle'],
    alarm: null,
  },
  // §5 / §3.4: wire frozen in the crater after arc end (burnback too short) → wire-stick signal, robot halts.
  'wire-stick': {
    id: 'wire-stick',
    nameKey: 'fault.wireStick',
    symptomKeys: ['symptom.wireStuckToWork'],
    remedyIntents: ['cutWire', 'setBurnback'],
    inspectTargets: ['wire-tip'],
    alarm: 'wire-stick',
  },
  // §5 / §3.2: after a torch crash the neck is bent → bead off the joint; reset the sensor, re-calibrate the TCP.
  'tcp-drift': {
    id: 'tcp-drift',
    nameKey: 'fault.tcpDrift',
    symptomKeys: ['symptom.collisionStop', 'symptom.beadOffSeam'],
    remedyIntents: ['resetCollisionSensor', 'tcpCalibrationPoint', 'tcpCalibrationApply', 'replaceTorchNeck'],
    inspectTargets: ['collision-sensor', 'tcp-pointer'],
    alarm: 'collision',
  },
  // §5: loose/dirty work clamp → unstable or no arc, arc-start failures.
  'earth-clamp-loose': {
    id: 'earth-clamp-loose',
    nameKey: 'fault.earthClampLoose',
    symptomKeys: ['symptom.arcStartFailure', 'symptom.unstableCurrent'],
    remedyIntents: ['tightenEarthClamp'],
    inspectTargets: ['earth-clamp'],
    alarm: 'arc-start-failure',
  },
  // §3.4 sensing: parts vary → touch sensing / seam tracking, or a program offset for a systematic shift.
  'seam-variation': {
    id: 'seam-variation',
    nameKey: 'fault.seamVariation',
    symptomKeys: ['symptom.beadOffSeam', 'symptom.variesPartToPart'],
    remedyIntents: ['enableTouchSensing', 'enableSeamTracking', 'setProgramOffset'],
    inspectTargets: ['seam'],
    alarm: null,
  },
  // §2.1: the carriage rides a clamped band/ring; a slipping clamp (or positioner) loses position round the pipe.
  'carriage-slip': {
    id: 'carriage-slip',
    nameKey: 'fault.carriageSlip',
    symptomKeys: ['symptom.torchLagsClockPosition', 'symptom.beadOffSeam'],
    remedyIntents: ['reseatRing', 'rehomeCarriage'],
    inspectTargets: ['carriage-clamp'],
    alarm: null,
  },
};

export const FAULT_IDS = Object.keys(FAULTS) as FaultId[];
