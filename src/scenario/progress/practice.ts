// "What to practise next": the scenario of a skill cell that trains the component where the trainee loses the
// most points, or else the next scenario of the curriculum they have not passed yet.
import type { Bilingual } from '../schema/common.ts';
import type { AttemptSummary, CatalogueEntry, RobotFamily, SkillLayer } from './summary.ts';
import type { WeakPoint } from './profile.ts';

/** A scenario is mastered once scored at the top default grade band (A ≥ 90, src/scenario/grading/grade.ts). */
export const MASTERED_SCORE = 90;

export interface PracticeSuggestion {
  scenarioId: string;
  version: string | number;
  title: Bilingual;
  skillLayer: SkillLayer;
  robotFamily: RobotFamily;
  level: number;
  /** The weak component this scenario trains; null when it is simply the next step of the curriculum. */
  reason: WeakPoint | null;
}

function suggestion(e: CatalogueEntry, reason: WeakPoint | null): PracticeSuggestion {
  return {
    scenarioId: e.id,
    version: e.version,
    title: e.title,
    skillLayer: e.skillLayer,
    robotFamily: e.robotFamily,
    level: e.level,
    reason,
  };
}

const byLevelThenId = (a: CatalogueEntry, b: CatalogueEntry) => a.level - b.level || a.id.localeCompare(b.id);

export function suggestScenario(
  skillLayer: SkillLayer,
  robotFamily: RobotFamily,
  weakest: readonly WeakPoint[],
  attempts: readonly AttemptSummary[],
  catalogue: readonly CatalogueEntry[],
): PracticeSuggestion | null {
  const here = catalogue.filter((e) => e.skillLayer === skillLayer && e.robotFamily === robotFamily);
  if (!here.length) return null;
  const bestOf = new Map<string, AttemptSummary>();
  for (const a of attempts) {
    const b = bestOf.get(a.scenarioId);
    if (!b || a.score > b.score) bestOf.set(a.scenarioId, a);
  }
  const mastered = (e: CatalogueEntry) => {
    const b = bestOf.get(e.id);
    return b !== undefined && b.passed && b.score >= MASTERED_SCORE;
  };
  for (const w of weakest) {
    const trains = here
      .filter((e) => (e.weights[w.component] ?? 0) > 0 && !mastered(e))
      .sort((a, b) => (b.weights[w.component] ?? 0) - (a.weights[w.component] ?? 0) || byLevelThenId(a, b));
    if (trains[0]) return suggestion(trains[0], w);
  }
  const notPassed = here.filter((e) => !bestOf.get(e.id)?.passed).sort(byLevelThenId);
  return notPassed[0] ? suggestion(notPassed[0], null) : null;
}
