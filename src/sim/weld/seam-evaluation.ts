// Evaluation of a whole seam from its bead samples: imperfections grouped along the seam with start/end, the ISO 5817
// "short" rule (total ≤ 25 mm per 100 mm of weld; ≤ 25 % of the length for welds under 100 mm, domain §6), craters
// and restarts at arc stops/starts, and the quality level per seam and along it (domain §8).
import type { Material, QualityLevel } from './types.ts';
import type { BeadSample } from './bead-sampler.ts';
import type { SlotKey } from './defect-slots.ts';
import { ISO6520_NAMES, SLOTS } from './defect-slots.ts';
import { levelFor, worseLevel } from './iso5817-limits.ts';
import type { SeamSpec } from './grading.ts';
import { iso6520Of, limitDims, overallLevel, roundSize } from './grading.ts';

export interface LocatedImperfection {
  iso6520: number;
  name: string;
  slot: SlotKey;
  startMm: number;
  endMm: number;
  /** Largest size along the group, mm. */
  sizeMm: number;
  short: boolean;
  level: QualityLevel;
}

export interface SeamEvaluation {
  /** Welded length (arc on), mm. */
  weldedLengthMm: number;
  imperfections: LocatedImperfection[];
  qualityLevel: QualityLevel;
  /** The seam cut into stretches of constant level, in seam order. */
  levelsAlong: { startMm: number; endMm: number; level: QualityLevel }[];
}

export interface SeamOptions {
  /** Parent material: aluminium and stainless crater-crack more readily (domain §5 104). */
  material?: Material;
}

// domain §6: "short" = total ≤ 25 mm per 100 mm of weld.
const SHORT_TOTAL_MM = 25;
const SHORT_WINDOW_MM = 100;
// ISO 6520-1 5011 vs 5012 [model]: an undercut run of 25 mm or more is continuous, shorter runs intermittent.
const CONTINUOUS_UNDERCUT_MM = 25;
// [model] a restart must start back on the previous bead by this much to remelt the crater (otherwise 517).
const RESTART_OVERLAP_MM = 5;
// [model] an unfilled end crater is as deep as half the cap; crater cracks where crater cracking is common
// (aluminium, stainless) or the pool was large (≥ 250 A).
const CRATER_DEPTH_OF_CAP = 0.5;
const CRATER_CRACK_CURRENT_A = 250;
// [model] a crater-fill sequence counts when it ran within this distance before the stop.
const CRATER_FILL_WINDOW_MM = 3;

interface Group {
  slot: SlotKey;
  iso6520: number;
  startMm: number;
  endMm: number;
  sizeMm: number;
  sample: BeadSample;
  areaPct: number;
}

/** The stretch of seam a sample stands for: halfway to its neighbours (the seam ends at the end samples). */
function halfStep(samples: readonly BeadSample[], i: number): [number, number] {
  const x = samples[i]!.seamMm;
  return [
    i > 0 ? (samples[i - 1]!.seamMm + x) / 2 : x,
    i < samples.length - 1 ? (x + samples[i + 1]!.seamMm) / 2 : x,
  ];
}

function groupSlot(samples: readonly BeadSample[], slotIndex: number, key: SlotKey): Group[] {
  const groups: Group[] = [];
  let cur: Group | null = null;
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i]!;
    const size = s.arcOn ? s.sizes[slotIndex]! : 0;
    if (size > 0) {
      const [a, b] = halfStep(samples, i);
      if (!cur) {
        cur = {
          slot: key,
          iso6520: 0,
          startMm: a,
          endMm: b,
          sizeMm: size,
          sample: s,
          areaPct: s.porosityAreaPct,
        };
        groups.push(cur);
      } else {
        cur.endMm = b;
        if (size > cur.sizeMm) {
          cur.sizeMm = size;
          cur.sample = s;
        }
        cur.areaPct = Math.max(cur.areaPct, s.porosityAreaPct);
      }
    } else cur = null;
  }
  return groups;
}

/** Short if no 100 mm stretch containing the group holds more than 25 mm of this imperfection. */
function isShort(g: Group, all: readonly Group[], weldedLengthMm: number): boolean {
  const span = Math.min(SHORT_WINDOW_MM, weldedLengthMm);
  const limit =
    weldedLengthMm < SHORT_WINDOW_MM ? (SHORT_TOTAL_MM / SHORT_WINDOW_MM) * weldedLengthMm : SHORT_TOTAL_MM;
  for (const from of [g.startMm, g.endMm - span]) {
    let total = 0;
    for (const o of all) total += Math.max(0, Math.min(o.endMm, from + span) - Math.max(o.startMm, from));
    if (total > limit + 1e-9) return false;
  }
  return true;
}

/**
 * Evaluate a seam from samples in seam order (one per simulation step or per mm). The samples' own sizes are
 * grouped per imperfection; arc stops without crater fill leave an end crater (2025, and 104 where prone);
 * restarts that do not reach back over the crater are poor restarts (517).
 */
