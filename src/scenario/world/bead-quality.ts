// ISO 5817 evaluation of the bead the twin has laid so far, with the sim's own seam evaluation
// (src/sim/weld/seam-evaluation.ts) over the bead records (src/sim/systems/bead.ts). Cached per bead length.
import type { WorldState } from '../../sim/world-state.ts';
import type { QualityLevel, SeamEvaluation } from '../../sim/weld/index.ts';
import {
  SLOT_COUNT,
  createBeadSample,
  evaluateSeam,
  renderAdvice,
  adviceFor,
  SLOTS,
} from '../../sim/weld/index.ts';
import type { BeadSample } from '../../sim/weld/index.ts';
import { weldContextFor } from '../../sim/systems/bead.ts';
import { weldSetupOf } from '../../sim/systems/weld-system.ts';
import { seamSpecOf } from '../../sim/weld/index.ts';
import { TRANSFER_MODES } from '../../sim/systems/bead.ts';

export interface BeadQuality {
  level: QualityLevel | 'none';
  imperfections: number;
  evaluation: SeamEvaluation | null;
}

const cache = new WeakMap<WorldState, { key: string; quality: BeadQuality }>();

const END_CODES = new Set(['arc-ended', 'arc-interrupted', 'wire-stick']);

function samplesOf(w: WorldState): BeadSample[] {
  const b = w.bead;
  const out: BeadSample[] = [];
  // Each arc stop in seam order, and whether the power source ran its crater-fill sequence (a normal arc end)
  // or the arc was cut (an interlock: arc-interrupted, no crater fill; src/sim/systems/arc-sequence.ts).
  const ends = w.events.filter((e) => END_CODES.has(e.code)).map((e) => e.code !== 'arc-interrupted');
  const stopAfter = new Map<number, boolean>();
  b.arcEndsMm.forEach((mm, k) => {
    let best = -1;
    for (let i = 0; i < b.seamMm.length; i++)
      if (best < 0 || Math.abs(b.seamMm[i]! - mm) < Math.abs(b.seamMm[best]! - mm)) best = i;
    if (best >= 0) stopAfter.set(best, ends[k] ?? true);
  });
  for (let i = 0; i < b.seamMm.length; i++) {
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
    out.push(s);
    const filled = stopAfter.get(i);
    if (filled !== undefined) {
      // The arc stopped after this record: the evaluation looks for a crater (or its fill) and a restart here.
      s.craterFill = filled;
      const off = createBeadSample();
      off.seamMm = s.seamMm;
      out.push(off);
    }
  }
  return out;
}

export function beadQuality(w: WorldState): BeadQuality {
  const b = w.bead;
  if (b.seamMm.length === 0) return { level: 'none', imperfections: 0, evaluation: null };
  const key = `${b.seamMm.length}|${b.arcEndsMm.length}|${b.arcStartsMm.length}`;
  const hit = cache.get(w);
  if (hit && hit.key === key) return hit.quality;
  const ctx = weldContextFor(weldSetupOf(w, 100));
  const evaluation = evaluateSeam(samplesOf(w), seamSpecOf(ctx), { material: w.cell.workpiece.material });
  const quality: BeadQuality = {
    level: evaluation.qualityLevel,
    imperfections: evaluation.imperfections.length,
    evaluation,
  };
  cache.set(w, { key, quality });
  return quality;
}

/** The weld model's advice for the imperfections on the bead (English). */
export function beadAdvice(w: WorldState): string[] {
  const q = beadQuality(w);
  if (!q.evaluation) return [];
  const ctx = weldContextFor(weldSetupOf(w, 100));
  const lines: string[] = [];
  for (const imp of q.evaluation.imperfections) {
    if (!SLOTS.some((s) => s.key === imp.slot)) continue;
    for (const item of adviceFor(ctx, imp.slot)) {
      const text = renderAdvice(item, 'en');
      if (!lines.includes(text)) lines.push(text);
    }
  }
  return lines.slice(0, 6);
}
