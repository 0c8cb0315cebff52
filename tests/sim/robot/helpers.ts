// Shared checks for the robot tests: pose agreement, joint limits, seeded random joints.
import type { Matrix4 } from 'three';
import type { RobotModel } from '../../../src/sim/robot/index.ts';
import { distance3, mat34, rotationDistance } from '../../../src/sim/core/transform.ts';
import type { PrngState } from '../../../src/sim/core/prng.ts';
import { nextRange } from '../../../src/sim/core/prng.ts';

/** Row-major Mat34 from a three.js Matrix4 (column-major elements). */
export function fromMatrix4(m: Matrix4): Float64Array {
  const e = m.elements;
  const out = mat34();
  for (let r = 0; r < 3; r++) for (let c = 0; c < 4; c++) out[r * 4 + c] = e[c * 4 + r]!;
  return out;
}

export function positionError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return distance3([a[3]!, a[7]!, a[11]!], [b[3]!, b[7]!, b[11]!]);
}

export function rotationError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  return rotationDistance(a, b);
}

/** Largest element-wise difference of two Mat34. */
export function maxElementError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let e = 0;
  for (let i = 0; i < 12; i++) e = Math.max(e, Math.abs(a[i]! - b[i]!));
  return e;
}

const distances = new Float64Array(3);

/** Within 1e-6 (|sin| or m) of a wrist, shoulder or elbow singularity. */
export function nearSingular(model: RobotModel, q: ArrayLike<number>): boolean {
  if (!model.singularityDistances) return false;
  model.singularityDistances(q, distances);
  return distances[0]! < 1e-6 || distances[1]! < 1e-6 || distances[2]! < 1e-6;
}

/** Random joints inside the model's limits (revolute joints also clipped to ±range). */
export function randomJoints(model: RobotModel, st: PrngState, range = Infinity): number[] {
  return model.jointLimits.map(([lo, hi]) => nextRange(st, Math.max(lo, -range), Math.min(hi, range)));
}

export function withinLimits(model: RobotModel, q: ArrayLike<number>): boolean {
  for (let j = 0; j < model.dof; j++) {
    const [lo, hi] = model.jointLimits[j]!;
    if (!(q[j]! >= lo && q[j]! <= hi)) return false;
  }
  return true;
}

/** Smallest joint-space distance (mod 2π for revolute joints) between q and any of the solutions. */
export function distanceToNearest(
  model: RobotModel,
  sols: Float64Array,
  n: number,
  q: ArrayLike<number>,
): number {
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    let d = 0;
    for (let j = 0; j < model.dof; j++) {
      const diff = sols[i * model.dof + j]! - q[j]!;
      const e =
        model.jointTypes?.[j] === 'prismatic'
          ? Math.abs(diff)
          : Math.abs(Math.atan2(Math.sin(diff), Math.cos(diff)));
      d = Math.max(d, e);
    }
    best = Math.min(best, d);
  }
  return best;
}

/** IK of FK(q): solution count, worst pose error, whether all are inside the limits and q is among them. */
export function checkRoundTrip(
  model: RobotModel,
  q: ArrayLike<number>,
): {
  count: number;
  worstPosition: number;
  worstRotation: number;
  foundOriginal: boolean;
  allInLimits: boolean;
} {
  const pose = mat34();
  const back = mat34();
  const sols = new Float64Array(48);
  model.fk(q, pose);
  const count = model.ik(pose, sols);
  let worstPosition = 0;
  let worstRotation = 0;
  let allInLimits = true;
  for (let i = 0; i < count; i++) {
    const s = sols.subarray(i * model.dof, (i + 1) * model.dof);
    if (!withinLimits(model, s)) allInLimits = false;
    model.fk(s, back);
    worstPosition = Math.max(worstPosition, positionError(pose, back));
    worstRotation = Math.max(worstRotation, rotationError(pose, back));
  }
  // On a singularity the original is one of a continuum: the hint (current joints) picks it. Within ~1e-6 of a
  // singularity the split between the coupled joints is ill-conditioned (the pose still matches), so only
  // configurations clear of them must come back exactly.
  const hinted = model.ik(pose, sols, q);
  const foundOriginal = distanceToNearest(model, sols, hinted, q) < 1e-6 || nearSingular(model, q);
  return { count, worstPosition, worstRotation, foundOriginal, allInLimits };
}
