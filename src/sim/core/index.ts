export * from './units.ts';
export * from './prng.ts';
export * from './hash.ts';
export * from './clock.ts';
export * from './transform.ts';
export * from './fmath.ts';
