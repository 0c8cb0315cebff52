// Motion state: plain JSON data (number arrays, strings, booleans), hashed with the world state and replayed
// bit for bit. Per-step code writes into these arrays in place; nothing here is a class or a typed array.
import type { MotionEvent } from './motion-events.ts';
import { multiply34 } from '../core/transform.ts';
import type { RobotModel } from '../robot/index.ts';

export type MotionMode = 'program' | 'jog' | 'hand-guide';
/** Program execution: idle (no active move), running, paused on the path, or stopped by an error. */
export type ExecState = 'idle' | 'running' | 'paused' | 'error';
export type SegmentKind = 'none' | 'joint' | 'line' | 'arc' | 'cblend' | 'jblend';
export type JogFrame = 'joint' | 'base' | 'tool' | 'work';
/** UR freedrive constraints: all axes, translation in a plane, translation only, rotation about the TCP only. */
export type GuideConstraint = 'free' | 'plane' | 'translation' | 'rotation';

/**
 * One path primitive, parameterised by u ∈ [0, 1] over its full geometry. It runs from uStart (after a blend
 * into it) to uEnd (where a blend out of it begins, else 1). Cartesian kinds live in the work-object frame.
 */
export interface Segment {
  kind: SegmentKind;
  /** Program instruction it executes (−1: none). */
  instruction: number;
  /** Executed backwards (pendant BWD): no arc, no weave. */
  backward: boolean;
  arcOn: boolean;
  weaveOn: boolean;
  /** TCP path length, m (chord estimate for joint kinds). */
  lengthM: number;
  /** Programmed TCP speed (m/s), used for fly-by speeds; for joint kinds an estimate. */
  speedMPerS: number;
  /** TCP speed (m/s, at 100 % override) to leave uEnd with when flying by; 0 for an exact stop. */
  exitSpeedMPerS: number;
  /** Max du/dt at 100 % override (1/s), and max d²u/dt² (1/s²). */
  uRateMax: number;
  uAccMax: number;
  uStart: number;
  uEnd: number;
  /** Flies by its end into a blend (else an exact stop). */
  blendOut: boolean;
  /** Positions (3 each): line p0→p1; arc centre p0 with radius-scaled axes p1, p2; cblend control points. */
  p0: number[];
  p1: number[];
  p2: number[];
  p3: number[];
  /** Orientation quaternions [w,x,y,z] at u = 0 and u = 1, and the slerp half-angle between them. */
  qa: number[];
  qb: number[];
  oriHalfAngle: number;
  /** Arc sweep angle (rad). */
  sweep: number;
  /** Joints: joint j0→j1; jblend quadratic Bézier j0, j1 (corner), j2. */
  j0: number[];
  j1: number[];
  j2: number[];
}

export interface JogState {
  frame: JogFrame;
  /** 0–5: joint index, or x, y, z, rx, ry, rz in the chosen frame. */
  axis: number;
  direction: -1 | 0 | 1;
  /** Current signed jog rate (rad/s, m/s or rad/s about the axis). */
  rate: number;
}

export interface HandGuideState {
  constraint: GuideConstraint;
  /** Plane normal for `plane` freedrive, robot base frame. */
  planeNormal: number[];
  /** Hand wrench on the torch, robot base frame, applied at the TCP. */
  forceN: number[];
  torqueNm: number[];
  /** When true the wrench comes from a virtual coupling to `handTarget` (a TCP pose, robot base frame). */
  targetActive: boolean;
  handTarget: number[];
  /** TCP twist [vx, vy, vz, wx, wy, wz], m/s and rad/s. */
  twist: number[];
  /** A limit was hit and reported; cleared when the arm moves freely again. */
  blocked: boolean;
}

export interface MotionState {
  dof: number;
  mode: MotionMode;
  exec: ExecState;
  /** Pendant single-step (FANUC STEP): run one instruction then pause; zones act as fine. */
  stepMode: boolean;
  /** Executing one instruction backwards (BWD). */
  backward: boolean;
  /** A pause (controlled stop on the path) was requested; `abortOnHold` turns it into stop. */
  holdRequested: boolean;
  abortOnHold: boolean;
  /** Program pointer: the instruction being executed or next to run. */
  pc: number;
  /** The robot stands at the end point of instruction pc − 1 (it completed there). */
  atEndOfPrevious: boolean;
  /** Program speed override, percent (teach pendant override). */
  overridePercent: number;
  /** Active primitive: the instruction's segment or the blend leaving it. */
  phase: 'none' | 'segment' | 'blend';
  seg: Segment;
  blend: Segment;
  /** Path parameter in the active primitive, its rate (1/s), and the Bézier parameter of a cblend. */
  u: number;
  uRate: number;
  bezierT: number;
  /** Joint positions and velocities (finite difference over the last step). */
  q: number[];
  qd: number[];
  /** TCP pose in the robot base frame (Mat34), nominal path point (base frame, no weave), speeds. */
  tcp: number[];
  pathPoint: number[];
  tcpSpeedMPerS: number;
  pathSpeedMPerS: number;
  /** Weave: time into the pattern (s), distance woven (m), current offset [lateral, vertical] (m), frame axes. */
  weaveTimeS: number;
  weaveDistM: number;
  weaveOffsetM: number[];
  weaveLateral: number[];
  weaveUp: number[];
  /**
   * The program is inside an arc-on stretch (from its arc start point to its arc end point, also while paused
   * there); false after the arc end, a stop or an alarm. Burn the arc when arcOn && exec === 'running'.
   */
  arcOn: boolean;
  /** When true the executor holds at arc start / arc end points until the 'release-arc-wait' command (weld sequence). */
  arcInterlock: boolean;
  arcWait: 'none' | 'start' | 'end';
  /** Joint-speed warning already reported for the current instruction. */
  speedLimitedReported: boolean;
  jog: JogState;
  guide: HandGuideState;
  timeS: number;
  /** Events of the last step only (cleared at the start of each step). */
  events: MotionEvent[];
}

