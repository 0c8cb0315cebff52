// Under-actuated models (positioner, orbital carriage) reach only a subset of poses: a candidate solution is
// accepted when its FK reproduces the target within the CLI contract's accuracy (CONTRACTS.md ik: 1e-9 m, 1e-9 rad).
import { distance3, rotationDistance } from '../core/transform.ts';

/** CONTRACTS.md `ik`: every solution reproduces the pose within 1e-9 m. */
export const POSE_TOLERANCE_M = 1e-9;
/** CONTRACTS.md `ik`: every solution reproduces the pose within 1e-9 rad. */
export const POSE_TOLERANCE_RAD = 1e-9;

const pa = new Float64Array(3);
const pb = new Float64Array(3);

/** True when two Mat34 poses agree within the contract tolerances. */
export function posesMatch(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  pa[0] = a[3]!;
  pa[1] = a[7]!;
  pa[2] = a[11]!;
  pb[0] = b[3]!;
  pb[1] = b[7]!;
  pb[2] = b[11]!;
  return distance3(pa, pb) <= POSE_TOLERANCE_M && rotationDistance(a, b) <= POSE_TOLERANCE_RAD;
}
