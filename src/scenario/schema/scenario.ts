// The scenario file format (YAML), as a zod schema. `z.toJSONSchema` of it is scenarios/schema.json.
import { z } from 'zod';
import { bilingual, localId } from './common.ts';
import { cellSchema, startSchema } from './cell.ts';
import { ROBOT_FAMILIES, SKILL_LAYERS } from './domain-enums.ts';
import { injectionSchema } from './injections.ts';
import { phaseSchema } from './phases.ts';
import { rubricSchema } from './rubric.ts';
import { ruleSchema } from './rules.ts';
import { solutionSchema } from './solution.ts';
import { variationSchema } from './variation.ts';

export const scenarioSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and dashes')
      .max(80)
      .describe('Stable id, kebab-case; attempts and competitions refer to it'),
    version: z
      .union([z.string().regex(/^\d+\.\d+\.\d+$/, 'must be semver like 1.2.0'), z.number().int().min(1)])
      .describe('Bump when grading changes: replays name id + version'),
    title: bilingual,
    robotFamily: z.enum(ROBOT_FAMILIES),
    skillLayer: z
      .enum(SKILL_LAYERS)
      .describe('commands, dialogue (read feedback and tune), anomaly, maintenance'),
    level: z.number().int().min(1).max(5).describe('1 = first week, 5 = competition'),
    estimatedMinutes: z.number().min(1).max(480),
    briefing: z.strictObject({
      en: z.string().min(1),
      'zh-CN': z.string().min(1),
      objectives: z.array(bilingual).min(1).max(12).describe('What the trainee learns'),
    }),
    timeLimitS: z.number().positive().max(86_400).default(3600).describe('The attempt ends after this'),
    cell: cellSchema,
    start: startSchema.default({ setup: [] }),
    wps: z
      .record(localId, z.number())
      .default({})
      .describe(
        'Numbers from the WPS / parameter chart, usable in rules as wps.<name>; the name suffix gives the unit (flatCurrentA → A)',
      ),
    variation: variationSchema.default({}),
    phases: z.array(phaseSchema).min(1).max(30),
    injections: z.array(injectionSchema).max(20).default([]),
    rules: z.array(ruleSchema).max(100).default([]),
    rubric: rubricSchema,
    solutions: z.strictObject({
      reference: solutionSchema.describe('Must pass (selftest)'),
      knownBad: solutionSchema.describe('Must fail (selftest)'),
    }),
  })
  .describe('WeldTwin scenario: a graded robot-welding exercise');

export type ScenarioSpec = z.infer<typeof scenarioSchema>;
