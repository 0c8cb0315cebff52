// Micro-credentials as data: a set of scenarios with minimum grades (and optionally minimum scores), worth points
// in a credit bank. One schema for the app, the CLI and this server (src/scenario/progress, docs/credentials.md);
// organisers post definitions per event and the server awards them from verified attempts only.
import {
  credentialDefinitionSchema,
  DEFAULT_GRADE_ORDER,
  gradeAtLeast,
  type CredentialDefinition,
  type CredentialRequirement,
} from '../../scenario/progress/index.ts';

export { credentialDefinitionSchema, DEFAULT_GRADE_ORDER, type CredentialDefinition };

/** A verified, non-disqualified attempt as credentials see it. */
export interface EvidenceCandidate {
  attemptId: number;
  scenarioId: string;
  scenarioVersion: number | string;
  score: number;
  grade: string;
  hash: string;
  verifiedAt: number;
}

export function meets(def: CredentialDefinition, req: CredentialRequirement, a: EvidenceCandidate): boolean {
  if (a.scenarioId !== req.scenarioId) return false;
  if (req.version !== undefined && String(a.scenarioVersion) !== String(req.version)) return false;
  if (req.minScore !== undefined && a.score < req.minScore) return false;
  if (req.minGrade !== undefined && !gradeAtLeast(a.grade, req.minGrade, def.grades ?? DEFAULT_GRADE_ORDER))
    return false;
  return true;
}

/** The best attempt for each requirement (highest score, the earlier on a tie), or null while any is unmet. */
export function evidenceFor(
  def: CredentialDefinition,
  attempts: EvidenceCandidate[],
): EvidenceCandidate[] | null {
  const out: EvidenceCandidate[] = [];
  for (const req of def.requirements) {
    let best: EvidenceCandidate | null = null;
    for (const a of attempts) {
      if (!meets(def, req, a)) continue;
      if (!best || a.score > best.score || (a.score === best.score && a.verifiedAt < best.verifiedAt))
        best = a;
    }
    if (!best) return null;
    out.push(best);
  }
  return out;
}
