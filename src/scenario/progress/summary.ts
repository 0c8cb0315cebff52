// What progress keeps of an attempt: the graded result reduced to what profiles, charts and credentials need,
// plus the scenario's place in the curriculum (skill layer × robot family, level, rubric weights).
import type { RubricComponent } from '../schema/rubric.ts';
import type { ScenarioSpec } from '../schema/scenario.ts';
import type { Bilingual } from '../schema/common.ts';
import type { AttemptResult } from '../grading/types.ts';
import { ROBOT_FAMILIES, SKILL_LAYERS } from '../schema/domain-enums.ts';

export type SkillLayer = (typeof SKILL_LAYERS)[number];
export type RobotFamily = (typeof ROBOT_FAMILIES)[number];
export { SKILL_LAYERS, ROBOT_FAMILIES };

/** A scenario as the curriculum sees it. */
export interface CatalogueEntry {
  id: string;
  version: string | number;
  title: Bilingual;
  skillLayer: SkillLayer;
  robotFamily: RobotFamily;
  level: number;
  /** Rubric points per component (out of 100). */
  weights: Partial<Record<RubricComponent, number>>;
}

export function catalogueEntry(spec: ScenarioSpec): CatalogueEntry {
  const weights: Partial<Record<RubricComponent, number>> = {};
  for (const [k, v] of Object.entries(spec.rubric.weights) as Array<[RubricComponent, number | undefined]>) {
    if (v !== undefined && v > 0) weights[k] = v;
  }
  return {
    id: spec.id,
    version: spec.version,
    title: spec.title,
    skillLayer: spec.skillLayer,
    robotFamily: spec.robotFamily,
    level: spec.level,
    weights,
  };
}

export interface ComponentScore {
  component: RubricComponent;
  /** Points available (out of 100). */
  weight: number;
  /** 0…1 share earned. */
  fraction: number;
}

/** One finished attempt, as progress keeps it. */
export interface AttemptSummary {
  attemptId: string;
  scenarioId: string;
  version: string | number;
  skillLayer: SkillLayer;
  robotFamily: RobotFamily;
  level: number;
  /** When it ended, ms since 1970 (wall clock, supplied by the app). */
  finishedAtMs: number;
  score: number;
  grade: string;
  passed: boolean;
  /** Simulated time of the attempt, s. */
  durationS: number;
  components: ComponentScore[];
  /** The replay hash, when the attempt was replayed or verified. */
  hash?: string;
}

export function summariseAttempt(
  attemptId: string,
  entry: CatalogueEntry,
  result: AttemptResult,
  finishedAtMs: number,
  hash?: string,
): AttemptSummary {
  const s: AttemptSummary = {
    attemptId,
    scenarioId: result.scenarioId,
    version: result.version,
    skillLayer: entry.skillLayer,
    robotFamily: entry.robotFamily,
    level: entry.level,
    finishedAtMs,
    score: result.score,
    grade: result.grade,
    passed: result.passed,
    durationS: result.durationS,
    components: result.breakdown.map((c) => ({
      component: c.component,
      weight: c.weight,
      fraction: c.fraction,
    })),
  };
  if (hash !== undefined) s.hash = hash;
  return s;
}
