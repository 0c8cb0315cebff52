// Singularity checks for the motion layer (domain §1.6): a linear move through one needs a branch change and
// fails with a singularity / configuration alarm, a training fault worth showing before it happens.
import type { RobotModel, SingularityKind } from './types.ts';
import { degToRad, deg } from '../core/units.ts';
import { sin } from '../core/fmath.ts';

export interface SingularityTolerances {
  /** |sin θ5| below this = wrist singular. @default sin 5° */
  wrist: number;
  /** Wrist point closer than this (m) to the J1 axis plane = shoulder singular. @default 0.05 */
  shoulder: number;
  /** |sin| of the elbow angle below this = elbow stretched or folded. @default sin 5° */
  elbow: number;
}

// [stated choice] UR and FANUC publish no numeric singularity thresholds; 5° and 50 mm are our warning zones.
export const DEFAULT_SINGULARITY_TOLERANCES: SingularityTolerances = {
  wrist: sin(degToRad(deg(5))),
  shoulder: 0.05,
  elbow: sin(degToRad(deg(5))),
};

const distances = new Float64Array(3);

/** Writes [wrist, shoulder, elbow] distances into `out`; all Infinity for models without singular joints. */
export function singularityDistances(
  model: RobotModel,
  q: ArrayLike<number>,
  out: Float64Array,
): Float64Array {
  if (model.singularityDistances) return model.singularityDistances(q, out);
  out[0] = out[1] = out[2] = Infinity;
  return out;
}

/**
 * The singularity q is nearest to, relative to its tolerance, or null when q is clear of all of them.
 * Order of precedence on ties: wrist, shoulder, elbow.
 */
export function singularityKind(
  model: RobotModel,
  q: ArrayLike<number>,
  tolerances: SingularityTolerances = DEFAULT_SINGULARITY_TOLERANCES,
): SingularityKind | null {
  singularityDistances(model, q, distances);
  const w = distances[0]! / tolerances.wrist;
  const s = distances[1]! / tolerances.shoulder;
  const e = distances[2]! / tolerances.elbow;
  const worst = Math.min(w, s, e);
  if (!(worst < 1)) return null;
  return worst === w ? 'wrist' : worst === s ? 'shoulder' : 'elbow';
}

/** Smallest distance-to-tolerance ratio (< 1 = inside a singular zone; Infinity when the model has none). */
export function singularityMeasure(
  model: RobotModel,
  q: ArrayLike<number>,
  tolerances: SingularityTolerances = DEFAULT_SINGULARITY_TOLERANCES,
): number {
  singularityDistances(model, q, distances);
  return Math.min(
    distances[0]! / tolerances.wrist,
    distances[1]! / tolerances.shoulder,
    distances[2]! / tolerances.elbow,
  );
}
