// V8 keeps a plain array of numbers unboxed (PACKED_DOUBLE / PACKED_SMI elements) only while nothing has
// turned it into a generic array. structuredClone returns generic, holey arrays (HOLEY_ELEMENTS: every double
// boxed on the heap), and once such arrays and unboxed ones meet at the same element access in optimised code,
// V8 generalises the unboxed ones too — after which every per-step write of a pose or a joint value allocates.
// So the world re-packs the number arrays of the data it clones: same values (bit for bit), same shape.

/** Replace, in place, every array of numbers inside plain data `root` by an unboxed copy; returns `root`. */
export function packNumberArrays<T>(root: T): T {
  pack(root, new Map());
  return root;
}

function pack(v: unknown, done: Map<unknown, unknown>): unknown {
  if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v)) return v;
  const seen = done.get(v);
  if (seen !== undefined) return seen;
  if (Array.isArray(v)) {
    if (v.length > 0 && allNumbers(v)) {
      // Array.from over a Float64Array copies the numbers exactly (−0 and NaN included) into a packed array.
      const copy = Array.from(Float64Array.from(v as number[]));
      done.set(v, copy);
      return copy;
    }
    done.set(v, v);
    for (let i = 0; i < v.length; i++) v[i] = pack(v[i], done);
    return v;
  }
  done.set(v, v);
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const x = o[k];
    if (x !== null && typeof x === 'object') {
      const p = pack(x, done);
      if (p !== x) o[k] = p;
    }
  }
  return v;
}

/** Every slot holds a number (a hole reads as undefined, so holey arrays are left alone). */
function allNumbers(a: unknown[]): boolean {
  for (let i = 0; i < a.length; i++) if (typeof a[i] !== 'number') return false;
  return true;
}
