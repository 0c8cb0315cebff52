// Technique scoring for hand-guided and taught torch paths, VRTEX-style (domain/welding.md §8): each measure
// (work angle, travel angle, CTWD/arc length, travel speed, aim) against a tolerance band, time in band, mean and
// standard deviation (stability), and a weighted overall score. Incremental and allocation-free per step.
import type { Joint, Process } from './types.ts';
import { isFilletLike } from './types.ts';
import { idealWorkAngleDeg, nominalTravelAngleDeg } from './joint-design.ts';

export interface Band {
  min: number;
  max: number;
}

export const MEASURES = ['workAngleDeg', 'travelAngleDeg', 'ctwdMm', 'travelSpeedMmPerS', 'aimMm'] as const;
export type Measure = (typeof MEASURES)[number];
export type TechniqueBands = Record<Measure, Band>;
export type TechniqueWeights = Record<Measure, number>;

/** One step of the torch path. */
export interface TechniqueSample {
  workAngleDeg: number;
  travelAngleDeg: number;
  ctwdMm: number;
  travelSpeedMmPerS: number;
  aimOffsetMm: number;
}

// domain §8 suggested bands [model]: work angle ±5° (fillet 45°, butt 90°); travel angle 5–15° (±5° about 10°,
// drag for slag processes); CTWD ±3 mm about 12 mm (short arc) / 20 mm (spray); travel speed ±15 % of the WPS;
// aim ±1 mm (butt) / ±1.5 mm (fillet). GTAW/SMAW hold the 2–4 mm arc length of domain §0.
const WORK_TOL_DEG = 5;
const TRAVEL_TOL_DEG = 5;
const CTWD_TOL_MM = 3;
const CTWD_SHORT_ARC_MM = 12;
const CTWD_SPRAY_MM = 20;
const ARC_LENGTH_BAND: Band = { min: 2, max: 4 };
const TRAVEL_SPEED_TOL = 0.15;
const AIM_BUTT_MM = 1;
const AIM_FILLET_MM = 1.5;

/** Default tolerance bands for a process, joint and WPS travel speed (scenarios may override any of them). */
export function defaultTechniqueBands(
  process: Process,
  joint: Joint,
  wpsTravelMmPerS: number,
  sprayLike = false,
): TechniqueBands {
  const work = idealWorkAngleDeg(joint);
  const travel = nominalTravelAngleDeg(process);
  const ctwd =
    process === 'GTAW' || process === 'SMAW'
      ? ARC_LENGTH_BAND
      : {
          min: (sprayLike ? CTWD_SPRAY_MM : CTWD_SHORT_ARC_MM) - CTWD_TOL_MM,
          max: (sprayLike ? CTWD_SPRAY_MM : CTWD_SHORT_ARC_MM) + CTWD_TOL_MM,
        };
  const aim = isFilletLike(joint) ? AIM_FILLET_MM : AIM_BUTT_MM;
  return {
    workAngleDeg: { min: work - WORK_TOL_DEG, max: work + WORK_TOL_DEG },
    travelAngleDeg: { min: travel - TRAVEL_TOL_DEG, max: travel + TRAVEL_TOL_DEG },
    ctwdMm: ctwd,
    travelSpeedMmPerS: {
      min: wpsTravelMmPerS * (1 - TRAVEL_SPEED_TOL),
      max: wpsTravelMmPerS * (1 + TRAVEL_SPEED_TOL),
    },
    aimMm: { min: -aim, max: aim },
  };
}

/** [model] equal weights: VRTEX publishes the measures but no weights. */
export const DEFAULT_TECHNIQUE_WEIGHTS: TechniqueWeights = {
  workAngleDeg: 1,
  travelAngleDeg: 1,
  ctwdMm: 1,
  travelSpeedMmPerS: 1,
  aimMm: 1,
};

// Per measure: total time, time in band, weighted mean, weighted sum of squared deviations (West/Welford).
const FIELDS = 4;
const WRONG_DIRECTION = MEASURES.length * FIELDS;

export interface TechniqueAccumulator {
  data: Float64Array;
  /** Expected travel direction: +1 push, -1 drag (from the band's centre). */
  expectedDirection: number;
}

export function createTechniqueAccumulator(bands: TechniqueBands): TechniqueAccumulator {
  const centre = (bands.travelAngleDeg.min + bands.travelAngleDeg.max) / 2;
  return { data: new Float64Array(WRONG_DIRECTION + 1), expectedDirection: centre >= 0 ? 1 : -1 };
}

function valueOf(m: number, s: TechniqueSample): number {
  switch (m) {
    case 0:
      return s.workAngleDeg;
    case 1:
      return s.travelAngleDeg;
    case 2:
      return s.ctwdMm;
    case 3:
      return s.travelSpeedMmPerS;
    default:
      return s.aimOffsetMm;
  }
}

/** Add one step (dt seconds, arc on) to the accumulator. Allocation-free. */
export function accumulateTechnique(
  acc: TechniqueAccumulator,
  bands: TechniqueBands,
  s: TechniqueSample,
  dtS: number,
): void {
  const d = acc.data;
  for (let m = 0; m < MEASURES.length; m++) {
    const x = valueOf(m, s);
    const band = bands[MEASURES[m]!];
    const o = m * FIELDS;
    const total = d[o]! + dtS;
    const mean = d[o + 2]!;
    const newMean = mean + (dtS / total) * (x - mean);
    d[o + 3] = d[o + 3]! + dtS * (x - mean) * (x - newMean);
    d[o + 2] = newMean;
    d[o] = total;
    if (x >= band.min && x <= band.max) d[o + 1] = d[o + 1]! + dtS;
  }
  // VRTEX: pushing where a drag is expected (or the reverse) loses points.
  if (s.travelAngleDeg * acc.expectedDirection < 0) d[WRONG_DIRECTION] = d[WRONG_DIRECTION]! + dtS;
}

export interface MeasureScore {
  measure: Measure;
  band: Band;
  timeInBandPct: number;
  mean: number;
  std: number;
}

export interface TechniqueScore {
  measures: MeasureScore[];
  /** Weighted mean of the time-in-band percentages, 0–100. */
  score: number;
  wrongDirectionPct: number;
  durationS: number;
}

export function techniqueScore(
  acc: TechniqueAccumulator,
  bands: TechniqueBands,
  weights: TechniqueWeights = DEFAULT_TECHNIQUE_WEIGHTS,
): TechniqueScore {
  const d = acc.data;
  let weighted = 0;
  let weightSum = 0;
  const measures = MEASURES.map((measure, m) => {
    const o = m * FIELDS;
    const total = d[o]!;
    const pct = total > 0 ? (100 * d[o + 1]!) / total : 0;
    weighted += weights[measure] * pct;
    weightSum += weights[measure];
    return {
      measure,
      band: bands[measure],
      timeInBandPct: pct,
      mean: d[o + 2]!,
      std: total > 0 ? Math.sqrt(d[o + 3]! / total) : 0,
    };
  });
  const duration = d[0]!;
  return {
    measures,
    score: weightSum > 0 ? weighted / weightSum : 0,
    wrongDirectionPct: duration > 0 ? (100 * d[WRONG_DIRECTION]!) / duration : 0,
    durationS: duration,
  };
}
