// Which micro-credentials a trainee's attempts earn, how far they are from the others, and the credit bank.
import {
  DEFAULT_GRADE_ORDER,
  type CredentialDefinition,
  type CredentialRequirement,
} from './credential-definition.ts';
import type { AttemptSummary } from './summary.ts';

export interface RequirementStatus {
  requirement: CredentialRequirement;
  met: boolean;
  /** The best attempt that meets it (the evidence), or else the best attempt on the scenario so far. */
  best: AttemptSummary | null;
}

export interface CredentialStatus {
  definition: CredentialDefinition;
  earned: boolean;
  requirements: RequirementStatus[];
  /** The evidence, one attempt per requirement, when earned. */
  evidence: AttemptSummary[];
}

export interface CredentialReport {
  credentials: CredentialStatus[];
  /** Points of every earned credential. */
  creditBank: number;
}

/** Is `grade` at least `minGrade` in `order` (best first)? Grades outside the order never are. */
export function gradeAtLeast(
  grade: string,
  minGrade: string,
  order: readonly string[] = DEFAULT_GRADE_ORDER,
): boolean {
  const got = order.indexOf(grade);
  const need = order.indexOf(minGrade);
  return got >= 0 && need >= 0 && got <= need;
}

export function meetsRequirement(
  def: CredentialDefinition,
  req: CredentialRequirement,
  a: AttemptSummary,
): boolean {
  if (a.scenarioId !== req.scenarioId) return false;
  if (req.version !== undefined && String(a.version) !== String(req.version)) return false;
  if (req.minScore !== undefined && a.score < req.minScore) return false;
  if (req.minGrade !== undefined && !gradeAtLeast(a.grade, req.minGrade, def.grades ?? DEFAULT_GRADE_ORDER))
    return false;
  return true;
}

/** Higher score wins; on a tie the earlier attempt (it reached the level first). */
function better(a: AttemptSummary, b: AttemptSummary | null): boolean {
  if (!b) return true;
  if (a.score !== b.score) return a.score > b.score;
  return a.finishedAtMs < b.finishedAtMs || (a.finishedAtMs === b.finishedAtMs && a.attemptId < b.attemptId);
}

export function evaluateCredential(
  def: CredentialDefinition,
  attempts: readonly AttemptSummary[],
): CredentialStatus {
  const requirements = def.requirements.map((requirement): RequirementStatus => {
    let meeting: AttemptSummary | null = null;
    let any: AttemptSummary | null = null;
    for (const a of attempts) {
      if (a.scenarioId !== requirement.scenarioId) continue;
      if (better(a, any)) any = a;
      if (meetsRequirement(def, requirement, a) && better(a, meeting)) meeting = a;
    }
    return { requirement, met: meeting !== null, best: meeting ?? any };
  });
  const earned = requirements.every((r) => r.met);
  return { definition: def, earned, requirements, evidence: earned ? requirements.map((r) => r.best!) : [] };
}

export function evaluateCredentials(
  defs: readonly CredentialDefinition[],
  attempts: readonly AttemptSummary[],
): CredentialReport {
  const credentials = defs.map((d) => evaluateCredential(d, attempts));
  const creditBank = credentials.reduce((s, c) => s + (c.earned ? c.definition.points : 0), 0);
  return { credentials, creditBank };
}
