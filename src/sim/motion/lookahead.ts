// Checking a Cartesian move before it starts, the way a controller's planner does (FANUC refuses a linear move
// whose wrist configuration would change, MOTN-063; domain/robots.md §1.6): follow the path through the IK
// from the start joints at fine samples, and report the first point that is unreachable or needs a joint past
// its limit, a pass through a singular zone (robot layer tolerances, e.g. |θ5| < 5°), or an arrival in another
// arm configuration than the target was taught in.
import type { RobotModel, SingularityKind } from '../robot/index.ts';
import { DEFAULT_SINGULARITY_TOLERANCES, singularityDistances } from '../robot/index.ts';
import { invert34, multiply34 } from '../core/transform.ts';
import type { Segment } from './motion-state.ts';
import { segmentPoseAt } from './segment-geometry.ts';
import { FOLLOW_JOINT_LIMIT, FOLLOW_OK, followIk, lastLimitJoint } from './ik-follow.ts';
import { atan2, cos, sin } from '../core/fmath.ts';

export const LOOK_OK = 0;
export const LOOK_UNREACHABLE = 1;
export const LOOK_JOINT_LIMIT = 2;
export const LOOK_SINGULAR = 3;
export const LOOK_CONFIG = 4;

/** Path sampling: every 2 mm and every 1° of tool rotation, at most 400 samples (planning-time cost ~0.2 ms). */
const SAMPLE_M = 0.002;
const SAMPLE_RAD = Math.PI / 180;
const MAX_SAMPLES = 400;
/** Joint difference (rad) beyond which two solutions are different arm configurations. */
const SAME_CONFIG_RAD = 1e-3;

/** Largest joint count the scratch buffers hold (RobotModel.ik writes up to 8 solutions of dof joints). */
const MAX_DOF = 8;
const q = new Float64Array(MAX_DOF);
const qn = new Float64Array(MAX_DOF);
const pose = new Float64Array(12);
const tcp = new Float64Array(12);
const toolInv = new Float64Array(12);
const flange = new Float64Array(12);
const tangent = new Float64Array(3);
const dist = new Float64Array(3);

/** Details of the last non-OK answer. */
export const lookaheadResult = { fraction: 0, joint: -1, singularity: 'wrist' as SingularityKind };

let lookaheadKind: SingularityKind = 'wrist';

function measure(robot: RobotModel, qq: ArrayLike<number>): number {
  if (!robot.singularityDistances) return Infinity;
  singularityDistances(robot, qq, dist);
  const t = DEFAULT_SINGULARITY_TOLERANCES;
  const w = dist[0]! / t.wrist,
    s = dist[1]! / t.shoulder,
    e = dist[2]! / t.elbow;
  lookaheadKind = w <= s && w <= e ? 'wrist' : s <= e ? 'shoulder' : 'elbow';
  return Math.min(w, s, e);
}

/**
 * Follows the Cartesian segment `seg` (u from 0 to 1) from joints q0. `endQ` = the configuration the target
 * was taught in (joint target or a pose target's joints hint), or null when it has none.
 */
export function lookAheadPath(
  seg: Segment,
  robot: RobotModel,
  tool: ArrayLike<number>,
  wobj: ArrayLike<number>,
  q0: ArrayLike<number>,
  endQ: ArrayLike<number> | null,
): number {
  const dof = robot.dof;
  for (let j = 0; j < dof; j++) q[j] = q0[j]!;
  invert34(tool, toolInv);
  const n = Math.min(
    MAX_SAMPLES,
    Math.max(2, Math.ceil(Math.max(seg.lengthM / SAMPLE_M, (2 * seg.oriHalfAngle) / SAMPLE_RAD))),
  );
  const start = measure(robot, q);
  let worst = start;
  let worstAt = 0;
  let worstKind = lookaheadKind;
  for (let k = 1; k <= n; k++) {
    const u = k / n;
    segmentPoseAt(seg, u, u, pose, tangent);
    multiply34(wobj, pose, tcp);
    multiply34(tcp, toolInv, flange);
    const status = followIk(robot, flange, q, qn);
    if (status !== FOLLOW_OK) {
      lookaheadResult.fraction = u;
      lookaheadResult.joint = lastLimitJoint;
      return status === FOLLOW_JOINT_LIMIT ? LOOK_JOINT_LIMIT : LOOK_UNREACHABLE;
    }
    for (let j = 0; j < dof; j++) q[j] = qn[j]!;
    const m = measure(robot, q);
    if (m < worst) {
      worst = m;
      worstAt = u;
      worstKind = lookaheadKind;
    }
  }
  // Entering (deeper into) a singular zone; leaving one the robot already stands in is fine.
  if (worst < 1 && worst < start * (1 - 1e-6)) {
    lookaheadResult.fraction = worstAt;
    lookaheadResult.singularity = worstKind;
    return LOOK_SINGULAR;
  }
  if (endQ) {
    for (let j = 0; j < dof; j++) {
      const d = Math.abs(atan2(sin(q[j]! - endQ[j]!), cos(q[j]! - endQ[j]!)));
      if (robot.jointTypes?.[j] === 'prismatic' ? Math.abs(q[j]! - endQ[j]!) > 1e-6 : d > SAME_CONFIG_RAD) {
        lookaheadResult.fraction = 1;
        lookaheadResult.joint = j;
        return LOOK_CONFIG;
      }
    }
  }
  return LOOK_OK;
}
