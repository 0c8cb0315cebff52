// The digital twin's step function. One explicit schedule (ECS-style) runs every fixed step:
//   1 intents → 2 safety monitor → 3 robot motion → 4 arc & bead → 5 faults & maintenance → 6 clock.
// The browser, the CLI and the competition server all call this same function: same inputs, same state, bit for bit.
import type { Intent, LoggedIntent } from './intents.ts';
import type { WorldInit, WorldState } from './world-state.ts';
import { WORLD_SCHEMA } from './world-state.ts';
import { seedPrng } from './core/prng.ts';
import { STEP_S } from './core/clock.ts';
import { hashState } from './core/hash.ts';
import { mat34, multiply34 } from './core/transform.ts';
import { getRobot } from './robot/index.ts';
import type { RobotModel } from './robot/index.ts';
import { createMotionState, stepMotion } from './motion/index.ts';
import { applyMotionCommand } from './motion/index.ts';
import {
  createSafetyInputs,
  createSafetyState,
  stepSafety,
  cobotSafetyConfig,
  industrialSafetyConfig,
  orbitalSafetyConfig,
  pointInBox,
} from './safety/index.ts';
import type { SafetyConfig, SafetyInputs } from './safety/index.ts';
import { createFaultsState, createFaultStepContext, stepFaults, injectFault } from './faults/index.ts';
import type { FaultStepContext } from './faults/index.ts';
import { initialArcState, arcIsBurning } from './systems/arc-sequence.ts';
import { createOrbitalState, stepOrbital } from './systems/orbital.ts';
import { createBeadState } from './systems/bead.ts';
import { emptyTorchMeasures } from './cell/seam-geometry.ts';
import { applyIntent, robotStopped } from './systems/apply-intent.ts';
import { workObjectInBase, updateTcpWorld } from './systems/frames.ts';
import { linkCapsules } from './systems/link-capsules.ts';
import { stepWeld } from './systems/weld-system.ts';
import { torchCollidedThisStep } from './systems/collision.ts';
import { pushEvent } from './events.ts';
import { packNumberArrays } from './systems/packed-arrays.ts';
import {
  quietCandidate,
  canStepQuietly,
  quietStep,
  shouldVerify,
  noteBusy,
  quietSnapshot,
  recordVerification,
} from './systems/quiet-step.ts';

export type { WorldInit, WorldState } from './world-state.ts';

function defaultSafety(family: WorldInit['cell']['family']): SafetyConfig {
  return family === 'cobot'
    ? cobotSafetyConfig()
    : family === 'industrial'
      ? industrialSafetyConfig()
      : orbitalSafetyConfig();
}

// The last robot looked up (the catalogue is fixed, so an id always names the same model).
let lastRobotId = '';
let lastRobot: RobotModel | undefined;

function robotOf(w: Pick<WorldState, 'cell'>): RobotModel {
  const id = w.cell.robotId;
  if (id === lastRobotId && lastRobot) return lastRobot;
  const r = getRobot(id);
  if (!r) throw new RangeError(`unknown robot ${JSON.stringify(w.cell.robotId)}`);
  lastRobotId = id;
  lastRobot = r;
  return r;
}

