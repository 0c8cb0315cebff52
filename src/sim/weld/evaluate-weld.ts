// Static evaluation of a set-up (the `weld` command): the steady-state bead sample graded to ISO 5817 with advice.
// A constant set-up gives the same bead along the whole seam, so every imperfection is "long" (not short).
import type { QualityLevel, TransferMode, WeldSetup } from './types.ts';
import type { BeadSample } from './bead-sampler.ts';
import { createBeadSample, sampleBead } from './bead-sampler.ts';
import type { SlotKey } from './defect-slots.ts';
import { ISO6520_NAMES, SLOTS } from './defect-slots.ts';
import { levelFor } from './iso5817-limits.ts';
import type { SeamSpec } from './grading.ts';
import { iso6520Of, limitDims, overallLevel, roundSize } from './grading.ts';
import type { AdviceItem } from './advice.ts';
import { adviceFor } from './advice.ts';
import type { WeldContext } from './weld-context.ts';
import { prepareWeld, steadyTorchState } from './steady-state.ts';
import type { NominalWindow } from './nominal-window.ts';
import { coolingTime85 } from './thermal-history.ts';

export interface WeldImperfection {
  iso6520: number;
  name: string;
  sizeMm: number;
  level: QualityLevel;
  slot: SlotKey;
}

export interface WeldResult {
  currentA: number;
  transferMode: TransferMode;
  arcEnergyKJPerMm: number;
  heatInputKJPerMm: number;
  bead: {
    widthMm: number;
    reinforcementMm: number;
    penetrationMm: number;
    throatMm: number;
    legAMm: number;
    legBMm: number;
  };
  imperfections: WeldImperfection[];
  qualityLevel: QualityLevel;
  advice: AdviceItem[];
  /** The chart window the set-up was judged against. */
  nominal: NominalWindow;
  /** EN 1011-2 cooling time t8/5 at the set-up's preheat (steel), s. */
  coolingTime85S: number;
}

/** The grading spec of a prepared set-up. */
export function seamSpecOf(ctx: WeldContext): SeamSpec {
  const spec: SeamSpec = { joint: ctx.setup.joint, thicknessMm: ctx.thicknessMm };
  if (ctx.designThroatMm === ctx.designThroatMm) spec.designThroatMm = ctx.designThroatMm;
  return spec;
}

/** Every imperfection of one sample, graded (short = within 25 mm per 100 mm). */
export function gradeSample(spec: SeamSpec, sample: BeadSample, short: boolean): WeldImperfection[] {
  const found: WeldImperfection[] = [];
  SLOTS.forEach((info, i) => {
    const size = roundSize(sample.sizes[i]!);
    if (size <= 0) return;
    const iso6520 = iso6520Of(info.key, sample.porosityAreaPct);
    const graded =
      info.key === 'porosity'
        ? { sizeMm: size, short, areaPct: sample.porosityAreaPct }
        : { sizeMm: size, short };
    const level = levelFor(iso6520, graded, limitDims(spec, info.key, sample));
    found.push({ iso6520, name: ISO6520_NAMES[iso6520] ?? info.name, sizeMm: size, level, slot: info.key });
  });
  return found;
}

/** Evaluate a set-up as a steady weld: current, mode, heat input, bead, imperfections, ISO 5817 level, advice. */
export function evaluateWeld(setup: WeldSetup): WeldResult {
  const ctx = prepareWeld(setup);
  const sample = sampleBead(ctx, steadyTorchState(setup), 0, createBeadSample());
  const imperfections = gradeSample(seamSpecOf(ctx), sample, false);
  const advice = imperfections.flatMap((imp) => adviceFor(ctx, imp.slot));
  const unique = advice.filter((a, i) => advice.findIndex((b) => b.key === a.key) === i);
  return {
    currentA: sample.currentA,
    transferMode: sample.transferMode,
    arcEnergyKJPerMm: sample.arcEnergyKJPerMm,
    heatInputKJPerMm: sample.heatInputKJPerMm,
    bead: {
      widthMm: sample.widthMm,
      reinforcementMm: sample.reinforcementMm,
      penetrationMm: sample.penetrationMm,
      throatMm: sample.throatMm,
      legAMm: sample.legAMm,
      legBMm: sample.legBMm,
    },
    imperfections,
    qualityLevel: overallLevel(imperfections),
    advice: unique,
    nominal: ctx.nominal,
    coolingTime85S: coolingTime85(
      sample.heatInputKJPerMm,
      ctx.thicknessMm,
      setup.preheatC ?? 20,
      setup.joint,
    ),
  };
}
