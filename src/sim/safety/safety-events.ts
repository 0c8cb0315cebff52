// Safety events: one event per violation from onset to clearance (peak values kept), never one per step.
// Only the onset allocates; while a condition lasts the open event is updated in place.
import type { BodyRegion } from './body-regions.ts';
import type { SafetyRule } from './rules.ts';
import type { SafetyEvent, SafetyState } from './safety-state.ts';
import type { StopCategory } from './stopping.ts';
import { SAFETY_RULES } from './rules.ts';

/** Bound on stored safety events so a runaway attempt cannot grow memory without limit. */
export const MAX_SAFETY_EVENTS = 10000;

/**
 * Open, keep or close the event of `rule`. Returns the open event while `active` (to note peaks), else null.
 * Rules that are ordinary operating states (SAFETY_RULES[rule].recorded = false) are never recorded.
 */
export function trackRule(
  state: SafetyState,
  rule: SafetyRule,
  active: boolean,
  cause: string,
  limit: number,
  limitUnit: string,
  stopCategory: StopCategory | null,
): SafetyEvent | null {
  // The usual step: the rule is quiet and no event is open at all — nothing to look up or record.
  if (!active && noEventOpen(state)) return null;
  const idx = state.openEvents[rule];
  if (!active && idx < 0) return null;
  return updateRule(state, rule, active, idx, cause, limit, limitUnit, stopCategory);
}

// Derived cache (speed only): whether `knownOpen` (a state's openEvents) held no open event when state.events had
// `knownCount` entries. Only updateRule writes openEvents: it forgets the cache on every write, and an opened event
// also changes the count. A state seen for the first time, or after a write, is scanned once.
let knownOpen: Record<SafetyRule, number> | null = null;
let knownCount = -1;
let knownNoneOpen = false;

function noEventOpen(state: SafetyState): boolean {
  const open = state.openEvents;
  const count = state.events.length;
  if (open !== knownOpen || count !== knownCount) {
    knownOpen = open;
    knownCount = count;
    knownNoneOpen = true;
    for (const rule in open) if (open[rule as SafetyRule] >= 0) knownNoneOpen = false;
  }
  return knownNoneOpen;
}

function updateRule(
  state: SafetyState,
  rule: SafetyRule,
  active: boolean,
  idx: number,
  cause: string,
  limit: number,
  limitUnit: string,
  stopCategory: StopCategory | null,
): SafetyEvent | null {
  if (active) {
    if (idx >= 0) return state.events[idx] ?? null;
    const info = SAFETY_RULES[rule];
    if (!info.recorded || state.events.length >= MAX_SAFETY_EVENTS) return null;
    state.events.push({
      tS: state.tS,
      endS: null,
      kind: rule,
      cause,
      severity: info.severity,
      rule: info.text,
      limit,
      limitUnit,
      stopCategory,
    });
    state.openEvents[rule] = state.events.length - 1;
    knownOpen = null;
    return state.events[state.events.length - 1]!;
  }
  if (idx >= 0) {
    const e = state.events[idx];
    if (e) e.endS = state.tS;
    state.openEvents[rule] = -1;
    knownOpen = null;
  }
  return null;
}

export function notePeakDistance(e: SafetyEvent | null, distanceMm: number): void {
  if (e && (e.distanceMm === undefined || distanceMm < e.distanceMm)) e.distanceMm = distanceMm;
}

export function notePeakSpeed(e: SafetyEvent | null, speedMmPerS: number): void {
  if (e && (e.speedMmPerS === undefined || speedMmPerS > e.speedMmPerS)) e.speedMmPerS = speedMmPerS;
}

export function notePeakContact(
  e: SafetyEvent | null,
  region: BodyRegion,
  forceN: number,
  pressureNPerCm2: number,
): void {
  if (!e) return;
  e.bodyRegion = region;
  if (e.forceN === undefined || forceN > e.forceN) e.forceN = forceN;
  if (e.pressureNPerCm2 === undefined || pressureNPerCm2 > e.pressureNPerCm2)
    e.pressureNPerCm2 = pressureNPerCm2;
}

export function notePeakTemperature(e: SafetyEvent | null, temperatureC: number): void {
  if (e && (e.temperatureC === undefined || temperatureC > e.temperatureC)) e.temperatureC = temperatureC;
}

export function notePeakDose(e: SafetyEvent | null, doseJPerM2: number, limitJPerM2: number): void {
  if (!e) return;
  if (e.doseJPerM2 === undefined || doseJPerM2 > e.doseJPerM2) e.doseJPerM2 = doseJPerM2;
  // Above the daily limit the exposure is no longer only a breach of practice but an injury risk.
  if (doseJPerM2 > limitJPerM2) e.severity = 'critical';
}

export function noteWho(e: SafetyEvent | null, person: number, region: BodyRegion | null): void {
  if (!e) return;
  if (e.person === undefined) e.person = person;
  if (region !== null && e.bodyRegion === undefined) e.bodyRegion = region;
}
