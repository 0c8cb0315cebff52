// Seeded variation: one PRNG stream per (scenario id, seed), one draw per variable in a fixed order, so the same
// seed gives the same exercise on every machine and adding a variable later does not reshuffle the others.
import { hashString32, nextFloat, seedPrng } from '../../sim/core/prng.ts';
import type { SeededRange } from '../schema/common.ts';
import type { ScenarioSpec } from '../schema/scenario.ts';
import { VARIATION_KEYS } from '../schema/variation.ts';
import type { ScenarioWorldInit } from './sim-port.ts';

export interface SampledVariation {
  seamOffsetMm: number;
  thicknessMm: number;
  gapMm: number;
  carbonEquivalent: number;
  /** Seconds after its trigger phase starts at which each injection may fire (index = injection index). */
  injectionDelaysS: number[];
}

function draw(range: SeededRange | number | undefined, u: number, fallback: number): number {
  if (range === undefined) return fallback;
  if (typeof range === 'number') return range;
  if ('choices' in range)
    return range.choices[Math.min(range.choices.length - 1, Math.floor(u * range.choices.length))]!;
  let v = range.min + (range.max - range.min) * u;
  if (range.step) v = Math.min(range.max, Math.max(range.min, Math.round(v / range.step) * range.step));
  return Number(v.toFixed(9)); // drop float noise from the rounding so the value prints as authors expect
}

export function sampleVariation(spec: ScenarioSpec, seed: number): SampledVariation {
  const rng = seedPrng(hashString32(`${spec.id}#${seed}`));
  const u = VARIATION_KEYS.map(() => nextFloat(rng));
  const wp = spec.cell.workpiece;
  const nominal: Record<(typeof VARIATION_KEYS)[number], number> = {
    seamOffsetMm: 0,
    thicknessMm: wp.thicknessMm,
    gapMm: wp.gapMm,
    carbonEquivalent: wp.carbonEquivalent,
  };
  const v = Object.fromEntries(
    VARIATION_KEYS.map((k, i) => [k, draw(spec.variation[k], u[i]!, nominal[k])]),
  ) as Record<(typeof VARIATION_KEYS)[number], number>;
  const injectionDelaysS = spec.injections.map((inj) => draw(inj.at?.afterS, nextFloat(rng), 0));
  return { ...v, injectionDelaysS };
}

export function worldInit(spec: ScenarioSpec, seed: number, v: SampledVariation): ScenarioWorldInit {
  const wp = spec.cell.workpiece;
  const init: ScenarioWorldInit = {
    seed,
    family: spec.robotFamily,
    robotId: spec.cell.robot,
    process: spec.cell.process,
    workpiece: {
      material: wp.material,
      thicknessMm: v.thicknessMm,
      joint: wp.joint,
      position: wp.position,
      gapMm: v.gapMm,
      carbonEquivalent: v.carbonEquivalent,
      seamOffsetMm: v.seamOffsetMm,
      ...(wp.lengthMm !== undefined ? { lengthMm: wp.lengthMm } : {}),
      ...(wp.pipeOdMm !== undefined ? { pipeOdMm: wp.pipeOdMm } : {}),
    },
    weld: spec.start.weld ?? {},
    maintenance: spec.start.maintenance ?? {},
  };
  if (spec.cell.positioner !== undefined) init.positionerId = spec.cell.positioner;
  return init;
}
