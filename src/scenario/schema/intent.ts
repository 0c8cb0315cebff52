// The trainee's actions as data (zod mirror of src/sim/intents.ts) plus the scenario-level actions
// (advancePhase, diagnose, finish) that the engine handles itself.
import { z } from 'zod';
import type { Intent } from '../../sim/intents.ts';
import { INSPECT_TARGETS, WELD_SETTING_KEYS } from './domain-enums.ts';

const vec3 = z.tuple([z.number(), z.number(), z.number()]);
const rotationRows = z.tuple([vec3, vec3, vec3]);
const joints = z
  .array(z.number().min(-50).max(50))
  .min(1)
  .max(9)
  .describe('Joint values, rad (m for prismatic axes)');
const weave = z.strictObject({
  pattern: z.enum(['zigzag', 'triangle', 'circular', 'sine']),
  widthMm: z.number().min(0).max(30),
  frequencyHz: z.number().min(0).max(10),
  dwellS: z.number().min(0).max(2).optional(),
});
const orbitalSector = z.strictObject({
  // The carriage may run a full turn plus overlap: at most 400° in all (src/sim/systems/orbital.ts).
  fromDeg: z.number().min(0).max(400),
  toDeg: z.number().min(0).max(400),
  currentPercent: z.number().min(30).max(130),
  travelSpeedMmPerS: z.number().min(0.1).max(25),
  oscillationWidthMm: z.number().min(0).max(30),
  oscillationHz: z.number().min(0).max(5),
});
const moveName = z.string().min(1).max(40);

export const simIntentSchema = z
  .discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('setWeld'),
      key: z.enum(WELD_SETTING_KEYS),
      value: z.union([z.number(), z.string(), z.boolean()]),
    }),
    z.strictObject({ type: z.literal('setMode'), mode: z.enum(['manual', 'auto']) }),
    z.strictObject({ type: z.literal('setSpeedOverride'), percent: z.number().min(0).max(100) }),
    z.strictObject({ type: z.literal('enablingDevice'), position: z.enum(['released', 'enabled', 'panic']) }),
    z.strictObject({
      type: z.literal('jog'),
      frame: z.enum(['joint', 'base', 'tool', 'work']),
      axis: z.number().int().min(0).max(8),
      direction: z.union([z.literal(-1), z.literal(0), z.literal(1)]),
    }),
    z.strictObject({ type: z.literal('freedrive'), on: z.boolean() }),
    z.strictObject({ type: z.literal('handGuide'), position: vec3, rotation: rotationRows.optional() }),
    z.strictObject({ type: z.literal('recordPoint'), name: moveName.optional() }),
    z.strictObject({ type: z.literal('setTarget'), name: moveName, joints }),
    z.strictObject({
      type: z.literal('addMove'),
      move: z.enum(['J', 'L', 'C']),
      target: moveName,
      via: moveName.optional(),
      speedMmPerS: z.number().min(0.1).max(2000),
      zoneMm: z.union([z.number().min(0).max(200), z.literal('fine')]),
      arc: z.boolean(),
      weave: weave.optional(),
    }),
    z.strictObject({ type: z.literal('deleteMove'), index: z.number().int().min(0) }),
    z.strictObject({ type: z.literal('clearProgram') }),
    z.strictObject({ type: z.literal('runProgram') }),
    z.strictObject({ type: z.literal('stepProgram') }),
    z.strictObject({ type: z.literal('pauseProgram') }),
    z.strictObject({ type: z.literal('stopProgram') }),
    z.strictObject({ type: z.literal('setPositioner'), joints }),
    z.strictObject({ type: z.literal('setOrbitalProgram'), sectors: z.array(orbitalSector).min(1).max(100) }),
    z.strictObject({ type: z.literal('arc'), on: z.boolean() }),
    z.strictObject({ type: z.literal('eStop') }),
    z.strictObject({ type: z.literal('resetEStop') }),
    z.strictObject({ type: z.literal('resetProtectiveStop') }),
    z.strictObject({
      type: z.literal('bodyPose'),
      part: z.enum(['head', 'leftHand', 'rightHand', 'torso']),
      position: vec3,
    }),
    z.strictObject({ type: z.literal('helmet'), down: z.boolean() }),
    z.strictObject({ type: z.literal('door'), open: z.boolean() }),
    // Diagnosis, maintenance and fault remedies (src/sim/faults/fault-intent-types.ts).
    z.strictObject({ type: z.literal('inspect'), target: z.enum(INSPECT_TARGETS) }),
    z.strictObject({ type: z.literal('holdProgram') }),
    z.strictObject({ type: z.literal('resetAlarms') }),
    z.strictObject({ type: z.literal('replaceContactTip') }),
    z.strictObject({ type: z.literal('cleanNozzle') }),
    z.strictObject({ type: z.literal('antiSpatter') }),
    z.strictObject({ type: z.literal('replaceTorchNeck') }),
    z.strictObject({
      type: z.literal('setDriveRollTension'),
      value: z.number().min(0).max(5).describe('Dial 0–5'),
    }),
    z.strictObject({ type: z.literal('rethreadWire') }),
    z.strictObject({ type: z.literal('replaceLiner') }),
    z.strictObject({ type: z.literal('cutWire') }),
    z.strictObject({ type: z.literal('setBurnback'), valueMs: z.number().min(0).max(500) }),
    z.strictObject({ type: z.literal('openGasValve') }),
    z.strictObject({ type: z.literal('replaceGasBottle') }),
    z.strictObject({
      type: z.literal('repairGasLeak'),
      location: z.enum(['regulator', 'hose', 'torch-connection']),
    }),
    z.strictObject({ type: z.literal('resetCollisionSensor') }),
    z.strictObject({
      type: z.literal('tcpCalibrationPoint'),
      flangePose: z.array(z.number()).length(12).describe('Flange pose, row-major 3×4, m'),
    }),
    z.strictObject({ type: z.literal('tcpCalibrationApply') }),
    z.strictObject({ type: z.literal('tightenEarthClamp') }),
    z.strictObject({ type: z.literal('enableTouchSensing') }),
    z.strictObject({ type: z.literal('enableSeamTracking') }),
    z.strictObject({ type: z.literal('setProgramOffset'), offsetMm: vec3 }),
    z.strictObject({ type: z.literal('reseatRing') }),
    z.strictObject({ type: z.literal('rehomeCarriage') }),
  ])
  .meta({ id: 'SimIntent' });

