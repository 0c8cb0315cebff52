// Argument generators for the fmath tests (Node accuracy test and the Chromium cross-engine test): seeded, so every
// run and every engine sees the same arguments. Doubles are built from random bits (exponent and mantissa), which
// spreads them logarithmically and covers subnormals and the full mantissa.
import * as fm from '../../../src/sim/core/fmath.ts';

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
F64[0] = 1;
const HI = U32[1] === 0x3ff00000 ? 1 : 0;
const LO = 1 - HI;

/** The 64 bits of x as 16 hex digits (sign first). */
export function hex(x: number): string {
  F64[0] = x;
  return U32[HI]!.toString(16).padStart(8, '0') + U32[LO]!.toString(16).padStart(8, '0');
}

/** The double whose bits are these 16 hex digits. */
export function fromHex(h: string): number {
  U32[HI] = parseInt(h.slice(0, 8), 16);
  U32[LO] = parseInt(h.slice(8), 16);
  return F64[0]!;
}

/** Distance in units in the last place between two doubles (0 for two NaNs; +0 and -0 are 1 apart). */
export function ulpDistance(a: number, b: number): number {
  if (a !== a || b !== b) return a !== a && b !== b ? 0 : Infinity;
  F64[0] = a;
  const ha = U32[HI]!;
  const la = U32[LO]!;
  F64[0] = b;
  const hb = U32[HI]!;
  const lb = U32[LO]!;
  const sa = ha >>> 31;
  const sb = hb >>> 31;
  const ma = (ha & 0x7fffffff) * 4294967296 + la; // magnitude order (exact while the difference is small)
  const mb = (hb & 0x7fffffff) * 4294967296 + lb;
  if (sa === sb) return sa === 0 && ha === hb ? Math.abs(la - lb) : Math.abs(ma - mb);
  return ma + mb + 1; // across zero: -0 and +0 are one step apart
}

