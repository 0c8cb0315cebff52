// Following a Cartesian path through the analytic IK: pick, among up to 8 solutions, the one the arm reaches
// soonest from where it is (per joint the nearest 2π-equivalent; time-weighted by each joint's max speed),
// and tell apart "unreachable", "the continuous branch runs into a joint limit" and "ok".
import type { RobotModel } from '../robot/index.ts';

export const FOLLOW_OK = 0;
export const FOLLOW_UNREACHABLE = 1;
export const FOLLOW_JOINT_LIMIT = 2;

/** Largest joint count the scratch buffers hold (RobotModel.ik writes up to 8 solutions of dof joints). */
const MAX_DOF = 8;
const solutions = new Float64Array(8 * MAX_DOF);
/** The fast path's single solution and its rival (joint, value) pairs. */
const single = new Float64Array(MAX_DOF);
const rivals = new Float64Array(2 * MAX_DOF);
const TWO_PI = 2 * Math.PI;

/** Joint that hit its limit in the last FOLLOW_JOINT_LIMIT answer. */
export let lastLimitJoint = -1;

/**
 * Joints for a flange pose nearest `current`, written into `out`. Returns FOLLOW_OK, FOLLOW_UNREACHABLE (no IK
 * solution; `out` untouched) or FOLLOW_JOINT_LIMIT (the nearest solution needs a joint beyond its limit, i.e. the
 * arm would have to unwind; `out` gets that solution, `lastLimitJoint` names the joint).
 */
export function followIk(
  robot: RobotModel,
  flangePose: ArrayLike<number>,
  current: ArrayLike<number>,
  out: number[] | Float64Array,
): number {
  const dof = robot.dof;
  const types = robot.jointTypes;
  const vmax = robot.maxJointSpeed;
  // Fast path: the single solution on the current branch, kept only when every other solution is provably
  // slower to reach (strictly), i.e. exactly the one the full search below would pick.
  if (robot.ikNearest !== undefined) {
    const pairs = robot.ikNearest(flangePose, current, single, rivals);
    if (pairs >= 0) {
      let cost = 0;
      for (let j = 0; j < dof; j++) {
        const t = reachTime(single[j]! - current[j]!, vmax[j]!, types, j);
        if (t > cost) cost = t;
      }
      let proven = true;
      for (let m = 0; m < pairs && proven; m++) {
        const j = rivals[2 * m]! | 0;
        const v = rivals[2 * m + 1]!;
        // NaN: no solution on that side at all.
        if (v === v && !(reachTime(v - current[j]!, vmax[j]!, types, j) > cost)) proven = false;
      }
      if (proven) return finish(robot, single, 0, current, out);
    }
  }
  const count = robot.ik(flangePose, solutions, current);
  if (count === 0) return FOLLOW_UNREACHABLE;
  let best = 0;
  let bestCost = Infinity;
  for (let s = 0; s < count; s++) {
    let cost = 0;
    const o = s * dof;
    for (let j = 0; j < dof && cost < bestCost; j++) {
      const t = reachTime(solutions[o + j]! - current[j]!, vmax[j]!, types, j);
      if (t > cost) cost = t;
    }
    if (cost < bestCost) {
      bestCost = cost;
      best = s;
    }
  }
  return finish(robot, solutions, best * dof, current, out);
}

/** Time to move a joint by `d` at `vmax`, a revolute joint by the nearest 2π-equivalent of `d`. */
function reachTime(d: number, vmax: number, types: RobotModel['jointTypes'], j: number): number {
  // Nearest 2π-equivalent of a revolute joint (IK answers one representative per solution).
  if ((d > Math.PI || d < -Math.PI) && (types === undefined || types[j] !== 'prismatic'))
    d -= TWO_PI * Math.round(d / TWO_PI);
  return (d < 0 ? -d : d) / vmax;
}

/** Writes the chosen solution (at `o` in `sol`) unwrapped toward `current` into `out`; checks the limits. */
function finish(
  robot: RobotModel,
  sol: Float64Array,
  o: number,
  current: ArrayLike<number>,
  out: number[] | Float64Array,
): number {
  const dof = robot.dof;
  const types = robot.jointTypes;
  const limits = robot.jointLimits;
  let limitJoint = -1;
  for (let j = 0; j < dof; j++) {
    const cur = current[j]!;
    let d = sol[o + j]! - cur;
    if ((d > Math.PI || d < -Math.PI) && (types === undefined || types[j] !== 'prismatic'))
      d -= TWO_PI * Math.round(d / TWO_PI);
    const c = cur + d;
    const lim = limits[j]!;
    if (limitJoint < 0 && (c < lim[0] - 1e-9 || c > lim[1] + 1e-9)) limitJoint = j;
    out[j] = c;
  }
  if (limitJoint >= 0) {
    lastLimitJoint = limitJoint;
    return FOLLOW_JOINT_LIMIT;
  }
  return FOLLOW_OK;
}

/**
 * How many times faster than allowed the move from `q0` to `q1` within `dt` would drive the worst joint
 * (max_j |Δq_j| / (vmax_j·dt)); ≤ 1 means every joint is within its speed limit.
 */
export function jointSpeedRatio(
  robot: RobotModel,
  q0: ArrayLike<number>,
  q1: ArrayLike<number>,
  dt: number,
): number {
  let r = 0;
  const vmax = robot.maxJointSpeed;
  for (let j = 0; j < robot.dof; j++) {
    const x = Math.abs(q1[j]! - q0[j]!) / (vmax[j]! * dt);
    if (x > r) r = x;
  }
  return r;
}
