// Reusable shop-floor items added to a PartBuilder in sim world coordinates (Z up, metres, true scale). Their sizes
// and colours, each with its source, are in assets/models/shop-items.json.
import type { ShopItemsModel } from '../../models/model-schema.ts';
import type { PartBuilder, V3 } from '../../models/part-builder.ts';
import { addParts, colorOf } from '../../models/parts.ts';
import data from '../../../../assets/models/shop-items.json';

// JSON infers arrays, not tuples: the schema's type is asserted here and checked by tests/app/asset-models.test.ts.
const model = data as unknown as ShopItemsModel;

/** 50 L cylinder with a regulator and flow gauge, standing on the floor at (x, y). */
export function gasBottle(b: PartBuilder, x: number, y: number): void {
  addParts(b, model.gasBottle.parts, [x, y, 0], model.colors);
}

/** A fixed guard fence panel between two posts, mesh infill drawn translucent elsewhere. */
export function fencePosts(b: PartBuilder, from: V3, to: V3, height: number, color: number): void {
  const f = model.fence;
  const s = f.postSectionM;
  b.box([s, s, height], [from[0], from[1], height / 2], color).box(
    [s, s, height],
    [to[0], to[1], height / 2],
    color,
  );
  const top = height - f.topRailBelowTopM;
  b.tube([from[0], from[1], top], [to[0], to[1], top], f.railRadiusM, color, f.railSegments);
  b.tube(
    [from[0], from[1], f.lowRailHeightM],
    [to[0], to[1], f.lowRailHeightM],
    f.railRadiusM,
    color,
    f.railSegments,
  );
}

/** Articulated fume-extraction arm from a wall/column mount to a hood over `hood`. */
export function fumeArm(b: PartBuilder, column: V3, hood: V3, color: number): void {
  const a = model.fumeArm;
  const [cx, cy] = column;
  const h = a.columnHeightM;
  const top: V3 = [cx, cy, h];
  const elbow: V3 = [(cx + hood[0]) / 2, (cy + hood[1]) / 2, hood[2] + a.elbowAboveHoodM];
  b.box([a.columnSectionM, a.columnSectionM, h], [cx, cy, h / 2], colorOf(model.colors, a.columnColor))
    .tube(top, elbow, a.armRadiusM, color, a.armSegments)
    .sphere(a.elbowRadiusM, elbow, color, a.elbowSegments)
    .tube(elbow, [hood[0], hood[1], hood[2] + a.armEndAboveHoodM], a.armRadiusM, color, a.armSegments)
    .cylinder(
      a.hoodRadiusM,
      a.hoodLengthM,
      [hood[0], hood[1], hood[2]],
      'z',
      color,
      a.hoodSegments,
      a.hoodTopRadiusM,
    );
}
