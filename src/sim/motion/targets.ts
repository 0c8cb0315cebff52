// Resolving a named program target into both a TCP pose (work-object frame) and joints.
// Frames: tcp_base = wobj · pose_wobj; flange_base = tcp_base · tool⁻¹ (tool = flange → TCP).
import type { RobotModel } from '../robot/index.ts';
import { invert34, multiply34 } from '../core/transform.ts';
import type { MotionProgram } from './program.ts';

export const TARGET_OK = 0;
export const TARGET_MISSING = 1;
export const TARGET_MALFORMED = 2;
export const TARGET_UNREACHABLE = 3;
export const TARGET_JOINT_LIMIT = 4;

/** Largest joint count the scratch buffers hold (RobotModel.ik writes up to 8 solutions of dof joints). */
const MAX_DOF = 8;
const solutions = new Float64Array(8 * MAX_DOF);
const flange = new Float64Array(12);
const tmp = new Float64Array(12);
const TWO_PI = 2 * Math.PI;

/** Joint that is out of its limits after a TARGET_JOINT_LIMIT answer. */
export let targetLimitJoint = -1;
/** The last resolved target carries a taught arm configuration (joint target, or pose with jointsHint). */
export let targetHasConfig = false;

/** The 2π-equivalent of v inside [lo, hi] nearest `near`; NaN when none is inside. */
function equivalentNear(v: number, near: number, lo: number, hi: number): number {
  const k = Math.round((near - v) / TWO_PI);
  let best = NaN;
  let bestD = Infinity;
  for (let dk = -2; dk <= 2; dk++) {
    const c = v + TWO_PI * (k + dk);
    if (c < lo - 1e-9 || c > hi + 1e-9) continue;
    const d = Math.abs(c - near);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

/**
 * IK for a TCP pose given in the work-object frame, choosing the solution (and per joint the 2π-equivalent
 * inside the limits) nearest `near`; writes joints into `outQ`. Returns TARGET_OK or TARGET_UNREACHABLE.
 */
export function solvePoseNear(
  robot: RobotModel,
  poseWobj: ArrayLike<number>,
  tool: ArrayLike<number>,
  wobj: ArrayLike<number>,
  near: ArrayLike<number>,
  outQ: number[] | Float64Array,
): number {
  const dof = robot.dof;
  multiply34(wobj, poseWobj, tmp);
  invert34(tool, flange);
  multiply34(tmp, flange, flange);
  const count = robot.ik(flange, solutions, near);
  let bestCost = Infinity;
  for (let s = 0; s < count; s++) {
    let cost = 0;
    let ok = true;
    for (let j = 0; j < dof && ok; j++) {
      const v = solutions[s * dof + j]!;
      const lim = robot.jointLimits[j]!;
      const c = robot.jointTypes?.[j] === 'prismatic' ? v : equivalentNear(v, near[j]!, lim[0], lim[1]);
      if (c !== c) ok = false;
      else cost += (c - near[j]!) * (c - near[j]!);
    }
    if (!ok || cost >= bestCost) continue;
    bestCost = cost;
    for (let j = 0; j < dof; j++) {
      const v = solutions[s * dof + j]!;
      const lim = robot.jointLimits[j]!;
      outQ[j] = robot.jointTypes?.[j] === 'prismatic' ? v : equivalentNear(v, near[j]!, lim[0], lim[1]);
    }
  }
  return bestCost < Infinity ? TARGET_OK : TARGET_UNREACHABLE;
}

/** TCP pose in the work-object frame for joints q, written into `outPose`. */
export function poseOfJoints(
  robot: RobotModel,
  q: ArrayLike<number>,
  tool: ArrayLike<number>,
  wobj: ArrayLike<number>,
  outPose: number[] | Float64Array,
): void {
  robot.fk(q, tmp);
  multiply34(tmp, tool, tmp);
  invert34(wobj, flange);
  multiply34(flange, tmp, outPose);
}

/**
 * Resolves target `name` of `program`: TCP pose (work-object frame) into `outPose` and joints into `outQ`.
 * Pose targets take the IK solution nearest their taught `jointsHint`, else nearest `near`.
 */
export function resolveTarget(
  program: MotionProgram,
  name: string,
  robot: RobotModel,
  tool: ArrayLike<number>,
  wobj: ArrayLike<number>,
  near: ArrayLike<number>,
  outPose: number[] | Float64Array,
  outQ: number[] | Float64Array,
): number {
  const target = Object.prototype.hasOwnProperty.call(program.targets, name)
    ? program.targets[name]
    : undefined;
  if (!target) return TARGET_MISSING;
  targetHasConfig =
    target.kind === 'joints' || (target.jointsHint !== undefined && target.jointsHint.length === robot.dof);
  if (target.kind === 'joints') {
    const q = target.joints;
    if (q.length !== robot.dof) return TARGET_MALFORMED;
    for (let j = 0; j < robot.dof; j++) {
      const v = q[j]!;
      const lim = robot.jointLimits[j]!;
      if (!Number.isFinite(v)) return TARGET_MALFORMED;
      if (v < lim[0] - 1e-9 || v > lim[1] + 1e-9) {
        targetLimitJoint = j;
        return TARGET_JOINT_LIMIT;
      }
      outQ[j] = v;
    }
    poseOfJoints(robot, q, tool, wobj, outPose);
    return TARGET_OK;
  }
  const pose = target.pose;
  if (pose.length !== 12) return TARGET_MALFORMED;
  for (let i = 0; i < 12; i++) {
    if (!Number.isFinite(pose[i]!)) return TARGET_MALFORMED;
    outPose[i] = pose[i]!;
  }
  const hint =
    target.jointsHint !== undefined && target.jointsHint.length === robot.dof ? target.jointsHint : near;
  return solvePoseNear(robot, pose, tool, wobj, hint, outQ);
}
