// Seeded PRNG whose whole state is four uint32 kept in the world state (boardgame.io style), so replays are exact.
// Algorithm: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, PractRand-tested), seeded via splitmix32.

import { cos, log } from './fmath.ts';
export type PrngState = [number, number, number, number];

function splitmix32(x: number): [number, number] {
  x = (x + 0x9e3779b9) | 0;
  let z = x;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return [x, (z ^ (z >>> 16)) >>> 0];
}

/** Create a generator state from any integer seed (or a string, hashed). */
export function seedPrng(seed: number | string): PrngState {
  let x = typeof seed === 'string' ? hashString32(seed) : seed >>> 0;
  const out: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [nx, v] = splitmix32(x);
    x = nx;
    out.push(v);
  }
  const st = out as PrngState;
  for (let i = 0; i < 12; i++) nextU32(st); // discard the warm-up outputs
  return st;
}

/** Next uint32; advances `st` in place. */
export function nextU32(st: PrngState): number {
  const a = st[0] | 0,
    b = st[1] | 0,
    c = st[2] | 0,
    d = st[3] | 0;
  const t = (((a + b) | 0) + d) | 0;
  st[3] = (d + 1) >>> 0;
  st[0] = (b ^ (b >>> 9)) >>> 0;
  st[1] = (c + (c << 3)) >>> 0;
  const c2 = (c << 21) | (c >>> 11);
  st[2] = ((c2 + t) | 0) >>> 0;
  return t >>> 0;
}

/** Uniform float in [0, 1). */
export function nextFloat(st: PrngState): number {
  return nextU32(st) / 4294967296;
}

/** Uniform float in [min, max). */
export function nextRange(st: PrngState, min: number, max: number): number {
  return min + (max - min) * nextFloat(st);
}

/** Uniform integer in [min, max] inclusive. */
export function nextInt(st: PrngState, min: number, max: number): number {
  return min + Math.floor(nextFloat(st) * (max - min + 1));
}

/** Approximately normal N(0,1) (Box–Muller; uses two draws). */
export function nextGaussian(st: PrngState): number {
  const u1 = Math.max(nextFloat(st), 1e-12);
  const u2 = nextFloat(st);
  return Math.sqrt(-2 * log(u1)) * cos(2 * Math.PI * u2);
}

export function hashString32(text: string): number {
  let h = 0x811c9dc5; // FNV-1a 32-bit offset basis
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193); // FNV-1a 32-bit prime
  }
  return h >>> 0;
}
