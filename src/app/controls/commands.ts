// Everything a trainee can do, as plain functions that send intents. Desktop buttons, keyboard shortcuts
// and the XR pendant all call these, so each action exists once.
import type { RotationRows } from '../../sim/cell/types.ts';
import type { InspectTarget } from '../../sim/faults/fault-intent-types.ts';
import type { Intent } from '../../sim/intents.ts';
import { JOG_FRAMES, type MoveKind, usePendantStore } from '../stores/pendant-store.ts';
import { type ScenarioAction, TIME_SCALES, useSimStore } from '../stores/sim-store.ts';
import { useUIStore } from '../stores/ui-store.ts';

const send = (intent: Intent): void => useSimStore.getState().send(intent);
const act = (action: ScenarioAction): void => useSimStore.getState().sendAction(action);
const view = () => useSimStore.getState().view;
const pendant = () => usePendantStore.getState();

export function setEnabling(position: 'released' | 'enabled' | 'panic'): void {
  send({ type: 'enablingDevice', position });
}

export function jog(direction: -1 | 0 | 1): void {
  const p = pendant();
  send({ type: 'jog', frame: p.jogFrame, axis: p.jogAxis, direction });
}

export function selectJogAxis(axis: number): void {
  pendant().set({ jogAxis: axis });
}

export function nextJogFrame(): void {
  const p = pendant();
  p.set({ jogFrame: JOG_FRAMES[(JOG_FRAMES.indexOf(p.jogFrame) + 1) % JOG_FRAMES.length]! });
}

export function toggleFreedrive(): void {
  setFreedrive(!view().freedrive);
}

/**
 * Freedrive button. The controller changes motion mode only with the arm at rest, so pressing takes effect once
 * a jog or program motion has stopped, and releasing first holds the arm where it is, then leaves hand-guiding
 * once it has settled.
 */
export function setFreedrive(on: boolean): void {
  const sim = useSimStore.getState();
  sim.deferred.length = 0;
  if (on) {
    sim.sendWhenStopped({ type: 'freedrive', on: true });
    return;
  }
  if (sim.view.freedrive) {
    const t = sim.view.tcp;
    send({ type: 'handGuide', position: [t[3]!, t[7]!, t[11]!] });
  }
  sim.sendWhenStopped({ type: 'freedrive', on: false });
}

/** Hand-guiding target for the TCP (sim world, m); ignored until freedrive is actually on. */
export function handGuide(position: [number, number, number], rotation?: RotationRows): void {
  if (!view().freedrive) return;
  send(rotation ? { type: 'handGuide', position, rotation } : { type: 'handGuide', position });
}

export function recordPoint(): string {
  const p = pendant();
  let n = p.points.length + 1;
  while (p.points.includes(`P${n}`)) n++;
  const name = `P${n}`;
  send({ type: 'recordPoint', name });
  p.set({ points: [...p.points, name], targetPoint: null });
  return name;
}

/**
 * Adds a move to the selected point (default: the last taught one); MoveC goes through the point taught just
 * before it. False when the points are missing.
 */
export function addMove(move: MoveKind): boolean {
  const p = pendant();
  const index = p.targetPoint != null ? p.points.indexOf(p.targetPoint) : p.points.length - 1;
  const target = p.points[index];
  const via = move === 'C' ? p.points[index - 1] : undefined;
  if (target == null || (move === 'C' && via == null)) return false;
  const zoneMm = p.zoneMm > 0 ? p.zoneMm : ('fine' as const);
  const weave = p.weaveOn ? { ...p.weave } : undefined;
  const line = {
    move,
    target,
    speedMmPerS: p.speedMmPerS,
    zoneMm,
    arc: p.arcOnMove,
    ...(via != null ? { via } : {}),
    ...(weave ? { weave } : {}),
  };
  send({ type: 'addMove', ...line });
  p.set({ program: [...p.program, line] });
  return true;
}

export function deleteMove(index: number): void {
  const p = pendant();
  send({ type: 'deleteMove', index });
  p.set({ program: p.program.filter((_, i) => i !== index) });
}

export function clearProgram(): void {
  send({ type: 'clearProgram' });
  pendant().set({ program: [] });
}

export const stepProgram = (): void => send({ type: 'stepProgram' });
export const runProgram = (): void => send({ type: 'runProgram' });
export const pauseProgram = (): void => send({ type: 'pauseProgram' });
export const stopProgram = (): void => send({ type: 'stopProgram' });

export function toggleArc(): void {
  send({ type: 'arc', on: !view().arcOn });
}

export function setArc(on: boolean): void {
  send({ type: 'arc', on });
}

export const eStop = (): void => send({ type: 'eStop' });

export function resetStops(): void {
  const s = view().safety;
  if (s === 'e-stop') send({ type: 'resetEStop' });
  else send({ type: 'resetProtectiveStop' });
}

export function changeSpeedOverride(deltaPercent: number): void {
  const percent = Math.min(100, Math.max(1, view().speedOverridePercent + deltaPercent));
  send({ type: 'setSpeedOverride', percent });
}

export function setSpeedOverride(percent: number): void {
  send({ type: 'setSpeedOverride', percent: Math.min(100, Math.max(1, percent)) });
}

export function toggleHelmet(): void {
  send({ type: 'helmet', down: !view().helmetDown });
}

export function toggleDoor(): void {
  send({ type: 'door', open: !view().doorOpen });
}

export function toggleMode(): void {
  send({ type: 'setMode', mode: view().mode === 'manual' ? 'auto' : 'manual' });
}

export function toggleHelp(): void {
  const ui = useUIStore.getState();
  ui.setHelpOpen(!ui.helpOpen);
}

export function toggleMute(): void {
  const ui = useUIStore.getState();
  ui.setMuted(!ui.muted);
}

export function togglePanels(): void {
  const ui = useUIStore.getState();
  ui.setPanelsOpen(!ui.panelsOpen);
}

// Scenario actions: only a running scenario takes them (free play ignores them).

/** The trainee says the current phase is done. */
export const phaseDone = (): void => act({ type: 'advancePhase' });

/** The trainee names the cause of an alarm or stop. */
export const diagnose = (cause: string): void => act({ type: 'diagnose', cause });

/** End the attempt now and grade it. */
export const finishAttempt = (): void => act({ type: 'finish' });

/** Next simulation speed (1×, 2×, 4×, 8×, then 1× again). */
export function cycleTimeScale(): void {
  const sim = useSimStore.getState();
  const i = TIME_SCALES.indexOf(sim.timeScale);
  sim.setTimeScale(TIME_SCALES[(i + 1) % TIME_SCALES.length]!);
}

// Inspection and maintenance at the cell (fault intents of src/sim/faults).

export const inspect = (target: InspectTarget): void => send({ type: 'inspect', target });
export const holdProgram = (): void => send({ type: 'holdProgram' });
export const resetAlarms = (): void => send({ type: 'resetAlarms' });

/** A maintenance or repair action (replace the tip, open the gas valve, rethread the wire…). */
export const maintain = (intent: Intent): void => send(intent);
