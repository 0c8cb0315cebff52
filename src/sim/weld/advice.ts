// Coaching advice as keyed data: for each imperfection, the parameter(s) that caused it and which way to turn
// them, as { key: 'advice.<imperfection>.<cause>', params }. Text lives in advice-text.ts (en, zh-CN).
import type { SlotKey } from './defect-slots.ts';
import type { Cause } from './causes.ts';
import { CAUSE, CAUSES_OF } from './causes.ts';
import type { WeldContext } from './weld-context.ts';
import { wireFeedForCurrent } from './wire-feeder.ts';
import { amps } from '../core/units.ts';
import { log } from '../core/fmath.ts';

export type AdviceParams = Record<string, number | string>;

export interface AdviceItem {
  key: string;
  params: AdviceParams;
}

/** Advice keys for causes found only along a seam (starts, stops, strikes). */
export type SeamCause = 'restartCold' | 'arcOffJoint' | 'craterNotFilled';

const r1 = (x: number) => Math.round(x * 10) / 10;
const r0 = (x: number) => Math.round(x);
const r2 = (x: number) => Math.round(x * 100) / 100;

// A deviation under 3 % is not worth naming as the cause.
const MIN_RAW_DEVIATION = 0.03;
const FALLBACK: Partial<Record<SlotKey, string>> = {
  excessWeldMetal: 'capShape',
  excessConvexity: 'capShape',
  throatTooLarge: 'metalBalance',
  throatTooSmall: 'metalBalance',
  underfill: 'metalBalance',
  asymmetry: 'legBalance',
};

// How many causes to name per imperfection: the main one, and a second if it is at least half as strong.
const SECOND_CAUSE_SHARE = 0.5;

/**
 * Raw size of a deviation in the direction of a cause, used when a geometric imperfection (e.g. 5214) appears
 * before any cause has crossed its §5 onset: the advice then names the parameter furthest off in that direction.
 */
function rawDeviation(ctx: WeldContext, cause: Cause): number {
  const d = ctx.last;
  const rI = d.currentA / d.nominalCurrentA;
  const rv = d.travelMmPerS / d.nominalTravelMmPerS;
  switch (cause) {
    case 'travelFast':
      return Math.max(0, log(rv));
    case 'travelSlow':
      return Math.max(0, -log(rv));
    case 'currentHigh':
      return Math.max(0, log(rI));
    case 'currentLow':
      return Math.max(0, -log(rI));
    case 'voltageHigh':
      return Math.max(0, (d.voltageV - (d.voltageLoV + d.voltageHiV) / 2) / d.voltageV);
    case 'voltageLow':
      return Math.max(0, ((d.voltageLoV + d.voltageHiV) / 2 - d.voltageV) / d.voltageV);
    case 'heatHighThin':
      return Math.max(0, log(d.heatRatio));
    default:
      return 0;
  }
}

