// Enumerations shared with the simulator (src/sim/cell/types.ts, src/sim/intents.ts), as runtime lists for zod.
import type {
  CellFamily,
  JointType,
  Material,
  Process,
  ShieldingGas,
  WeldPosition,
} from '../../sim/cell/types.ts';
import type { WeldSettingKey } from '../../sim/intents.ts';
import {
  DIAGNOSTIC_FAULT_INTENTS,
  REMEDY_FAULT_INTENTS,
  type FaultIntentType,
  type InspectTarget,
} from '../../sim/faults/fault-intent-types.ts';

export const ROBOT_FAMILIES = ['cobot', 'industrial', 'orbital'] as const satisfies readonly CellFamily[];
export const SKILL_LAYERS = ['commands', 'dialogue', 'anomaly', 'maintenance'] as const;
export const PROCESSES = ['GMAW', 'FCAW', 'GTAW', 'SMAW', 'SAW'] as const satisfies readonly Process[];
export const MATERIALS = [
  'carbon-steel',
  'stainless-steel',
  'aluminium',
] as const satisfies readonly Material[];
export const JOINTS = ['fillet', 'butt', 'lap'] as const satisfies readonly JointType[];
export const POSITIONS = [
  'PA',
  'PB',
  'PC',
  'PD',
  'PE',
  'PF',
  'PG',
  'PH',
  'PJ',
] as const satisfies readonly WeldPosition[];
export const GASES = [
  'Ar-18CO2',
  'Ar-8CO2',
  'CO2',
  'Ar-2O2',
  'Ar',
  'Ar-He',
  'none',
] as const satisfies readonly ShieldingGas[];
export const WELD_SETTING_KEYS = [
  'process',
  'wireDiameterMm',
  'wireFeedSpeedMPerMin',
  'currentA',
  'voltageV',
  'travelSpeedMmPerS',
  'shieldingGas',
  'gasFlowLPerMin',
  'pulsed',
] as const satisfies readonly WeldSettingKey[];
/** Fault-handling intents (src/sim/faults/fault-intent-types.ts) that change the cell: the remedies. */
export const REMEDY_INTENTS = REMEDY_FAULT_INTENTS;
/** Fault-handling intents that only look or acknowledge (never a wrong action). */
export const DIAGNOSTIC_INTENTS = DIAGNOSTIC_FAULT_INTENTS;
export const INSPECT_TARGETS = [
  'contact-tip',
  'nozzle',
  'drive-rolls',
  'liner',
  'wire-tip',
  'gas-cylinder',
  'gas-regulator',
  'gas-hose',
  'torch-connection',
  'gas-flow-at-nozzle',
  'earth-clamp',
  'collision-sensor',
  'tcp-pointer',
  'seam',
  'carriage-clamp',
] as const satisfies readonly InspectTarget[];
export const PHASE_KINDS = ['briefing', 'setup', 'teach', 'weld', 'intervene', 'inspect', 'debrief'] as const;
export const SEVERITIES = ['advice', 'deduction', 'fail'] as const;
export const RULE_CATEGORIES = ['process', 'technique', 'safety', 'maintenance', 'program'] as const;
export const QUALITY_LEVELS = ['B', 'C', 'D'] as const;

// Compile-time check that the lists above cover the simulator's unions (a new member breaks the build here).
type Missing<All, Listed> = Exclude<All, Listed>;
const _complete: [
  Missing<Process, (typeof PROCESSES)[number]>,
  Missing<Material, (typeof MATERIALS)[number]>,
  Missing<WeldPosition, (typeof POSITIONS)[number]>,
  Missing<ShieldingGas, (typeof GASES)[number]>,
  Missing<WeldSettingKey, (typeof WELD_SETTING_KEYS)[number]>,
  Missing<FaultIntentType, (typeof REMEDY_INTENTS)[number] | (typeof DIAGNOSTIC_INTENTS)[number]>,
  Missing<InspectTarget, (typeof INSPECT_TARGETS)[number]>,
  Missing<JointType, (typeof JOINTS)[number]>,
] = [] as unknown as [never, never, never, never, never, never, never, never];
void _complete;
