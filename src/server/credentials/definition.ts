// Micro-credentials as data: a set of scenarios with minimum grades (and optionally minimum scores), worth points
// in a credit bank. Organisers post these per event; the server awards them from verified attempts only.
import { z } from 'zod';

/** Default grade bands of the scenario rubric, best first (src/scenario/schema/rubric.ts). */
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
    (d) => d.requirements.every((r) => r.minGrade === undefined || (d.grades ?? (DEFAULT_GRADE_ORDER as readonly string[])).includes(r.minGrade)),
    { message: 'every minGrade must be one of the grades (default A, B, C, D, F)', path: ['requirements'] },
  );

export type CredentialDefinition = z.infer<typeof credentialDefinitionSchema>;
export type Requirement = z.infer<typeof requirementSchema>;

/** A verified result as credentials see it. */
export interface EvidenceCandidate {
  attemptId: number;
  scenarioId: string;
  scenarioVersion: number | string;
  score: number;
  grade: string;
  hash: string;
  verifiedAt: number;
}

export function meets(def: CredentialDefinition, req: Requirement, a: EvidenceCandidate): boolean {
  if (a.scenarioId !== req.scenarioId) return false;
  if (req.version !== undefined && String(a.scenarioVersion) !== String(req.version)) return false;
  if (req.minScore !== undefined && a.score < req.minScore) return false;
  if (req.minGrade !== undefined) {
    const order: readonly string[] = def.grades ?? DEFAULT_GRADE_ORDER;
    const got = order.indexOf(a.grade);
    if (got < 0 || got > order.indexOf(req.minGrade)) return false;
  }
  return true;
}

/** The best attempt for each requirement, or null when any requirement is not met yet. */
export function evidenceFor(def: CredentialDefinition, attempts: EvidenceCandidate[]): EvidenceCandidate[] | null {
  const out: EvidenceCandidate[] = [];
  for (const req of def.requirements) {
    let best: EvidenceCandidate | null = null;
    for (const a of attempts) {
      if (meets(def, req, a) && (!best || a.score > best.score || (a.score === best.score && a.attemptId < best.attemptId))) {
        best = a;
      }
    }
    if (!best) return null;
    out.push(best);
  }
  return out;
}
