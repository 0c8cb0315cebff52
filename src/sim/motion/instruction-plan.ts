// Turning one program instruction into a path primitive: resolve its targets, build the geometry, and decide
// whether it flies by its end point into the next instruction (zone) or stops there (fine).
import type { RobotModel } from '../robot/index.ts';
import type { MotionProgram, MoveInstruction } from './program.ts';
import { instructionBlendsOut } from './program.ts';
import type { Segment } from './motion-state.ts';
import { createSegment } from './motion-state.ts';
import { planArc, planJoint, planLine } from './segment-plan.ts';
import { isCartesian, segmentPoseAt } from './segment-geometry.ts';
import { resolveTarget, TARGET_OK, targetHasConfig } from './targets.ts';
import { LOOK_CONFIG, LOOK_JOINT_LIMIT, LOOK_OK, LOOK_SINGULAR, lookAheadPath } from './lookahead.ts';
import { MAX_BLEND_TURN_RAD } from './motion-limits.ts';
import { acos } from '../core/fmath.ts';

/** Planning answers: TARGET_* codes from targets.ts, plus these. */
export const PLAN_INVALID_CIRCLE = 10;
export const PLAN_BAD_SPEED = 11;
export const PLAN_NO_INSTRUCTION = 12;
/** Lookahead answers (see lookahead.ts): the path, not the target, is the problem. */
export const PLAN_PATH_UNREACHABLE = 13;
export const PLAN_PATH_JOINT_LIMIT = 14;
export const PLAN_PATH_SINGULAR = 15;
export const PLAN_CONFIG_CHANGE = 16;

/** Largest joint count the scratch buffers hold (RobotModel.ik writes up to 8 solutions of dof joints). */
const MAX_DOF = 8;
const viaPose = new Float64Array(12);
const viaQ = new Float64Array(MAX_DOF);
const peekSeg = createSegment(MAX_DOF);
const peekEndPose = new Float64Array(12);
const peekEndQ = new Float64Array(MAX_DOF);
const poseTmp = new Float64Array(12);
const tanA = new Float64Array(3);
const tanB = new Float64Array(3);

function speedOk(ins: MoveInstruction): boolean {
  if (ins.type !== 'MoveJ') return Number.isFinite(ins.speedMmPerS) && ins.speedMmPerS > 0;
  const s = ins.speed;
  const v = s.kind === 'percent' ? s.percent : s.kind === 'radPerS' ? s.radPerS : s.mmPerS;
  return Number.isFinite(v) && v > 0;
}

function chord(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const dx = b[3]! - a[3]!,
    dy = b[7]! - a[7]!,
    dz = b[11]! - a[11]!;
  return Math.sqrt(dx * dx + dy * dy + dz * dz);
}

/**
 * Plans the motion of `ins` from (startPose, startQ) to the pose/joints (endPose, endQ) into `seg`
 * (`viaPoseIn` for MoveC). The instruction's own speed applies; arc and weave flags are set by the caller.
 */
export function planMotion(
  seg: Segment,
  robot: RobotModel,
  ins: MoveInstruction,
  startPose: ArrayLike<number>,
  startQ: ArrayLike<number>,
  endPose: ArrayLike<number>,
  endQ: ArrayLike<number>,
  viaPoseIn: ArrayLike<number> | null,
): number {
  if (!speedOk(ins)) return PLAN_BAD_SPEED;
  if (ins.type === 'MoveJ') planJoint(seg, robot, startQ, endQ, ins.speed, chord(startPose, endPose));
  else if (ins.type === 'MoveL') planLine(seg, startPose, endPose, ins.speedMmPerS / 1000);
  else if (!viaPoseIn || !planArc(seg, startPose, viaPoseIn, endPose, ins.speedMmPerS / 1000))
    return PLAN_INVALID_CIRCLE;
  return TARGET_OK;
}

/**
 * Plans instruction `i` forwards from (startPose, startQ); writes its end pose and joints into endPose/endQ.
 * Returns TARGET_OK or the reason it cannot run (TARGET_* or PLAN_* code).
 */
