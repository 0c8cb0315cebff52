// Phases of an exercise (briefing → set-up → teach → weld → intervene → inspect → debrief) with goals and limits.
import { z } from 'zod';
import { bilingual, expression, localId } from './common.ts';
import { PHASE_KINDS } from './domain-enums.ts';

export const goalSchema = z.strictObject({
  id: localId,
  description: bilingual,
  condition: expression.describe('Goal is met once this is true at any moment of the phase'),
  required: z.boolean().default(true).describe('A required goal that is not met fails the attempt'),
  points: z
    .number()
    .min(0)
    .max(100)
    .default(1)
    .describe('Weight of this goal in the `goals` rubric component'),
});

export const phaseSchema = z.strictObject({
  id: localId,
  kind: z.enum(PHASE_KINDS),
  title: bilingual,
  instructions: bilingual.optional(),
  timeLimitS: z
    .number()
    .positive()
    .max(86_400)
    .optional()
    .describe('The phase ends (goals unmet fail) after this'),
  goals: z.array(goalSchema).max(50).default([]),
  advance: z
    .enum(['auto', 'manual'])
    .optional()
    .describe('auto: ends when every goal is met (default with goals); manual: on the advancePhase action'),
  completeWhen: expression
    .optional()
    .describe('Ends the phase as soon as this is true (overrides `advance`)'),
});

export type PhaseSpec = z.infer<typeof phaseSchema>;
export type GoalSpec = z.infer<typeof goalSchema>;
