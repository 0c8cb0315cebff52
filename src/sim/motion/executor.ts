// Program execution, one fixed step: advance the path parameter with an on-line trapezoidal profile (across
// blends when flying by), place the TCP (plus weave), solve the joints by analytic IK nearest the current
// ones, slow the path when a joint would exceed its max speed, and raise events instead of throwing.
import type { RobotModel } from '../robot/index.ts';
import { inv34, mul34, rot3 } from './scratch-math.ts';
import type { MotionProgram } from './program.ts';
import type { MotionState, Segment } from './motion-state.ts';
import { pushMotionEvent } from './motion-events.ts';
import { nextPathRate } from './path-profile.ts';
import { bezierSpeed, isCartesian, segmentJointsAt, segmentPoseAt } from './segment-geometry.ts';
import { FOLLOW_JOINT_LIMIT, FOLLOW_OK, followIk, jointSpeedRatio, lastLimitJoint } from './ik-follow.ts';
import { weaveOffset } from './weave.ts';
import { weaveAxes } from './weave-frame.ts';
import { JOINT_SPEED_MARGIN, SINGULAR_SPEED_FRACTION } from './motion-limits.ts';
import { beginInstruction, completeInstruction, enterBlend, finishHold, leaveBlend } from './program-flow.ts';
import { instructionLabel, jointLabel } from './event-text.ts';
import { nearestSingularity } from './singularity.ts';
import { holdStill } from './hold-still.ts';

/** Largest joint count the scratch buffers hold (RobotModel.ik writes up to 8 solutions of dof joints). */
const MAX_DOF = 8;
const toolInv = new Float64Array(12);
const poseW = new Float64Array(12);
const poseB = new Float64Array(12);
const flange = new Float64Array(12);
const tangent = new Float64Array(3);
const qNew = new Float64Array(MAX_DOF);
const weave2 = new Float64Array(2);
const lateral = new Float64Array(3);
const up = new Float64Array(3);
const nominal = new Float64Array(3);
const vecTmp = new Float64Array(3);

/** Advances u by du on `prim` (for a cblend also its Bézier parameter, midpoint rule on |B'(t)|). */
function moveAlong(st: MotionState, prim: Segment, du: number): void {
  const target = st.u + du;
  if (prim.kind === 'cblend') {
    const ds = du * prim.lengthM;
    const s0 = bezierSpeed(prim, st.bezierT);
    if (s0 > 1e-12) {
      const s1 = bezierSpeed(prim, Math.min(1, st.bezierT + (0.5 * ds) / s0));
      st.bezierT = Math.min(1, st.bezierT + ds / (s1 > 1e-12 ? s1 : s0));
    }
  }
  if (target >= prim.uEnd) {
    st.u = prim.uEnd;
    if (prim.kind === 'cblend' && prim.uEnd >= 1) st.bezierT = 1;
  } else st.u = target;
}

function commitJoints(st: MotionState, dt: number): void {
  for (let j = 0; j < st.dof; j++) {
    st.qd[j] = (qNew[j]! - st.q[j]!) / dt;
    st.q[j] = qNew[j]!;
  }
}

function commitTcp(st: MotionState, dt: number): void {
  const dx = poseB[3]! - st.tcp[3]!,
    dy = poseB[7]! - st.tcp[7]!,
    dz = poseB[11]! - st.tcp[11]!;
  st.tcpSpeedMPerS = Math.sqrt(dx * dx + dy * dy + dz * dz) / dt;
  for (let i = 0; i < 12; i++) st.tcp[i] = poseB[i]!;
}

function raise(
  st: MotionState,
  program: MotionProgram,
  robot: RobotModel,
  prim: Segment,
  code: 'unreachable' | 'joint-limit' | 'singularity' | 'configuration-change',
): void {
  const i = prim.instruction;
  const where = `${instructionLabel(program, i)} at ${(st.u * 100).toFixed(0)} % of the path`;
  let text: string;
  const data: Record<string, number | string | boolean> = { instruction: i, pathFraction: st.u };
  if (code === 'unreachable')
    text = `${where}: the path leaves the robot's workspace; move the part or the points closer.`;
  else if (code === 'joint-limit') {
    data.joint = lastLimitJoint;
    text = `${where}: ${jointLabel(robot, lastLimitJoint)} would pass its limit; re-teach the points with the joint unwound, or use MoveJ.`;
  } else if (code === 'configuration-change')
    text = `${where}: the arm would have to change configuration (IK branch) in a linear move; use MoveJ to the point or re-teach it.`;
  else {
    const kind = nearestSingularity(robot, st.q);
    data.singularity = kind;
    text = `${where}: ${kind} singularity, joint speeds would exceed their limits; tilt the torch or move the path away from it.`;
  }
  pushMotionEvent(st.events, code, st.timeS, i, text, data);
  st.exec = 'error';
  // A motion alarm puts the arc out (the weld sequence sees arcOn false).
  st.arcOn = false;
  st.arcWait = 'none';
  st.uRate = 0;
  for (let j = 0; j < st.dof; j++) st.qd[j] = 0;
  st.tcpSpeedMPerS = 0;
  st.pathSpeedMPerS = 0;
}

