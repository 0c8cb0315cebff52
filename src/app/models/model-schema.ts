// The shape of the cells' model data in assets/models/*.json: every dimension (metres, unless a field says otherwise)
// sits in an object whose sibling `source` field says where the number comes from — a catalogue, a standard, a
// manual, or "[model]" for a size drawn to look right without a published figure. The app imports the JSON files
// (bundled by Vite) and reads them with these types only (`import type`: zod stays out of the app bundle); the unit
// tests validate every file against these schemas.
import { z } from 'zod';

/** Where the numbers of the object it sits in come from. */
const source = z.string().trim().min(1, 'needs a source: the catalogue, standard or manual, or "[model]"');
const what = z.string().trim().min(1).describe('What the part is, in the trade’s words');
const v3 = z.tuple([z.number(), z.number(), z.number()]);
const v2 = z.tuple([z.number(), z.number()]);
const length = z.number().positive();
const segments = z.number().int().min(3);
/** A key of the file's `colors` table. */
const colorRef = z.string().min(1);
const axis = z.enum(['x', 'y', 'z']);

/** One primitive of a merged part, `at` relative to the origin the builder places the item at. */
export const partSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('box'),
    what,
    size: z.tuple([length, length, length]),
    at: v3,
    rotation: v3.optional(),
    color: colorRef,
    source,
  }),
  z.strictObject({
    kind: z.literal('cylinder'),
    what,
    radius: length,
    length,
    at: v3,
    axis,
    segments: segments.optional(),
    radiusTop: length.optional(),
    color: colorRef,
    source,
  }),
  z.strictObject({
    kind: z.literal('torus'),
    what,
    radius: length,
    tube: length,
    at: v3,
    axis,
    radial: segments.optional(),
    tubular: segments.optional(),
    color: colorRef,
    source,
  }),
]);
export type Part = z.infer<typeof partSchema>;

