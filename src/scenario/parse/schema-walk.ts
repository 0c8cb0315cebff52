// Find the zod schema that validates a given data path, to list the keys or values allowed there
// (zod's own issues say a key is unknown, not which keys would be right).
import type { z } from 'zod';

type AnyDef = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: readonly z.ZodType[];
  discriminator?: string;
  valueType?: z.ZodType;
  items?: readonly z.ZodType[];
  in?: z.ZodType;
  values?: readonly unknown[];
  entries?: Record<string, unknown>;
};

const defOf = (s: z.ZodType): AnyDef => (s as unknown as { _zod: { def: AnyDef } })._zod.def;

/** Strip optional/default/nullable/pipe wrappers. */
function unwrap(s: z.ZodType): z.ZodType {
  for (let i = 0; i < 10; i++) {
    const d = defOf(s);
    if (
      (d.type === 'optional' || d.type === 'default' || d.type === 'nullable' || d.type === 'prefault') &&
      d.innerType
    )
      s = d.innerType;
    else if (d.type === 'pipe' && d.in) s = d.in;
    else break;
  }
  return s;
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** For a union, the member that best fits `data` (by discriminator, else by shared keys). */
function pickOption(d: AnyDef, data: unknown): z.ZodType | undefined {
  const options = d.options ?? [];
  if (d.discriminator && isObj(data)) {
    const disc = data[d.discriminator];
    for (const o of options) {
      const shape = defOf(unwrap(o)).shape;
      const lit = shape?.[d.discriminator];
      if (lit && (defOf(lit).values ?? []).includes(disc)) return o;
    }
    return undefined;
  }
  let best: z.ZodType | undefined;
  let bestScore = -1;
  for (const o of options) {
    const od = defOf(unwrap(o));
    let score = -1;
    if (od.type === 'object' && isObj(data))
      score = Object.keys(data).filter((k) => od.shape && k in od.shape).length + 1;
    else if (od.type === 'array' && Array.isArray(data)) score = 1;
    if (score > bestScore) {
      bestScore = score;
      best = o;
    }
  }
  return best;
}

/** The schema at `path` below `root`, given the data being validated. */
export function schemaAt(
  root: z.ZodType,
  path: ReadonlyArray<PropertyKey>,
  data: unknown,
): z.ZodType | undefined {
  let s: z.ZodType | undefined = root;
  let v: unknown = data;
  for (const seg of path) {
    if (!s) return undefined;
    s = resolveUnion(unwrap(s), v);
    if (!s) return undefined;
    const d = defOf(s);
    if (d.type === 'object') s = d.shape?.[String(seg)];
    else if (d.type === 'array') s = d.element;
    else if (d.type === 'record') s = d.valueType;
    else if (d.type === 'tuple') s = d.items?.[Number(seg)];
    else return undefined;
    v = isObj(v) || Array.isArray(v) ? (v as Record<string, unknown>)[String(seg)] : undefined;
  }
  return s ? resolveUnion(unwrap(s), v) : undefined;
}

function resolveUnion(s: z.ZodType, data: unknown): z.ZodType | undefined {
  for (let i = 0; i < 5; i++) {
    const d = defOf(s);
    if (d.type !== 'union') return s;
    const o = pickOption(d, data);
    if (!o) return undefined;
    s = unwrap(o);
  }
  return s;
}

/** Keys an object schema accepts, or undefined when the schema there is not an object. */
export function allowedKeys(s: z.ZodType | undefined): string[] | undefined {
  if (!s) return undefined;
  const d = defOf(unwrap(s));
  return d.type === 'object' && d.shape ? Object.keys(d.shape) : undefined;
}

/** Numeric bounds of a number schema (`min`/`max` checks), for "allowed: 0–100" hints. */
export function numberBounds(s: z.ZodType | undefined): { min?: number; max?: number } {
  if (!s) return {};
  const inner = unwrap(s) as unknown as { minValue?: number | null; maxValue?: number | null };
  const out: { min?: number; max?: number } = {};
  if (typeof inner.minValue === 'number' && Number.isFinite(inner.minValue)) out.min = inner.minValue;
  if (typeof inner.maxValue === 'number' && Number.isFinite(inner.maxValue)) out.max = inner.maxValue;
  return out;
}
