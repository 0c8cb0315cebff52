// Program-pointer logic at instruction boundaries: start an instruction (or its backward run), fly by into a
// corner blend, leave the blend, complete at an exact stop, finish a pause/stop. Runs only at boundaries.
import type { RobotModel } from '../robot/index.ts';
import type { MotionProgram } from './program.ts';
import type { MotionState } from './motion-state.ts';
import { copySegment, createSegment } from './motion-state.ts';
import { pushMotionEvent } from './motion-events.ts';
import { decideExit, planInstruction, planMotion } from './instruction-plan.ts';
import { planCartesianBlend, planJointBlend } from './segment-plan.ts';
import { isCartesian, segmentJointsAt, segmentPoseAt } from './segment-geometry.ts';
import { poseOfJoints, resolveTarget, solvePoseNear, TARGET_OK, TARGET_UNREACHABLE } from './targets.ts';
import { instructionLabel, planFailure } from './event-text.ts';

/** Largest joint count the scratch buffers hold (RobotModel.ik writes up to 8 solutions of dof joints). */
const MAX_DOF = 8;
const startPose = new Float64Array(12);
const endPose = new Float64Array(12);
const endQ = new Float64Array(MAX_DOF);
const viaPose = new Float64Array(12);
const viaQ = new Float64Array(MAX_DOF);
const cornerPose = new Float64Array(12);
const cornerQ = new Float64Array(MAX_DOF);
const nextSeg = createSegment(MAX_DOF);
const poseA = new Float64Array(12);
const poseBs = new Float64Array(12);
const tanA = new Float64Array(3);
const tanB = new Float64Array(3);
const qA = new Float64Array(MAX_DOF);
const qC = new Float64Array(MAX_DOF);
const qB = new Float64Array(MAX_DOF);

function fail(st: MotionState, program: MotionProgram, robot: RobotModel, i: number, status: number): void {
  const f = planFailure(program, robot, i, status);
  pushMotionEvent(st.events, f.code, st.timeS, i, f.text, { instruction: i, ...f.data });
  st.exec = 'error';
  st.phase = 'none';
  st.uRate = 0;
  st.backward = false;
  st.arcOn = false;
  st.arcWait = 'none';
}

/** Ends a pause (robot still on its path) or a stop (path discarded). */
export function finishHold(st: MotionState): void {
  const abort = st.abortOnHold;
  st.holdRequested = false;
  st.abortOnHold = false;
  st.uRate = 0;
  if (abort) {
    st.exec = 'idle';
    st.phase = 'none';
    st.stepMode = false;
    st.backward = false;
    // A stopped program puts the arc out; the next start begins its instruction with a fresh arc start.
    st.arcOn = false;
    st.arcWait = 'none';
    pushMotionEvent(
      st.events,
      'stopped',
      st.timeS,
      st.pc,
      'Program stopped; the next start re-plans from here.',
    );
  } else {
    st.exec = 'paused';
    pushMotionEvent(st.events, 'paused', st.timeS, st.pc, 'Program paused on its path.');
  }
}

function beginBackward(
  st: MotionState,
  robot: RobotModel,
  program: MotionProgram,
  tool: ArrayLike<number>,
  wobj: ArrayLike<number>,
): void {
  const i = st.atEndOfPrevious ? st.pc - 1 : st.pc;
  const ins = program.instructions[i];
  const prev = program.instructions[i - 1];
  if (!ins || !prev) {
    pushMotionEvent(
      st.events,
      'command-rejected',
      st.timeS,
      i,
      'Step back: there is no earlier taught point to go back to.',
    );
    st.backward = false;
    st.stepMode = false;
    st.exec = 'idle';
    return;
  }
  poseOfJoints(robot, st.q, tool, wobj, startPose);
  let status = resolveTarget(program, prev.to, robot, tool, wobj, st.q, endPose, endQ);
  if (status === TARGET_OK && ins.type === 'MoveC')
    status = resolveTarget(program, ins.via, robot, tool, wobj, st.q, viaPose, viaQ);
  if (status === TARGET_OK)
    status = planMotion(
      st.seg,
      robot,
      ins,
      startPose,
      st.q,
      endPose,
      endQ,
      ins.type === 'MoveC' ? viaPose : null,
    );
  if (status !== TARGET_OK) return fail(st, program, robot, i, status);
  const seg = st.seg;
  seg.instruction = i;
  seg.backward = true;
  seg.arcOn = false;
  seg.weaveOn = false;
  seg.uStart = 0;
  st.phase = 'segment';
  st.u = 0;
  st.uRate = 0;
  st.bezierT = 0;
  st.arcOn = false;
  st.atEndOfPrevious = false;
  st.speedLimitedReported = false;
}

