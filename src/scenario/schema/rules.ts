// Expert rules as data: conditions over measured quantities, each with a message, points and severity.
import { z } from 'zod';
import { bilingual, expression, localId } from './common.ts';
import { RULE_CATEGORIES, SEVERITIES } from './domain-enums.ts';

export const ruleSchema = z.strictObject({
  id: localId,
  category: z
    .enum(RULE_CATEGORIES)
    .default('process')
    .describe('`safety` rules count in the safety component'),
  scope: z.array(localId).max(20).optional().describe('Phase ids where the rule applies (default: all)'),
  when: expression.optional().describe('The rule is checked only while this is true'),
  require: expression.describe('What must hold; a violation starts when it becomes false'),
  graceS: z
    .number()
    .min(0)
    .max(600)
    .default(0.5)
    .describe('A violation counts once it lasts longer than this'),
  severity: z
    .enum(SEVERITIES)
    .describe('advice: coaching only; deduction: loses points; fail: fails the attempt'),
  points: z.number().min(0).max(100).default(5).describe('Points at stake within the rule component'),
  perViolation: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .describe('Points lost per violation (default: all `points`)'),
  message: bilingual,
  advice: bilingual.optional().describe('Coaching for the trainee (default: the message)'),
});

export type RuleSpec = z.infer<typeof ruleSchema>;
