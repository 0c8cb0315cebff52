// Faults and safety events injected into the twin at a time or on a condition, and how handling them is graded.
import { z } from 'zod';
import { bilingual, expression, localId, timeOrRange } from './common.ts';
import { REMEDY_INTENTS } from './domain-enums.ts';
import { FAULT_IDS, type FaultId } from '../../sim/faults/fault-catalog.ts';
import { simIntentSchema } from './intent.ts';

/** Faults of domain/robots.md §5 the twin can be told to develop (src/sim/faults/fault-catalog.ts). */
export const FAULT_TYPES = FAULT_IDS as [FaultId, ...FaultId[]];

/** Safety events of domain/robots.md §4 that the twin can be told to happen (someone else in the cell). */
export const SAFETY_EVENT_TYPES = ['person-enters-zone', 'door-opened', 'light-curtain-break'] as const;

const trigger = z.strictObject({
  phase: localId.optional().describe('Start counting when this phase begins (default: the attempt start)'),
  afterS: timeOrRange.default(0).describe('Seconds after that, or a seeded range'),
});

const handlingSchema = z.strictObject({
  detect: expression.describe(
    'True once the trainee has reacted safely (e.g. `not arc.on and not program.running`)',
  ),
  detectWithinS: z
    .number()
    .positive()
    .max(3600)
    .describe('Full credit when detected within this many seconds'),
  diagnosis: z
    .string()
    .min(1)
    .max(60)
    .optional()
    .describe('Cause the trainee should name with the diagnose action'),
  remedies: z
    .array(z.enum(REMEDY_INTENTS))
    .max(10)
    .default([])
    .describe('Remedy actions that fix it (e.g. replaceGasBottle)'),
  resolved: expression.describe('True once the cause is fixed'),
  resolveWithinS: z
    .number()
    .positive()
    .max(3600)
    .describe('Full credit when resolved within this many seconds'),
  points: z.number().min(0).max(100).default(10).describe('Weight in the faultHandling rubric component'),
  advice: bilingual.optional().describe('Coaching shown when handling lost points'),
});

const base = {
  id: localId,
  at: trigger.optional().describe('Inject at a time'),
  when: expression.optional().describe('Inject when this becomes true (after `at`, if both are given)'),
  description: bilingual.optional(),
  handling: handlingSchema.optional(),
};

export const injectionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('fault'),
    fault: z.enum(FAULT_TYPES),
    params: z
      .record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.array(z.number()).max(3)]))
      .default({})
      .describe('Fault parameters (e.g. gas-supply-loss: cause valve-closed | cylinder-empty | leak)'),
    ...base,
  }),
  z.strictObject({
    kind: z.literal('safety'),
    event: z.enum(SAFETY_EVENT_TYPES),
    ...base,
  }),
  z.strictObject({
    kind: z.literal('intents'),
    intents: z.array(simIntentSchema).min(1).max(100).describe('Actions of someone else in the cell'),
    ...base,
  }),
]);

export type InjectionSpec = z.infer<typeof injectionSchema>;
export type HandlingSpec = z.infer<typeof handlingSchema>;
