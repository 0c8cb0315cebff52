// A trainee's skill profile: for each skill layer × robot family, best / last score, the trend, time in practice,
// the history for charts, and the rubric components where points are lost most (what to practise next).
import { RUBRIC_COMPONENTS, type RubricComponent } from '../schema/rubric.ts';
import { suggestScenario, type PracticeSuggestion } from './practice.ts';
import {
  ROBOT_FAMILIES,
  SKILL_LAYERS,
  type AttemptSummary,
  type CatalogueEntry,
  type RobotFamily,
  type SkillLayer,
} from './summary.ts';
import { pow } from '../../sim/core/fmath.ts';

/**
 * Trend and weak points look at the most recent attempts only, so a mistake the trainee has since fixed stops
 * counting against them; five is about one practice session on one skill.
 */
export const RECENT_ATTEMPTS = 5;
/** A least-squares slope of more than this many points per attempt is a trend; less is noise. */
export const TREND_POINTS_PER_ATTEMPT = 2;
/** Components losing less than this (of 100, averaged over recent attempts) are not weak points. */
export const WEAK_POINTS_MIN = 1;

export type TrendDirection = 'new' | 'improving' | 'steady' | 'declining';

export interface Trend {
  direction: TrendDirection;
  /** Score change per attempt over the recent attempts (least squares), 0 with fewer than two. */
  slopePerAttempt: number;
}

export interface ScorePoint {
  attemptId: string;
  scenarioId: string;
  finishedAtMs: number;
  score: number;
  grade: string;
  passed: boolean;
}

export interface WeakPoint {
  component: RubricComponent;
  /** Points of 100 lost on this component, averaged over the recent attempts. */
  lostPerAttempt: number;
}

export interface SkillCell {
  skillLayer: SkillLayer;
  robotFamily: RobotFamily;
  attempts: number;
  passed: number;
  best: ScorePoint | null;
  last: ScorePoint | null;
  trend: Trend;
  /** Simulated time spent in attempts, s. */
  practiceS: number;
  /** Every attempt, oldest first (for the chart). */
  history: ScorePoint[];
  /** Weakest components first. */
  weakest: WeakPoint[];
  /** What to practise next in this cell, if the catalogue has something for it. */
  next: PracticeSuggestion | null;
}

export interface SkillProfile {
  /** Every skill layer × robot family, layers outer, families inner (fixed order). */
  cells: SkillCell[];
  attempts: number;
  practiceS: number;
  /** The most valuable things to practise now, most points at stake first (at most three). */
  next: PracticeSuggestion[];
}

function point(a: AttemptSummary): ScorePoint {
  return {
    attemptId: a.attemptId,
    scenarioId: a.scenarioId,
    finishedAtMs: a.finishedAtMs,
    score: a.score,
    grade: a.grade,
    passed: a.passed,
  };
}

/** Oldest first; ties by id so the order never depends on input order. */
function chronological(a: AttemptSummary, b: AttemptSummary): number {
  return (
    a.finishedAtMs - b.finishedAtMs || (a.attemptId < b.attemptId ? -1 : a.attemptId > b.attemptId ? 1 : 0)
  );
}

export function trendOf(scores: readonly number[]): Trend {
  const ys = scores.slice(-RECENT_ATTEMPTS);
  const n = ys.length;
  if (n < 2) return { direction: 'new', slopePerAttempt: 0 };
  const meanX = (n - 1) / 2;
  const meanY = ys.reduce((s, y) => s + y, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - meanX) * (y - meanY);
    den += pow(x - meanX, 2);
  });
  const slope = Math.round((num / den) * 100) / 100;
  const direction =
    slope > TREND_POINTS_PER_ATTEMPT
      ? 'improving'
      : slope < -TREND_POINTS_PER_ATTEMPT
        ? 'declining'
        : 'steady';
  return { direction, slopePerAttempt: slope };
}

/** Average points lost per component over `recent`, weakest first, components under WEAK_POINTS_MIN left out. */
export function weakestComponents(recent: readonly AttemptSummary[]): WeakPoint[] {
  if (!recent.length) return [];
  const lost = new Map<RubricComponent, number>();
  for (const a of recent) {
    for (const c of a.components)
      lost.set(c.component, (lost.get(c.component) ?? 0) + c.weight * (1 - c.fraction));
  }
  return RUBRIC_COMPONENTS.filter((c) => lost.has(c))
    .map((component) => ({
      component,
      lostPerAttempt: Math.round((lost.get(component)! / recent.length) * 10) / 10,
    }))
    .filter((w) => w.lostPerAttempt >= WEAK_POINTS_MIN)
    .sort(
      (a, b) =>
        b.lostPerAttempt - a.lostPerAttempt ||
        RUBRIC_COMPONENTS.indexOf(a.component) - RUBRIC_COMPONENTS.indexOf(b.component),
    );
}

function cellOf(
  skillLayer: SkillLayer,
  robotFamily: RobotFamily,
  attempts: readonly AttemptSummary[],
  catalogue: readonly CatalogueEntry[],
): SkillCell {
  const mine = attempts
    .filter((a) => a.skillLayer === skillLayer && a.robotFamily === robotFamily)
    .sort(chronological);
  const history = mine.map(point);
  let best: ScorePoint | null = null;
  for (const p of history) if (!best || p.score > best.score) best = p;
  const recent = mine.slice(-RECENT_ATTEMPTS);
  const weakest = weakestComponents(recent);
  return {
    skillLayer,
    robotFamily,
    attempts: mine.length,
    passed: mine.filter((a) => a.passed).length,
    best,
    last: history[history.length - 1] ?? null,
    trend: trendOf(history.map((p) => p.score)),
    practiceS: Math.round(mine.reduce((s, a) => s + a.durationS, 0) * 10) / 10,
    history,
    weakest,
    next: suggestScenario(skillLayer, robotFamily, weakest, attempts, catalogue),
  };
}

/** The profile of one trainee from their finished attempts and the scenarios on offer. */
export function skillProfile(
  attempts: readonly AttemptSummary[],
  catalogue: readonly CatalogueEntry[],
): SkillProfile {
  const cells: SkillCell[] = [];
  for (const layer of SKILL_LAYERS)
    for (const family of ROBOT_FAMILIES) cells.push(cellOf(layer, family, attempts, catalogue));
  const atStake = (s: PracticeSuggestion) => s.reason?.lostPerAttempt ?? 0;
  const weakFirst = cells
    .map((c) => c.next)
    .filter((s): s is PracticeSuggestion => s !== null && s.reason !== null)
    .sort((a, b) => atStake(b) - atStake(a) || a.scenarioId.localeCompare(b.scenarioId));
  // Nothing weak yet (or no attempts): start each cell where its curriculum starts.
  const curriculum = cells
    .map((c) => c.next)
    .filter((s): s is PracticeSuggestion => s !== null && s.reason === null);
  const next: PracticeSuggestion[] = [];
  for (const s of weakFirst.length ? weakFirst : curriculum) {
    if (next.length < 3 && !next.some((n) => n.scenarioId === s.scenarioId)) next.push(s);
  }
  return {
    cells,
    attempts: attempts.length,
    practiceS: Math.round(attempts.reduce((s, a) => s + a.durationS, 0) * 10) / 10,
    next,
  };
}