function paramsFor(ctx: WeldContext, cause: Cause): { suffix: string; params: AdviceParams } {
  const d = ctx.last;
  const s = ctx.setup;
  const w = ctx.nominal;
  const wire = ctx.wireProcess;
  const rI = d.currentA / d.nominalCurrentA;
  const travel = {
    ratio: r1(d.travelMmPerS / d.nominalTravelMmPerS),
    actual: r1(d.travelMmPerS),
    nominal: r1(d.nominalTravelMmPerS),
  };
  const current = {
    actual: r0(d.currentA),
    nominal: r0(d.nominalCurrentA),
    ratio: r2(rI),
    target: wire
      ? r1(wireFeedForCurrent(s.process, s.material, s.wireDiameterMm, amps(d.nominalCurrentA)))
      : r0(d.nominalCurrentA),
  };
  const voltageWindow = {
    lo: r1(d.voltageLoV),
    hi: r1(d.voltageHiV),
    current: r0(d.currentA),
    wire: s.wireDiameterMm,
  };
  switch (cause) {
    case 'travelFast':
    case 'travelSlow':
    case 'travelVerySlow':
      return { suffix: cause, params: travel };
    case 'voltageHigh':
      return { suffix: cause, params: { ...voltageWindow, delta: r1(d.voltageV - d.voltageHiV) } };
    case 'voltageLow':
      return { suffix: cause, params: { ...voltageWindow, delta: r1(d.voltageLoV - d.voltageV) } };
    case 'currentHigh':
      return { suffix: wire ? 'wireFeedHigh' : 'currentHigh', params: current };
    case 'currentLow':
      return { suffix: wire ? 'wireFeedLow' : 'currentLow', params: current };
    case 'ctwdLong':
      return {
        suffix: wire ? 'ctwdLong' : 'arcLong',
        params: { actual: r1(d.ctwdMm), lo: r1(d.ctwdLoMm), hi: r1(d.ctwdHiMm) },
      };
    case 'ctwdShort':
      return { suffix: cause, params: { actual: r1(d.ctwdMm), lo: r1(d.ctwdLoMm), hi: r1(d.ctwdHiMm) } };
    case 'travelAngleSteep':
      return {
        suffix: d.travelAngleDeg >= 0 ? 'pushSteep' : 'dragSteep',
        params: { angle: r0(Math.abs(d.travelAngleDeg)) },
      };
    case 'workAngleOff':
      return {
        suffix: cause,
        params: {
          actual: r0(d.workAngleDeg),
          ideal: r0(w.workAngleDeg),
          delta: r0(Math.abs(d.workAngleDeg - w.workAngleDeg)),
        },
      };
    case 'aimOff':
      return { suffix: cause, params: { offset: r1(Math.abs(d.aimOffsetMm)), band: d.aimBandMm } };
    case 'gasMissing':
    case 'gasFlowLow':
    case 'gasFlowHigh':
      return {
        suffix: cause,
        params: {
          flow: r1(d.gasFlowLPerMin),
          lo: r1(w.gasFlowRangeLPerMin[0]),
          hi: r1(w.gasFlowRangeLPerMin[1]),
        },
      };
    case 'draught':
      return { suffix: cause, params: { speed: r1(d.draughtMPerS), limit: 2.2 } };
    case 'gasWrong':
      return { suffix: cause, params: { gas: s.shieldingGas } };
    case 'weaveWide':
      return { suffix: cause, params: { weave: r1(d.weaveWidthMm), bead: r1(d.naturalWidthMm) } };
    case 'sprayOutOfPosition':
      return { suffix: cause, params: { position: d.position } };
    case 'poolTooLarge':
      return { suffix: cause, params: { ...current, position: d.position } };
    case 'heatHighThin':
      return { suffix: cause, params: { ratio: r1(d.heatRatio), thickness: ctx.thicknessMm } };
    case 'globularArgon':
      return {
        suffix: cause,
        params: { current: r0(d.currentA), sprayMin: r0(ctx.sprayMinA), wire: s.wireDiameterMm },
      };
    case 'aboveSprayRange':
      return {
        suffix: cause,
        params: { current: r0(d.currentA), max: r0(d.sprayMaxA), wire: s.wireDiameterMm },
      };
    case 'preheatLow':
      return {
        suffix: cause,
        params: { ce: s.carbonEquivalent ?? 0, required: ctx.minPreheatC, preheat: s.preheatC ?? 20 },
      };
    case 'deepNarrowBead':
      return { suffix: cause, params: { ratio: r2(d.depthToWidth) } };
  }
}

/** Advice for one imperfection found in the context's last sample (1–2 items, strongest cause first). */
export function adviceFor(ctx: WeldContext, slot: SlotKey): AdviceItem[] {
  const list = CAUSES_OF[slot];
  if (!list) return [];
  let ranked = list
    .map(([cause, weight]) => ({ cause, score: weight * ctx.causes[CAUSE[cause]]! }))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score);
  if (!ranked.length) {
    ranked = list
      .map(([cause, weight]) => ({ cause, score: weight * rawDeviation(ctx, cause) }))
      .filter((c) => c.score > 0)
      .sort((a, b) => b.score - a.score);
  }
  const top = ranked[0];
  if (!top || top.score < MIN_RAW_DEVIATION) {
    // Nothing is off by more than a few per cent: the shape itself is the message.
    const fallback = FALLBACK[slot];
    return fallback ? [{ key: `advice.${slot}.${fallback}`, params: {} }] : [];
  }
  const chosen = ranked.filter((c, i) => i === 0 || (i === 1 && c.score >= SECOND_CAUSE_SHARE * top.score));
  return chosen.map(({ cause }) => {
    const p = paramsFor(ctx, cause);
    return { key: `advice.${slot}.${p.suffix}`, params: p.params };
  });
}

/** Advice for a seam-level cause (restart, stray arc, crater). */
export function seamAdvice(slot: SlotKey, cause: SeamCause, params: AdviceParams): AdviceItem {
  return { key: `advice.${slot}.${cause}`, params };
}
