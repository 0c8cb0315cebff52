// Plot series along the seam from the bead records the replayed world laid (one per mm of seam while the arc
// burned; src/sim/systems/bead.ts), with the nominal band for each quantity where one exists: the scenario's own
// technique band when it is a constant, else the weld model's nominal window for the set-up.
import type { Scenario } from '../../scenario/model.ts';
import { weldContextFor } from '../../sim/systems/bead.ts';
import { weldSetupOf } from '../../sim/systems/weld-system.ts';
import type { WorldState } from '../../sim/world-state.ts';

export const SERIES_KEYS = [
  'currentA',
  'voltageV',
  'travelSpeedMmPerS',
  'workAngleDeg',
  'travelAngleDeg',
  'ctwdMm',
] as const;
export type SeriesKey = (typeof SERIES_KEYS)[number];

export interface NominalBand {
  min: number;
  max: number;
  /** Where the band comes from: a technique band of the scenario (its id) or the weld model's window. */
  source: { kind: 'scenario'; bandId: string } | { kind: 'weld-model' };
}

export interface SeamSeries {
  /** Seam position of each record, mm, ascending. */
  xMm: number[];
  values: Record<SeriesKey, number[]>;
  bands: Partial<Record<SeriesKey, NominalBand>>;
}

/** The scenario measurement each series is the bead record of (for matching technique bands). */
const MEASUREMENT: Record<SeriesKey, string> = {
  currentA: 'weld.currentA',
  voltageV: 'weld.voltageV',
  travelSpeedMmPerS: 'torch.travelSpeedMmPerS',
  workAngleDeg: 'torch.workAngleDeg',
  travelAngleDeg: 'torch.travelAngleDeg',
  ctwdMm: 'torch.ctwdMm',
};

function scenarioBand(scenario: Scenario, key: SeriesKey): NominalBand | undefined {
  const specs = scenario.spec.rubric.technique;
  for (let i = 0; i < specs.length; i++) {
    const spec = specs[i]!;
    const band = scenario.technique[i];
    if (!band || spec.value.trim() !== MEASUREMENT[key]) continue;
    // Only a constant band can be drawn as one strip along the seam.
    if (band.min.slots.length > 0 || band.max.slots.length > 0) continue;
    const min = (band.min.evaluate([]) as number) * band.minFactor;
    const max = (band.max.evaluate([]) as number) * band.maxFactor;
    if (Number.isFinite(min) && Number.isFinite(max))
      return { min, max, source: { kind: 'scenario', bandId: spec.id } };
  }
  return undefined;
}

function modelBands(w: WorldState): Partial<Record<SeriesKey, NominalBand>> {
  const n = weldContextFor(weldSetupOf(w, 100)).nominal;
  const src = { kind: 'weld-model' } as const;
  return {
    currentA: { min: n.currentRangeA[0], max: n.currentRangeA[1], source: src },
    voltageV: { min: n.voltageRangeV[0], max: n.voltageRangeV[1], source: src },
    travelSpeedMmPerS: { min: n.travelRangeMmPerS[0], max: n.travelRangeMmPerS[1], source: src },
    ctwdMm: { min: n.ctwdRangeMm[0], max: n.ctwdRangeMm[1], source: src },
  };
}

export function seamSeries(w: WorldState, scenario: Scenario): SeamSeries {
  const b = w.bead;
  const order = b.seamMm.map((_, i) => i).sort((i, j) => b.seamMm[i]! - b.seamMm[j]! || i - j);
  const values = {} as Record<SeriesKey, number[]>;
  for (const key of SERIES_KEYS) values[key] = order.map((i) => b[key][i]!);
  const fallback = modelBands(w);
  const bands: Partial<Record<SeriesKey, NominalBand>> = {};
  for (const key of SERIES_KEYS) {
    const band = scenarioBand(scenario, key) ?? fallback[key];
    if (band) bands[key] = band;
  }
  return { xMm: order.map((i) => b.seamMm[i]!), values, bands };
}