/** Plans instruction pc from the robot's current joints and makes it the active segment. */
export function beginInstruction(
  st: MotionState,
  robot: RobotModel,
  program: MotionProgram,
  tool: ArrayLike<number>,
  wobj: ArrayLike<number>,
): void {
  if (st.holdRequested) return finishHold(st);
  if (st.backward) return beginBackward(st, robot, program, tool, wobj);
  const i = st.pc;
  if (i >= program.instructions.length) {
    pushMotionEvent(st.events, 'program-end', st.timeS, i, 'End of program.');
    st.exec = 'idle';
    return;
  }
  poseOfJoints(robot, st.q, tool, wobj, startPose);
  const status = planInstruction(st.seg, program, i, robot, tool, wobj, startPose, st.q, endPose, endQ);
  if (status !== TARGET_OK) return fail(st, program, robot, i, status);
  st.seg.uStart = 0;
  decideExit(st.seg, program, i, robot, tool, wobj, endPose, endQ, !st.stepMode);
  st.phase = 'segment';
  st.u = 0;
  st.uRate = 0;
  st.bezierT = 0;
  st.atEndOfPrevious = false;
  st.speedLimitedReported = false;
  st.weaveTimeS = 0;
  st.weaveDistM = 0;
  if (st.seg.arcOn && !st.arcOn) {
    st.arcOn = true;
    pushMotionEvent(
      st.events,
      'arc-start-point',
      st.timeS,
      i,
      `Arc start at the start of ${instructionLabel(program, i)}.`,
    );
    if (st.arcInterlock) st.arcWait = 'start';
  } else if (!st.seg.arcOn) st.arcOn = false;
}

/**
 * The active segment reached the start of its corner zone: completes its instruction (fly-by), plans the next
 * instruction and the blend between them. Returns false (error raised) when the next cannot be planned.
 */
