// Building blocks shared by the scenario schema: bilingual text, identifiers, rule expressions, ranges.
import { z } from 'zod';

/** Text shown to trainees and judges, in both shipped languages. */
export const bilingual = z
  .strictObject({
    en: z.string().min(1).describe('English text'),
    'zh-CN': z.string().min(1).describe('Simplified Chinese text'),
  })
  .describe('Text in English (en) and Simplified Chinese (zh-CN); both are required')
  .meta({ id: 'Bilingual' });

/** Ids used inside expressions (`fault.gasLoss.resolved`) must be plain camelCase names. */
export const localId = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a camelCase name starting with a lower-case letter, e.g. `gasLoss`')
  .max(40)
  .meta({ id: 'LocalId' });

/** A condition or value in the rule language (see docs/authoring.md, "Rule expressions"). */
export const expression = z
  .string()
  .min(1)
  .max(2000)
  .describe('Rule-language expression over measurements, e.g. `weld.currentA <= 250 A and arc.on`')
  .meta({ id: 'Expression' });

export const seconds = z.number().min(0).max(86_400);

/** A value sampled per seed from [min, max] (optionally rounded to `step`), or picked from `choices`. */
export const seededRange = z
  .union([
    z
      .strictObject({
        min: z.number(),
        max: z.number(),
        step: z.number().positive().optional().describe('Round the sampled value to a multiple of this'),
      })
      .describe('Uniform range sampled from the seed'),
    z
      .strictObject({ choices: z.array(z.number()).min(1).max(100) })
      .describe('One of these values, picked from the seed'),
  ])
  .meta({ id: 'SeededRange' });

export const timeOrRange = z.union([seconds, seededRange]);

export type SeededRange = z.infer<typeof seededRange>;
export type Bilingual = z.infer<typeof bilingual>;
