// How an attempt is scored out of 100: weights per component, and what each component measures.
import { z } from 'zod';
import { bilingual, expression, localId } from './common.ts';
import { QUALITY_LEVELS } from './domain-enums.ts';

export const RUBRIC_COMPONENTS = [
  'goals',
  'rules',
  'quality',
  'technique',
  'safety',
  'faultHandling',
  'cycleTime',
  'program',
] as const;
export type RubricComponent = (typeof RUBRIC_COMPONENTS)[number];

const weights = z
  .strictObject(
    Object.fromEntries(RUBRIC_COMPONENTS.map((k) => [k, z.number().min(0).max(100).optional()])) as Record<
      RubricComponent,
      z.ZodOptional<z.ZodNumber>
    >,
  )
  .describe('Points per component; they must add up to 100');

const seamSchema = z.strictObject({
  id: localId,
  level: expression
    .default('weld.qualityLevel')
    .describe('Measurement giving the ISO 5817 level of this seam'),
  required: z.enum(QUALITY_LEVELS).describe('Worst ISO 5817 level that still passes'),
  points: z.number().min(0).max(100).default(1),
});

const techniqueBand = z.strictObject({
  id: localId,
  value: expression.describe('The quantity tracked, e.g. `torch.workAngleDeg`'),
  min: expression.describe('Lower edge of the band (a number, a unit is allowed: `40 deg`)'),
  max: expression.describe('Upper edge of the band'),
  when: expression.default('arc.on').describe('Only time while this is true counts'),
  points: z.number().min(0).max(100).default(1),
  advice: bilingual,
});

const programCheck = z.strictObject({
  id: localId,
  require: expression.describe('Checked once, at the end of the attempt'),
  points: z.number().min(0).max(100).default(1),
  message: bilingual,
  advice: bilingual.optional(),
});

export const rubricSchema = z.strictObject({
  weights,
  passScore: z.number().min(0).max(100).default(60),
  grades: z
    .array(z.strictObject({ grade: z.string().min(1).max(3), minScore: z.number().min(0).max(100) }))
    .min(1)
    .max(10)
    .optional()
    .describe('Grade bands, highest first (default A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60, else F)'),
  quality: z
    .strictObject({
      seams: z.array(seamSchema).min(1).max(20),
      levelCredit: z
        .strictObject({
          B: z.number().min(0).max(1),
          C: z.number().min(0).max(1),
          D: z.number().min(0).max(1),
        })
        .default({ B: 1, C: 0.8, D: 0.5 }),
    })
    .optional(),
  technique: z.array(techniqueBand).max(20).default([]),
  safety: z
    .strictObject({
      events: z
        .array(z.string().min(1))
        .max(30)
        .default([])
        .describe('World safety-event codes that cost points'),
      points: z.number().min(0).max(100).default(10).describe('Points at stake for safety events'),
      pointsPerEvent: z.number().min(0).max(100).default(5).describe('Points lost per recorded event'),
      advice: bilingual.optional(),
    })
    .optional(),
  cycleTime: z
    .strictObject({
      from: localId.optional().describe('Phase whose start starts the clock (default: attempt start)'),
      to: localId.optional().describe('Phase whose end stops the clock (default: attempt end)'),
      targetS: z.number().positive(),
      maxS: z.number().positive(),
    })
    .optional(),
  program: z.array(programCheck).max(30).default([]),
  coaching: z
    .strictObject(
      Object.fromEntries(RUBRIC_COMPONENTS.map((k) => [k, bilingual.optional()])) as Record<
        RubricComponent,
        z.ZodOptional<typeof bilingual>
      >,
    )
    .optional()
    .describe(
      'Advice per component, shown when that component lost points (e.g. faultHandling: {en, zh-CN})',
    ),
});

export type RubricSpec = z.infer<typeof rubricSchema>;
