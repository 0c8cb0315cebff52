// Welding hazards the safety layer watches (domain/robots.md §4.7): the arc-on interlock, arc radiation reaching
// unprotected eyes, and the hot part after welding.
import type { SafetyConfig } from './safety-config.ts';
import type { SafetyInputs, SafetyState } from './safety-state.ts';
import type { StepContext } from './step-context.ts';
import { arcInLineOfSight, uvIrradianceWPerM2 } from './arc-hazards.ts';
import { distanceBetween } from './geometry.ts';
import { stepPartTemperature } from './hot-part.ts';
import { headOf, personNearArc } from './people.ts';
import { notePeakDistance, notePeakDose, notePeakTemperature, noteWho, trackRule } from './safety-events.ts';

const exposure = { distanceMm: 0.5, maxDose: 0.5, person: -1 };
const reach = { mm: 0.5 };

/** No arc while anything stops the robot or a person is in the arc hazard zone. Call after the stop decision. */
export function checkArcInterlock(
  state: SafetyState,
  config: SafetyConfig,
  inputs: SafetyInputs,
  ctx: StepContext,
): void {
  const personAtArc = personNearArc(config, inputs);
  state.output.arcPermitted = ctx.decision.stopCategory === null && !personAtArc;
  const cause = 'person-in-arc-hazard-zone';
  trackRule(
    state,
    'arc-interlock',
    inputs.arcOn && personAtArc,
    cause,
    config.arc.hazardRadiusMm,
    'mm',
    null,
  );
}

/** Unprotected eyes in line of sight of the burning arc accumulate ACGIH-weighted UV dose (inverse square). */
export function checkArcRadiation(
  state: SafetyState,
  config: SafetyConfig,
  inputs: SafetyInputs,
  dtS: number,
): void {
  const burning = inputs.arcOn && state.output.arcPermitted;
  exposure.distanceMm = Infinity;
  exposure.maxDose = 0;
  exposure.person = -1;
  for (let i = 0; i < inputs.people.length && i < state.uvDoseJPerM2.length; i++) {
    const person = inputs.people[i]!;
    if (!burning || !person.present || person.weldingHelmetDown) continue;
    const head = headOf(person);
    if (!head || !arcInLineOfSight(config.arc, head, inputs.arcPositionM)) continue;
    const dM = distanceBetween(head, inputs.arcPositionM);
    state.uvDoseJPerM2[i] = state.uvDoseJPerM2[i]! + uvIrradianceWPerM2(config.arc, dM) * dtS;
    if (dM * 1000 < exposure.distanceMm) {
      exposure.distanceMm = dM * 1000;
      exposure.person = i;
    }
    if (state.uvDoseJPerM2[i]! > exposure.maxDose) exposure.maxDose = state.uvDoseJPerM2[i]!;
  }
  const exposed = exposure.person >= 0;
  const limit = config.arc.uvDailyLimitJPerM2;
  const e = trackRule(
    state,
    'arc-flash-exposure',
    exposed,
    'helmet-up-in-line-of-sight',
    limit,
    'J/m²',
    null,
  );
  if (exposed) {
    notePeakDistance(e, exposure.distanceMm);
    notePeakDose(e, exposure.maxDose, limit);
    noteWho(e, exposure.person, 'face');
  }
}

/** Part temperature after welding, and a warning when a hand reaches for a part above the burn threshold. */
export function checkHotPart(
  state: SafetyState,
  config: SafetyConfig,
  inputs: SafetyInputs,
  dtS: number,
): void {
  const hp = config.hotPart;
  const out = state.output;
  stepPartTemperature(state, inputs.netArcHeatW, hp, dtS);
  out.partTemperatureC = state.partTemperatureC;
  out.hotPart = state.partTemperatureC > hp.hotThresholdC;
  reach.mm = Infinity;
  if (out.hotPart) {
    for (let i = 0; i < inputs.people.length; i++) {
      const person = inputs.people[i]!;
      if (!person.present) continue;
      for (let j = 0; j < person.points.length; j++) {
        const pt = person.points[j]!;
        if (pt.part !== 'leftHand' && pt.part !== 'rightHand') continue;
        const mm = distanceBetween(pt.positionM, inputs.partPositionM) * 1000;
        if (mm < reach.mm) reach.mm = mm;
      }
    }
  }
  const touching = out.hotPart && reach.mm < hp.touchDistanceMm;
  const e = trackRule(state, 'hot-part', touching, 'hand-at-hot-part', hp.hotThresholdC, '°C', null);
  if (touching) {
    notePeakTemperature(e, state.partTemperatureC);
    notePeakDistance(e, reach.mm);
  }
}