/** Named sRGB colours (`#rrggbb`), each with the reason for it. */
export const colorsSchema = z.record(
  z.string(),
  z.strictObject({ hex: z.string().regex(/^#[0-9a-f]{6}$/, 'a lower-case #rrggbb colour'), source }),
);
export type Colors = z.infer<typeof colorsSchema>;

/** Shared shop-floor items: gas bottle, guard fence posts and rails, fume-extraction arm. */
export const shopItemsSchema = z.strictObject({
  gasBottle: z.strictObject({ parts: z.array(partSchema).min(1) }),
  fence: z.strictObject({
    postSectionM: length,
    topRailBelowTopM: length,
    lowRailHeightM: length,
    railRadiusM: length,
    railSegments: segments,
    source,
  }),
  fumeArm: z.strictObject({
    columnSectionM: length,
    columnHeightM: length,
    columnColor: colorRef,
    elbowAboveHoodM: length,
    armRadiusM: length,
    armSegments: segments,
    elbowRadiusM: length,
    elbowSegments: segments,
    armEndAboveHoodM: length,
    hoodRadiusM: length,
    hoodLengthM: length,
    hoodTopRadiusM: length,
    hoodSegments: segments,
    source,
  }),
  colors: colorsSchema,
});
export type ShopItemsModel = z.infer<typeof shopItemsSchema>;

export const cobotCellSchema = z.strictObject({
  table: z.strictObject({
    tops: z.strictObject({ sizesM: z.array(z.tuple([length, length])).min(1), source }),
    plate: z.strictObject({ thicknessM: length, source }),
    margin: z.strictObject({ m: length, source }),
    legs: z.strictObject({ sectionM: length, insetM: length, source }),
    rails: z.strictObject({ sectionM: length, heightM: length, source }),
  }),
  robotBase: z.strictObject({ flangeRadiusM: length, source }),
  adapterPlate: z.strictObject({
    radiusOverFlangeM: length,
    minHeightM: length,
    segments,
    color: colorRef,
    source,
  }),
  clamp: z.strictObject({
    color: colorRef,
    leverLengthM: length,
    leverRadiusM: length,
    leverSegments: segments,
    padRadiusM: length,
    padLengthM: length,
    padAboveBlockM: length,
    padSegments: segments,
    padColor: colorRef,
    source,
  }),
  powerSource: z.strictObject({
    besideTableM: length,
    panelOffsetYM: z.number(),
    panelHeightM: length,
    source,
  }),
  trolley: z.strictObject({ parts: z.array(partSchema).min(1) }),
  hose: z.strictObject({
    fromFeederM: v3,
    toRobotBaseM: v3,
    radiusM: length,
    segments,
    color: colorRef,
    source,
  }),
  gasBottle: z.strictObject({ fromTrolleyM: v2, source }),
  fumeArm: z.strictObject({ columnFromTableCornerM: v2, hoodAbovePartM: v3, color: colorRef, source }),
  colors: colorsSchema,
});
export type CobotCellModel = z.infer<typeof cobotCellSchema>;

export const industrialCellSchema = z.strictObject({
  fence: z.strictObject({
    x0: z.number(),
    x1: z.number(),
    y0: z.number(),
    y1: z.number(),
    height: length,
    color: colorRef,
    source,
  }),
  lightCurtain: z.strictObject({
    widthM: length,
    heightM: length,
    source,
    clearFromCornersM: length,
    fenceGapM: length,
    columnSectionM: length,
    columnColor: colorRef,
    layoutSource: source,
  }),
  door: z.strictObject({ x: z.number(), y0: z.number(), y1: z.number(), height: length, source }),
  doorLeaf: z.strictObject({
    sectionM: length,
    bottomRailM: length,
    infillThicknessM: length,
    infillInsetM: length,
    infillColor: colorRef,
    handle: z.strictObject({ size: v3, inFromFreeEdgeM: length, heightM: length, color: colorRef, source }),
    source,
  }),
  interlockSwitch: z.strictObject({ size: v3, offsetM: v3, color: colorRef, source }),
  riser: z.strictObject({
    basePlate: v3,
    column: v2,
    minColumnM: length,
    color: colorRef,
    source,
  }),
  meshInfill: z.strictObject({
    thicknessM: length,
    shortOfFenceM: length,
    raisedM: length,
    color: colorRef,
    source,
  }),
  beams: z.strictObject({
    lowestM: length,
    belowTopM: length,
    pitchM: length,
    sectionM: length,
    overlapM: length,
    color: colorRef,
    source,
  }),
  torchCleaningStation: z.strictObject({ parts: z.array(partSchema).min(1) }),
  operatorPanel: z.strictObject({ parts: z.array(partSchema).min(1) }),
  colors: colorsSchema,
});
export type IndustrialCellModel = z.infer<typeof industrialCellSchema>;

export const pipeCellSchema = z.strictObject({
  defaultPipe: z.strictObject({ odMm: length, source }),
  spool: z.strictObject({
    lengthM: length,
    bevelLandM: length,
    bevelInsetM: length,
    segments,
    color: colorRef,
    bevelColor: colorRef,
    source,
  }),
  stands: z.strictObject({
    alongAxisM: z.array(z.number()).min(1),
    basePlate: v3,
    columnSectionM: length,
    columnShortM: length,
    saddle: v3,
    saddleBelowRollersM: length,
    rollerGapM: length,
    roller: z.strictObject({
      radiusM: length,
      lengthM: length,
      offsetXM: length,
      segments,
      color: colorRef,
      source,
    }),
    color: colorRef,
    source,
  }),
  controllerCart: z.strictObject({ at: v2, source, parts: z.array(partSchema).min(1) }),
  colors: colorsSchema,
});
export type PipeCellModel = z.infer<typeof pipeCellSchema>;

export const workpieceSchema = z.strictObject({
  plate: z.strictObject({ widthM: length, source }),
  overhang: z.strictObject({ m: length, source }),
  fillet: z.strictObject({ webWidthFraction: length, source }),
  lap: z.strictObject({ upperPlateWidthFraction: length, upperPlateOffsetM: length, source }),
  colors: colorsSchema,
});
export type WorkpieceModel = z.infer<typeof workpieceSchema>;

const standardMaterial = z.strictObject({
  metalness: z.number().min(0).max(1),
  roughness: z.number().min(0).max(1),
  opacity: z.number().min(0).max(1).optional(),
  source,
});
export const materialsSchema = z.strictObject({
  painted: standardMaterial,
  steel: standardMaterial,
  glass: standardMaterial,
});
export type MaterialsModel = z.infer<typeof materialsSchema>;

/** The schema of each file in assets/models/, by file name. */
export const modelSchemas = {
  'cobot-cell.json': cobotCellSchema,
  'industrial-cell.json': industrialCellSchema,
  'pipe-cell.json': pipeCellSchema,
  'shop-items.json': shopItemsSchema,
  'workpiece.json': workpieceSchema,
  'materials.json': materialsSchema,
} as const;

/** `$.a.b[2]`: the JSON path of a zod issue or a walked value. */
function jsonPath(path: readonly PropertyKey[]): string {
  return `$${path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('')}`;
}

/** JSON paths of numbers whose object (the nearest one around them) has no `source` text beside them. */
export function numbersWithoutSource(json: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, path: PropertyKey[], owner: Record<string, unknown> | null): void => {
    if (typeof v === 'number') {
      const s = owner?.['source'];
      if (typeof s !== 'string' || s.trim() === '') out.push(jsonPath(path));
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i], owner));
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      for (const [k, x] of Object.entries(o)) walk(x, [...path, k], o);
    }
  };
  walk(json, [], null);
  return out;
}

/**
 * Everything wrong with one file of assets/models/ (`name` is its file name, `text` its content): unparsable JSON,
 * no schema for the name, schema violations and numbers without a source, each as `name: $.json.path: message`.
 */
export function checkModelFile(name: string, text: string): string[] {
  const schema = (modelSchemas as Record<string, z.ZodType>)[name];
  if (schema === undefined)
    return [
      `${name}: no schema for this file (model-schema.ts modelSchemas: ${Object.keys(modelSchemas).join(', ')})`,
    ];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return [`${name}: not JSON: ${(e as Error).message}`];
  }
  const problems: string[] = [];
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    for (const issue of parsed.error.issues)
      problems.push(`${name}: ${jsonPath(issue.path)}: ${issue.message}`);
  for (const p of numbersWithoutSource(json))
    problems.push(`${name}: ${p}: a number without a sibling "source"`);
  return problems;
}
