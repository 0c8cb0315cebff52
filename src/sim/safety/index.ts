// Public face of the safety layer: collaborative-operation rules, stops, the per-step monitor.
export * from './geometry.ts';
export * from './separation-distance.ts';
export * from './light-curtain.ts';
export * from './body-regions.ts';
export * from './stopping.ts';
export * from './rules.ts';
export * from './safety-config.ts';
export * from './safety-state.ts';
export * from './enabling-device.ts';
export * from './motion-arbiter.ts';
export * from './safety-events.ts';
export * from './hot-part.ts';
export * from './arc-hazards.ts';
export * from './step-safety.ts';