/** Build the initial world. Throws RangeError with a clear message on an impossible set-up. */
export function createWorld(init: WorldInit): WorldState {
  const robot = getRobot(init.cell.robotId);
  if (!robot) throw new RangeError(`cell.robotId: unknown robot ${JSON.stringify(init.cell.robotId)}`);
  if (init.joints.length !== robot.dof)
    throw new RangeError(`joints: ${robot.id} has ${robot.dof} joints, got ${init.joints.length}`);
  const safetyConfig = packNumberArrays(structuredClone(init.safety ?? defaultSafety(init.cell.family)));
  const tcp = init.cell.tool;
  const faults = createFaultsState([tcp[3]!, tcp[7]!, tcp[11]!]);
  if (init.maintenance) Object.assign(faults.maintenance, init.maintenance);
  const positioner = init.cell.positionerId
    ? {
        robotId: init.cell.positionerId,
        q: (init.positionerJoints ?? [0, 0]).slice(),
        target: (init.positionerJoints ?? [0, 0]).slice(),
      }
    : null;
  const w: WorldState = {
    schema: WORLD_SCHEMA,
    tick: 0,
    rng: seedPrng(init.seed),
    cell: packNumberArrays(structuredClone(init.cell)),
    settings: { ...init.settings },
    controls: {
      operatingMode: init.cell.family === 'cobot' ? 'manual' : 'auto',
      enabling: 'released',
      eStopPressed: false,
      resetPulse: false,
      restartPulse: false,
      doorClosed: true,
      lightCurtainInterrupted: false,
      freedrive: false,
      manualArc: false,
    },
    people: {
      head: [0, -1.5, 1.7],
      leftHand: [-0.3, -1.5, 1.1],
      rightHand: [0.3, -1.5, 1.1],
      torso: [0, -1.5, 1.3],
      present: false,
      helmetDown: false,
      ...init.people,
    },
    program: packNumberArrays(structuredClone(init.program ?? { targets: {}, instructions: [] })),
    motion: createMotionState(init.joints),
    positioner,
    orbital: init.cell.family === 'orbital' ? createOrbitalState(init.joints[2] ?? 0) : null,
    safetyConfig,
    safety: createSafetyState(safetyConfig),
    faults,
    arc: initialArcState(),
    torch: emptyTorchMeasures(),
    torchSpeedMmPerS: 0,
    draughtMPerS: init.draughtMPerS ?? 0,
    manualSpeedGovernor: 1,
    tcpWorld: Array.from(mat34()),
    bead: createBeadState(),
    events: [],
  };
  for (const inj of init.faults ?? []) injectFault(w.faults, inj);
  // The weld program waits at arc start/end points for the weld sequence (domain §3.4).
  applyMotionCommand(w.motion, { type: 'arc-interlock', on: true }, w.program);
  // Settle the TCP for the starting joints: base·flange(q)·tool.
  robot.fk(w.motion.q, scratchFlange);
  if (init.cell.family !== 'orbital') {
    const tcp = multiply34(scratchFlange, controllerTool(w), mat34());
    for (let i = 0; i < 12; i++) w.motion.tcp[i] = tcp[i]!;
  }
  refreshTcp(w, robot);
  return w;
}

// ---- per-step scratch (no allocation in the hot path) ----
const scratchFlange = mat34();
const scratchWobj = mat34();
const safetyInputs: SafetyInputs = createSafetyInputs(8, 1);
const faultCtx: FaultStepContext = createFaultStepContext();
const toolScratch = mat34();

/** Tool the controller uses: the cell's torch with the TCP the controller believes (after a recalibration). */
function controllerTool(w: WorldState): number[] | Float64Array {
  const tool = w.cell.tool;
  for (let i = 0; i < 12; i++) toolScratch[i] = tool[i]!;
  const c = w.faults.torch.controllerTcpM;
  toolScratch[3] = c[0];
  toolScratch[7] = c[1];
  toolScratch[11] = c[2];
  return toolScratch;
}

function refreshTcp(w: WorldState, robot: RobotModel): void {
  if (w.cell.family === 'orbital') {
    robot.fk(w.motion.q, scratchFlange);
    for (let i = 0; i < 12; i++) w.motion.tcp[i] = scratchFlange[i]!;
  }
  updateTcpWorld(w);
}

