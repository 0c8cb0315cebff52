// Causes of imperfections: how far each parameter is outside its window, as a severity that is 0 inside the
// window and 1 at the domain/welding.md §5 "Suggested simulator thresholds" (relative to the chart window).
// Each imperfection's severity is a weighted sum of its causes (the §5 cause table); the same numbers drive the
// coaching advice, so the advice names exactly what made the defect.
import type { SlotKey } from './defect-slots.ts';

export const CAUSES = [
  'travelFast',
  'travelSlow',
  'travelVerySlow',
  'voltageHigh',
  'voltageLow',
  'currentHigh',
  'currentLow',
  'ctwdLong',
  'ctwdShort',
  'travelAngleSteep',
  'workAngleOff',
  'aimOff',
  'gasMissing',
  'gasFlowLow',
  'gasFlowHigh',
  'draught',
  'gasWrong',
  'weaveWide',
  'sprayOutOfPosition',
  'poolTooLarge',
  'heatHighThin',
  'globularArgon',
  'aboveSprayRange',
  'preheatLow',
  'deepNarrowBead',
] as const;
export type Cause = (typeof CAUSES)[number];
export const CAUSE_COUNT = CAUSES.length;
export const CAUSE: { readonly [K in Cause]: number } = Object.fromEntries(CAUSES.map((c, i) => [c, i])) as {
  [K in Cause]: number;
};

/** Severity ramp: 0 at `onset`, 1 at `full`, growing linearly beyond (works for falling ramps too). */
export function ramp(x: number, onset: number, full: number): number {
  const s = (x - onset) / (full - onset);
  return s > 0 ? s : 0;
}

/**
 * Which causes feed which imperfection, with weights (domain §5 cause column). Rule-driven imperfections use the
 * weighted sum as severity; geometric ones (502, 503, 504, 5213, 5214, 512, 402/4021, 510, 511) come from the bead
 * shape and use this table only to explain themselves in the advice.
 */
export const CAUSES_OF: Readonly<Partial<Record<SlotKey, ReadonlyArray<readonly [Cause, number]>>>> = {
  // domain §5 5011/5012: travel too fast (main), voltage high, current high, work angle, excessive weave.
  undercut: [
    ['travelFast', 1],
    ['voltageHigh', 1],
    ['currentHigh', 1],
    ['workAngleOff', 1],
    ['weaveWide', 1],
  ],
  // 506: travel too slow, voltage too low, wrong work angle; 509/506 for spray/large pool out of position.
  overlap: [
    ['travelSlow', 1],
    ['voltageLow', 0.5],
    ['workAngleOff', 0.5],
    ['sprayOutOfPosition', 1],
    ['poolTooLarge', 1],
  ],
  // 401: current low, pool running ahead, travel too fast (thick), CTWD long, push angle, aim.
  lackOfRootFusion: [
    ['currentLow', 1],
    ['travelVerySlow', 1],
    ['travelFast', 0.6],
    ['ctwdLong', 1],
    ['travelAngleSteep', 1],
    ['aimOff', 1],
  ],
  // 401: voltage too low (stubbing), wrong work angle or aim on a butt.
  lackOfSideFusion: [
    ['voltageLow', 1],
    ['workAngleOff', 1],
    ['aimOff', 1],
  ],
  // 2011/2012/2017: no gas, flow low/high, draughts, long CTWD (half weight: §5 names it for 602 + 401 first),
  // travel angle > 20°, wide weave.
  porosity: [
    ['gasMissing', 1],
    ['gasWrong', 1],
    ['gasFlowLow', 1],
    ['gasFlowHigh', 1],
    ['draught', 1],
    ['ctwdLong', 0.5],
    ['travelAngleSteep', 1],
    ['weaveWide', 0.5],
  ],
  // 602: voltage high or low for the current, long CTWD, large travel angle, globular in Ar-mix, rotating spray.
  spatter: [
    ['voltageHigh', 1],
    ['voltageLow', 1],
    ['ctwdLong', 1],
    ['travelAngleSteep', 1],
    ['globularArgon', 1],
    ['aboveSprayRange', 1],
    ['ctwdShort', 0.3],
  ],
  // 509: pool too large/fluid out of position.
  sagging: [
    ['sprayOutOfPosition', 1],
    ['poolTooLarge', 1],
  ],
  // 100: cold cracking without preheat; deep narrow bead (centreline).
  crack: [
    ['preheatLow', 1],
    ['deepNarrowBead', 1],
  ],
  // Geometric imperfections: causes named in domain §5.
  excessWeldMetal: [
    ['travelSlow', 1],
    ['currentHigh', 1],
    ['voltageLow', 1],
  ],
  excessConvexity: [
    ['voltageLow', 1],
    ['currentLow', 1],
    ['travelSlow', 1],
    ['travelFast', 1],
  ],
  excessPenetration: [
    ['heatHighThin', 1],
    ['currentHigh', 1],
    ['travelSlow', 1],
  ],
  burnThrough: [
    ['heatHighThin', 1],
    ['currentHigh', 1],
    ['travelSlow', 1],
    ['voltageHigh', 0.5],
  ],
  lackOfPenetration: [
    ['currentLow', 1],
    ['travelFast', 1],
    ['ctwdLong', 1],
    ['travelAngleSteep', 1],
    ['voltageHigh', 0.3],
  ],
  incompleteRootPenetration: [
    ['currentLow', 1],
    ['travelFast', 1],
    ['ctwdLong', 1],
    ['travelAngleSteep', 1],
    ['voltageHigh', 0.3],
  ],
  underfill: [
    ['travelFast', 1],
    ['currentLow', 1],
  ],
  asymmetry: [
    ['workAngleOff', 1],
    ['aimOff', 1],
    ['poolTooLarge', 0.5],
  ],
  throatTooSmall: [
    ['travelFast', 1],
    ['currentLow', 1],
    ['weaveWide', 0.5],
  ],
  throatTooLarge: [
    ['travelSlow', 1],
    ['currentHigh', 1],
  ],
};

// The table as index/weight arrays per slot, so the per-step sum does no property lookups.
const COMPILED: Partial<Record<SlotKey, { index: Int32Array; weight: Float64Array }>> = {};
for (const key of Object.keys(CAUSES_OF) as SlotKey[]) {
  const list = CAUSES_OF[key]!;
  COMPILED[key] = {
    index: Int32Array.from(list.map(([c]) => CAUSE[c])),
    weight: Float64Array.from(list.map(([, w]) => w)),
  };
}

/** Weighted severity of an imperfection from the cause severities. */
export function severityOf(slot: SlotKey, causes: Float64Array): number {
  const c = COMPILED[slot];
  if (!c) return 0;
  let s = 0;
  for (let i = 0; i < c.index.length; i++) s += c.weight[i]! * causes[c.index[i]!]!;
  return s;
}
