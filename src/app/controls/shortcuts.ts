// Keyboard shortcuts: one table drives both the key handling and the help overlay.
// Hold-type actions (enabling switch, jog) act on key down and undo on key up, like the pendant's buttons.
import * as c from './commands.ts';

export interface Shortcut {
  /** i18n key under `keys.` describing the action. */
  id: string;
  /** KeyboardEvent.code values that trigger it. */
  codes: readonly string[];
  /** Shown in the help overlay. */
  label: string;
  down: (code: string) => void;
  /** For hold actions: what key up does. */
  up?: () => void;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'help', codes: ['F1', 'Slash'], label: '? / F1', down: c.toggleHelp },
  {
    id: 'enable',
    codes: ['KeyE'],
    label: 'E',
    down: () => c.setEnabling('enabled'),
    up: () => c.setEnabling('released'),
  },
  {
    id: 'jogAxis',
    codes: ['Digit1', 'Digit2', 'Digit3', 'Digit4', 'Digit5', 'Digit6'],
    label: '1 … 6',
    down: (code) => c.selectJogAxis(Number(code.slice(5)) - 1),
  },
  { id: 'jogMinus', codes: ['KeyJ'], label: 'J', down: () => c.jog(-1), up: () => c.jog(0) },
  { id: 'jogPlus', codes: ['KeyK'], label: 'K', down: () => c.jog(1), up: () => c.jog(0) },
  { id: 'jogFrame', codes: ['KeyF'], label: 'F', down: c.nextJogFrame },
  { id: 'freedrive', codes: ['KeyG'], label: 'G', down: c.toggleFreedrive },
  { id: 'record', codes: ['KeyP'], label: 'P', down: () => void c.recordPoint() },
  { id: 'moveJ', codes: ['KeyM'], label: 'M', down: () => void c.addMove('J') },
  { id: 'moveL', codes: ['KeyL'], label: 'L', down: () => void c.addMove('L') },
  { id: 'moveC', codes: ['KeyC'], label: 'C', down: () => void c.addMove('C') },
  { id: 'arc', codes: ['KeyA'], label: 'A', down: c.toggleArc },
  { id: 'step', codes: ['KeyN'], label: 'N', down: c.stepProgram },
  { id: 'run', codes: ['KeyR'], label: 'R', down: c.runProgram },
  { id: 'pause', codes: ['KeyB'], label: 'B', down: c.pauseProgram },
  { id: 'stop', codes: ['KeyX'], label: 'X', down: c.stopProgram },
  { id: 'eStop', codes: ['Escape'], label: 'Esc', down: c.eStop },
  { id: 'reset', codes: ['KeyT'], label: 'T', down: c.resetStops },
  { id: 'speedUp', codes: ['BracketRight'], label: ']', down: () => c.changeSpeedOverride(10) },
  { id: 'speedDown', codes: ['BracketLeft'], label: '[', down: () => c.changeSpeedOverride(-10) },
  { id: 'helmet', codes: ['KeyH'], label: 'H', down: c.toggleHelmet },
  { id: 'door', codes: ['KeyD'], label: 'D', down: c.toggleDoor },
  { id: 'mode', codes: ['KeyO'], label: 'O', down: c.toggleMode },
  { id: 'mute', codes: ['KeyV'], label: 'V', down: c.toggleMute },
  { id: 'panels', codes: ['Backquote'], label: '`', down: c.togglePanels },
];

/** Scenario keys (described under `keys.*` in the flow's own string files, src/app/flow/i18n.*.json). */
export const FLOW_SHORTCUTS: readonly Shortcut[] = [
  { id: 'phaseDone', codes: ['KeyQ'], label: 'Q', down: c.phaseDone },
  { id: 'timeScale', codes: ['KeyW'], label: 'W', down: c.cycleTimeScale },
];

/** Every key the app handles, in the order the help overlay lists them. */
export const ALL_SHORTCUTS: readonly Shortcut[] = [...SHORTCUTS, ...FLOW_SHORTCUTS];

const byCode = new Map<string, Shortcut>();
for (const s of ALL_SHORTCUTS) for (const code of s.codes) byCode.set(code, s);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable;
}

/**
 * Installs the shortcuts on `target`; returns the cleanup. While `active()` is false (a home or briefing screen
 * covers the cell) only the help key works.
 */
export function installShortcuts(target: Window = window, active: () => boolean = () => true): () => void {
  const held = new Set<string>();
  const onDown = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const s = byCode.get(e.code);
    if (!s) return;
    if (s.id !== 'help' && !active()) return;
    // Emergency stop works from anywhere; other keys leave form fields alone.
    if (s.id !== 'eStop' && isTyping(e.target)) return;
    e.preventDefault();
    if (e.repeat || held.has(e.code)) return;
    if (s.up) held.add(e.code);
    s.down(e.code);
  };
  const onUp = (e: KeyboardEvent) => {
    if (!held.delete(e.code)) return;
    byCode.get(e.code)?.up?.();
  };
  // Losing focus with a hold key down must release it (a dead-man switch fails safe).
  const onBlur = () => {
    for (const code of held) byCode.get(code)?.up?.();
    held.clear();
  };
  target.addEventListener('keydown', onDown);
  target.addEventListener('keyup', onUp);
  target.addEventListener('blur', onBlur);
  return () => {
    target.removeEventListener('keydown', onDown);
    target.removeEventListener('keyup', onUp);
    target.removeEventListener('blur', onBlur);
  };
}
