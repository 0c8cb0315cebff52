// @vitest-environment happy-dom
// The autosave hook in a real React tree: saves every second while an attempt runs, once more when the tab is
// hidden and when the component goes away; the storage notice appears only when saving fails.
import { act, createElement, useRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AttemptRecorder } from '../../../src/app/attempts/recorder.ts';
import { useAttemptAutosave } from '../../../src/app/attempts/use-attempt-autosave.ts';
import { AttemptStorageNotice } from '../../../src/app/attempts/storage-notice.tsx';
import { i18nReady } from '../../../src/app/i18n/index.ts';
import type { LoggedAnyIntent } from '../../../src/scenario/index.ts';
import { FlakyStore } from './flaky-store.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const live = { log: [] as LoggedAnyIntent[], tick: 0 };

function Runner({ id, recorder }: { id: string | null; recorder: AttemptRecorder }) {
  const renders = useRef(0);
  renders.current++;
  const status = useAttemptAutosave(id, () => ({ log: live.log, tick: live.tick }), { recorder });
  return createElement('div', {
    id: 'runner',
    'data-renders': renders.current,
    'data-problem': String(status.problem),
  });
}

let root: Root;
let host: HTMLElement;

beforeEach(async () => {
  await i18nReady;
  vi.useFakeTimers();
  host = document.createElement('div');
  document.body.appendChild(host);
  root = createRoot(host);
  live.log = [];
  live.tick = 0;
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.useRealTimers();
});

async function flush() {
  // Let the recorder's promise chain settle under fake timers.
  for (let i = 0; i < 5; i++) await act(async () => Promise.resolve());
}

describe('useAttemptAutosave', () => {
  it('saves the new tail of the log every second, not on every render', async () => {
    const store = new FlakyStore();
    const recorder = new AttemptRecorder(store);
    const a = await recorder.start({ scenarioId: 's', version: 1, seed: 1, appVersion: '0', trainee: 't' });
    act(() => root.render(createElement(Runner, { id: a.id, recorder })));
    live.log.push({ tick: 10, intent: { type: 'advancePhase' } });
    live.tick = 100;
    await act(async () => vi.advanceTimersByTime(999));
    expect(store.chunksWritten).toHaveLength(0);
    await act(async () => vi.advanceTimersByTime(1));
    await flush();
    expect(store.chunksWritten.map((c) => c.entries.length)).toEqual([1]);
    live.log.push({ tick: 150, intent: { type: 'finish' } });
    live.tick = 180;
    await act(async () => vi.advanceTimersByTime(1000));
    await flush();
    expect(store.chunksWritten.map((c) => c.seq)).toEqual([0, 1]);
    expect((await store.inner.get(a.id))!.tick).toBe(180);
    expect(Number(host.querySelector('#runner')!.getAttribute('data-renders'))).toBeLessThanOrEqual(2);
  });

  it('saves at once when the tab is hidden, and on unmount', async () => {
    const store = new FlakyStore();
    const recorder = new AttemptRecorder(store);
    const a = await recorder.start({ scenarioId: 's', version: 1, seed: 1, appVersion: '0', trainee: 't' });
    act(() => root.render(createElement(Runner, { id: a.id, recorder })));
    live.log.push({ tick: 1, intent: { type: 'advancePhase' } });
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    await act(async () => void document.dispatchEvent(new Event('visibilitychange')));
    await flush();
    expect(store.chunksWritten).toHaveLength(1);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    live.log.push({ tick: 2, intent: { type: 'finish' } });
    act(() => root.render(createElement(Runner, { id: null, recorder })));
    await flush();
    expect(store.chunksWritten).toHaveLength(2);
  });

  it('shows the private-mode message when the database is unavailable, and nothing while saving works', async () => {
    const store = new FlakyStore();
    const recorder = new AttemptRecorder(store);
    const a = await recorder.start({ scenarioId: 's', version: 1, seed: 1, appVersion: '0', trainee: 't' });
    act(() => root.render(createElement(AttemptStorageNotice, { attemptId: a.id, recorder })));
    expect(host.querySelector('[data-testid="attempt-storage-notice"]')).toBeNull();
    store.failing = 'unavailable';
    live.log.push({ tick: 1, intent: { type: 'advancePhase' } });
    await act(async () => recorder.sync(a.id, live.log, 10));
    const notice = host.querySelector('[data-testid="attempt-storage-notice"]');
    expect(notice?.getAttribute('data-problem')).toBe('unavailable');
    expect(notice?.textContent).toMatch(/cannot be saved in this browser/);
    expect(notice?.querySelector('button')?.textContent).toBe('Download attempt');
  });
});
