// Scratch shared by the safety monitor's phases within one step: the combined motion decision and what earlier
// phases found. One module-level object with fixed-type fields, so a step allocates nothing (numbers stay unboxed).
import type { BodyRegion } from './body-regions.ts';
import type { MotionDecision } from './motion-arbiter.ts';
import type { SafetyRule } from './rules.ts';
import type { StopLatch } from './safety-state.ts';
import type { StopCategory } from './stopping.ts';
import { createMotionDecision, requestStop } from './motion-arbiter.ts';

export interface StepContext {
  decision: MotionDecision;
  resetEdge: boolean;
  restartEdge: boolean;
  auto: boolean;
  handGuiding: boolean;
  enablingEnabled: boolean;
  /** Someone is tracked; then separationMm/nearestRegion/nearestPerson describe the closest body point. */
  tracked: boolean;
  separationMm: number;
  nearestRegion: BodyRegion | null;
  nearestPerson: number;
  /** Causes of the protective latch seen this step. */
  limitViolated: boolean;
  speedViolated: boolean;
  contactOverLimit: boolean;
  unprotectedContact: boolean;
  reducedMode: boolean;
  /** Scratch for the SSM zone edge. */
  slowZoneMm: number;
}

export const stepContext: StepContext = {
  decision: createMotionDecision(),
  resetEdge: false,
  restartEdge: false,
  auto: true,
  handGuiding: false,
  enablingEnabled: false,
  tracked: false,
  separationMm: 0.5,
  nearestRegion: null,
  nearestPerson: -1,
  limitViolated: false,
  speedViolated: false,
  contactOverLimit: false,
  unprotectedContact: false,
  reducedMode: false,
  slowZoneMm: 0.5,
};

/**
 * Arm a latch (or raise its category) for a cause seen this step. The present cause also asks for its stop
 * directly, so the output names what is wrong now rather than what first set the latch.
 */
export function armLatch(ctx: StepContext, latch: StopLatch, rule: SafetyRule, category: StopCategory): void {
  requestStop(ctx.decision, category, rule);
  if (!latch.active) {
    latch.active = true;
    latch.rule = rule;
    latch.category = category;
    latch.resetDone = false;
  } else if (category < latch.category) {
    latch.category = category;
    latch.rule = rule;
  }
}

/** Clear sequence: cause gone → (reset, if needed) → restart intent. A returning cause undoes the reset. */
export function releaseLatch(
  ctx: StepContext,
  latch: StopLatch,
  causePresent: boolean,
  needsReset: boolean,
): void {
  if (!latch.active) return;
  if (causePresent) {
    latch.resetDone = false;
    return;
  }
  if (needsReset && !latch.resetDone) {
    if (ctx.resetEdge) latch.resetDone = true;
    return;
  }
  if (ctx.restartEdge) {
    latch.active = false;
    latch.rule = null;
    latch.resetDone = false;
  }
}

/** A latched stop holds until its clear sequence completes. */
export function holdLatched(ctx: StepContext, latch: StopLatch, fallback: SafetyRule): void {
  if (latch.active) requestStop(ctx.decision, latch.category, latch.rule ?? fallback);
}