export function enterBlend(
  st: MotionState,
  robot: RobotModel,
  program: MotionProgram,
  tool: ArrayLike<number>,
  wobj: ArrayLike<number>,
): boolean {
  const a = st.seg;
  const i = a.instruction;
  const ins = program.instructions[i]!;
  const r = (1 - a.uEnd) * a.lengthM;
  let status = resolveTarget(program, ins.to, robot, tool, wobj, st.q, cornerPose, cornerQ);
  if (status === TARGET_OK)
    status = planInstruction(nextSeg, program, i + 1, robot, tool, wobj, cornerPose, cornerQ, endPose, endQ);
  if (status !== TARGET_OK) {
    fail(st, program, robot, i + 1, status);
    return false;
  }
  nextSeg.uStart = nextSeg.lengthM > 0 ? Math.min(0.5, r / nextSeg.lengthM) : 0;
  decideExit(nextSeg, program, i + 1, robot, tool, wobj, endPose, endQ, !st.stepMode);
  const speed = Math.min(a.speedMPerS, nextSeg.speedMPerS);
  if (isCartesian(a.kind) && isCartesian(nextSeg.kind)) {
    segmentPoseAt(a, a.uEnd, 1, poseA, tanA);
    segmentPoseAt(nextSeg, nextSeg.uStart, 0, poseBs, tanB);
    planCartesianBlend(st.blend, poseA, tanA, r, poseBs, tanB, r, speed);
  } else {
    if (isCartesian(a.kind)) {
      segmentPoseAt(a, a.uEnd, 1, poseA, tanA);
      if (solvePoseNear(robot, poseA, tool, wobj, st.q, qA) !== TARGET_OK)
        for (let j = 0; j < st.dof; j++) qA[j] = st.q[j]!;
      if (solvePoseNear(robot, cornerPose, tool, wobj, qA, qC) !== TARGET_OK)
        for (let j = 0; j < st.dof; j++) qC[j] = cornerQ[j]!;
    } else {
      segmentJointsAt(a, a.uEnd, qA);
      for (let j = 0; j < st.dof; j++) qC[j] = a.j1[j]!;
    }
    if (isCartesian(nextSeg.kind)) {
      segmentPoseAt(nextSeg, nextSeg.uStart, 0, poseBs, tanB);
      if (solvePoseNear(robot, poseBs, tool, wobj, qC, qB) !== TARGET_OK) {
        fail(st, program, robot, i + 1, TARGET_UNREACHABLE);
        return false;
      }
    } else segmentJointsAt(nextSeg, nextSeg.uStart, qB);
    planJointBlend(st.blend, robot, qA, qC, qB, 2 * r, speed);
  }
  const blend = st.blend;
  blend.instruction = i + 1;
  blend.backward = false;
  blend.arcOn = a.arcOn;
  blend.weaveOn = a.weaveOn && nextSeg.weaveOn;
  blend.blendOut = true;
  blend.exitSpeedMPerS = blend.speedMPerS;
  const vPhys = st.uRate * a.lengthM;
  copySegment(nextSeg, st.seg);
  pushMotionEvent(
    st.events,
    'move-complete',
    st.timeS,
    i,
    `${instructionLabel(program, i)} flown by in its zone.`,
    {
      instruction: i,
      flyBy: true,
    },
  );
  st.pc = i + 1;
  st.phase = 'blend';
  st.u = 0;
  st.bezierT = 0;
  st.uRate = blend.lengthM > 1e-12 ? vPhys / blend.lengthM : 0;
  st.speedLimitedReported = false;
  return true;
}

/** The blend reached its end: continue on the next instruction's segment at the same TCP speed. */
export function leaveBlend(st: MotionState): void {
  const vPhys = st.uRate * st.blend.lengthM;
  st.phase = 'segment';
  st.u = st.seg.uStart;
  st.bezierT = 0;
  st.uRate = st.seg.lengthM > 1e-12 ? vPhys / st.seg.lengthM : 0;
}

/** The active segment stopped exactly at its end point. */
export function completeInstruction(st: MotionState, program: MotionProgram): void {
  const seg = st.seg;
  const i = seg.instruction;
  st.phase = 'none';
  st.uRate = 0;
  st.atEndOfPrevious = true;
  pushMotionEvent(
    st.events,
    'move-complete',
    st.timeS,
    i,
    `${instructionLabel(program, i)} reached its point.`,
    {
      instruction: i,
      backward: seg.backward,
    },
  );
  if (seg.backward) {
    st.pc = i;
    st.backward = false;
    st.stepMode = false;
    st.holdRequested = false;
    st.abortOnHold = false;
    st.exec = 'idle';
    return;
  }
  st.pc = i + 1;
  const next = program.instructions[st.pc];
  if (seg.arcOn && !(next?.arc ?? false)) {
    st.arcOn = false;
    pushMotionEvent(
      st.events,
      'arc-end-point',
      st.timeS,
      i,
      `Arc end at the end of ${instructionLabel(program, i)}.`,
    );
    if (st.arcInterlock) st.arcWait = 'end';
  }
  if (st.holdRequested) finishHold(st);
  else if (st.stepMode) {
    st.stepMode = false;
    st.exec = 'idle';
  }
  if (st.pc >= program.instructions.length) {
    pushMotionEvent(st.events, 'program-end', st.timeS, st.pc, 'End of program.');
    st.exec = 'idle';
  }
}
