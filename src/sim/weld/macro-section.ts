// Macro cross-section of the bead at one point of the seam, as polygons in mm the app can draw (and the instructor
// can measure): plate outlines, fusion line, weld face profile, root, undercut notches, pores and lack of fusion.
// Frame: x across the joint, y up; butt plates' top surface at y = 0; fillet: flat member top at y = 0, upright
// member's face at x = 0. Pore positions are seeded from the seam position, so a section is reproducible.
import type { Joint } from './types.ts';
import { isFilletLike } from './types.ts';
import type { BeadSample } from './bead-sampler.ts';
import { SLOT } from './defect-slots.ts';
import { nextFloat, seedPrng } from '../core/prng.ts';
import { hypot } from '../core/fmath.ts';

export type Point = [number, number];

export interface MacroSection {
  plates: Point[][];
  /** Boundary of the melted zone in the parent metal. */
  fusionLine: Point[];
  /** Weld face from toe to toe. */
  face: Point[];
  /** Root side profile of a full-penetration butt (empty otherwise). */
  root: Point[];
  undercuts: Point[][];
  pores: { x: number; y: number; r: number }[];
  lackOfFusion: Point[][];
}

const ARC_POINTS = 12;
// Plates are drawn this far past the bead edge.
const PLATE_MARGIN_MM = 8;

/** Parabolic arc from (x0,y0) to (x1,y1) bulging by `h` (negative = concave) along the outward normal. */
function bulge(x0: number, y0: number, x1: number, y1: number, h: number, nx: number, ny: number): Point[] {
  const pts: Point[] = [];
  for (let i = 0; i <= ARC_POINTS; i++) {
    const u = i / ARC_POINTS;
    const k = 4 * u * (1 - u) * h;
    pts.push([x0 + (x1 - x0) * u + nx * k, y0 + (y1 - y0) * u + ny * k]);
  }
  return pts;
}

/** Parabolic fusion boundary of half-width `halfW` at y0 reaching depth `depth` below it. */
function bowl(cx: number, y0: number, halfW: number, depth: number, down: number): Point[] {
  const pts: Point[] = [];
  for (let i = 0; i <= ARC_POINTS; i++) {
    const x = -halfW + (2 * halfW * i) / ARC_POINTS;
    pts.push([cx + x, y0 - down * depth * (1 - (x * x) / (halfW * halfW))]);
  }
  return pts;
}

