// Combines every rule's demand into one motion decision: the most severe stop category wins (0 before 1 before 2;
// on a tie the rule asked first, i.e. the higher-priority check), and the lowest speed limit wins.
// Used by the run-time monitor and by the `safety` CLI command, so both decide the same way.
import type { SafetyRule } from './rules.ts';
import type { StopCategory } from './stopping.ts';

export interface MotionDecision {
  stopCategory: StopCategory | null;
  stopRule: SafetyRule | null;
  allowedSpeedMmPerS: number;
  /** Rule that set the speed limit; null = the normal TCP speed limit. */
  speedRule: SafetyRule | null;
}

export function createMotionDecision(): MotionDecision {
  return { stopCategory: null, stopRule: null, allowedSpeedMmPerS: 0, speedRule: null };
}

export function resetMotionDecision(d: MotionDecision, fullSpeedMmPerS: number): void {
  d.stopCategory = null;
  d.stopRule = null;
  d.allowedSpeedMmPerS = fullSpeedMmPerS;
  d.speedRule = null;
}

export function requestStop(d: MotionDecision, category: StopCategory, rule: SafetyRule): void {
  if (d.stopCategory === null || category < d.stopCategory) {
    d.stopCategory = category;
    d.stopRule = rule;
  }
}

export function limitSpeed(d: MotionDecision, speedMmPerS: number, rule: SafetyRule): void {
  if (speedMmPerS < d.allowedSpeedMmPerS) {
    d.allowedSpeedMmPerS = speedMmPerS;
    d.speedRule = rule;
  }
}

/** A speed limit of zero is a stop: hold with power on (category 2) under the rule that set it. */
export function settleMotionDecision(d: MotionDecision): void {
  if (d.stopCategory === null && d.allowedSpeedMmPerS <= 0 && d.speedRule !== null)
    requestStop(d, 2, d.speedRule);
  if (d.stopCategory !== null) d.allowedSpeedMmPerS = 0;
}
