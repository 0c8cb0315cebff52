// The graded result of an attempt: score out of 100, grade, pass/fail, a breakdown a judge can read and coaching.
import type { Bilingual } from '../schema/common.ts';
import type { RubricComponent } from '../schema/rubric.ts';
import type { Violation } from '../engine/rule-monitor.ts';
import type { PhaseRecord } from '../engine/phase-tracker.ts';
import type { InjectionStatus } from '../engine/injection-tracker.ts';
import type { BandTime } from '../engine/technique-tracker.ts';

export interface BreakdownItem {
  id: string;
  label: Bilingual;
  /** Points earned and available for this item inside its component (the component scales them to its weight). */
  earned: number;
  max: number;
  /** What was measured, for the judge (e.g. "in band 82 % of 41.3 s arc time"). */
  detail: string;
}

export interface ComponentResult {
  component: RubricComponent;
  weight: number;
  /** 0…1 share of the weight earned. */
  fraction: number;
  /** weight × fraction, rounded to 0.1. */
  points: number;
  items: BreakdownItem[];
}

export interface Coaching {
  component: RubricComponent;
  itemId: string;
  /** Points of the 100 this item cost. */
  pointsLost: number;
  advice: Bilingual;
}

export type EndReason = 'completed' | 'finished' | 'time-limit' | 'log-ended' | 'running';

export interface RunSnapshot {
  timeS: number;
  endReason: EndReason;
  phases: PhaseRecord[];
  violations: Violation[];
  injections: InjectionStatus[];
  bands: BandTime[];
  safetyEvents: Array<{ code: string; timeS: number }>;
  /** ISO 5817 level of each rubric seam at the end ('B' | 'C' | 'D' | 'reject' | 'none'). */
  seamLevels: string[];
  /** Result of each rubric program check at the end. */
  programChecks: boolean[];
  /** Weld-model advice from the twin at the end (English). */
  worldAdvice: readonly string[];
}

export interface AttemptResult {
  scenarioId: string;
  version: string | number;
  seed: number;
  score: number;
  grade: string;
  passed: boolean;
  /** Why the attempt failed, besides the score (fail rules, required goals, seam levels). */
  failReasons: Bilingual[];
  durationS: number;
  endReason: EndReason;
  breakdown: ComponentResult[];
  coaching: Coaching[];
  violations: Violation[];
  phases: PhaseRecord[];
  injections: InjectionStatus[];
}