export function evaluateSeam(
  samples: readonly BeadSample[],
  spec: SeamSpec,
  options: SeamOptions = {},
): SeamEvaluation {
  let weldedLengthMm = 0;
  for (let i = 0; i < samples.length; i++) {
    if (!samples[i]!.arcOn) continue;
    const [a, b] = halfStep(samples, i);
    weldedLengthMm += b - a;
  }
  const located: LocatedImperfection[] = [];
  const push = (g: Group, short: boolean, iso6520: number) => {
    const size = roundSize(g.sizeMm);
    const graded =
      g.slot === 'porosity' ? { sizeMm: size, short, areaPct: g.areaPct } : { sizeMm: size, short };
    const level = levelFor(iso6520, graded, limitDims(spec, g.slot, g.sample));
    located.push({
      iso6520,
      name: ISO6520_NAMES[iso6520] ?? g.slot,
      slot: g.slot,
      startMm: g.startMm,
      endMm: g.endMm,
      sizeMm: size,
      short,
      level,
    });
  };

  SLOTS.forEach((info, slotIndex) => {
    const groups = groupSlot(samples, slotIndex, info.key);
    for (const g of groups) {
      const short = isShort(g, groups, Math.max(weldedLengthMm, 1e-9));
      let iso6520 = iso6520Of(info.key, g.areaPct);
      if (info.key === 'undercut') iso6520 = g.endMm - g.startMm >= CONTINUOUS_UNDERCUT_MM ? 5011 : 5012;
      push(g, short, iso6520);
    }
  });

  // Arc stops and restarts.
  let lastStop: { mm: number; sample: BeadSample } | null = null;
  for (let i = 1; i < samples.length; i++) {
    const prev = samples[i - 1]!;
    const cur = samples[i]!;
    if (prev.arcOn && !cur.arcOn) {
      let filled = false;
      for (
        let j = i - 1;
        j >= 0 && samples[j]!.arcOn && prev.seamMm - samples[j]!.seamMm <= CRATER_FILL_WINDOW_MM;
        j--
      ) {
        if (samples[j]!.craterFill) filled = true;
      }
      if (!filled) {
        const g: Group = {
          slot: 'endCrater',
          iso6520: 2025,
          startMm: prev.seamMm - prev.widthMm / 2,
          endMm: prev.seamMm,
          sizeMm: Math.max(CRATER_DEPTH_OF_CAP * prev.reinforcementMm, 0.05),
          sample: prev,
          areaPct: 0,
        };
        push(g, true, 2025);
        const prone =
          options.material === 'aluminium' ||
          options.material === 'stainless-steel' ||
          prev.currentA >= CRATER_CRACK_CURRENT_A;
        if (prone) push({ ...g, slot: 'craterCrack', sizeMm: Math.max(prev.widthMm / 4, 0.5) }, true, 104);
      }
      lastStop = { mm: prev.seamMm, sample: prev };
    } else if (!prev.arcOn && cur.arcOn && lastStop) {
      const missing = cur.seamMm - (lastStop.mm - RESTART_OVERLAP_MM);
      if (missing > 0)
        push(
          {
            slot: 'poorRestart',
            iso6520: 517,
            startMm: Math.min(lastStop.mm, cur.seamMm),
            endMm: Math.max(lastStop.mm, cur.seamMm),
            sizeMm: missing,
            sample: cur,
            areaPct: 0,
          },
          true,
          517,
        );
    }
  }
  located.sort((a, b) => a.startMm - b.startMm || a.iso6520 - b.iso6520);

  // Level along the seam: the worst level of what covers each stretch.
  const cuts = new Set<number>();
  const first = samples.find((s) => s.arcOn);
  const lastOn = [...samples].reverse().find((s) => s.arcOn);
  const levelsAlong: SeamEvaluation['levelsAlong'] = [];
  if (first && lastOn) {
    cuts.add(first.seamMm);
    cuts.add(lastOn.seamMm);
    for (const imp of located) {
      cuts.add(Math.max(first.seamMm, Math.min(lastOn.seamMm, imp.startMm)));
      cuts.add(Math.max(first.seamMm, Math.min(lastOn.seamMm, imp.endMm)));
    }
    const xs = [...cuts].sort((a, b) => a - b);
    for (let k = 0; k + 1 < xs.length; k++) {
      const a = xs[k]!,
        b = xs[k + 1]!;
      const level = located
        .filter((imp) => imp.startMm < b && imp.endMm > a)
        .reduce<QualityLevel>((acc, imp) => worseLevel(acc, imp.level), 'B');
      const prevSeg = levelsAlong[levelsAlong.length - 1];
      if (prevSeg && prevSeg.level === level) prevSeg.endMm = b;
      else levelsAlong.push({ startMm: a, endMm: b, level });
    }
  }
  return { weldedLengthMm, imperfections: located, qualityLevel: overallLevel(located), levelsAlong };
}
