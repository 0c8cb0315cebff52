// The per-step safety monitor: reads the cell's safety inputs, writes the allowed speed, the stop request (category
// and deciding rule) and the arc interlock into state.output, and records events. Zero allocation per step except
// when an event starts. Order of checks = priority on equal stop categories (e-stop first).
import type { SafetyConfig } from './safety-config.ts';
import type { SafetyInputs, SafetyOutput, SafetyState, StopLatch, TrackedPerson } from './safety-state.ts';
import type { SafetyRule } from './rules.ts';
import type { StopCategory } from './stopping.ts';
import type { BodyRegion } from './body-regions.ts';
import type { SsmParameters } from './separation-distance.ts';
import {
  createMotionDecision,
  limitSpeed,
  requestStop,
  resetMotionDecision,
  settleMotionDecision,
} from './motion-arbiter.ts';
import { updateEnablingDevice, enablingStopRule } from './enabling-device.ts';
import { createStoppingProfile, stoppingProfile } from './stopping.ts';
import { createSsmResult, evaluateSsm, protectiveSeparationDistanceMm } from './separation-distance.ts';
import { checkContact, createContactCheck, maxTransientContactSpeedMmPerS } from './body-regions.ts';
import {
  angleBetween,
  distanceBetween,
  pointInBox,
  pointSegmentDistance,
  segmentIntersectsBox,
  signedPlaneDistance,
} from './geometry.ts';
import { arcInLineOfSight, uvIrradianceWPerM2 } from './arc-hazards.ts';
import { stepPartTemperature } from './hot-part.ts';
import {
  notePeakContact,
  notePeakDistance,
  notePeakDose,
  notePeakSpeed,
  notePeakTemperature,
  noteWho,
  trackRule,
} from './safety-events.ts';

// Module-level scratch: reused every step.
const decision = createMotionDecision();
const ssmParams: SsmParameters = {
  humanSpeedMmPerS: 0,
  robotSpeedMmPerS: 0,
  reactionTimeS: 0,
  stoppingTimeS: 0,
  stoppingDistanceMm: 0,
  intrusionDistanceMm: 0,
  humanUncertaintyMm: 0,
  robotUncertaintyMm: 0,
};
const ssmResult = createSsmResult();
const stopScratch = createStoppingProfile();
const contactScratch = createContactCheck();
const DEG = Math.PI / 180;

// Results of measurePeople. An object with double fields (not module-level `let`s, whose number writes V8 boxes).
const nearest = { mm: Infinity, person: -1, region: null as BodyRegion | null };
// Per-step scalars that would otherwise be boxed when stored.
const scalars = { slowZoneMm: 0.5, separationMm: 0.5 };

function measurePeople(people: TrackedPerson[], inputs: SafetyInputs): void {
  nearest.mm = Infinity;
  nearest.region = null;
  nearest.person = -1;
  for (let i = 0; i < people.length; i++) {
    const person = people[i]!;
    if (!person.present) continue;
    for (let j = 0; j < person.points.length; j++) {
      const pt = person.points[j]!;
      for (let k = 0; k < inputs.linkCount; k++) {
        const link = inputs.links[k]!;
        const surfaceM = pointSegmentDistance(pt.positionM, link.aM, link.bM) - link.radiusM - pt.radiusM;
        const mm = surfaceM > 0 ? surfaceM * 1000 : 0;
        if (mm < nearest.mm) {
          nearest.mm = mm;
          nearest.region = pt.region;
          nearest.person = i;
        }
      }
    }
  }
}

function anyPointInBox(people: TrackedPerson[], box: NonNullable<SafetyConfig['srmsWorkspace']>): boolean {
  for (let i = 0; i < people.length; i++) {
    const person = people[i]!;
    if (!person.present) continue;
    for (let j = 0; j < person.points.length; j++)
      if (pointInBox(person.points[j]!.positionM, box)) return true;
  }
  return false;
}

