// Stable hash of plain data: canonical JSON (sorted keys, shortest round-trip numbers) hashed to 64 bits.
// Numbers print with JS's shortest round-trip form, so two states hash equal iff they are bit-identical.

export function canonicalJson(value: unknown): string {
  return stringify(value);
}

function stringify(v: unknown): string {
  if (v === null) return 'null';
  switch (typeof v) {
    case 'number':
      if (Number.isNaN(v)) return '"NaN"';
      if (!Number.isFinite(v)) return v > 0 ? '"Infinity"' : '"-Infinity"';
      return Object.is(v, -0) ? '-0' : String(v);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'string':
      return JSON.stringify(v);
    case 'undefined':
      return 'null';
    case 'object': {
      if (Array.isArray(v) || ArrayBuffer.isView(v)) {
        const arr = v as ArrayLike<unknown>;
        let out = '[';
        for (let i = 0; i < arr.length; i++) out += (i ? ',' : '') + stringify(arr[i]);
        return out + ']';
      }
      const obj = v as Record<string, unknown>;
      const keys = Object.keys(obj)
        .filter((k) => obj[k] !== undefined)
        .sort();
      let out = '{';
      keys.forEach((k, i) => {
        out += (i ? ',' : '') + JSON.stringify(k) + ':' + stringify(obj[k]);
      });
      return out + '}';
    }
    default:
      throw new TypeError(`cannot hash a ${typeof v}`);
  }
}

/** 64-bit hash (two independent 32-bit lanes of a murmur3-style mix) as 16 hex digits. */
export function hashString64(text: string): string {
  let h1 = 0xdeadbeef ^ text.length;
  let h2 = 0x41c6ce57 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h2 >>> 0).toString(16).padStart(8, '0') + (h1 >>> 0).toString(16).padStart(8, '0');
}

export function hashState(value: unknown): string {
  return hashString64(canonicalJson(value));
}
