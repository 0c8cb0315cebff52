// Reads the model data of assets/models/*.json into a PartBuilder: named colours and lists of primitives placed
// relative to an item's origin. Load time only.
import type { Colors, Part } from './model-schema.ts';
import type { PartBuilder, V3 } from './part-builder.ts';

/** The colour `key` of a model file's `colors` table, as a 0xrrggbb number. */
export function colorOf(colors: Colors, key: string): number {
  const c = colors[key];
  if (c === undefined) throw new Error(`model colour "${key}" is not in the file's colors table`);
  return Number.parseInt(c.hex.slice(1), 16);
}

/** `origin + offset`, per axis; a zero offset keeps the origin's value as it is (its sign of zero included). */
export function offsetBy(origin: V3, at: readonly number[]): V3 {
  const x = at[0]!;
  const y = at[1]!;
  const z = at[2]!;
  return [
    x === 0 ? origin[0] : origin[0] + x,
    y === 0 ? origin[1] : origin[1] + y,
    z === 0 ? origin[2] : origin[2] + z,
  ];
}

/** Adds `parts` (positions relative to `origin`) to `b`, in order. */
export function addParts(b: PartBuilder, parts: readonly Part[], origin: V3, colors: Colors): PartBuilder {
  for (const p of parts) {
    const at = offsetBy(origin, p.at);
    const color = colorOf(colors, p.color);
    if (p.kind === 'box') b.box(p.size, at, color, p.rotation);
    else if (p.kind === 'cylinder')
      b.cylinder(p.radius, p.length, at, p.axis, color, p.segments, p.radiusTop);
    else b.torus(p.radius, p.tube, at, p.axis, color, p.radial, p.tubular);
  }
  return b;
}