function personNearArc(people: TrackedPerson[], config: SafetyConfig, inputs: SafetyInputs): boolean {
  const arc = config.arc;
  const radiusM = arc.hazardRadiusMm / 1000;
  for (let i = 0; i < people.length; i++) {
    const person = people[i]!;
    if (!person.present) continue;
    for (let j = 0; j < person.points.length; j++) {
      const p = person.points[j]!.positionM;
      if (arc.hazardZone && pointInBox(p, arc.hazardZone)) return true;
      if (distanceBetween(p, inputs.arcPositionM) < radiusM) return true;
    }
  }
  return false;
}

/**
 * Arm a latch (or raise its category) for a cause seen this step. The present cause also asks for its stop
 * directly, so the output names what is wrong now rather than what first set the latch.
 */
function armLatch(latch: StopLatch, rule: SafetyRule, category: StopCategory): void {
  requestStop(decision, category, rule);
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
function releaseLatch(
  latch: StopLatch,
  causePresent: boolean,
  needsReset: boolean,
  resetEdge: boolean,
  restartEdge: boolean,
): void {
  if (!latch.active) return;
  if (causePresent) {
    latch.resetDone = false;
    return;
  }
  if (needsReset && !latch.resetDone) {
    if (resetEdge) latch.resetDone = true;
    return;
  }
  if (restartEdge) {
    latch.active = false;
    latch.rule = null;
    latch.resetDone = false;
  }
}

/** Limit violations (planes, keep-out, orientation): any one arms the protective latch with category 0. */
const limitResult = { violated: false, reduced: false };
function checkPositionLimits(
  state: SafetyState,
  config: SafetyConfig,
  inputs: SafetyInputs,
): typeof limitResult {
  limitResult.violated = false;
  limitResult.reduced = false;
  // Safety planes (UR "Normal" and "Trigger Reduced" planes, domain/robots.md §4.6).
  let planeViolated = false;
  let planeDepthMm = Infinity;
  for (let i = 0; i < config.safetyPlanes.length; i++) {
    const plane = config.safetyPlanes[i]!;
    const tcpSide = signedPlaneDistance(inputs.tcpPositionM, plane.normal, plane.offsetM);
    if (plane.kind === 'trigger-reduced') {
      if (tcpSide < 0) limitResult.reduced = true;
      continue;
    }
    let side = tcpSide;
    if (plane.includeLinks) {
      for (let k = 0; k < inputs.linkCount; k++) {
        const link = inputs.links[k]!;
        const a = signedPlaneDistance(link.aM, plane.normal, plane.offsetM) - link.radiusM;
        const b = signedPlaneDistance(link.bM, plane.normal, plane.offsetM) - link.radiusM;
        if (a < side) side = a;
        if (b < side) side = b;
      }
    }
    if (side < 0) {
      planeViolated = true;
      if (side * 1000 < planeDepthMm) planeDepthMm = side * 1000;
    }
  }
  const planeEvent = trackRule(state, 'safety-plane', planeViolated, 'plane-crossed', 0, 'mm', 0);
  if (planeViolated) notePeakDistance(planeEvent, planeDepthMm);

  // Keep-out volumes: the TCP or any link capsule inside.
  let inKeepOut = false;
  for (let i = 0; i < config.keepOutBoxes.length && !inKeepOut; i++) {
    const box = config.keepOutBoxes[i]!;
    if (pointInBox(inputs.tcpPositionM, box)) inKeepOut = true;
    for (let k = 0; k < inputs.linkCount && !inKeepOut; k++) {
      const link = inputs.links[k]!;
      if (segmentIntersectsBox(link.aM, link.bM, box, link.radiusM)) inKeepOut = true;
    }
  }
  trackRule(state, 'keep-out-zone', inKeepOut, 'robot-in-keep-out', 0, 'mm', 0);

  // Tool orientation cone (UR "Tool Orientation" limit).
  let tiltViolated = false;
  const orient = config.toolOrientation;
  if (orient) {
    const tiltDeg = angleBetween(inputs.toolAxis, orient.axis) / DEG;
    tiltViolated = tiltDeg > orient.maxTiltDeg;
    trackRule(state, 'tool-orientation', tiltViolated, 'tool-tilted', orient.maxTiltDeg, 'deg', 0);
  }
  if (planeViolated) armLatch(state.protective, 'safety-plane', 0);
  if (inKeepOut) armLatch(state.protective, 'keep-out-zone', 0);
  if (tiltViolated) armLatch(state.protective, 'tool-orientation', 0);
  limitResult.violated = planeViolated || inKeepOut || tiltViolated;
  return limitResult;
}

/** S_p for a given robot speed from the cell's SSM configuration and the robot's stopping model. */
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

/** Default slow-zone edge: S_p at the speed limit + the person's travel while the robot brakes (into scalars). */
function computeDefaultSlowZone(config: SafetyConfig): void {
  const p = fillSsmParameters(config, config.tcpSpeedLimitMmPerS);
  scalars.slowZoneMm =
    protectiveSeparationDistanceMm(p) + p.humanSpeedMmPerS * (p.reactionTimeS + p.stoppingTimeS);
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
  state.tS += dtS;
  const out = state.output;
  const resetEdge = inputs.resetPressed && !state.prevResetPressed;
  const restartEdge = inputs.restartRequested && !state.prevRestartRequested;
  const auto = inputs.operatingMode === 'auto';
  const tcpSpeed = inputs.tcpSpeedMmPerS;
  const tol = config.speedToleranceMmPerS;
  resetMotionDecision(decision, config.tcpSpeedLimitMmPerS);

  // People ↔ robot links: nearest surface distance, closing speed.
  measurePeople(inputs.people, inputs);
  const tracked = nearest.person >= 0;
  scalars.separationMm = tracked ? nearest.mm : 0;
  const nearestRegion = nearest.region;
  const nearestPerson = nearest.person;
  out.personTracked = tracked;
  out.minSeparationMm = tracked ? scalars.separationMm : -1;
  out.nearestBodyRegion = nearestRegion;
  out.closingSpeedMmPerS =
    tracked && state.prevMinSeparationMm >= 0 && dtS > 0
      ? (state.prevMinSeparationMm - scalars.separationMm) / dtS
      : 0;
  out.tcpSpeedMmPerS = tcpSpeed;

  // 1. Emergency stop (category 0 or 1, latched: release, reset, restart).
  if (inputs.eStopPressed) armLatch(state.eStop, 'emergency-stop', config.eStopCategory);
  releaseLatch(state.eStop, inputs.eStopPressed, true, resetEdge, restartEdge);
  trackRule(state, 'emergency-stop', state.eStop.active, 'e-stop-pressed', 0, '', config.eStopCategory);

  // 2. Guards in automatic: interlocked door and light curtain (category 1, reset + restart).
  const doorOpen = auto && config.doorInterlock && !inputs.doorClosed;
  const curtainBroken = auto && config.lightCurtain !== null && inputs.lightCurtainInterrupted;
  if (doorOpen) armLatch(state.guard, 'door-interlock', 1);
  if (curtainBroken) armLatch(state.guard, 'light-curtain', 1);
  releaseLatch(state.guard, doorOpen || curtainBroken, true, resetEdge, restartEdge);
  trackRule(state, 'door-interlock', doorOpen, 'door-opened', 0, '', 1);
  trackRule(state, 'light-curtain', curtainBroken, 'curtain-interrupted', 0, '', 1);

  // 3. Safety-rated position limits (all modes).
  const limits = checkPositionLimits(state, config, inputs);
  out.reducedMode = limits.reduced;
  trackRule(
    state,
    'reduced-mode-plane',
    limits.reduced,
    'tool-in-reduced-zone',
    config.reducedSpeedMmPerS,
    'mm/s',
    null,
  );
  if (limits.reduced) limitSpeed(decision, config.reducedSpeedMmPerS, 'reduced-mode-plane');

  // 4. Enabling device (manual mode and hand guiding) and speed limits per operating mode.
  const enabled = updateEnablingDevice(state.enabling, inputs.enablingDevice);
  const enablingRule = enablingStopRule(state.enabling);
  trackRule(
    state,
    'enabling-device-panic',
    state.enabling.position === 'panic',
    'enabling-squeezed',
    0,
    '',
    config.enablingStopCategory,
  );
  trackRule(
    state,
    'enabling-device-not-rearmed',
    enablingRule === 'enabling-device-not-rearmed',
    'enabling-not-released-after-panic',
    0,
    '',
    config.enablingStopCategory,
  );
  const handGuiding = inputs.handGuidingActive && config.collaborativeModes.includes('hand-guiding');
  let speedViolation = false;
  let speedRule: SafetyRule = 'tcp-speed-limit';
  let speedLimit = config.tcpSpeedLimitMmPerS;
  if (!auto) {
    limitSpeed(decision, config.reducedSpeedMmPerS, 'manual-reduced-speed');
    if (!enabled && enablingRule) requestStop(decision, config.enablingStopCategory, enablingRule);
    speedRule = 'reduced-speed-limit';
    speedLimit = config.reducedSpeedMmPerS;
  }
  speedViolation = tcpSpeed > speedLimit + tol;
  const speedEvent = trackRule(state, speedRule, speedViolation, 'tcp-too-fast', speedLimit, 'mm/s', 0);
  notePeakSpeed(speedEvent, tcpSpeed);
  // Close the other speed rule's event if the mode changed while it was open.
  trackRule(
    state,
    speedRule === 'tcp-speed-limit' ? 'reduced-speed-limit' : 'tcp-speed-limit',
    false,
    '',
    0,
    '',
    null,
  );
  if (speedViolation) armLatch(state.protective, speedRule, 0);

  // 5. Hand guiding: enabling device on the handle, guided speed limited.
  let guidedTooFast = false;
  if (handGuiding) {
    if (!enabled) requestStop(decision, 2, 'hand-guiding-enable');
    limitSpeed(decision, config.handGuidingSpeedLimitMmPerS, 'hand-guiding-speed');
    guidedTooFast = tcpSpeed > config.handGuidingSpeedLimitMmPerS + tol;
    if (guidedTooFast) requestStop(decision, 2, 'hand-guiding-speed');
  }
  notePeakSpeed(
    trackRule(
      state,
      'hand-guiding-speed',
      guidedTooFast,
      'guided-too-fast',
      config.handGuidingSpeedLimitMmPerS,
      'mm/s',
      2,
    ),
    tcpSpeed,
  );

  // 6. Speed and separation monitoring (automatic, not while hand guiding).
  out.protectiveSeparationMm = 0;
  out.ssmZone = null;
  const ssm = config.ssm;
  if (ssm && auto && !handGuiding && config.collaborativeModes.includes('ssm') && tracked) {
    // Slow-zone edge: S_p at the full speed limit plus the person's travel while the robot brakes to the slow speed,
    // so the robot is already slow when they reach S_p (unless the cell sets its own zone).
    if (ssm.reducedSpeedZoneMm === null) computeDefaultSlowZone(config);
    else scalars.slowZoneMm = ssm.reducedSpeedZoneMm;
    // Stop edge: S_p at the speed the robot has, or would resume at in the slow zone (no stop/start chatter).
    const vEval = Math.max(tcpSpeed, ssm.slowSpeedMmPerS);
    evaluateSsm(
      fillSsmParameters(config, vEval),
      scalars.separationMm,
      scalars.slowZoneMm,
      scalars.slowZoneMm + ssm.warningMarginMm,
      ssmResult,
    );
    out.protectiveSeparationMm = ssmResult.protectiveSeparationMm;
    out.ssmZone = ssmResult.zone;
    if (ssmResult.zone === 'stop') requestStop(decision, ssm.stopCategory, 'ssm-protective-separation');
    else if (ssmResult.zone === 'slow') limitSpeed(decision, ssm.slowSpeedMmPerS, 'ssm-reduced-speed-zone');
  }
  const zone = out.ssmZone;
  const sp = out.protectiveSeparationMm;
  const ssmStop = trackRule(
    state,
    'ssm-protective-separation',
    zone === 'stop',
    'person-inside-sp',
    sp,
    'mm',
    ssm?.stopCategory ?? 2,
  );
  const ssmSlow = trackRule(
    state,
    'ssm-reduced-speed-zone',
    zone === 'slow',
    'person-in-slow-zone',
    ssm?.slowSpeedMmPerS ?? 0,
    'mm/s',
    null,
  );
  const ssmWarn = trackRule(
    state,
    'ssm-warning-zone',
    zone === 'warning',
    'person-in-warning-field',
    sp,
    'mm',
    null,
  );
  if (tracked) {
    notePeakDistance(ssmStop, scalars.separationMm);
    notePeakDistance(ssmSlow, scalars.separationMm);
    notePeakDistance(ssmWarn, scalars.separationMm);
    noteWho(ssmStop, nearestPerson, nearestRegion);
  }

  // 7. Safety-rated monitored stop: a person in the collaborative workspace holds the robot (category 2).
  const srmsHold =
    auto &&
    !handGuiding &&
    config.srmsWorkspace !== null &&
    config.collaborativeModes.includes('srms') &&
    anyPointInBox(inputs.people, config.srmsWorkspace);
  if (srmsHold) requestStop(decision, 2, 'srms-person-in-workspace');
  trackRule(state, 'srms-person-in-workspace', srmsHold, 'person-in-collaborative-workspace', 0, '', 2);

  // 8. Contact: PFL compares it with the body-region limits; without PFL any contact is a category 0 stop.
  const pfl = config.collaborativeModes.includes('pfl') ? config.pfl : null;
  const c = inputs.contact;
  let contactOver = false;
  let contactOk = false;
  let unprotected = false;
  if (c.active) {
    if (pfl) {
      checkContact(c.region, c.forceN, c.pressureNPerCm2, c.transient, contactScratch);
      contactOver = !contactScratch.withinLimits;
      contactOk = !contactOver;
      if (contactOver) armLatch(state.protective, 'pfl-contact-limit', pfl.stopCategory);
    } else {
      unprotected = true;
      armLatch(state.protective, 'unprotected-contact', 0);
    }
  }
  const limitN = c.active && pfl ? contactScratch.forceLimitN : 0;
  notePeakContact(
    trackRule(
      state,
      'pfl-contact',
      contactOk,
      c.transient ? 'transient-contact' : 'clamping-contact',
      limitN,
      'N',
      null,
    ),
    c.region,
    c.forceN,
    c.pressureNPerCm2,
  );
  notePeakContact(
    trackRule(
      state,
      'pfl-contact-limit',
      contactOver,
      contactScratch.exceeded === 'pressure' ? 'pressure-over-limit' : 'force-over-limit',
      limitN,
      'N',
      pfl?.stopCategory ?? 0,
    ),
    c.region,
    c.forceN,
    c.pressureNPerCm2,
  );
  notePeakContact(
    trackRule(state, 'unprotected-contact', unprotected, 'contact-without-pfl', 0, 'N', 0),
    c.region,
    c.forceN,
    c.pressureNPerCm2,
  );
  // Near a person, PFL limits the speed to what a transient contact with the nearest region tolerates.
  if (pfl && tracked && nearestRegion !== null && scalars.separationMm < pfl.contactRangeMm) {
    limitSpeed(
      decision,
      maxTransientContactSpeedMmPerS(nearestRegion, pfl.robotEffectiveMassKg),
      'pfl-transient-speed',
    );
  }

  // The protective latch (limit violations, contact over the limit) clears on restart once its cause is gone.
  releaseLatch(
    state.protective,
    limits.violated || speedViolation || contactOver || unprotected,
    false,
    resetEdge,
    restartEdge,
  );

  // Latched stops hold until their clear sequence completes.
  if (state.eStop.active) requestStop(decision, state.eStop.category, state.eStop.rule ?? 'emergency-stop');
  if (state.guard.active) requestStop(decision, state.guard.category, state.guard.rule ?? 'door-interlock');
  if (state.protective.active)
    requestStop(decision, state.protective.category, state.protective.rule ?? 'safety-plane');
  settleMotionDecision(decision);

  // 9. Arc-on interlock: no arc while anything stops the robot or a person is in the arc hazard zone.
  const personAtArc = personNearArc(inputs.people, config, inputs);
  out.arcPermitted = decision.stopCategory === null && !personAtArc;
  trackRule(
    state,
    'arc-interlock',
    inputs.arcOn && personAtArc,
    'person-in-arc-hazard-zone',
    config.arc.hazardRadiusMm,
    'mm',
    null,
  );
  const arcBurning = inputs.arcOn && out.arcPermitted;

  // 10. Arc radiation: unprotected eyes in line of sight accumulate UV dose.
  let exposed = false;
  let exposedDistanceMm = Infinity;
  let maxDose = 0;
  let exposedPerson = -1;
  for (let i = 0; i < inputs.people.length && i < state.uvDoseJPerM2.length; i++) {
    const person = inputs.people[i]!;
    if (!arcBurning || !person.present || person.weldingHelmetDown) continue;
    const head = headOf(person);
    if (!head || !arcInLineOfSight(config.arc, head, inputs.arcPositionM)) continue;
    const dM = distanceBetween(head, inputs.arcPositionM);
    const dose = state.uvDoseJPerM2[i]! + uvIrradianceWPerM2(config.arc, dM) * dtS;
    state.uvDoseJPerM2[i] = dose;
    exposed = true;
    if (dM * 1000 < exposedDistanceMm) {
      exposedDistanceMm = dM * 1000;
      exposedPerson = i;
    }
    if (dose > maxDose) maxDose = dose;
  }
  const flash = trackRule(
    state,
    'arc-flash-exposure',
    exposed,
    'helmet-up-in-line-of-sight',
    config.arc.uvDailyLimitJPerM2,
    'J/m²',
    null,
  );
  if (exposed) {
    notePeakDistance(flash, exposedDistanceMm);
    notePeakDose(flash, maxDose, config.arc.uvDailyLimitJPerM2);
    noteWho(flash, exposedPerson, 'face');
  }

  // 11. Hot part after welding, and hands reaching for it.
  const hp = config.hotPart;
  stepPartTemperature(state, inputs.netArcHeatW, hp, dtS);
  out.partTemperatureC = state.partTemperatureC;
  out.hotPart = state.partTemperatureC > hp.hotThresholdC;
  let handNearMm = Infinity;
  if (out.hotPart) {
    for (let i = 0; i < inputs.people.length; i++) {
      const person = inputs.people[i]!;
      if (!person.present) continue;
      for (let j = 0; j < person.points.length; j++) {
        const pt = person.points[j]!;
        if (pt.part !== 'leftHand' && pt.part !== 'rightHand') continue;
        const mm = distanceBetween(pt.positionM, inputs.partPositionM) * 1000;
        if (mm < handNearMm) handNearMm = mm;
      }
    }
  }
  const touching = out.hotPart && handNearMm < hp.touchDistanceMm;
  const hot = trackRule(state, 'hot-part', touching, 'hand-at-hot-part', hp.hotThresholdC, '°C', null);
  if (touching) {
    notePeakTemperature(hot, state.partTemperatureC);
    notePeakDistance(hot, handNearMm);
  }

  // Output.
  out.stopCategory = decision.stopCategory;
  out.stopRule = decision.stopRule;
  out.motionEnabled = decision.stopCategory === null;
  out.allowedSpeedMmPerS = decision.allowedSpeedMmPerS;
  out.speedRule = decision.speedRule;
  out.speedLevel =
    decision.stopCategory !== null
      ? 'stop'
      : decision.allowedSpeedMmPerS < config.tcpSpeedLimitMmPerS
        ? 'reduced'
        : 'full';
  const commanded = inputs.commandedSpeedMmPerS;
  out.speedScale =
    decision.stopCategory !== null
      ? 0
      : commanded > decision.allowedSpeedMmPerS
        ? decision.allowedSpeedMmPerS / commanded
        : 1;

  state.prevResetPressed = inputs.resetPressed;
  state.prevRestartRequested = inputs.restartRequested;
  state.prevMinSeparationMm = tracked ? scalars.separationMm : -1;
  return out;
}

function headOf(person: TrackedPerson): TrackedPerson['points'][number]['positionM'] | null {
  for (let j = 0; j < person.points.length; j++)
    if (person.points[j]!.part === 'head') return person.points[j]!.positionM;
  return null;
}