/** Places the TCP on a Cartesian primitive, solves joints, limits joint speed. False when an error was raised. */
function evaluateCartesian(
  st: MotionState,
  robot: RobotModel,
  program: MotionProgram,
  wobj: ArrayLike<number>,
  prim: Segment,
  uPrimStart: number,
  tPrimStart: number,
  k: number,
  dt: number,
): boolean {
  const weave = prim.weaveOn && !prim.backward ? program.instructions[prim.instruction]?.weave : undefined;
  const weaveT = st.weaveTimeS + dt * k;
  let r0 = 0;
  let r = 0;
  let limited = false;
  let lat = 0,
    vert = 0;
  for (let attempt = 0; attempt < 4; attempt++) {
    segmentPoseAt(prim, st.u, st.bezierT, poseW, tangent);
    nominal[0] = poseW[3]!;
    nominal[1] = poseW[7]!;
    nominal[2] = poseW[11]!;
    lat = 0;
    vert = 0;
    if (weave && weaveAxes(poseW, tangent, lateral, up)) {
      // Amplitude ramps in over half a weave wavelength from the weld start and out before an exact stop.
      const ramp = Math.max(1e-6, prim.speedMPerS / (2 * weave.frequencyHz));
      let env = Math.min(1, st.weaveDistM / ramp);
      if (prim.kind !== 'cblend' && !prim.blendOut)
        env = Math.min(env, ((prim.uEnd - st.u) * prim.lengthM) / ramp);
      weaveOffset(weave, weaveT, weave2);
      lat = weave2[0]! * env;
      vert = weave2[1]! * env;
      for (let i = 0; i < 3; i++) poseW[3 + 4 * i] = nominal[i]! + lat * lateral[i]! + vert * up[i]!;
    }
    mul34(wobj, poseW, poseB);
    mul34(poseB, toolInv, flange);
    const status = followIk(robot, flange, st.q, qNew);
    if (status !== FOLLOW_OK) {
      raise(st, program, robot, prim, status === FOLLOW_JOINT_LIMIT ? 'joint-limit' : 'unreachable');
      st.u = uPrimStart;
      return false;
    }
    r = jointSpeedRatio(robot, st.q, qNew, dt);
    if (r <= 1) break;
    if (attempt === 0) r0 = r;
    limited = true;
    const du = st.u - uPrimStart;
    if (du <= 1e-15) break;
    const f = JOINT_SPEED_MARGIN / r;
    st.u = uPrimStart + du * f;
    if (prim.kind === 'cblend') st.bezierT = tPrimStart + (st.bezierT - tPrimStart) * f;
  }
  if (r > 1) {
    // A continuous path gets slower joint motion when the TCP step shrinks; a branch jump does not.
    raise(st, program, robot, prim, weave || r < 0.5 * r0 ? 'singularity' : 'configuration-change');
    st.u = uPrimStart;
    return false;
  }
  if (limited) {
    st.uRate = (st.u - uPrimStart) / dt;
    if (k > 0 && st.uRate < SINGULAR_SPEED_FRACTION * prim.uRateMax * k) {
      raise(st, program, robot, prim, 'singularity');
      st.u = uPrimStart;
      return false;
    }
    if (!st.speedLimitedReported) {
      st.speedLimitedReported = true;
      pushMotionEvent(
        st.events,
        'joint-speed-limited',
        st.timeS,
        prim.instruction,
        `${instructionLabel(program, prim.instruction)}: TCP slowed so every joint stays within its max speed.`,
        { instruction: prim.instruction },
      );
    }
  }
  commitJoints(st, dt);
  commitTcp(st, dt);
  rot3(wobj, nominal, vecTmp);
  st.pathPoint[0] = vecTmp[0]! + wobj[3]!;
  st.pathPoint[1] = vecTmp[1]! + wobj[7]!;
  st.pathPoint[2] = vecTmp[2]! + wobj[11]!;
  st.pathSpeedMPerS = st.uRate * prim.lengthM;
  st.weaveOffsetM[0] = lat;
  st.weaveOffsetM[1] = vert;
  if (weave) {
    st.weaveTimeS = weaveT;
    st.weaveDistM += st.pathSpeedMPerS * dt;
    rot3(wobj, lateral, st.weaveLateral);
    rot3(wobj, up, st.weaveUp);
  }
  return true;
}