/** sfc32 seeded by splitmix32 (Chris Doty-Humphrey's small fast counting generator). */
export function rng(seed: number): () => number {
  let x = seed >>> 0;
  const next = () => {
    x = (x + 0x9e3779b9) | 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let a = next(),
    b = next(),
    c = next(),
    d = next();
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
}

export class Gen {
  private readonly u32: () => number;
  constructor(seed: number) {
    this.u32 = rng(seed);
  }
  /** Uniform in [0, 1) with 53 random bits. */
  unit(): number {
    return ((this.u32() >>> 5) * 67108864 + (this.u32() >>> 6)) / 9007199254740992;
  }
  uniform(a: number, b: number): number {
    return a + (b - a) * this.unit();
  }
  int(a: number, b: number): number {
    return a + Math.floor(this.unit() * (b - a + 1));
  }
  sign(): number {
    return this.u32() & 1 ? -1 : 1;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[this.int(0, xs.length - 1)]!;
  }
  /** Positive double with a uniformly random binary exponent in [e0, e1] and random mantissa (e0 < -1022: subnormal). */
  bits(e0: number, e1: number): number {
    const e = this.int(e0, e1);
    const mantHi = this.u32() & 0xfffff;
    const lo = this.u32();
    if (e < -1022) {
      // subnormal: exponent field 0, a mantissa of about 1074+e bits
      const shift = Math.min(52, -1022 - e);
      U32[HI] = mantHi;
      U32[LO] = lo;
      return F64[0]! / 2 ** shift || 5e-324;
    }
    U32[HI] = ((e + 1023) << 20) | mantHi;
    U32[LO] = lo;
    return F64[0]!;
  }
  signedBits(e0: number, e1: number): number {
    return this.sign() * this.bits(e0, e1);
  }
  /** Choose one branch by weight. */
  mix(parts: Array<[number, () => number]>): number {
    let r = this.unit() * parts.reduce((s, p) => s + p[0], 0);
    for (const [w, f] of parts) {
      if ((r -= w) < 0) return f();
    }
    return parts[parts.length - 1]![1]();
  }
}

const PIO2 = Math.PI / 2;

/** Near a multiple of pi/2: k*pi/2 rounded, then nudged by a few ulps or by a tiny offset. */
function nearPio2(g: Gen): number {
  const k = g.sign() * Math.floor(2 ** g.uniform(0, 21));
  const base = k * PIO2;
  return g.mix([
    [1, () => base],
    [1, () => base + g.int(-8, 8) * 2 ** (Math.floor(Math.log2(Math.abs(base) || 1)) - 52)],
    [1, () => base + g.signedBits(-60, -20)],
  ]);
}

export interface FnCase {
  name: string;
  arity: 1 | 2 | 3;
  ours: (a: number, b: number, c: number) => number;
  node: (a: number, b: number, c: number) => number;
  /** One random argument tuple of this function's test domains. */
  args: (g: Gen) => [number, number, number];
}

const one = (x: number): [number, number, number] => [x, 0, 0];

export const CASES: FnCase[] = [
  ...(['sin', 'cos', 'tan'] as const).map((name): FnCase => ({
    name,
    arity: 1,
    ours: fm[name],
    node: Math[name],
    args: (g) =>
      one(
        g.mix([
          [30, () => g.signedBits(-30, 2)],
          [5, () => g.uniform(-Math.PI, Math.PI)],
          [20, () => nearPio2(g)],
          [20, () => g.signedBits(2, 20)],
          [15, () => g.signedBits(20, 1023)],
          [10, () => g.signedBits(-1074, -30)],
        ]),
      ),
  })),
  ...(['asin', 'acos'] as const).map((name): FnCase => ({
    name,
    arity: 1,
    ours: fm[name],
    node: Math[name],
    args: (g) =>
      one(
        g.mix([
          [40, () => g.uniform(-1, 1)],
          [30, () => g.sign() * (1 - g.bits(-53, -1))],
          [10, () => g.signedBits(-1074, -20)],
          [10, () => g.sign() * g.uniform(0.45, 0.55)],
          [10, () => g.sign() * g.uniform(0.97, 0.98)],
        ]),
      ),
  })),
  {
    name: 'atan',
    arity: 1,
    ours: fm.atan,
    node: Math.atan,
    args: (g) =>
      one(
        g.mix([
          [50, () => g.signedBits(-1074, 1023)],
          [50, () => g.signedBits(-5, 5)],
        ]),
      ),
  },
  {
    name: 'atan2',
    arity: 2,
    ours: fm.atan2,
    node: Math.atan2,
    args: (g) => {
      const kind = g.int(0, 99);
      if (kind < 50) return [g.signedBits(-20, 20), g.signedBits(-20, 20), 0];
      if (kind < 80) return [g.signedBits(-1074, 1023), g.signedBits(-1074, 1023), 0];
      const x = g.signedBits(-10, 10); // nearly on an axis: |y/x| from 2^-70 to 2^70
      return [x * g.signedBits(-70, 70), x, 0];
    },
  },
  {
    name: 'exp',
    arity: 1,
    ours: fm.exp,
    node: Math.exp,
    args: (g) =>
      one(
        g.mix([
          [40, () => g.uniform(-745.2, 709.8)],
          [30, () => g.uniform(-1, 1)],
          [20, () => g.signedBits(-60, -1)],
          [5, () => g.uniform(-745.2, -708)],
          [5, () => g.pick([0.5, 1.5]) * Math.LN2 * g.sign() * (1 + g.int(-4, 4) * 2 ** -52)],
        ]),
      ),
  },
  {
    name: 'log',
    arity: 1,
    ours: fm.log,
    node: Math.log,
    args: (g) =>
      one(
        g.mix([
          [40, () => g.bits(-1022, 1023)],
          [10, () => g.bits(-1074, -1023)],
          [40, () => 1 + g.signedBits(-53, -1)],
          [10, () => g.uniform(0.6, 1.6)],
        ]),
      ),
  },
  {
    name: 'pow',
    arity: 2,
    ours: fm.pow,
    node: Math.pow,
    args: (g) => {
      const kind = g.int(0, 99);
      if (kind < 30) return [g.bits(-10, 10), g.uniform(-40, 40), 0];
      if (kind < 50) return [1 + g.signedBits(-53, -10), g.signedBits(0, 62), 0];
      if (kind < 65) return [-g.bits(-5, 5), g.int(-60, 60), 0];
      if (kind < 75) return [g.int(2, 1000), g.int(0, 30), 0];
      if (kind < 85) {
        const x = g.uniform(0.5, 0.99);
        return [x, g.uniform(-1080, -1000) / Math.log2(x), 0]; // results around 2^-1080..2^-1000 (subnormal)
      }
      return [g.bits(-1074, 1023), g.uniform(-2, 2), 0];
    },
  },
  {
    name: 'hypot',
    arity: 2,
    ours: fm.hypot,
    node: Math.hypot,
    args: (g) => {
      const kind = g.int(0, 99);
      if (kind < 50) return [g.signedBits(-20, 20), g.signedBits(-20, 20), 0];
      if (kind < 70) return [g.signedBits(-1074, 1023), g.signedBits(-1074, 1023), 0];
      const x = g.signedBits(-30, 30);
      if (kind < 90) return [x, g.sign() * x * g.uniform(0.5, 2), 0];
      return [x, x * g.signedBits(-70, -20), 0];
    },
  },
  {
    name: 'hypot3',
    arity: 3,
    ours: fm.hypot3,
    node: (a, b, c) => Math.hypot(a, b, c),
    args: (g) =>
      g.unit() < 0.7
        ? [g.signedBits(-20, 20), g.signedBits(-20, 20), g.signedBits(-20, 20)]
        : [g.signedBits(-1074, 1023), g.signedBits(-1074, 1023), g.signedBits(-1074, 1023)],
  },
];

/** Special values every function is also evaluated at (all pairs for the two-argument functions). */
export const SPECIALS = [
  0,
  -0,
  Infinity,
  -Infinity,
  NaN,
  1,
  -1,
  0.5,
  -0.5,
  2,
  -2,
  3,
  -8,
  1 / 3,
  5e-324,
  -5e-324,
  2.2250738585072014e-308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Math.PI,
  -Math.PI,
  Math.PI / 2,
  Math.PI / 4,
  1e300,
  1e-300,
];

/** A fixed list of argument tuples per function (the special values, then seeded random ones). */
export function fixedArgs(c: FnCase, count: number, seed: number): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  if (c.arity === 1) for (const x of SPECIALS) out.push([x, 0, 0]);
  else for (const x of SPECIALS) for (const y of SPECIALS) out.push([x, y, c.arity === 3 ? x : 0]);
  const g = new Gen(seed);
  while (out.length < count) out.push(c.args(g));
  return out;
}

/** FNV-1a (64-bit, in two 32-bit halves) over the result bits of `c` on `args`: a fingerprint of the port. */
export function digest(c: FnCase, args: Array<[number, number, number]>): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const [a, b, d] of args) {
    const s = hex(c.ours(a, b, d));
    for (let i = 0; i < s.length; i++) {
      h1 = Math.imul(h1 ^ s.charCodeAt(i), 0x01000193);
      h2 = Math.imul(h2 ^ s.charCodeAt(i), 0x5bd1e995) ^ (h2 >>> 15);
    }
  }
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
