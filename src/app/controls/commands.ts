// Everything a trainee can do, as plain functions that send intents. Desktop buttons, keyboard shortcuts
// and the XR pendant all call these, so each action exists once.
import type { Intent } from '../../sim/intents.ts';
import { JOG_FRAMES, type MoveKind, usePendantStore } from '../stores/pendant-store.ts';
import { useSimStore } from '../stores/sim-store.ts';
import { useUIStore } from '../stores/ui-store.ts';

const send = (intent: Intent): void => useSimStore.getState().send(intent);
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
  send({ type: 'freedrive', on: !view().freedrive });
}

export function setFreedrive(on: boolean): void {
  send({ type: 'freedrive', on });
}

export function recordPoint(): string {
  const p = pendant();
  let n = p.points.length + 1;
  while (p.points.includes(`P${n}`)) n++;
  const name = `P${n}`;
  send({ type: 'recordPoint', name });
  p.set({ points: [...p.points, name] });
  return name;
}

/** Adds a move to the last taught point (MoveC: through the second-to-last). False when points are missing. */
export function addMove(move: MoveKind): boolean {
  const p = pendant();
  const target = p.points[p.points.length - 1];
  const via = move === 'C' ? p.points[p.points.length - 2] : undefined;
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
