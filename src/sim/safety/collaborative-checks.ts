// Collaborative operation in automatic: speed and separation monitoring, safety-rated monitored stop, and power and
// force limiting (contact limits and the transient-contact speed near a person) — domain/robots.md §4.2–§4.5.
import type { SafetyConfig } from './safety-config.ts';
import type { SafetyInputs, SafetyState } from './safety-state.ts';
import type { SsmParameters, SsmQuery } from './separation-distance.ts';
import type { StepContext } from './step-context.ts';
import { checkContact, createContactCheck, maxTransientContactSpeedMmPerS } from './body-regions.ts';
import { limitSpeed, requestStop } from './motion-arbiter.ts';
import { anyPointInBox } from './people.ts';
import { notePeakContact, notePeakDistance, noteWho, trackRule } from './safety-events.ts';
import { createSsmResult, evaluateSsm, writeProtectiveSeparation } from './separation-distance.ts';
import { armLatch } from './step-context.ts';
import { createStoppingProfile, stoppingProfile } from './stopping.ts';

const ssmParams: SsmParameters = {
  humanSpeedMmPerS: 0.5,
  robotSpeedMmPerS: 0.5,
  reactionTimeS: 0.5,
  stoppingTimeS: 0.5,
  stoppingDistanceMm: 0.5,
  intrusionDistanceMm: 0.5,
  humanUncertaintyMm: 0.5,
  robotUncertaintyMm: 0.5,
};
const ssmResult = createSsmResult();
const slowEdge = { protectiveSeparationMm: 0.5 };
const ssmQuery: SsmQuery = { separationMm: 0.5, reducedSpeedZoneMm: 0.5, warningZoneMm: 0.5 };
const stopScratch = createStoppingProfile();
const contactScratch = createContactCheck();

/** S_p inputs for a robot speed, from the cell's SSM configuration and the robot's stopping model. */
function fillSsmParameters(config: SafetyConfig, robotSpeedMmPerS: number): SsmParameters {
  const ssm = config.ssm!;
  stoppingProfile(ssm.stopCategory, robotSpeedMmPerS, stopScratch, config.stopping);
  ssmParams.humanSpeedMmPerS = ssm.humanSpeedMmPerS;
  ssmParams.robotSpeedMmPerS = robotSpeedMmPerS;
  ssmParams.reactionTimeS = ssm.reactionTimeS;
  ssmParams.stoppingTimeS = stopScratch.timeS;
  ssmParams.stoppingDistanceMm = stopScratch.distanceMm;
  ssmParams.intrusionDistanceMm = ssm.intrusionDistanceMm;
  ssmParams.humanUncertaintyMm = ssm.humanUncertaintyMm;
  ssmParams.robotUncertaintyMm = ssm.robotUncertaintyMm;
  return ssmParams;
}

/**
 * Reduced-speed zone edge into ctx.slowZoneMm: the cell's own, or S_p at the full speed limit plus the person's
 * travel while the robot brakes, so the robot is already slow when they reach S_p.
 */
function setSlowZone(config: SafetyConfig, ctx: StepContext): void {
  const own = config.ssm!.reducedSpeedZoneMm;
  if (own !== null) {
    ctx.slowZoneMm = own;
    return;
  }
  const p = fillSsmParameters(config, config.tcpSpeedLimitMmPerS);
  writeProtectiveSeparation(p, slowEdge);
  ctx.slowZoneMm = slowEdge.protectiveSeparationMm + p.humanSpeedMmPerS * (p.reactionTimeS + p.stoppingTimeS);
}

