// ISO 5817:2014 limits for imperfections (steel, fusion welds), one row per ISO 6520 reference, as tabulated in
// domain/welding.md §6 (rows confirmed from EN ISO 5817 extracts and the compiler's reading of the 2014 edition —
// verify against a licensed copy before claiming conformance). Symbols: t plate thickness, s nominal butt
// thickness, a nominal throat, b bead (or root) width; sizes and limits in mm.
import type { QualityLevel } from './types.ts';

export type Level = 'B' | 'C' | 'D';
export const LEVELS: readonly Level[] = ['B', 'C', 'D'];

export interface LimitDims {
  /** Plate thickness. */
  t: number;
  /** Bead (or root) width of the imperfect feature. */
  b: number;
  /** Nominal throat (fillet). */
  a: number;
  /** Nominal butt thickness. */
  s: number;
  /** Fillet weld: pore and fusion limits use a instead of s. */
  fillet?: boolean;
}

export interface Limit {
  /** Largest permitted size, mm (Infinity = no size limit). */
  maxMm: number;
  /** Permitted only as a "short" imperfection: ≤ 25 mm per 100 mm of weld (domain §6). */
  shortOnly: boolean;
}

type Rule = (d: LimitDims) => Limit | null;
const cap = (v: number, max: number) => Math.min(v, max);
const ok = (maxMm: number, shortOnly = false): Limit => ({ maxMm, shortOnly });
const NOT_PERMITTED: Rule = () => null;
const byThickness =
  (thin: Rule, thick: Rule): Rule =>
  (d) =>
    d.t <= 3 ? thin(d) : thick(d);
/** s for butts, a for fillets (domain §6 "0.3 s (0.3 a)"). */
const sOrA = (d: LimitDims) => (d.fillet ? d.a : d.s);

interface LimitRow {
  ref: number;
  name: string;
  B: Rule;
  C: Rule;
  D: Rule;
  /** Internal porosity: projected-area limits, % (single layer / multi-layer). */
  areaPct?: Record<Level, [number, number]>;
}

