// The per-step safety monitor: reads the cell's safety inputs, writes the allowed speed, the stop request (category
// and deciding rule) and the arc interlock into state.output, and records events. The phases run in priority order
// (on equal stop categories the earlier rule is named). Zero allocation per step except when an event starts.
import type { SafetyConfig } from './safety-config.ts';
import type { SafetyInputs, SafetyOutput, SafetyState } from './safety-state.ts';
import { resetMotionDecision, settleMotionDecision } from './motion-arbiter.ts';
import { checkContactAndPfl, checkSrms, checkSsm } from './collaborative-checks.ts';
import { checkOperatingMode } from './mode-checks.ts';
import { measurePeople } from './people.ts';
import { checkPositionLimits } from './position-limits.ts';
import { holdLatched, releaseLatch, stepContext as ctx } from './step-context.ts';
import { checkEmergencyStop, checkGuards } from './stop-checks.ts';
import { checkArcInterlock, checkArcRadiation, checkHotPart } from './welding-hazards.ts';

function beginStep(state: SafetyState, config: SafetyConfig, inputs: SafetyInputs, dtS: number): void {
  state.tS += dtS;
  ctx.resetEdge = inputs.resetPressed && !state.prevResetPressed;
  ctx.restartEdge = inputs.restartRequested && !state.prevRestartRequested;
  ctx.auto = inputs.operatingMode === 'auto';
  resetMotionDecision(ctx.decision, config.tcpSpeedLimitMmPerS);
  measurePeople(inputs, ctx);
  const out = state.output;
  out.personTracked = ctx.tracked;
  out.minSeparationMm = ctx.tracked ? ctx.separationMm : -1;
  out.nearestBodyRegion = ctx.nearestRegion;
  const prev = state.prevMinSeparationMm;
  out.closingSpeedMmPerS = ctx.tracked && prev >= 0 && dtS > 0 ? (prev - ctx.separationMm) / dtS : 0;
  out.tcpSpeedMmPerS = inputs.tcpSpeedMmPerS;
}

/** Latched stops: the protective latch clears on restart once no cause is present; all latches then hold. */
function settleStops(state: SafetyState): void {
  const protectiveCause =
    ctx.limitViolated || ctx.speedViolated || ctx.contactOverLimit || ctx.unprotectedContact;
  releaseLatch(ctx, state.protective, protectiveCause, false);
  holdLatched(ctx, state.eStop, 'emergency-stop');
  holdLatched(ctx, state.guard, 'door-interlock');
  holdLatched(ctx, state.protective, 'safety-plane');
  settleMotionDecision(ctx.decision);
}

function writeOutput(state: SafetyState, config: SafetyConfig, inputs: SafetyInputs): void {
  const out = state.output;
  const d = ctx.decision;
  const stopped = d.stopCategory !== null;
  out.stopCategory = d.stopCategory;
  out.stopRule = d.stopRule;
  out.motionEnabled = !stopped;
  out.allowedSpeedMmPerS = d.allowedSpeedMmPerS;
  out.speedRule = d.speedRule;
  out.reducedMode = ctx.reducedMode;
  out.speedLevel = stopped ? 'stop' : d.allowedSpeedMmPerS < config.tcpSpeedLimitMmPerS ? 'reduced' : 'full';
  const commanded = inputs.commandedSpeedMmPerS;
  out.speedScale = stopped ? 0 : commanded > d.allowedSpeedMmPerS ? d.allowedSpeedMmPerS / commanded : 1;
  state.prevResetPressed = inputs.resetPressed;
  state.prevRestartRequested = inputs.restartRequested;
  state.prevMinSeparationMm = ctx.tracked ? ctx.separationMm : -1;
}

/**
 * Advance the safety monitor by dtS. Mutates `state` (time, latches, doses, events) and returns `state.output`.
 * `inputs` is read only. Zero allocation except when a new event starts.
 */
export function stepSafety(
  state: SafetyState,
  config: SafetyConfig,
  inputs: SafetyInputs,
  dtS: number,
): SafetyOutput {
  beginStep(state, config, inputs, dtS);
  checkEmergencyStop(state, config, inputs, ctx);
  checkGuards(state, config, inputs, ctx);
  checkPositionLimits(state, config, inputs, ctx);
  checkOperatingMode(state, config, inputs, ctx);
  checkSsm(state, config, inputs, ctx);
  checkSrms(state, config, inputs, ctx);
  checkContactAndPfl(state, config, inputs, ctx);
  settleStops(state);
  checkArcInterlock(state, config, inputs, ctx);
  checkArcRadiation(state, config, inputs, dtS);
  checkHotPart(state, config, inputs, dtS);
  writeOutput(state, config, inputs);
  return state.output;
}
