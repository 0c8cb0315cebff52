// The teachSeamPoint shortcut: robot joints that put the torch exactly on the seam, found by inverse kinematics
// and by following a straight line from the previous taught point, as hand-guiding or jogging would.
import type { WorldState } from '../../sim/world-state.ts';
import { torchPoseOnSeam } from '../../sim/cell/standard-cells.ts';
import { seamFrame } from '../../sim/cell/seam-geometry.ts';
import { getRobot } from '../../sim/robot/index.ts';
import { followIk, FOLLOW_OK } from '../../sim/motion/ik-follow.ts';
import { invert34, mat34, multiply34 } from '../../sim/core/transform.ts';
import { workObjectInWorld } from '../../sim/systems/frames.ts';
import type { ScenarioWorldInit } from '../engine/sim-port.ts';
import type { MacroIntent } from '../schema/intent.ts';
import { scenarioCell } from './cell.ts';
import { cos, hypot3, pow, sin } from '../../sim/core/fmath.ts';

const scratch = mat34();
const fromFlange = mat34();
const toFlange = mat34();
const stepFlange = mat34();
/** Path-following increments when teaching one point after another (≤ 1 cm or ≈ 1° per increment). */
const TEACH_STEPS = 60;
const solutions = new Float64Array(8 * 9);

/** Flange pose (robot base frame) that puts the TCP at `poseInWork`: base⁻¹ · wobj · pose · tool⁻¹. */
function flangeFor(w: WorldState, poseInWork: ArrayLike<number>, out: Float64Array): Float64Array {
  workObjectInWorld(w, scratch);
  multiply34(scratch, poseInWork, out);
  invert34(w.cell.tool, scratch);
  multiply34(out, scratch, out);
  invert34(w.cell.robotBase, scratch);
  multiply34(scratch, out, out);
  return out;
}

/** Blend two rigid poses (position linear, rotation by re-orthonormalised linear blend of its columns). */
function blendPose(a: ArrayLike<number>, b: ArrayLike<number>, t: number, out: Float64Array): void {
  for (let i = 0; i < 12; i++) out[i] = a[i]! + (b[i]! - a[i]!) * t;
  // Gram–Schmidt on the rotation columns x, z (y = z × x).
  const x = [out[0]!, out[4]!, out[8]!];
  const z = [out[2]!, out[6]!, out[10]!];
  const zl = hypot3(z[0]!, z[1]!, z[2]!);
  for (let i = 0; i < 3; i++) z[i]! /= zl;
  const d = x[0]! * z[0]! + x[1]! * z[1]! + x[2]! * z[2]!;
  for (let i = 0; i < 3; i++) x[i] = x[i]! - d * z[i]!;
  const xl = hypot3(x[0]!, x[1]!, x[2]!);
  for (let i = 0; i < 3; i++) x[i]! /= xl;
  const y = [z[1]! * x[2]! - z[2]! * x[1]!, z[2]! * x[0]! - z[0]! * x[2]!, z[0]! * x[1]! - z[1]! * x[0]!];
  for (let i = 0; i < 3; i++) {
    out[i * 4] = x[i]!;
    out[i * 4 + 1] = y[i]!;
    out[i * 4 + 2] = z[i]!;
  }
}

/**
 * Joints that put the torch on the seam as the shortcut describes. After a previous point the arm follows a
 * straight line from it, as hand-guiding or jogging would, so the taught points share one arm configuration
 * and the linear moves between them run without a configuration change.
 */
export function seamTargetJoints(
  w: WorldState,
  init: ScenarioWorldInit,
  m: MacroIntent,
  near: readonly number[] | undefined,
): number[] | undefined {
  const robot = getRobot(w.cell.robotId);
  if (!robot || w.cell.family === 'orbital') return undefined;
  const wp = scenarioCell(init, m.seam === 'nominal').workpiece;
  const f = seamFrame(wp.seamStart, wp.seamEnd, wp.seamNormal);
  const at = [0, 1, 2].map((i) => wp.seamStart[i]! + f.dir[i]! * f.lengthM * m.along);
  // Tilt across the seam: rotate the normal about the seam direction.
  const a = (m.workTiltDeg * Math.PI) / 180;
  const n = [0, 1, 2].map((i) => f.normal[i]! * cos(a) + f.lateral[i]! * sin(a));
  flangeFor(w, torchPoseOnSeam(at, n, f.dir, m.travelAngleDeg, m.standoffMm), toFlange);
  if (near) {
    const q = near.slice();
    return followLine(robot, q, toFlange) ? q : undefined;
  }
  // The first point: of the arm configurations that reach it, the one nearest the parked arm from which the
  // torch can also follow the seam to its far end (a welder picks the posture the whole seam can be welded in).
  const dof = robot.dof;
  const count = robot.ik(toFlange, solutions, w.motion.q);
  const seamEnd = mat34();
  flangeFor(
    w,
    torchPoseOnSeam(
      [0, 1, 2].map((i) => at[i]! + f.dir[i]! * f.lengthM * (1 - 2 * m.along)),
      n,
      f.dir,
      m.travelAngleDeg,
      m.standoffMm,
    ),
    seamEnd,
  );
  let best: number[] | undefined;
  let bestCost = Infinity;
  for (let s = 0; s < count; s++) {
    const own = seatNear(robot, solutions.subarray(s * dof, s * dof + dof), w.motion.q);
    if (!own) continue;
    const probe = own.slice();
    if (!followLine(robot, probe, seamEnd)) continue;
    let cost = 0;
    for (let j = 0; j < dof; j++) cost += pow(own[j]! - w.motion.q[j]!, 2);
    if (cost < bestCost) {
      bestCost = cost;
      best = own;
    }
  }
  return best;
}

/** Each revolute joint as its 2π-equivalent inside the limits nearest `near` (undefined if one has none). */
function seatNear(
  robot: NonNullable<ReturnType<typeof getRobot>>,
  q: ArrayLike<number>,
  near: ArrayLike<number>,
): number[] | undefined {
  const out: number[] = [];
  for (let j = 0; j < robot.dof; j++) {
    const [lo, hi] = robot.jointLimits[j]!;
    let v = q[j]!;
    if (robot.jointTypes?.[j] !== 'prismatic') v += 2 * Math.PI * Math.round((near[j]! - v) / (2 * Math.PI));
    while (v > hi + 1e-9) v -= 2 * Math.PI;
    while (v < lo - 1e-9) v += 2 * Math.PI;
    if (v > hi + 1e-9) return undefined;
    out.push(v);
  }
  return out;
}

/** Follow a straight line from the pose of joints `q` to `toFlange`, updating `q`; false if the arm cannot. */
function followLine(
  robot: NonNullable<ReturnType<typeof getRobot>>,
  q: number[],
  toFlange: ArrayLike<number>,
): boolean {
  robot.fk(q, fromFlange);
  for (let k = 1; k <= TEACH_STEPS; k++) {
    blendPose(fromFlange, toFlange, k / TEACH_STEPS, stepFlange);
    if (followIk(robot, stepFlange, q, q) !== FOLLOW_OK) return false;
  }
  return true;
}