function fillSafetyInputs(w: WorldState, robot: RobotModel): void {
  const si = safetyInputs,
    c = w.controls,
    p = w.people;
  si.operatingMode = c.operatingMode;
  si.enablingDevice = c.enabling;
  si.eStopPressed = c.eStopPressed;
  si.resetPressed = c.resetPulse;
  si.restartRequested = c.restartPulse;
  si.doorClosed = c.doorClosed;
  si.handGuidingActive = c.freedrive;
  si.commandedSpeedMmPerS = w.motion.pathSpeedMPerS * 1000;
  si.tcpSpeedMmPerS = w.motion.tcpSpeedMPerS * 1000;
  si.tcpPositionM[0] = w.tcpWorld[3]!;
  si.tcpPositionM[1] = w.tcpWorld[7]!;
  si.tcpPositionM[2] = w.tcpWorld[11]!;
  si.toolAxis[0] = w.tcpWorld[2]!;
  si.toolAxis[1] = w.tcpWorld[6]!;
  si.toolAxis[2] = w.tcpWorld[10]!;
  // Link capsules matter only for a tracked person (separation); skip the FK chain when nobody is in the cell.
  si.linkCount = p.present ? linkCapsules(robot, w.motion.q, w.cell.robotBase, w.tcpWorld, si.links) : 0;
  const person = si.people[0]!;
  person.present = p.present;
  person.weldingHelmetDown = p.helmetDown;
  const pts = person.points;
  for (let i = 0; i < pts.length; i++) {
    const pt = pts[i]!;
    // Named reads (a keyed read by a string per point per step is a megamorphic lookup).
    const part = pt.part;
    const src =
      part === 'head' ? p.head : part === 'torso' ? p.torso : part === 'rightHand' ? p.rightHand : p[part];
    pt.positionM[0] = src[0];
    pt.positionM[1] = src[1];
    pt.positionM[2] = src[2];
  }
  // The light curtain / scanner trips when a tracked body point enters the guarded zone (industrial cell).
  let interrupted = false;
  const zone = w.safetyConfig.arc.hazardZone;
  if (w.safetyConfig.lightCurtain && zone && p.present) {
    for (let i = 0; i < pts.length; i++) if (pointInBox(pts[i]!.positionM, zone)) interrupted = true;
  }
  c.lightCurtainInterrupted = interrupted;
  si.lightCurtainInterrupted = interrupted;
  si.arcOn = arcIsBurning(w.arc);
  si.arcPositionM[0] = w.tcpWorld[3]!;
  si.arcPositionM[1] = w.tcpWorld[7]!;
  si.arcPositionM[2] = w.tcpWorld[11]!;
  const hi = w.bead.heatInputKJPerMm;
  si.netArcHeatW = si.arcOn && hi.length ? hi[hi.length - 1]! * 1000 * w.torchSpeedMmPerS : 0;
  const wp = w.cell.workpiece;
  si.partPositionM[0] = (wp.seamStart[0] + wp.seamEnd[0]) / 2;
  si.partPositionM[1] = (wp.seamStart[1] + wp.seamEnd[1]) / 2;
  si.partPositionM[2] = (wp.seamStart[2] + wp.seamEnd[2]) / 2;
}

const NO_INTENTS: readonly Intent[] = [];