export function planInstruction(
  seg: Segment,
  program: MotionProgram,
  i: number,
  robot: RobotModel,
  tool: ArrayLike<number>,
  wobj: ArrayLike<number>,
  startPose: ArrayLike<number>,
  startQ: ArrayLike<number>,
  endPose: number[] | Float64Array,
  endQ: number[] | Float64Array,
): number {
  const ins = program.instructions[i];
  if (!ins) return PLAN_NO_INSTRUCTION;
  let status = resolveTarget(program, ins.to, robot, tool, wobj, startQ, endPose, endQ);
  if (status !== TARGET_OK) return status;
  const taughtConfig = targetHasConfig;
  if (ins.type === 'MoveC') {
    status = resolveTarget(program, ins.via, robot, tool, wobj, startQ, viaPose, viaQ);
    if (status !== TARGET_OK) return status;
  }
  status = planMotion(
    seg,
    robot,
    ins,
    startPose,
    startQ,
    endPose,
    endQ,
    ins.type === 'MoveC' ? viaPose : null,
  );
  if (status !== TARGET_OK) return status;
  if (isCartesian(seg.kind)) {
    const look = lookAheadPath(seg, robot, tool, wobj, startQ, taughtConfig ? endQ : null);
    if (look !== LOOK_OK)
      return look === LOOK_CONFIG
        ? PLAN_CONFIG_CHANGE
        : look === LOOK_SINGULAR
          ? PLAN_PATH_SINGULAR
          : look === LOOK_JOINT_LIMIT
            ? PLAN_PATH_JOINT_LIMIT
            : PLAN_PATH_UNREACHABLE;
  }
  seg.instruction = i;
  seg.backward = false;
  seg.arcOn = ins.arc ?? false;
  seg.weaveOn = ins.weave !== undefined;
  return TARGET_OK;
}

/**
 * Blend radius (m) at the corner between segment A (instruction i) and segment B (instruction i + 1), or 0 for
 * an exact stop. ABB-style: the zone shrinks to half of either move so consecutive zones never overlap.
 */
export function blendRadius(program: MotionProgram, i: number, a: Segment, b: Segment): number {
  const ins = program.instructions[i];
  const next = program.instructions[i + 1];
  if (!ins || !next || !instructionBlendsOut(program, i)) return 0;
  if ((ins.weave === undefined) !== (next.weave === undefined)) return 0;
  const zone = ins.zone === 'fine' ? 0 : ins.zone / 1000;
  const r = Math.min(zone, 0.5 * a.lengthM, 0.5 * b.lengthM);
  if (!(r > 1e-6)) return 0;
  if (isCartesian(a.kind) && isCartesian(b.kind)) {
    segmentPoseAt(a, 1, 1, poseTmp, tanA);
    segmentPoseAt(b, 0, 0, poseTmp, tanB);
    const c = tanA[0]! * tanB[0]! + tanA[1]! * tanB[1]! + tanA[2]! * tanB[2]!;
    if (acos(Math.max(-1, Math.min(1, c))) > MAX_BLEND_TURN_RAD) return 0;
  }
  return r;
}

/**
 * Decides how `seg` (instruction i, already planned, ending at endPose/endQ) leaves its end: peeks at
 * instruction i + 1 and sets uEnd, blendOut and exitSpeedMPerS. `allowBlend` false forces an exact stop.
 */
export function decideExit(
  seg: Segment,
  program: MotionProgram,
  i: number,
  robot: RobotModel,
  tool: ArrayLike<number>,
  wobj: ArrayLike<number>,
  endPose: ArrayLike<number>,
  endQ: ArrayLike<number>,
  allowBlend: boolean,
): void {
  seg.uEnd = 1;
  seg.blendOut = false;
  seg.exitSpeedMPerS = 0;
  if (!allowBlend || !instructionBlendsOut(program, i)) return;
  const status = planInstruction(
    peekSeg,
    program,
    i + 1,
    robot,
    tool,
    wobj,
    endPose,
    endQ,
    peekEndPose,
    peekEndQ,
  );
  if (status !== TARGET_OK) return;
  const r = blendRadius(program, i, seg, peekSeg);
  if (r <= 0) return;
  seg.uEnd = Math.max(seg.uStart, 1 - r / seg.lengthM);
  seg.blendOut = true;
  seg.exitSpeedMPerS = Math.min(seg.speedMPerS, peekSeg.speedMPerS);
}