/** Actions the scenario engine handles (they never reach the twin). */
export const scenarioIntentSchema = z
  .discriminatedUnion('type', [
    z
      .strictObject({ type: z.literal('advancePhase') })
      .describe('The trainee says "done" with the current phase'),
    z
      .strictObject({ type: z.literal('diagnose'), cause: z.string().min(1).max(60) })
      .describe(
        "The trainee names the cause of an alarm (graded against an injection's `handling.diagnosis`)",
      ),
    z.strictObject({ type: z.literal('finish') }).describe('The trainee ends the attempt'),
  ])
  .meta({ id: 'ScenarioIntent' });

/**
 * Shortcuts for scripted solutions and start set-ups (never sent by the app): teach a robot target exactly on the
 * seam. The engine turns it into the setTarget intent (joints by inverse kinematics) that a trainee's jogging and
 * recording would give, and logs that intent, so replays need no shortcut.
 */
export const macroIntentSchema = z
  .strictObject({
    type: z.literal('teachSeamPoint'),
    name: moveName,
    along: z.number().min(-0.5).max(1.5).default(0).describe('Where on the seam: 0 start, 1 end'),
    standoffMm: z
      .number()
      .min(-20)
      .max(500)
      .default(0)
      .describe('Distance of the wire tip above the joint line, mm'),
    travelAngleDeg: z.number().min(-45).max(45).default(10).describe('Push (> 0) or drag (< 0) angle'),
    workTiltDeg: z
      .number()
      .min(-45)
      .max(45)
      .default(0)
      .describe('Tilt of the torch across the seam from the ideal work angle'),
    seam: z
      .enum(['actual', 'nominal'])
      .default('actual')
      .describe('The seam as placed (with seeded offset) or as drawn'),
  })
  .meta({ id: 'TeachSeamPoint' });

/** What an attempt log may hold: the twin's intents and the scenario actions. */
export const anyIntentSchema = z.union([simIntentSchema, scenarioIntentSchema]);
/** What a scripted solution may do: anything a trainee can, plus the teaching shortcut. */
export const solutionIntentSchema = z
  .union([simIntentSchema, scenarioIntentSchema, macroIntentSchema])
  .meta({ id: 'SolutionIntent' });
/** What a start set-up may do. */
export const setupIntentSchema = z.union([simIntentSchema, macroIntentSchema]);

export type ScenarioIntent = z.infer<typeof scenarioIntentSchema>;
export type MacroIntent = z.infer<typeof macroIntentSchema>;
export type AnyIntent = Intent | ScenarioIntent | MacroIntent;

/** zod types optional fields as `T | undefined`; parsed data never holds an explicit undefined. */
type NoUndefined<T> = T extends readonly unknown[]
  ? { [K in keyof T]: NoUndefined<T[K]> }
  : T extends object
    ? { [K in keyof T]: NoUndefined<Exclude<T[K], undefined>> }
    : T;

// Compile-time check that every simulator intent type has a schema (a new intent breaks the build here).
const _allIntents: Exclude<Intent['type'], z.infer<typeof simIntentSchema>['type']> = undefined as never;
void _allIntents;

/** A schema-validated simulator intent, typed as the simulator's own Intent. */
export function asIntent(x: z.infer<typeof simIntentSchema>): Intent {
  return x as NoUndefined<typeof x>;
}

/** A schema-validated intent of any kind, typed for the engine. */
export function asAnyIntent(x: z.infer<typeof solutionIntentSchema>): AnyIntent {
  return x as NoUndefined<typeof x>;
}
