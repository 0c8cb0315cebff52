// The imperfections a bead sample can carry, one slot each, with their ISO 6520-1:2007 reference numbers and names.
// A sample stores a size in mm per slot (0 = absent) in a Float64Array, so sampling allocates nothing.

export const SLOT = {
  crack: 0,
  craterCrack: 1,
  porosity: 2,
  surfacePore: 3,
  endCrater: 4,
  lackOfSideFusion: 5,
  lackOfInterRunFusion: 6,
  lackOfRootFusion: 7,
  lackOfPenetration: 8,
  incompleteRootPenetration: 9,
  undercut: 10,
  excessWeldMetal: 11,
  excessConvexity: 12,
  excessPenetration: 13,
  overlap: 14,
  sagging: 15,
  burnThrough: 16,
  underfill: 17,
  asymmetry: 18,
  poorRestart: 19,
  throatTooSmall: 20,
  throatTooLarge: 21,
  arcStrike: 22,
  spatter: 23,
} as const;
export type SlotKey = keyof typeof SLOT;
export const SLOT_COUNT = 24;

export interface SlotInfo {
  key: SlotKey;
  /** ISO 6520-1 reference number reported for this slot. */
  iso6520: number;
  /** ISO 6520-1 name. */
  name: string;
}

// ISO 6520-1:2007 numbers and names (domain/welding.md §5, §6).
export const SLOTS: readonly SlotInfo[] = [
  { key: 'crack', iso6520: 100, name: 'crack' },
  { key: 'craterCrack', iso6520: 104, name: 'crater crack' },
  { key: 'porosity', iso6520: 2011, name: 'gas pore' },
  { key: 'surfacePore', iso6520: 2017, name: 'surface pore' },
  { key: 'endCrater', iso6520: 2025, name: 'end crater pipe' },
  { key: 'lackOfSideFusion', iso6520: 4011, name: 'lack of side wall fusion' },
  { key: 'lackOfInterRunFusion', iso6520: 4012, name: 'lack of inter-run fusion' },
  { key: 'lackOfRootFusion', iso6520: 4013, name: 'lack of root fusion' },
  { key: 'lackOfPenetration', iso6520: 402, name: 'lack of penetration' },
  { key: 'incompleteRootPenetration', iso6520: 4021, name: 'incomplete root penetration' },
  { key: 'undercut', iso6520: 5011, name: 'continuous undercut' },
  { key: 'excessWeldMetal', iso6520: 502, name: 'excess weld metal' },
  { key: 'excessConvexity', iso6520: 503, name: 'excessive convexity' },
  { key: 'excessPenetration', iso6520: 504, name: 'excessive penetration' },
  { key: 'overlap', iso6520: 506, name: 'overlap' },
  { key: 'sagging', iso6520: 509, name: 'sagging' },
  { key: 'burnThrough', iso6520: 510, name: 'burn through' },
  { key: 'underfill', iso6520: 511, name: 'incompletely filled groove' },
  { key: 'asymmetry', iso6520: 512, name: 'excessive asymmetry of fillet weld' },
  { key: 'poorRestart', iso6520: 517, name: 'poor restart' },
  { key: 'throatTooSmall', iso6520: 5213, name: 'insufficient throat thickness' },
  { key: 'throatTooLarge', iso6520: 5214, name: 'excessive throat thickness' },
  { key: 'arcStrike', iso6520: 601, name: 'stray arc' },
  { key: 'spatter', iso6520: 602, name: 'spatter' },
];

/** Numbers that a slot reports under other circumstances (intermittent undercut, uniform porosity). */
export const ISO6520_NAMES: Readonly<Record<number, string>> = {
  ...Object.fromEntries(SLOTS.map((s) => [s.iso6520, s.name])),
  2012: 'uniformly distributed porosity',
  5012: 'intermittent undercut',
};
