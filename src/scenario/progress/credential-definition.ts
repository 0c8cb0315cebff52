// Micro-credentials as data (credentials/*.json): a set of scenarios with minimum grades and/or scores, worth
// points in a credit bank. Same fields as the competition server's definitions (docs/credentials.md).
import { z } from 'zod';

/** Default grade bands of the scenario rubric, best first (src/scenario/grading/grade.ts; F below D). */
export const DEFAULT_GRADE_ORDER = ['A', 'B', 'C', 'D', 'F'] as const;

const kebab = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and dashes')
  .max(80);
const text = z.union([
  z.string().min(1).max(200),
  z.strictObject({ en: z.string().min(1).max(200), 'zh-CN': z.string().min(1).max(200).optional() }),
]);

export const requirementSchema = z
  .strictObject({
    scenarioId: kebab,
    version: z.union([z.number().int().min(1), z.string().regex(/^\d+\.\d+\.\d+$/)]).optional(),
    minGrade: z.string().min(1).max(3).optional(),
    minScore: z.number().min(0).max(100).optional(),
  })
  .refine((r) => r.minGrade !== undefined || r.minScore !== undefined, {
    message: 'give minGrade, minScore or both',
  });

export const credentialDefinitionSchema = z
  .strictObject({
    id: kebab,
    name: text,
    description: text.optional(),
    /** Credits this credential adds to the holder's credit bank. */
    points: z.number().min(0).max(1000),
    requirements: z.array(requirementSchema).min(1).max(50),
    /** Grade bands best first, when the scenarios use other bands than A–F. */
    grades: z.array(z.string().min(1).max(3)).min(2).max(10).optional(),
  })
  .refine(
    (d) =>
      d.requirements.every(
        (r) =>
          r.minGrade === undefined ||
          (d.grades ?? (DEFAULT_GRADE_ORDER as readonly string[])).includes(r.minGrade),
      ),
    { message: 'every minGrade must be one of the grades (default A, B, C, D, F)', path: ['requirements'] },
  );

export type CredentialDefinition = z.infer<typeof credentialDefinitionSchema>;
export type CredentialRequirement = z.infer<typeof requirementSchema>;
export type CredentialText = z.infer<typeof text>;

export type DefinitionParse =
  { ok: true; definition: CredentialDefinition } | { ok: false; problems: string[] };

/** Check one definition file's JSON; problems are `file: path: message` lines. */
export function parseCredentialDefinition(value: unknown, file: string): DefinitionParse {
  const r = credentialDefinitionSchema.safeParse(value);
  if (r.success) return { ok: true, definition: r.data };
  return {
    ok: false,
    problems: r.error.issues.map(
      (i) => `${file}: ${i.path.length ? z.core.toDotPath(i.path) : '(definition)'}: ${i.message}`,
    ),
  };
}

/** The name in a language, falling back to English. */
export function credentialText(t: CredentialText, lang: string): string {
  if (typeof t === 'string') return t;
  return (lang === 'zh-CN' ? t['zh-CN'] : undefined) ?? t.en;
}