function evaluateJoint(
  st: MotionState,
  robot: RobotModel,
  tool: ArrayLike<number>,
  prim: Segment,
  dt: number,
): void {
  segmentJointsAt(prim, st.u, qNew);
  robot.fk(qNew, poseB);
  mul34(poseB, tool, poseB);
  commitJoints(st, dt);
  commitTcp(st, dt);
  st.pathPoint[0] = poseB[3]!;
  st.pathPoint[1] = poseB[7]!;
  st.pathPoint[2] = poseB[11]!;
  st.pathSpeedMPerS = st.tcpSpeedMPerS;
  st.weaveOffsetM[0] = 0;
  st.weaveOffsetM[1] = 0;
}

/**
 * One program step. `k` = effective speed factor in [0, 1] (safety speedScale × pendant override).
 * Mutates `st` in place; events of this step are appended to st.events.
 */
export function stepProgram(
  st: MotionState,
  robot: RobotModel,
  program: MotionProgram,
  tool: ArrayLike<number>,
  wobj: ArrayLike<number>,
  k: number,
  dt: number,
): void {
  if (st.exec === 'running' && st.phase === 'none' && st.arcWait === 'none') {
    beginInstruction(st, robot, program, tool, wobj);
    holdStill(st, robot, tool);
    return;
  }
  if (st.exec !== 'running' || st.phase === 'none' || st.arcWait !== 'none') {
    // Standing still (e.g. waiting for the arc): a pause or stop completes at once.
    if (st.exec === 'running' && st.holdRequested) finishHold(st);
    holdStill(st, robot, tool);
    return;
  }
  inv34(tool, toolInv);
  const kk = st.holdRequested ? 0 : k;
  let prim = st.phase === 'blend' ? st.blend : st.seg;
  let timeLeft = dt;
  let uPrimStart = st.u;
  let tPrimStart = st.bezierT;
  let finishing = false;
  for (let iter = 0; iter < 4 && timeLeft > 0; iter++) {
    const isBlend = prim === st.blend;
    const hard = !isBlend && !prim.blendOut;
    const vT = prim.uRateMax * kk;
    let vEnd = 0;
    if (!hard) vEnd = prim.lengthM > 1e-12 ? Math.min(vT, (prim.exitSpeedMPerS * kk) / prim.lengthM) : vT;
    const rem = prim.uEnd - st.u;
    const v0 = st.uRate;
    const v1 = nextPathRate(v0, vT, vEnd, prim.uAccMax, rem > 0 ? rem : 0, timeLeft, hard);
    const du = 0.5 * (v0 + v1) * timeLeft;
    if (du < rem) {
      moveAlong(st, prim, du);
      st.uRate = v1;
      break;
    }
    const tUsed = v0 + v1 > 0 ? Math.min(timeLeft, (2 * rem) / (v0 + v1)) : timeLeft;
    moveAlong(st, prim, rem > 0 ? rem : 0);
    st.uRate = hard ? 0 : v1;
    timeLeft -= tUsed;
    if (hard) {
      finishing = true;
      break;
    }
    if (isBlend) {
      leaveBlend(st);
      prim = st.seg;
    } else {
      if (!enterBlend(st, robot, program, tool, wobj)) return;
      prim = st.blend;
    }
    uPrimStart = st.u;
    tPrimStart = st.bezierT;
  }
  if (isCartesian(prim.kind)) {
    if (!evaluateCartesian(st, robot, program, wobj, prim, uPrimStart, tPrimStart, kk, dt)) return;
  } else evaluateJoint(st, robot, tool, prim, dt);
  if (finishing && st.u >= prim.uEnd) completeInstruction(st, program);
  else if (st.holdRequested && st.uRate === 0) finishHold(st);
}