/** SSM: stop inside S_p, slow inside the reduced-speed zone; resumes by itself (ISO/TS 15066 5.5.4). */
export function checkSsm(
  state: SafetyState,
  config: SafetyConfig,
  inputs: SafetyInputs,
  ctx: StepContext,
): void {
  const out = state.output;
  out.protectiveSeparationMm = 0;
  out.ssmZone = null;
  const ssm = config.ssm;
  if (ssm && ctx.auto && !ctx.handGuiding && ctx.tracked && config.collaborativeModes.includes('ssm')) {
    setSlowZone(config, ctx);
    // Stop edge: S_p at the speed the robot has, or would resume at in the slow zone (no stop/start chatter).
    const p = fillSsmParameters(config, Math.max(inputs.tcpSpeedMmPerS, ssm.slowSpeedMmPerS));
    ssmQuery.separationMm = ctx.separationMm;
    ssmQuery.reducedSpeedZoneMm = ctx.slowZoneMm;
    ssmQuery.warningZoneMm = ctx.slowZoneMm + ssm.warningMarginMm;
    evaluateSsm(p, ssmQuery, ssmResult);
    out.protectiveSeparationMm = ssmResult.protectiveSeparationMm;
    out.ssmZone = ssmResult.zone;
    if (ssmResult.zone === 'stop') requestStop(ctx.decision, ssm.stopCategory, 'ssm-protective-separation');
    else if (ssmResult.zone === 'slow')
      limitSpeed(ctx.decision, ssm.slowSpeedMmPerS, 'ssm-reduced-speed-zone');
  }
  const zone = out.ssmZone;
  const sp = out.protectiveSeparationMm;
  const cat = ssm ? ssm.stopCategory : 2;
  const stopEvent = trackRule(
    state,
    'ssm-protective-separation',
    zone === 'stop',
    'person-inside-sp',
    sp,
    'mm',
    cat,
  );
  const slowLimit = ssm ? ssm.slowSpeedMmPerS : 0;
  const slowEvent = trackRule(
    state,
    'ssm-reduced-speed-zone',
    zone === 'slow',
    'person-in-slow-zone',
    slowLimit,
    'mm/s',
    null,
  );
  const warnEvent = trackRule(
    state,
    'ssm-warning-zone',
    zone === 'warning',
    'person-in-warning-field',
    sp,
    'mm',
    null,
  );
  if (ctx.tracked) {
    notePeakDistance(stopEvent, ctx.separationMm);
    notePeakDistance(slowEvent, ctx.separationMm);
    notePeakDistance(warnEvent, ctx.separationMm);
    noteWho(stopEvent, ctx.nearestPerson, ctx.nearestRegion);
  }
}

/** SRMS: a person in the collaborative workspace holds the robot (category 2); it resumes when they leave. */
export function checkSrms(
  state: SafetyState,
  config: SafetyConfig,
  inputs: SafetyInputs,
  ctx: StepContext,
): void {
  const box = config.srmsWorkspace;
  const hold =
    ctx.auto &&
    !ctx.handGuiding &&
    box !== null &&
    config.collaborativeModes.includes('srms') &&
    anyPointInBox(inputs.people, box);
  if (hold) requestStop(ctx.decision, 2, 'srms-person-in-workspace');
  trackRule(state, 'srms-person-in-workspace', hold, 'person-in-collaborative-workspace', 0, '', 2);
}

/** Contact: PFL checks it against Table A.2; without PFL any contact is a category 0 stop. */
export function checkContactAndPfl(
  state: SafetyState,
  config: SafetyConfig,
  inputs: SafetyInputs,
  ctx: StepContext,
): void {
  const pfl = config.collaborativeModes.includes('pfl') ? config.pfl : null;
  const c = inputs.contact;
  ctx.contactOverLimit = false;
  ctx.unprotectedContact = false;
  let withinLimits = false;
  if (c.active && pfl) {
    checkContact(c.region, c.forceN, c.pressureNPerCm2, c.transient, contactScratch);
    ctx.contactOverLimit = !contactScratch.withinLimits;
    withinLimits = contactScratch.withinLimits;
    if (ctx.contactOverLimit) armLatch(ctx, state.protective, 'pfl-contact-limit', pfl.stopCategory);
  } else if (c.active) {
    ctx.unprotectedContact = true;
    armLatch(ctx, state.protective, 'unprotected-contact', 0);
  }
  const limitN = c.active && pfl ? contactScratch.forceLimitN : 0;
  const kind = c.transient ? 'transient-contact' : 'clamping-contact';
  notePeakContact(
    trackRule(state, 'pfl-contact', withinLimits, kind, limitN, 'N', null),
    c.region,
    c.forceN,
    c.pressureNPerCm2,
  );
  const overCause = contactScratch.exceeded === 'pressure' ? 'pressure-over-limit' : 'force-over-limit';
  const overCat = pfl ? pfl.stopCategory : 0;
  const overEvent = trackRule(
    state,
    'pfl-contact-limit',
    ctx.contactOverLimit,
    overCause,
    limitN,
    'N',
    overCat,
  );
  notePeakContact(overEvent, c.region, c.forceN, c.pressureNPerCm2);
  const bareEvent = trackRule(
    state,
    'unprotected-contact',
    ctx.unprotectedContact,
    'contact-without-pfl',
    0,
    'N',
    0,
  );
  notePeakContact(bareEvent, c.region, c.forceN, c.pressureNPerCm2);

  // Near a person, PFL caps the speed at what a transient contact with the nearest region tolerates (Annex A).
  if (pfl && ctx.tracked && ctx.nearestRegion !== null && ctx.separationMm < pfl.contactRangeMm) {
    limitSpeed(
      ctx.decision,
      maxTransientContactSpeedMmPerS(ctx.nearestRegion, pfl.robotEffectiveMassKg),
      'pfl-transient-speed',
    );
  }
}