/** Advance the world by one fixed step, applying `intents` first (in order). Mutates and returns `w`. */
export function step(w: WorldState, intents: readonly Intent[] = NO_INTENTS): WorldState {
  const dt = STEP_S;
  // Nothing can happen this step: only the clocks, the random stream and the cooling part move (quiet-step.ts).
  const quiet = quietCandidate(w, intents);
  if (quiet && canStepQuietly(w)) {
    quietStep(w, dt);
    return w;
  }
  if (!quiet) noteBusy(w);
  const verify = quiet && shouldVerify(w);
  if (verify) quietSnapshot(w);
  const robot = robotOf(w);
  // 1. Intents.
  for (let i = 0; i < intents.length; i++) applyIntent(w, intents[i]!);

  // 2. Safety monitor.
  fillSafetyInputs(w, robot);
  const safety = stepSafety(w.safety, w.safetyConfig, safetyInputs, dt);
  // A wire frozen in the crater or a tripped collision sensor holds the robot; jogging clear in manual (T1) stays
  // possible after a crash (domain/robots.md §5: "jog clear in T1, reset, check TCP").
  const jogClear = w.controls.operatingMode === 'manual' && w.motion.mode === 'jog';
  const faultsHold = w.faults.wire.stuck || (w.faults.torch.collisionSensorTripped && !jogClear);
  let speedScale = faultsHold ? 0 : safety.speedScale;
  if (w.controls.operatingMode === 'manual' && w.motion.mode === 'program')
    speedScale *= governManualSpeed(w);

  // 3. Robot (or carriage) motion.
  let currentPercent = 100;
  let travelMm = 0;
  let clockHour = 12;
  if (w.orbital) {
    const od = w.cell.workpiece.pipeOdMm ?? 219.1;
    // Orbital heads hold rotation until the arc is established (start dwell, domain/robots.md §2.3), so a restart
    // re-melts where it stopped instead of leaving a gap.
    const travelScale = w.orbital.running && w.arc.phase !== 'welding' ? 0 : speedScale;
    const r = stepOrbital(w.orbital, w.motion.q, od / 2000, travelScale, w.faults.carriage.slipFraction, dt);
    for (let i = 0; i < 3; i++) w.motion.q[i] = r.q[i]!;
    w.motion.tcpSpeedMPerS = (r.travelSpeedMmPerS * speedScale * (w.orbital.running ? 1 : 0)) / 1000;
    w.arc.requested = r.arcRequested;
    currentPercent = r.currentPercent;
    travelMm = r.travelMm;
    // 12 o'clock = 0 rad; hours run clockwise.
    clockHour = ((((w.motion.q[0]! / (2 * Math.PI)) * 12) % 12) + 12) % 12 || 12;
  } else {
    if (w.positioner) stepPositioner(w, dt, speedScale);
    workObjectInBase(w, scratchWobj);
    stepMotion(w.motion, robot, w.program, controllerTool(w), scratchWobj, speedScale, dt);
    const me = w.motion.events;
    for (let i = 0; i < me.length; i++)
      pushEvent(w.events, { tick: w.tick, kind: 'motion', code: me[i]!.code, text: me[i]!.text });
    // The program's arc: request at the arc start point, release the wait once the arc burns (or has ended).
    if (w.motion.arcWait === 'start') {
      w.arc.requested = true;
      if (w.arc.phase === 'welding') applyMotionCommand(w.motion, { type: 'release-arc-wait' }, w.program);
    } else if (w.motion.arcWait === 'end') {
      w.arc.requested = false;
      if (w.arc.phase === 'postflow' || w.arc.phase === 'off')
        applyMotionCommand(w.motion, { type: 'release-arc-wait' }, w.program);
    } else if (w.motion.mode === 'program' && w.motion.exec === 'running') {
      // Along an arc segment the program holds the arc; a resumed weld asks for it again.
      w.arc.requested = w.motion.arcOn;
    } else if (w.motion.mode !== 'program' || w.motion.exec !== 'running') {
      // Manual arc (hand-guided cobot welding or the pendant arc key).
      w.arc.requested = w.controls.manualArc;
    }
  }
  refreshTcp(w, robot);
  const collided = torchCollidedThisStep(w);
  if (collided) applyMotionCommand(w.motion, { type: 'pause' }, w.program);

  // 4. Arc and bead.
  const weave = currentWeave(w);
  const weld = stepWeld(
    w,
    safety.arcPermitted && !faultsHold,
    currentPercent,
    weave.widthMm,
    weave.hz,
    clockHour,
    dt,
  );
  if (weld.transition !== 'none') {
    pushEvent(w.events, {
      tick: w.tick,
      kind:
        weld.transition.startsWith('arc-e') || weld.transition === 'arc-established' ? 'arc-start' : 'alarm',
      code: weld.transition,
      text: weld.transition,
    });
    if (weld.transition === 'arc-start-failure' || weld.transition === 'arc-interrupted') {
      applyMotionCommand(w.motion, { type: 'pause' }, w.program);
    }
  }

  // 5. Faults and maintenance.
  const burning = arcIsBurning(w.arc);
  faultCtx.tS = w.tick * dt;
  faultCtx.arcOn = burning;
  faultCtx.gasOn = w.arc.gasFlowing;
  faultCtx.gasFlowSetLPerMin = w.settings.shieldingGas === 'none' ? 0 : w.settings.gasFlowLPerMin;
  faultCtx.arcEnded =
    weld.transition === 'arc-ended' ||
    weld.transition === 'wire-stick' ||
    weld.transition === 'arc-interrupted';
  faultCtx.arcStartFailed = weld.transition === 'arc-start-failure';
  faultCtx.arcEstablished = weld.transition === 'arc-established';
  faultCtx.torchCollision = collided;
  faultCtx.newPart = false;
  faultCtx.travelMm = travelMm;
  const alarmsBefore = w.faults.alarms.length;
  stepFaults(w.faults, faultCtx, dt, w.rng);
  if (w.faults.alarms.length > alarmsBefore) {
    const a = w.faults.alarms[w.faults.alarms.length - 1]!;
    pushEvent(w.events, { tick: w.tick, kind: 'alarm', code: a.id, text: a.code });
    applyMotionCommand(w.motion, { type: 'pause' }, w.program);
  }

  // 6. Clock; one-step pulses end.
  w.controls.resetPulse = false;
  w.controls.restartPulse = false;
  w.tick++;
  if (verify) recordVerification(w);
  return w;
}

