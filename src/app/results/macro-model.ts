// The macro cross-section at one position along the seam, from the weld model (src/sim/weld/macro-section.ts)
// fed with the bead record laid there, plus the dimensions a weld inspector marks on a macro: legs, throat,
// penetration and reinforcement (fillet), or width, reinforcement, penetration and thickness (butt).
import { isFilletLike } from '../../sim/weld/types.ts';
import { macroSection, type MacroSection } from '../../sim/weld/index.ts';
import { SLOT } from '../../sim/weld/defect-slots.ts';
import type { WorldState } from '../../sim/world-state.ts';
import { sampleOfRecord } from './seam-quality.ts';

export type DimensionKey =
  'legA' | 'legB' | 'throat' | 'penetration' | 'reinforcement' | 'width' | 'thickness';

export interface Dimension {
  key: DimensionKey;
  valueMm: number;
  /** The measured line in section coordinates (mm, y up). */
  from: [number, number];
  to: [number, number];
}

export interface MacroModel {
  seamMm: number;
  record: number;
  fillet: boolean;
  thicknessMm: number;
  section: MacroSection;
  dimensions: Dimension[];
}

/** The record laid nearest to `seamMm` (null when the bead is empty). */
export function recordNear(w: WorldState, seamMm: number): number | null {
  const xs = w.bead.seamMm;
  let best = -1;
  for (let i = 0; i < xs.length; i++)
    if (best < 0 || Math.abs(xs[i]! - seamMm) < Math.abs(xs[best]! - seamMm)) best = i;
  return best < 0 ? null : best;
}

export function macroAt(w: WorldState, seamMm: number): MacroModel | null {
  const i = recordNear(w, seamMm);
  if (i === null) return null;
  const wp = w.cell.workpiece;
  const t = wp.thicknessMm;
  const fillet = isFilletLike(wp.joint);
  const s = sampleOfRecord(w, i);
  const conv = s.reinforcementMm;
  if (fillet) {
    // The record keeps the bead width (= mean leg × √2) and the throat of the smaller leg (concavity deducted):
    // both legs follow from them (bead-sampler.ts). Which member has the longer leg is not recorded.
    const meanLeg = s.widthMm / Math.SQRT2;
    const minLeg = Math.min(meanLeg, (s.throatMm - Math.min(0, conv)) * Math.SQRT2);
    s.legAMm = 2 * meanLeg - minLeg;
    s.legBMm = minLeg;
  } else {
    // Full penetration: the root is drawn over the joint gap, its drop the recorded excess penetration (504).
    s.rootWidthMm = s.penetrationMm >= t ? wp.gapMm : 0;
    s.rootReinforcementMm = s.sizes[SLOT.excessPenetration]!;
  }
  const section = macroSection(s, wp.joint, t, wp.gapMm);
  const dims: Dimension[] = [];
  const p = s.penetrationMm;
  if (fillet) {
    const a = s.legAMm;
    const b = s.legBMm;
    dims.push({ key: 'legA', valueMm: a, from: [0, 0], to: [a, 0] });
    dims.push({ key: 'legB', valueMm: b, from: [0, 0], to: [0, b] });
    // Throat: from the root to the face, along the bisector (design throat of the smaller leg).
    const th = s.throatMm;
    dims.push({ key: 'throat', valueMm: th, from: [0, 0], to: [th / Math.SQRT2, th / Math.SQRT2] });
    dims.push({ key: 'penetration', valueMm: p, from: [0, 0], to: [-p * 0.35, -p * 0.35] });
    dims.push({
      key: 'reinforcement',
      valueMm: conv,
      from: [a / 2, b / 2],
      to: [a / 2 + conv * 0.7, b / 2 + conv * 0.7],
    });
  } else {
    const wd = s.widthMm;
    dims.push({ key: 'width', valueMm: wd, from: [-wd / 2, 0], to: [wd / 2, 0] });
    dims.push({ key: 'reinforcement', valueMm: conv, from: [0, 0], to: [0, conv] });
    dims.push({ key: 'penetration', valueMm: Math.min(p, t), from: [0, 0], to: [0, -Math.min(p, t)] });
    dims.push({ key: 'thickness', valueMm: t, from: [-wd / 2 - 6, 0], to: [-wd / 2 - 6, -t] });
  }
  return { seamMm: s.seamMm, record: i, fillet, thicknessMm: t, section, dimensions: dims };
}
