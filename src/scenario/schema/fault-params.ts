// Parameters each injectable fault takes (src/sim/faults/faults-state.ts FaultSpec), for positioned checks of
// `injections[].params`: unknown names, wrong types, values outside the range the twin models.
import type { FaultId, FaultSpec } from '../../sim/faults/index.ts';

export type ParamSpec =
  | { kind: 'number'; min: number; max: number; required?: boolean }
  | { kind: 'choice'; values: readonly string[]; required?: boolean }
  | { kind: 'vec3'; min: number; max: number };

const num = (min: number, max: number): ParamSpec => ({ kind: 'number', min, max });
const vec3 = (min: number, max: number): ParamSpec => ({ kind: 'vec3', min, max });

type ParamsOf<F extends FaultId> = Exclude<keyof Extract<FaultSpec, { fault: F }>, 'fault'>;

export const FAULT_PARAMS: { [F in FaultId]: Record<ParamsOf<F>, ParamSpec> } = {
  'contact-tip-wear': { tipAgeArcMin: num(0, 10_000) },
  'wire-feed-slip': { driveRollTension: num(0, 5) }, // the sim's 0–5 dial
  'bird-nest': {},
  'gas-supply-loss': {
    cause: { kind: 'choice', values: ['valve-closed', 'cylinder-empty', 'leak'], required: true },
    location: { kind: 'choice', values: ['regulator', 'hose', 'torch-connection'] },
  },
  'nozzle-spatter': { spatter: num(0, 1) }, // fraction of the bore closed
  'wire-stick': { burnbackMs: num(0, 500) },
  'tcp-drift': { offsetMm: vec3(-20, 20) },
  'earth-clamp-loose': {},
  'seam-variation': { systematicOffsetMm: vec3(-20, 20), randomAmplitudeMm: num(0, 20) },
  'carriage-slip': { slipFraction: num(0, 0.5) },
};
