// The seam's ISO 5817 evaluation as the results screen lists it: each located imperfection (ISO 6520 number,
// where along the seam, size against the ISO 5817 limit of the level the scenario requires) and what caused it.
// The evaluation is the twin's own (src/scenario/world/bead-quality.ts); the cause comes from the weld model
// re-sampled with the torch values recorded at the imperfection's worst record.
import type { Scenario } from '../../scenario/model.ts';
import { beadQuality } from '../../scenario/world/bead-quality.ts';
import { SLOT_COUNT, SLOTS, type SlotKey } from '../../sim/weld/defect-slots.ts';
import {
  adviceFor,
  createBeadSample,
  limitFor,
  prepareWeld,
  renderAdvice,
  sampleBead,
  seamSpecOf,
  type BeadSample,
  type Level,
  type QualityLevel,
  type TorchState,
  type WeldContext,
} from '../../sim/weld/index.ts';
import { limitDims } from '../../sim/weld/grading.ts';
import { weldSetupOf } from '../../sim/systems/weld-system.ts';
import { TRANSFER_MODES } from '../../sim/systems/bead.ts';
import type { WorldState } from '../../sim/world-state.ts';

export interface Bilingual {
  en: string;
  'zh-CN': string;
}

export interface ImperfectionRow {
  iso6520: number;
  slot: SlotKey;
  startMm: number;
  endMm: number;
  /** Where the imperfection is worst (a marker goes here), mm along the seam. */
  atMm: number;
  sizeMm: number;
  level: QualityLevel;
  short: boolean;
  /** The ISO 5817 limit at the level the scenario requires; maxMm null = no size limit. */
  limit: { level: Level; permitted: boolean; maxMm: number | null; shortOnly: boolean };
  /** The weld model's cause, in both languages; `reproduced` false when the re-sample did not show it. */
  cause: { reproduced: boolean; advice: Bilingual[] };
}

export interface SeamQuality {
  level: QualityLevel | 'none';
  weldedLengthMm: number;
  levelsAlong: { startMm: number; endMm: number; level: QualityLevel }[];
  imperfections: ImperfectionRow[];
  requiredLevel: Level;
}

const SEAM_CAUSE: Partial<Record<SlotKey, 'restartCold' | 'craterNotFilled' | 'arcOffJoint'>> = {
  poorRestart: 'restartCold',
  endCrater: 'craterNotFilled',
  craterCrack: 'craterNotFilled',
  arcStrike: 'arcOffJoint',
};

/** The bead record nearest to `mm` that carries the most of `slot` inside [startMm, endMm]. */
export function worstRecord(w: WorldState, slot: SlotKey, startMm: number, endMm: number): number {
  const b = w.bead;
  const k = SLOTS.findIndex((s) => s.key === slot);
  let best = -1;
  let bestSize = -1;
  for (let i = 0; i < b.seamMm.length; i++) {
    const x = b.seamMm[i]!;
    if (x < startMm - 0.5 || x > endMm + 0.5) continue;
    const size = b.defects[i * SLOT_COUNT + k]!;
    if (size > bestSize) {
      best = i;
      bestSize = size;
    }
  }
  if (best >= 0) return best;
  const mid = (startMm + endMm) / 2;
  for (let i = 0; i < b.seamMm.length; i++)
    if (best < 0 || Math.abs(b.seamMm[i]! - mid) < Math.abs(b.seamMm[best]! - mid)) best = i;
  return best;
}

/** A bead sample from record `i` with what the record keeps (bead-quality.ts reads records the same way). */
export function sampleOfRecord(w: WorldState, i: number): BeadSample {
  const b = w.bead;
  const s = createBeadSample();
  s.seamMm = b.seamMm[i]!;
  s.arcOn = true;
  s.currentA = b.currentA[i]!;
  s.voltageV = b.voltageV[i]!;
  s.heatInputKJPerMm = b.heatInputKJPerMm[i]!;
  s.widthMm = b.widthMm[i]!;
  s.rootWidthMm = b.widthMm[i]!;
  s.reinforcementMm = b.reinforcementMm[i]!;
  s.penetrationMm = b.penetrationMm[i]!;
  s.throatMm = b.throatMm[i]!;
  s.transferMode = TRANSFER_MODES[b.transfer[i]!] ?? 'none';
  for (let k = 0; k < SLOT_COUNT; k++) s.sizes[k] = b.defects[i * SLOT_COUNT + k]!;
  return s;
}