/** domain §6, one row per ISO 6520 reference. */
export const ISO5817_LIMITS: readonly LimitRow[] = [
  { ref: 100, name: 'cracks', B: NOT_PERMITTED, C: NOT_PERMITTED, D: NOT_PERMITTED },
  { ref: 104, name: 'crater crack', B: NOT_PERMITTED, C: NOT_PERMITTED, D: NOT_PERMITTED },
  {
    ref: 2011,
    name: 'gas pore / uniform porosity (internal)',
    B: (d) => ok(cap(0.2 * sOrA(d), 3)),
    C: (d) => ok(cap(0.3 * sOrA(d), 4)),
    D: (d) => ok(cap(0.4 * sOrA(d), 5)),
    areaPct: { B: [1, 2], C: [1.5, 3], D: [2.5, 5] },
  },
  {
    ref: 2017,
    name: 'surface pore',
    B: NOT_PERMITTED,
    C: byThickness(NOT_PERMITTED, (d) => ok(cap(0.2 * sOrA(d), 2))),
    D: byThickness(
      (d) => ok(0.3 * sOrA(d)),
      (d) => ok(cap(0.3 * sOrA(d), 3)),
    ),
  },
  {
    ref: 2025,
    name: 'end crater pipe',
    B: NOT_PERMITTED,
    C: byThickness(NOT_PERMITTED, (d) => ok(cap(0.1 * d.t, 1))),
    D: byThickness(
      (d) => ok(0.2 * d.t),
      (d) => ok(cap(0.2 * d.t, 2)),
    ),
  },
  // Lack of fusion: internal, D short only (surface lack of fusion is not permitted at any level).
  {
    ref: 401,
    name: 'lack of fusion',
    B: NOT_PERMITTED,
    C: NOT_PERMITTED,
    D: (d) => ok(cap(0.4 * sOrA(d), 4), true),
  },
  {
    ref: 402,
    name: 'lack of penetration',
    B: NOT_PERMITTED,
    C: NOT_PERMITTED,
    D: (d) => ok(cap(0.2 * sOrA(d), 2), true),
  },
  {
    ref: 4021,
    name: 'incomplete root penetration',
    B: NOT_PERMITTED,
    C: NOT_PERMITTED,
    D: (d) => ok(cap(0.2 * d.t, 2), true),
  },
  {
    ref: 5011,
    name: 'undercut',
    B: byThickness(NOT_PERMITTED, (d) => ok(cap(0.05 * d.t, 0.5))),
    C: byThickness(
      (d) => ok(0.1 * d.t, true),
      (d) => ok(cap(0.1 * d.t, 0.5)),
    ),
    D: byThickness(
      (d) => ok(0.2 * d.t, true),
      (d) => ok(cap(0.2 * d.t, 1)),
    ),
  },
  {
    ref: 502,
    name: 'excess weld metal',
    B: (d) => ok(cap(1 + 0.1 * d.b, 5)),
    C: (d) => ok(cap(1 + 0.15 * d.b, 7)),
    D: (d) => ok(cap(1 + 0.25 * d.b, 10)),
  },
  {
    ref: 503,
    name: 'excessive convexity',
    B: (d) => ok(cap(1 + 0.1 * d.b, 3)),
    C: (d) => ok(cap(1 + 0.15 * d.b, 4)),
    D: (d) => ok(cap(1 + 0.25 * d.b, 5)),
  },
  {
    ref: 504,
    name: 'excess penetration',
    B: byThickness(
      (d) => ok(1 + 0.1 * d.b),
      (d) => ok(cap(1 + 0.2 * d.b, 3)),
    ),
    C: byThickness(
      (d) => ok(1 + 0.3 * d.b),
      (d) => ok(cap(1 + 0.6 * d.b, 4)),
    ),
    D: byThickness(
      (d) => ok(1 + 0.6 * d.b),
      (d) => ok(cap(1 + 1.0 * d.b, 5)),
    ),
  },
  { ref: 506, name: 'overlap', B: NOT_PERMITTED, C: NOT_PERMITTED, D: (d) => ok(0.2 * d.b) },
  {
    ref: 509,
    name: 'sagging / incompletely filled groove',
    B: byThickness(NOT_PERMITTED, (d) => ok(cap(0.05 * d.t, 0.5), true)),
    C: byThickness(
      (d) => ok(0.1 * d.t, true),
      (d) => ok(cap(0.1 * d.t, 1), true),
    ),
    D: byThickness(
      (d) => ok(0.25 * d.t, true),
      (d) => ok(cap(0.25 * d.t, 2), true),
    ),
  },
  { ref: 510, name: 'burn-through', B: NOT_PERMITTED, C: NOT_PERMITTED, D: NOT_PERMITTED },
  {
    ref: 512,
    name: 'excessive asymmetry of fillet',
    B: (d) => ok(1.5 + 0.15 * d.a),
    C: (d) => ok(2 + 0.15 * d.a),
    D: (d) => ok(2 + 0.2 * d.a),
  },
  { ref: 517, name: 'poor restart', B: NOT_PERMITTED, C: NOT_PERMITTED, D: () => ok(Infinity) },
  {
    ref: 5213,
    name: 'insufficient throat',
    B: NOT_PERMITTED,
    C: byThickness(
      () => ok(0.2, true),
      (d) => ok(cap(0.3 + 0.1 * d.a, 1), true),
    ),
    D: byThickness(
      (d) => ok(0.2 + 0.1 * d.a, true),
      (d) => ok(cap(0.3 + 0.1 * d.a, 2), true),
    ),
  },
  {
    ref: 5214,
    name: 'excessive throat',
    B: (d) => ok(cap(1 + 0.15 * d.a, 3)),
    C: (d) => ok(cap(1 + 0.2 * d.a, 4)),
    D: () => ok(Infinity),
  },
  { ref: 601, name: 'stray arc', B: NOT_PERMITTED, C: NOT_PERMITTED, D: () => ok(Infinity) },
  // Spatter: ISO 5817 leaves acceptance to the application; the simulator never grades it below C (domain §8).
  { ref: 602, name: 'spatter', B: NOT_PERMITTED, C: () => ok(Infinity), D: () => ok(Infinity) },
];

// ISO 6520 sub-numbers graded by their parent row.
const PARENT: Readonly<Record<number, number>> = {
  4011: 401,
  4012: 401,
  4013: 401,
  2012: 2011,
  5012: 5011,
  511: 509,
};
const BY_REF = new Map(ISO5817_LIMITS.map((row) => [row.ref, row]));

function rowFor(ref: number): LimitRow {
  const row = BY_REF.get(PARENT[ref] ?? ref);
  if (!row) throw new RangeError(`ISO 5817 has no limit row for ISO 6520 reference ${ref}`);
  return row;
}

/** The ISO 5817 limit of `ref` at `level`, or null where the imperfection is not permitted at that level. */
export function limitFor(ref: number, level: Level, dims: LimitDims): Limit | null {
  return rowFor(ref)[level](dims);
}

export interface GradedSize {
  sizeMm: number;
  /** Total length ≤ 25 mm per 100 mm of weld. */
  short: boolean;
  /** Internal porosity only: projected area, %. */
  areaPct?: number;
  multiLayer?: boolean;
}

/** Best ISO 5817 level whose limit the imperfection meets, or "reject" when it fails D. */
export function levelFor(ref: number, g: GradedSize, dims: LimitDims): QualityLevel {
  const row = rowFor(ref);
  for (const level of LEVELS) {
    const lim = row[level](dims);
    if (!lim || g.sizeMm > lim.maxMm || (lim.shortOnly && !g.short)) continue;
    if (row.areaPct && g.areaPct !== undefined && g.areaPct > row.areaPct[level][g.multiLayer ? 1 : 0])
      continue;
    return level;
  }
  return 'reject';
}

const ORDER: Record<QualityLevel, number> = { B: 0, C: 1, D: 2, reject: 3 };

/** The worse of two levels (the best level met by both). */
export function worseLevel(a: QualityLevel, b: QualityLevel): QualityLevel {
  return ORDER[a] >= ORDER[b] ? a : b;
}
