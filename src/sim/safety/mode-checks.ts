// Operating-mode rules: 3-position enabling device and 250 mm/s in manual (T1), the TCP speed limit in automatic,
// and hand guiding (enabling device on the handle, guided speed limited) — domain/robots.md §4.1, §4.2, §4.6.
import type { SafetyConfig } from './safety-config.ts';
import type { SafetyInputs, SafetyState } from './safety-state.ts';
import type { StepContext } from './step-context.ts';
import type { SafetyRule } from './rules.ts';
import { enablingStopRule, updateEnablingDevice } from './enabling-device.ts';
import { limitSpeed, requestStop } from './motion-arbiter.ts';
import { notePeakSpeed, trackRule } from './safety-events.ts';
import { armLatch } from './step-context.ts';

export function checkOperatingMode(
  state: SafetyState,
  config: SafetyConfig,
  inputs: SafetyInputs,
  ctx: StepContext,
): void {
  ctx.enablingEnabled = updateEnablingDevice(state.enabling, inputs.enablingDevice);
  const enablingRule = enablingStopRule(state.enabling);
  const cat = config.enablingStopCategory;
  trackRule(
    state,
    'enabling-device-panic',
    state.enabling.position === 'panic',
    'enabling-squeezed',
    0,
    '',
    cat,
  );
  const notRearmed = enablingRule === 'enabling-device-not-rearmed';
  trackRule(
    state,
    'enabling-device-not-rearmed',
    notRearmed,
    'enabling-not-released-after-panic',
    0,
    '',
    cat,
  );

  // Safety-rated speed limit of the mode; exceeding it beyond the monitoring tolerance is a category 0 violation.
  let speedRule: SafetyRule = 'tcp-speed-limit';
  let otherRule: SafetyRule = 'reduced-speed-limit';
  let limit = config.tcpSpeedLimitMmPerS;
  if (!ctx.auto) {
    limitSpeed(ctx.decision, config.reducedSpeedMmPerS, 'manual-reduced-speed');
    if (!ctx.enablingEnabled && enablingRule) requestStop(ctx.decision, cat, enablingRule);
    speedRule = 'reduced-speed-limit';
    otherRule = 'tcp-speed-limit';
    limit = config.reducedSpeedMmPerS;
  }
  const speed = inputs.tcpSpeedMmPerS;
  ctx.speedViolated = speed > limit + config.speedToleranceMmPerS;
  notePeakSpeed(trackRule(state, speedRule, ctx.speedViolated, 'tcp-too-fast', limit, 'mm/s', 0), speed);
  trackRule(state, otherRule, false, '', 0, '', null); // close it if the mode changed during a violation
  if (ctx.speedViolated) armLatch(ctx, state.protective, speedRule, 0);

  ctx.handGuiding = inputs.handGuidingActive && config.collaborativeModes.includes('hand-guiding');
  let guidedTooFast = false;
  if (ctx.handGuiding) {
    const hgLimit = config.handGuidingSpeedLimitMmPerS;
    if (!ctx.enablingEnabled) requestStop(ctx.decision, 2, 'hand-guiding-enable');
    limitSpeed(ctx.decision, hgLimit, 'hand-guiding-speed');
    guidedTooFast = speed > hgLimit + config.speedToleranceMmPerS;
    if (guidedTooFast) requestStop(ctx.decision, 2, 'hand-guiding-speed');
  }
  const hgEvent = trackRule(
    state,
    'hand-guiding-speed',
    guidedTooFast,
    'guided-too-fast',
    config.handGuidingSpeedLimitMmPerS,
    'mm/s',
    2,
  );
  notePeakSpeed(hgEvent, speed);
}