/** The controller keeps program moves in manual mode under 90 % of the 250 mm/s reduced speed (ISO 10218-1). */
const MANUAL_SPEED_TARGET_M_PER_S = 0.9 * 0.25;
/** Recovery of the governor per step when below the target: 1 %/step (≈ 0.4 s to full speed at 180 Hz). [model] */
const GOVERNOR_RECOVERY = 1.01;

function governManualSpeed(w: WorldState): number {
  const v = w.motion.tcpSpeedMPerS;
  let g = w.manualSpeedGovernor;
  if (v > MANUAL_SPEED_TARGET_M_PER_S) g *= MANUAL_SPEED_TARGET_M_PER_S / v;
  else g = Math.min(1, g * GOVERNOR_RECOVERY);
  w.manualSpeedGovernor = g;
  return g;
}

const weaveOut = { widthMm: 0, hz: 0 };
function currentWeave(w: WorldState): { widthMm: number; hz: number } {
  weaveOut.widthMm = 0;
  weaveOut.hz = 0;
  if (w.orbital) {
    const s = w.orbital.sectors[Math.max(0, w.orbital.sector)];
    if (s && w.orbital.running) {
      weaveOut.widthMm = s.oscillationWidthMm;
      weaveOut.hz = s.oscillationHz;
    }
    return weaveOut;
  }
  const m = w.motion;
  if (m.exec === 'running' && m.seg.weaveOn) {
    const ins = w.program.instructions[m.seg.instruction];
    if (ins?.weave) {
      weaveOut.widthMm = ins.weave.widthMm;
      weaveOut.hz = ins.weave.frequencyHz;
    }
  }
  return weaveOut;
}

function stepPositioner(w: WorldState, dt: number, speedScale: number): void {
  const p = w.positioner!;
  const model = getRobot(p.robotId);
  if (!model) return;
  for (let i = 0; i < p.q.length; i++) {
    const maxStep = model.maxJointSpeed[i]! * speedScale * dt;
    const d = p.target[i]! - p.q[i]!;
    p.q[i] = p.q[i]! + (Math.abs(d) <= maxStep ? d : Math.sign(d) * maxStep);
  }
}

/** Hash of the whole world state (bit-identical states ⇔ equal hashes). */
export function hashWorld(w: WorldState): string {
  return hashState(w);
}

/** Time of the world, seconds. */
export function worldTimeS(w: WorldState): number {
  return w.tick * STEP_S;
}

/**
 * Run an input log from an initial world to `untilTick` (default: the last intent's tick). Intents at the same tick
 * apply in log order. The log must be sorted by tick (a replay refuses an unsorted log rather than guess).
 */
export function runLog(
  init: WorldInit,
  log: readonly LoggedIntent[],
  untilTick?: number,
  onStep?: (w: WorldState) => void,
): WorldState {
  const w = createWorld(init);
  const end = untilTick ?? (log.length ? log[log.length - 1]!.tick + 1 : 0);
  let i = 0;
  const batch: Intent[] = [];
  for (let k = 1; k < log.length; k++) {
    if (log[k]!.tick < log[k - 1]!.tick)
      throw new RangeError(
        `log[${k}].tick: ${log[k]!.tick} is earlier than log[${k - 1}].tick ${log[k - 1]!.tick}; the input log must be in time order`,
      );
  }
  while (w.tick < end) {
    if (batch.length !== 0) batch.length = 0;
    while (i < log.length && log[i]!.tick <= w.tick) batch.push(log[i++]!.intent);
    step(w, batch);
    onStep?.(w);
  }
  return w;
}

export { robotStopped };
export { wakeWorld, setQuietFastPath } from './systems/quiet-step.ts';
