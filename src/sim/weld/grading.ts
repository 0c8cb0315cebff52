// Grading a bead sample's imperfections against ISO 5817 (domain/welding.md §6, §8), shared by the static
// evaluation and the seam evaluation.
import type { Joint, QualityLevel } from './types.ts';
import { isFilletLike } from './types.ts';
import type { BeadSample } from './bead-sampler.ts';
import type { SlotKey } from './defect-slots.ts';
import { SLOTS } from './defect-slots.ts';
import type { LimitDims } from './iso5817-limits.ts';
import { worseLevel } from './iso5817-limits.ts';

/** What the grading needs to know about the joint. */
export interface SeamSpec {
  joint: Joint;
  thicknessMm: number;
  /** Design throat of a fillet (5213/5214 reference and a for pore limits); default: the bead's throat. */
  designThroatMm?: number;
}

/** Sizes are graded as reported: rounded to 0.01 mm. */
export const roundSize = (x: number): number => Math.round(x * 100) / 100;

// Internal porosity counts as uniform (2012) once widespread: severity ≥ 1, area ≥ 1.2 % (bead-sampler.ts).
const UNIFORM_POROSITY_AREA_PCT = 1.2;

/** ISO 6520 number a slot reports for a sample (porosity: single pore 2011 vs uniform 2012). */
export function iso6520Of(slot: SlotKey, areaPct: number): number {
  if (slot === 'porosity') return areaPct >= UNIFORM_POROSITY_AREA_PCT ? 2012 : 2011;
  return SLOTS.find((s) => s.key === slot)!.iso6520;
}

/** ISO 5817 dimensions for an imperfection (b is the root width for 504, the bead width otherwise). */
export function limitDims(spec: SeamSpec, slot: SlotKey, sample: BeadSample): LimitDims {
  const fillet = isFilletLike(spec.joint);
  const a = fillet ? (spec.designThroatMm ?? sample.throatMm) : 0.7 * spec.thicknessMm;
  return {
    t: spec.thicknessMm,
    b: slot === 'excessPenetration' ? sample.rootWidthMm : sample.widthMm,
    a,
    s: spec.thicknessMm,
    fillet,
  };
}

/** Best level met by every imperfection (B when there are none). */
export function overallLevel(list: readonly { level: QualityLevel }[]): QualityLevel {
  return list.reduce<QualityLevel>((acc, imp) => worseLevel(acc, imp.level), 'B');
}