export function createSegment(dof: number): Segment {
  return {
    kind: 'none',
    instruction: -1,
    backward: false,
    arcOn: false,
    weaveOn: false,
    lengthM: 0,
    speedMPerS: 0,
    exitSpeedMPerS: 0,
    uRateMax: 0,
    uAccMax: 0,
    uStart: 0,
    uEnd: 1,
    blendOut: false,
    p0: [0, 0, 0],
    p1: [0, 0, 0],
    p2: [0, 0, 0],
    p3: [0, 0, 0],
    qa: [1, 0, 0, 0],
    qb: [1, 0, 0, 0],
    oriHalfAngle: 0,
    sweep: 0,
    j0: new Array<number>(dof).fill(0),
    j1: new Array<number>(dof).fill(0),
    j2: new Array<number>(dof).fill(0),
  };
}

/** Copies every field of `src` into `dst` in place (same dof). */
export function copySegment(src: Segment, dst: Segment): void {
  dst.kind = src.kind;
  dst.instruction = src.instruction;
  dst.backward = src.backward;
  dst.arcOn = src.arcOn;
  dst.weaveOn = src.weaveOn;
  dst.lengthM = src.lengthM;
  dst.speedMPerS = src.speedMPerS;
  dst.exitSpeedMPerS = src.exitSpeedMPerS;
  dst.uRateMax = src.uRateMax;
  dst.uAccMax = src.uAccMax;
  dst.uStart = src.uStart;
  dst.uEnd = src.uEnd;
  dst.blendOut = src.blendOut;
  dst.oriHalfAngle = src.oriHalfAngle;
  dst.sweep = src.sweep;
  for (let i = 0; i < 3; i++) {
    dst.p0[i] = src.p0[i]!;
    dst.p1[i] = src.p1[i]!;
    dst.p2[i] = src.p2[i]!;
    dst.p3[i] = src.p3[i]!;
  }
  for (let i = 0; i < 4; i++) {
    dst.qa[i] = src.qa[i]!;
    dst.qb[i] = src.qb[i]!;
  }
  for (let i = 0; i < dst.j0.length; i++) {
    dst.j0[i] = src.j0[i]!;
    dst.j1[i] = src.j1[i]!;
    dst.j2[i] = src.j2[i]!;
  }
}

/**
 * A motion state at rest at joints `q` (rad). With `robot` and `tool` (flange → TCP) the TCP fields are filled
 * now; otherwise on the first step.
 */
export function createMotionState(
  q: readonly number[],
  robot?: Pick<RobotModel, 'fk'>,
  tool?: ArrayLike<number>,
): MotionState {
  const st = emptyMotionState(q);
  if (robot && tool) {
    const flange = new Array<number>(12).fill(0);
    robot.fk(q, flange);
    multiply34(flange, tool, st.tcp);
    st.pathPoint[0] = st.tcp[3]!;
    st.pathPoint[1] = st.tcp[7]!;
    st.pathPoint[2] = st.tcp[11]!;
  }
  return st;
}

function emptyMotionState(q: readonly number[]): MotionState {
  const dof = q.length;
  return {
    dof,
    mode: 'program',
    exec: 'idle',
    stepMode: false,
    backward: false,
    holdRequested: false,
    abortOnHold: false,
    pc: 0,
    atEndOfPrevious: false,
    overridePercent: 100,
    phase: 'none',
    seg: createSegment(dof),
    blend: createSegment(dof),
    u: 0,
    uRate: 0,
    bezierT: 0,
    q: q.slice(),
    qd: new Array<number>(dof).fill(0),
    tcp: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0],
    pathPoint: [0, 0, 0],
    tcpSpeedMPerS: 0,
    pathSpeedMPerS: 0,
    weaveTimeS: 0,
    weaveDistM: 0,
    weaveOffsetM: [0, 0],
    weaveLateral: [0, 0, 0],
    weaveUp: [0, 0, 0],
    arcOn: false,
    arcInterlock: false,
    arcWait: 'none',
    speedLimitedReported: false,
    jog: { frame: 'joint', axis: 0, direction: 0, rate: 0 },
    guide: {
      constraint: 'free',
      planeNormal: [0, 0, 1],
      forceN: [0, 0, 0],
      torqueNm: [0, 0, 0],
      targetActive: false,
      handTarget: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0],
      twist: [0, 0, 0, 0, 0, 0],
      blocked: false,
    },
    timeS: 0,
    events: [],
  };
}
