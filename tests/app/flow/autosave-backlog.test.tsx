// @vitest-environment happy-dom
// On a busy device one IndexedDB write can take longer than the one-second autosave interval. The autosave
// must not queue a save per second behind the slow one (finishing an attempt would then wait for minutes, as
// seen in the browser): while a save is in flight the periodic save is skipped.
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AttemptRecorder } from '../../../src/app/attempts/recorder.ts';
import { MemoryAttemptStore } from '../../../src/app/attempts/memory-store.ts';
import type { StoredChunk } from '../../../src/app/attempts/types.ts';
import { useAttemptAutosave } from '../../../src/app/attempts/use-attempt-autosave.ts';
import type { LoggedAnyIntent } from '../../../src/scenario/index.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** Every save takes 2.5 s. */
class SlowStore extends MemoryAttemptStore {
  saves = 0;
  override async save(id: string, chunk: StoredChunk | null, tick: number): Promise<void> {
    this.saves++;
    await new Promise((r) => setTimeout(r, 2500));
    return super.save(id, chunk, tick);
  }
}

const live = { log: [] as LoggedAnyIntent[], tick: 0 };
function Runner({ id, recorder }: { id: string; recorder: AttemptRecorder }) {
  useAttemptAutosave(id, () => ({ log: live.log, tick: live.tick }), { recorder });
  return null;
}

let root: Root;
beforeEach(() => {
  vi.useFakeTimers();
  root = createRoot(document.createElement('div'));
});
afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
});

describe('autosave on a slow store', () => {
  it('skips periodic saves while one is in flight, so finishing waits for at most one', async () => {
    const store = new SlowStore();
    const recorder = new AttemptRecorder(store);
    const a = await recorder.start({ scenarioId: 's', version: 1, seed: 1, appVersion: '0', trainee: 't' });
    act(() => root.render(createElement(Runner, { id: a.id, recorder })));
    for (let s = 1; s <= 10; s++) {
      live.log.push({ tick: s * 180, intent: { type: 'advancePhase' } });
      live.tick = s * 180;
      await act(async () => vi.advanceTimersByTimeAsync(1000));
    }
    // Finishing waits for the save in flight and its own, about 5 s, not for a queue of one save per second.
    let finished: { status: string } | null = null;
    void recorder.finish(a.id, { tick: live.tick, status: 'finished' }).then((f) => (finished = f));
    await act(async () => vi.advanceTimersByTimeAsync(6000));
    expect(finished).toMatchObject({ status: 'finished' });
    expect(store.saves).toBeLessThanOrEqual(6);
    expect((await store.log(a.id)).length).toBe(10);
  });
});
