// Reusable shop-floor items added to a PartBuilder in sim world coordinates (Z up, metres, true scale).
import type { PartBuilder, V3 } from '../../models/part-builder.ts';

const GAS_BODY = 0x6f757b;
// EN 1089-3 colour code: argon/CO2 mixtures carry a bright green shoulder.
const GAS_SHOULDER_AR_CO2 = 0x2e9e4f;
const BRASS = 0xb58f3a;
const DARK = 0x25292e;

/** 50 L cylinder (Ø 229 mm, ~1.45 m with valve) with a regulator and flow gauge. */
export function gasBottle(b: PartBuilder, x: number, y: number): void {
  b.cylinder(0.115, 1.25, [x, y, 0.625], 'z', GAS_BODY, 24)
    .cylinder(0.115, 0.12, [x, y, 1.31], 'z', GAS_SHOULDER_AR_CO2, 24, 0.06)
    .cylinder(0.03, 0.08, [x, y, 1.41], 'z', BRASS, 12)
    .cylinder(0.035, 0.03, [x, y - 0.05, 1.44], 'y', BRASS, 14)
    .cylinder(0.02, 0.09, [x, y, 1.47], 'z', BRASS, 10)
    // Bottle chain/bracket.
    .torus(0.12, 0.006, [x, y, 1.05], 'z', DARK, 6, 24);
}

/** A fixed guard fence panel of width w between two posts, mesh infill drawn translucent elsewhere. */
export function fencePosts(b: PartBuilder, from: V3, to: V3, height: number, color: number): void {
  b.box([0.05, 0.05, height], [from[0], from[1], height / 2], color).box(
    [0.05, 0.05, height],
    [to[0], to[1], height / 2],
    color,
  );
  b.tube([from[0], from[1], height - 0.025], [to[0], to[1], height - 0.025], 0.02, color, 6);
  b.tube([from[0], from[1], 0.2], [to[0], to[1], 0.2], 0.02, color, 6);
}

/** Articulated fume-extraction arm from a wall/column mount to a hood over `hood`. */
export function fumeArm(b: PartBuilder, column: V3, hood: V3, color: number): void {
  const [cx, cy] = column;
  const top: V3 = [cx, cy, 2.1];
  const elbow: V3 = [(cx + hood[0]) / 2, (cy + hood[1]) / 2, hood[2] + 0.55];
  b.box([0.12, 0.12, 2.1], [cx, cy, 1.05], 0x59606a)
    .tube(top, elbow, 0.055, color, 16)
    .sphere(0.07, elbow, color, 12)
    .tube(elbow, [hood[0], hood[1], hood[2] + 0.1], 0.055, color, 16)
    .cylinder(0.16, 0.12, [hood[0], hood[1], hood[2]], 'z', color, 24, 0.06);
}
