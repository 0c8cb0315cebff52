// Scripted solutions: what a trainee does and when. The reference must pass; the known-bad must fail.
import { z } from 'zod';
import { bilingual, expression } from './common.ts';
import { solutionIntentSchema } from './intent.ts';

export const stepSchema = z
  .strictObject({
    at: z.number().min(0).max(86_400).optional().describe('Not before this attempt time, s'),
    after: z.number().min(0).max(86_400).optional().describe('Seconds after the previous step ran'),
    waitFor: expression.optional().describe('Wait until this is true (for seeded fault timings)'),
    timeoutS: z
      .number()
      .positive()
      .max(86_400)
      .default(600)
      .describe('Give up waiting after this; the script stops'),
    do: z.union([solutionIntentSchema, z.array(solutionIntentSchema).min(1).max(50)]),
    note: z.string().max(200).optional(),
  })
  .meta({ id: 'SolutionStep' });

export const solutionSchema = z.strictObject({
  description: bilingual.optional(),
  steps: z.array(stepSchema).min(1).max(5000),
  /** Stop the attempt this many seconds after the last step if the scenario has not ended by itself. */
  endAfterS: z.number().min(0).max(86_400).default(5),
});

export type StepSpec = z.infer<typeof stepSchema>;
export type SolutionSpec = z.infer<typeof solutionSchema>;