export function macroSection(
  sample: BeadSample,
  joint: Joint,
  thicknessMm: number,
  rootGapMm = 0,
  twoSided = false,
): MacroSection {
  const t = thicknessMm;
  const s = sample.sizes;
  const out: MacroSection = {
    plates: [],
    fusionLine: [],
    face: [],
    root: [],
    undercuts: [],
    pores: [],
    lackOfFusion: [],
  };
  const rng = seedPrng(Math.round(sample.seamMm * 1000));
  const undercut = s[SLOT.undercut]!;
  if (isFilletLike(joint)) {
    const a = sample.legAMm;
    const b = sample.legBMm;
    const span = Math.max(a, b) + PLATE_MARGIN_MM;
    out.plates.push([
      [-t, 0],
      [span, 0],
      [span, -t],
      [-t, -t],
    ]);
    out.plates.push([
      [-t, 0],
      [0, 0],
      [0, span],
      [-t, span],
    ]);
    const len = hypot(a, b);
    out.face = bulge(a, 0, 0, b, sample.reinforcementMm, b / len, a / len);
    // Fusion: a little into each member near the toes, down to the root penetration at the corner.
    const p = sample.penetrationMm;
    out.fusionLine = [
      [a, 0],
      [a * 0.5, -p * 0.6],
      [-p * 0.35, -p * 0.35],
      [-p * 0.6, b * 0.5],
      [0, b],
    ];
    if (undercut > 0) {
      if (sample.undercutSide <= 0)
        out.undercuts.push([
          [a - 0.6, 0],
          [a + 0.2, -undercut],
          [a + 0.8, 0],
        ]);
      if (sample.undercutSide >= 0)
        out.undercuts.push([
          [0, b - 0.6],
          [-undercut, b + 0.2],
          [0, b + 0.8],
        ]);
    }
    if (s[SLOT.lackOfRootFusion]! > 0)
      out.lackOfFusion.push([
        [0, 0],
        [Math.min(a, s[SLOT.lackOfRootFusion]!), 0],
      ]);
    if (s[SLOT.lackOfSideFusion]! > 0 || s[SLOT.lackOfInterRunFusion]! > 0)
      out.lackOfFusion.push([
        [0, b * 0.3],
        [0, b * 0.9],
      ]);
    const poreD = s[SLOT.porosity]!;
    if (poreD > 0) {
      const n = 1 + Math.floor(sample.porosityAreaPct);
      for (let i = 0; i < n; i++) {
        const u = nextFloat(rng) * 0.6 + 0.15;
        const v = nextFloat(rng) * (0.6 - u * 0.5);
        out.pores.push({ x: a * u * 0.8, y: b * v, r: poreD / 2 });
      }
    }
    return out;
  }
  // Butt joint.
  const w = sample.widthMm;
  const g = rootGapMm;
  const span = w / 2 + PLATE_MARGIN_MM;
  out.plates.push([
    [-span, 0],
    [-g / 2, 0],
    [-g / 2, -t],
    [-span, -t],
  ]);
  out.plates.push([
    [g / 2, 0],
    [span, 0],
    [span, -t],
    [g / 2, -t],
  ]);
  out.face = bulge(-w / 2, 0, w / 2, 0, sample.reinforcementMm, 0, 1);
  const p = sample.penetrationMm;
  if (twoSided) {
    out.fusionLine = bowl(0, 0, w / 2, p, 1);
    out.root = bulge(-w / 2, -t, w / 2, -t, sample.reinforcementMm, 0, -1);
    out.fusionLine.push(...bowl(0, -t, w / 2, p, -1).reverse());
  } else {
    out.fusionLine =
      p >= t
        ? [
            [-w / 2, 0],
            [-Math.max(sample.rootWidthMm, g) / 2, -t],
            [Math.max(sample.rootWidthMm, g) / 2, -t],
            [w / 2, 0],
          ]
        : bowl(0, 0, w / 2, p, 1);
    if (sample.rootWidthMm > 0 && p >= t)
      out.root = bulge(
        -sample.rootWidthMm / 2,
        -t,
        sample.rootWidthMm / 2,
        -t,
        sample.rootReinforcementMm,
        0,
        -1,
      );
  }
  if (undercut > 0) {
    if (sample.undercutSide <= 0)
      out.undercuts.push([
        [-w / 2 - 0.8, 0],
        [-w / 2 - 0.2, -undercut],
        [-w / 2 + 0.6, 0],
      ]);
    if (sample.undercutSide >= 0)
      out.undercuts.push([
        [w / 2 - 0.6, 0],
        [w / 2 + 0.2, -undercut],
        [w / 2 + 0.8, 0],
      ]);
  }
  const unpenetrated = s[SLOT.incompleteRootPenetration]! + s[SLOT.lackOfPenetration]!;
  if (unpenetrated > 0)
    out.lackOfFusion.push(
      twoSided
        ? [
            [0, -p],
            [0, -t + p],
          ]
        : [
            [0, -p],
            [0, -t],
          ],
    );
  if (s[SLOT.lackOfSideFusion]! > 0 || s[SLOT.lackOfInterRunFusion]! > 0)
    out.lackOfFusion.push([
      [-g / 2, -0.1 * t],
      [-g / 2, -0.6 * Math.min(p, t)],
    ]);
  if (s[SLOT.lackOfRootFusion]! > 0)
    out.lackOfFusion.push([
      [-g / 2, -Math.min(p, t)],
      [-g / 2, -Math.min(p, t) + s[SLOT.lackOfRootFusion]!],
    ]);
  const poreD = s[SLOT.porosity]!;
  if (poreD > 0) {
    const n = 1 + Math.floor(sample.porosityAreaPct);
    for (let i = 0; i < n; i++) {
      const x = (nextFloat(rng) - 0.5) * w * 0.6;
      const y = -nextFloat(rng) * Math.min(p, t) * 0.7 + sample.reinforcementMm * 0.3;
      out.pores.push({ x, y, r: poreD / 2 });
    }
  }
  return out;
}
