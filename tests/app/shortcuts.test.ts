// @vitest-environment happy-dom
// Keyboard shortcuts send the same intents as the pendant buttons; hold keys behave like dead-man switches.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installShortcuts } from '../../src/app/controls/shortcuts.ts';
import { useSimStore } from '../../src/app/stores/sim-store.ts';
import { useUIStore } from '../../src/app/stores/ui-store.ts';

const pending = () => useSimStore.getState().pending.map((i) => JSON.stringify(i));
const key = (type: 'keydown' | 'keyup', code: string, target: EventTarget = window) =>
  target.dispatchEvent(new KeyboardEvent(type, { code, bubbles: true }));

describe('keyboard shortcuts', () => {
  let uninstall: () => void;
  beforeEach(() => {
    useSimStore.getState().loadCell('cobot');
    uninstall = installShortcuts(window);
  });
  afterEach(() => uninstall());

  it('E is the enabling switch: enabled while held, released on key up', () => {
    key('keydown', 'KeyE');
    key('keydown', 'KeyE'); // auto-repeat must not resend
    key('keyup', 'KeyE');
    expect(pending()).toEqual([
      JSON.stringify({ type: 'enablingDevice', position: 'enabled' }),
      JSON.stringify({ type: 'enablingDevice', position: 'released' }),
    ]);
  });

  it('losing window focus releases a held switch (fails safe)', () => {
    key('keydown', 'KeyE');
    window.dispatchEvent(new Event('blur'));
    expect(pending().at(-1)).toBe(JSON.stringify({ type: 'enablingDevice', position: 'released' }));
  });

  it('jog keys jog the selected axis while held', () => {
    key('keydown', 'Digit3');
    key('keydown', 'KeyK');
    key('keyup', 'KeyK');
    expect(pending()).toEqual([
      JSON.stringify({ type: 'jog', frame: 'base', axis: 2, direction: 1 }),
      JSON.stringify({ type: 'jog', frame: 'base', axis: 2, direction: 0 }),
    ]);
  });

  it('typing in a form field does not trigger shortcuts, but Escape still stops the robot', () => {
    const input = document.createElement('input');
    document.body.appendChild(input);
    key('keydown', 'KeyA', input);
    key('keydown', 'Escape', input);
    expect(pending()).toEqual([JSON.stringify({ type: 'eStop' })]);
    input.remove();
  });

  it('? opens and closes the help overlay', () => {
    key('keydown', 'Slash');
    expect(useUIStore.getState().helpOpen).toBe(true);
    key('keydown', 'Slash');
    expect(useUIStore.getState().helpOpen).toBe(false);
  });
});
