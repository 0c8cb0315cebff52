// The one place the app touches the simulator's world API: create, step, and copy what the view needs.
import type { CellConfig } from '../../sim/cell/types.ts';
import type { WeldSettings } from '../../sim/cell/weld-settings.ts';
import type { Intent } from '../../sim/intents.ts';
import { arcIsBurning } from '../../sim/systems/arc-sequence.ts';
import { createWorld, robotStopped as worldStopped, step, type WorldState } from '../../sim/world.ts';
import type { SafetyStateView, SimView } from './sim-view.ts';

export type SimWorld = WorldState;

export const simAvailable = true;

/** A torch farther than this from the seam line (mm) shows no technique readings. */
const GAUGE_RANGE_MM = 60;

export interface SimWorldInit {
  cell: CellConfig;
  seed: number;
  joints: readonly number[];
  positionerJoints?: readonly number[];
  settings: WeldSettings;
}

export function createSimWorld(init: SimWorldInit): SimWorld {
  return createWorld({
    seed: init.seed,
    cell: init.cell,
    settings: { ...init.settings },
    joints: init.joints.slice(),
    ...(init.positionerJoints ? { positionerJoints: init.positionerJoints.slice() } : {}),
  });
}

/** Below this the hand-guiding twist counts as zero: the controller's own standstill rule (sim/motion/commands.ts). */
const GUIDE_STANDSTILL = 1e-9;

/** The arm stands still by the rule the controller applies before it changes motion mode. */
export function robotStopped(world: SimWorld): boolean {
  const m = world.motion;
  if (m.mode === 'hand-guide') {
    for (let i = 0; i < m.guide.twist.length; i++)
      if (Math.abs(m.guide.twist[i]!) >= GUIDE_STANDSTILL) return false;
    return true;
  }
  return worldStopped(world);
}

export function stepSimWorld(world: SimWorld, intents: readonly Intent[]): void {
  step(world, intents);
}

function safetyOf(w: SimWorld): SafetyStateView {
  const s = w.safety;
  if (s.eStop.active) return 'e-stop';
  if (s.guard.active || s.protective.active) return 'protective-stop';
  if (s.output.speedLevel === 'reduced' || s.output.reducedMode) return 'reduced';
  return 'normal';
}

/** Copies what the view shows out of the world into `view` (in place, no allocation). */
export function readSimView(w: SimWorld, view: SimView): void {
  view.tick = w.tick;
  const q = w.motion.q;
  for (let i = 0; i < view.robotQ.length; i++) view.robotQ[i] = q[i] ?? 0;
  if (w.positioner)
    for (let i = 0; i < view.positionerQ.length; i++) view.positionerQ[i] = w.positioner.q[i] ?? 0;
  for (let i = 0; i < 12; i++) view.tcp[i] = w.tcpWorld[i]!;
  view.arcPhase = w.arc.phase;
  view.arcOn = arcIsBurning(w.arc);
  const b = w.bead;
  const n = b.seamMm.length;
  view.currentA = view.arcOn && n > 0 ? b.currentA[n - 1]! : 0;
  view.voltageV = view.arcOn && n > 0 ? b.voltageV[n - 1]! : 0;
  const t = view.technique;
  const m = w.torch;
  cacheSeamLength(w.cell.workpiece);
  const seamLengthMm = cachedSeamLengthMm[0]!;
  t.valid =
    Math.abs(m.aimMm) < GAUGE_RANGE_MM &&
    m.ctwdMm > 0 &&
    m.ctwdMm < GAUGE_RANGE_MM &&
    m.seamDistanceMm > -GAUGE_RANGE_MM &&
    m.seamDistanceMm < seamLengthMm + GAUGE_RANGE_MM;
  t.ctwdMm = m.ctwdMm;
  t.workAngleDeg = m.workAngleDeg;
  t.travelAngleDeg = m.travelAngleDeg;
  t.aimMm = m.aimMm;
  t.travelSpeedMmPerS = w.torchSpeedMmPerS;
  view.safety = safetyOf(w);
  view.enablingDevice = w.controls.enabling;
  view.freedrive = w.controls.freedrive;
  view.mode = w.controls.operatingMode;
  view.speedOverridePercent = w.motion.overridePercent;
  view.programState = w.motion.exec;
  view.programLength = w.program.instructions.length;
  view.programPointer = w.motion.pc;
  view.helmetDown = w.people.helmetDown;
  view.doorOpen = !w.controls.doorClosed;
  view.beadSamples = n;
  view.events = w.events.length;
}

// The seam length (mm) of the last workpiece seen, computed once per workpiece and kept in a typed array: a double
// returned from a call that is not inlined would be boxed every frame.
let seamFor: SimWorld['cell']['workpiece'] | null = null;
const cachedSeamLengthMm = new Float64Array(1);

function cacheSeamLength(wp: SimWorld['cell']['workpiece']): void {
  if (wp === seamFor) return;
  seamFor = wp;
  if (wp.pipeOdMm != null) cachedSeamLengthMm[0] = Math.PI * wp.pipeOdMm;
  else {
    const dx = wp.seamEnd[0] - wp.seamStart[0];
    const dy = wp.seamEnd[1] - wp.seamStart[1];
    const dz = wp.seamEnd[2] - wp.seamStart[2];
    cachedSeamLengthMm[0] = Math.sqrt(dx * dx + dy * dy + dz * dz) * 1000;
  }
}
