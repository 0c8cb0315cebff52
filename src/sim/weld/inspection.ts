// Inspection of a finished seam: the visual inspection report (what a welding inspector sees and gauges from the
// outside) and the guided bend test (root or face) with the AWS D1.1 acceptance: no open discontinuity over 3 mm
// (1/8 in) in any direction on the convex surface (open-exam-prep.com CWI notes on AWS D1.1; ISO 15614-1 uses
// the same 3 mm figure for bend specimens tested to ISO 5173).
import type { QualityLevel } from './types.ts';
import type { LocatedImperfection, SeamEvaluation } from './seam-evaluation.ts';
import { overallLevel } from './grading.ts';

// Imperfections inside the weld that visual inspection cannot see (they need a macro, RT/UT or a bend test).
const INTERNAL = new Set([2011, 2012, 4011, 4012, 4013, 402]);

export interface VisualReport {
  items: LocatedImperfection[];
  /** ISO 5817 level of what is visible. */
  visualLevel: QualityLevel;
  /** Internal imperfections present but not assessable visually. */
  hiddenCount: number;
}

export function visualInspection(seam: SeamEvaluation): VisualReport {
  const items = seam.imperfections.filter((i) => !INTERNAL.has(i.iso6520));
  return { items, visualLevel: overallLevel(items), hiddenCount: seam.imperfections.length - items.length };
}

export type BendType = 'root' | 'face';

export interface BendResult {
  type: BendType;
  passed: boolean;
  /** Largest opening on the tension surface, mm. */
  largestOpenMm: number;
  cause?: { iso6520: number; atMm: number };
}

// AWS D1.1 acceptance: an open discontinuity over 3 mm fails.
const OPEN_LIMIT_MM = 3;
// AWS D1.1 transverse face/root bend specimen width: 1½ in (38 mm).
const SPECIMEN_WIDTH_MM = 38;

// Which imperfections open on which side's tension surface: cracks on both; the root bend opens root fusion and
// penetration defects; the face bend opens side-wall/inter-run fusion defects and surface pores; internal pores
// open on either side at their diameter.
const OPENS_ON: Record<BendType, ReadonlySet<number>> = {
  root: new Set([100, 104, 4013, 402, 4021, 2011, 2012, 510]),
  face: new Set([100, 104, 4011, 4012, 2011, 2012, 2017, 510]),
};
// Planar flaws open along their length across the specimen; pores open by their diameter.
const PLANAR = new Set([100, 104, 4011, 4012, 4013, 402, 4021, 510]);

/**
 * Guided bend test of a specimen cut across the seam at `atMm` (default: wherever it is worst), bent with the
 * root or the face in tension.
 */
export function bendTest(seam: SeamEvaluation, type: BendType, atMm?: number): BendResult {
  let largest = 0;
  let cause: BendResult['cause'];
  for (const imp of seam.imperfections) {
    if (!OPENS_ON[type].has(imp.iso6520)) continue;
    if (
      atMm !== undefined &&
      (imp.endMm < atMm - SPECIMEN_WIDTH_MM / 2 || imp.startMm > atMm + SPECIMEN_WIDTH_MM / 2)
    )
      continue;
    const along = Math.min(imp.endMm - imp.startMm, SPECIMEN_WIDTH_MM);
    const open = PLANAR.has(imp.iso6520) ? Math.max(imp.sizeMm, along) : imp.sizeMm;
    if (open > largest) {
      largest = open;
      cause = { iso6520: imp.iso6520, atMm: (imp.startMm + imp.endMm) / 2 };
    }
  }
  const result: BendResult = { type, passed: largest <= OPEN_LIMIT_MM, largestOpenMm: largest };
  if (cause && largest > OPEN_LIMIT_MM) result.cause = cause;
  return result;
}
