// Emergency stop and guards (interlocked door, light curtain): latched stops with a reset-then-restart sequence.
import type { SafetyConfig } from './safety-config.ts';
import type { SafetyInputs, SafetyState } from './safety-state.ts';
import type { StepContext } from './step-context.ts';
import { trackRule } from './safety-events.ts';
import { armLatch, releaseLatch } from './step-context.ts';

/** E-stop: category 0 or 1 (IEC 60204-1), latched until released, reset and restarted (§4.1). */
export function checkEmergencyStop(
  state: SafetyState,
  config: SafetyConfig,
  inputs: SafetyInputs,
  ctx: StepContext,
): void {
  if (inputs.eStopPressed) armLatch(ctx, state.eStop, 'emergency-stop', config.eStopCategory);
  releaseLatch(ctx, state.eStop, inputs.eStopPressed, true);
  trackRule(state, 'emergency-stop', state.eStop.active, 'e-stop-pressed', 0, '', config.eStopCategory);
}

/** Guards act in automatic only: in manual the trainee may teach inside at reduced speed with the enabling device. */
export function checkGuards(
  state: SafetyState,
  config: SafetyConfig,
  inputs: SafetyInputs,
  ctx: StepContext,
): void {
  const doorOpen = ctx.auto && config.doorInterlock && !inputs.doorClosed;
  const curtainBroken = ctx.auto && config.lightCurtain !== null && inputs.lightCurtainInterrupted;
  if (doorOpen) armLatch(ctx, state.guard, 'door-interlock', 1);
  if (curtainBroken) armLatch(ctx, state.guard, 'light-curtain', 1);
  releaseLatch(ctx, state.guard, doorOpen || curtainBroken, true);
  trackRule(state, 'door-interlock', doorOpen, 'door-opened', 0, '', 1);
  trackRule(state, 'light-curtain', curtainBroken, 'curtain-interrupted', 0, '', 1);
}