function causeOf(
  w: WorldState,
  ctx: WeldContext,
  slot: SlotKey,
  i: number,
  atMm: number,
): ImperfectionRow['cause'] {
  const seamCause = SEAM_CAUSE[slot];
  if (seamCause) {
    const params = { at: Math.round(atMm), offset: 0 };
    const item = { key: `advice.${slot}.${seamCause}`, params };
    return {
      reproduced: true,
      advice: [{ en: renderAdvice(item, 'en'), 'zh-CN': renderAdvice(item, 'zh-CN') }],
    };
  }
  const b = w.bead;
  const s = w.settings;
  const torch: TorchState = {
    arcOn: true,
    ctwdMm: b.ctwdMm[i]!,
    workAngleDeg: b.workAngleDeg[i]!,
    travelAngleDeg: b.travelAngleDeg[i]!,
    travelSpeedMmPerS: b.travelSpeedMmPerS[i]!,
    aimOffsetMm: b.aimMm[i]!,
    weaveWidthMm: 0,
    weaveFrequencyHz: 0,
    gasFlowLPerMin: s.shieldingGas === 'none' ? 0 : s.gasFlowLPerMin,
    draughtMPerS: w.draughtMPerS,
    position: w.cell.workpiece.position,
    clockHour: 12,
    passIndex: w.bead.passIndex,
  };
  const out = sampleBead(ctx, torch, b.seamMm[i]!, createBeadSample());
  const k = SLOTS.findIndex((x) => x.key === slot);
  const reproduced = out.sizes[k]! > 0;
  const advice = reproduced
    ? adviceFor(ctx, slot).map((item) => ({
        en: renderAdvice(item, 'en'),
        'zh-CN': renderAdvice(item, 'zh-CN'),
      }))
    : [];
  return { reproduced: reproduced && advice.length > 0, advice };
}

function requiredLevelOf(scenario: Scenario): Level {
  const req = scenario.spec.rubric.quality?.seams[0]?.required;
  return req === 'B' || req === 'C' || req === 'D' ? req : 'C';
}

export function seamQuality(w: WorldState, scenario: Scenario): SeamQuality {
  const q = beadQuality(w);
  const requiredLevel = requiredLevelOf(scenario);
  const ev = q.evaluation;
  if (!ev) return { level: q.level, weldedLengthMm: 0, levelsAlong: [], imperfections: [], requiredLevel };
  // A private context (not the twin's cached one): re-sampling must not touch the live weld model's state.
  const ctx = prepareWeld(weldSetupOf(w, 100));
  const spec = seamSpecOf(ctx);
  const imperfections = ev.imperfections.map((imp): ImperfectionRow => {
    const i = worstRecord(w, imp.slot, imp.startMm, imp.endMm);
    const atMm = i >= 0 ? Math.min(Math.max(w.bead.seamMm[i]!, imp.startMm), imp.endMm) : imp.startMm;
    const lim =
      i >= 0 ? limitFor(imp.iso6520, requiredLevel, limitDims(spec, imp.slot, sampleOfRecord(w, i))) : null;
    return {
      iso6520: imp.iso6520,
      slot: imp.slot,
      startMm: imp.startMm,
      endMm: imp.endMm,
      atMm,
      sizeMm: imp.sizeMm,
      level: imp.level,
      short: imp.short,
      limit: {
        level: requiredLevel,
        permitted: lim !== null,
        maxMm: lim && Number.isFinite(lim.maxMm) ? lim.maxMm : null,
        shortOnly: lim?.shortOnly ?? false,
      },
      cause: i >= 0 ? causeOf(w, ctx, imp.slot, i, atMm) : { reproduced: false, advice: [] },
    };
  });
  return {
    level: ev.qualityLevel,
    weldedLengthMm: ev.weldedLengthMm,
    levelsAlong: ev.levelsAlong,
    imperfections,
    requiredLevel,
  };
}
