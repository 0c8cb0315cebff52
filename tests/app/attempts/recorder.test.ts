import { describe, expect, it } from 'vitest';
import { AttemptRecorder } from '../../../src/app/attempts/recorder.ts';
import { MemoryAttemptStore } from '../../../src/app/attempts/memory-store.ts';
import type { LoggedAnyIntent } from '../../../src/scenario/index.ts';
import { FlakyStore } from './flaky-store.ts';

const start = {
  scenarioId: 'cobot-commands-fillet',
  version: '1.0.0',
  seed: 7,
  appVersion: '0.1.0',
  trainee: 'local',
};

function clock() {
  let t = Date.parse('2026-11-24T09:00:00Z');
  return () => (t += 1000);
}

let ids = 0;
const newRecorder = (store: ConstructorParameters<typeof AttemptRecorder>[0]) =>
  new AttemptRecorder(store, { now: clock(), newId: () => `attempt-${++ids}` });

const setWeld = (tick: number, value: number): LoggedAnyIntent => ({
  tick,
  intent: { type: 'setWeld', key: 'voltageV', value },
});

describe('attempt autosave', () => {
  it('writes only the intents since the last save, as numbered chunks, and the step reached', async () => {
    const store = new FlakyStore();
    const rec = newRecorder(store);
    const a = await rec.start(start);
    const log: LoggedAnyIntent[] = [setWeld(10, 20), setWeld(20, 21)];
    await rec.sync(a.id, log, 180);
    log.push(setWeld(200, 22));
    await rec.sync(a.id, log, 360);
    await rec.sync(a.id, log, 540); // nothing new: the tick moves, no empty chunk
    expect(store.chunksWritten.map((c) => [c.seq, c.entries.map((e) => e.tick)])).toEqual([
      [0, [10, 20]],
      [1, [200]],
    ]);
    const saved = (await store.inner.get(a.id))!;
    expect(saved).toMatchObject({ tick: 540, chunks: 2, savedEntries: 3, status: 'running' });
    expect(await store.inner.log(a.id)).toEqual(log);
    expect(rec.status).toMatchObject({ persistent: true, problem: null, unsavedEntries: 0 });
  });

  it('after a reload finds the interrupted attempt with its whole log and carries on appending to it', async () => {
    const store = new MemoryAttemptStore();
    const before = newRecorder(store);
    const a = await before.start(start);
    const log = [setWeld(5, 20), setWeld(90, 24)];
    await before.sync(a.id, log, 400);
    // The page reloads: a fresh recorder on the same database.
    const after = newRecorder(store);
    const point = await after.loadUnfinished();
    expect(point?.attempt).toMatchObject({ id: a.id, tick: 400, seed: 7, status: 'running' });
    expect(point?.log).toEqual(log);
    const more = [...log, setWeld(500, 26)];
    await after.sync(a.id, more, 600);
    expect(await store.log(a.id)).toEqual(more);
    expect((await store.get(a.id))!.chunks).toBe(2);
  });

  it('finishing saves the rest of the log and the result; nothing is left to resume', async () => {
    const store = new MemoryAttemptStore();
    const rec = newRecorder(store);
    const a = await rec.start(start);
    rec.append(a.id, [setWeld(1, 20)]);
    const done = await rec.finish(a.id, { tick: 900, status: 'finished' });
    expect(done).toMatchObject({ status: 'finished', tick: 900, savedEntries: 1 });
    expect(done.finishedAt! > done.startedAt).toBe(true);
    expect(await store.unfinished()).toEqual([]);
    expect(await rec.loadUnfinished()).toBeNull();
    expect(await store.log(a.id)).toEqual([setWeld(1, 20)]);
  });

  it('starting a new attempt abandons an older interrupted one at its saved step', async () => {
    const store = new MemoryAttemptStore();
    const first = newRecorder(store);
    const a = await first.start(start);
    await first.sync(a.id, [setWeld(3, 20)], 120);
    const second = newRecorder(store);
    const b = await second.start({ ...start, seed: 8 });
    expect(await store.get(a.id)).toMatchObject({ status: 'abandoned', endTick: 120 });
    expect((await store.unfinished()).map((x) => x.id)).toEqual([b.id]);
  });

  it('exports the attempt as a replayable file with its provenance', async () => {
    const rec = newRecorder(new MemoryAttemptStore());
    const a = await rec.start(start);
    await rec.sync(a.id, [setWeld(3, 20)], 50);
    await rec.finish(a.id, { tick: 50, status: 'abandoned', endTick: 50 });
    expect(await rec.exportFile(a.id)).toEqual({
      id: a.id,
      scenarioId: 'cobot-commands-fillet',
      version: '1.0.0',
      seed: 7,
      appVersion: '0.1.0',
      startedAt: '2026-11-24T09:00:01.000Z',
      finishedAt: expect.any(String),
      status: 'abandoned',
      trainee: 'local',
      endTick: 50,
      log: [setWeld(3, 20)],
    });
  });
});

describe('when the device cannot store attempts', () => {
  it('private mode (no IndexedDB): says so once, stops asking the database, loses nothing in memory', async () => {
    const store = new FlakyStore();
    store.failing = 'unavailable';
    const rec = newRecorder(store);
    const seen: string[] = [];
    rec.subscribe(() => seen.push(String(rec.status.problem)));
    const a = await rec.start(start);
    expect(rec.status).toMatchObject({ persistent: false, problem: 'unavailable' });
    const callsAfterStart = store.calls.length;
    const log = [setWeld(1, 20), setWeld(2, 21)];
    await rec.sync(a.id, log, 10);
    await rec.sync(a.id, log, 20);
    expect(store.calls.length).toBe(callsAfterStart);
    await rec.finish(a.id, { tick: 20, status: 'finished' });
    expect((await rec.exportFile(a.id)).log).toEqual(log);
    expect((await rec.list()).map((x) => [x.id, x.status])).toEqual([[a.id, 'finished']]);
    expect(seen[0]).toBe('unavailable');
  });

  it('full disk: keeps the unsaved intents, retries them in one chunk once space is back', async () => {
    const store = new FlakyStore();
    const rec = newRecorder(store);
    const a = await rec.start(start);
    const log = [setWeld(1, 20)];
    await rec.sync(a.id, log, 10);
    store.failing = 'quota';
    log.push(setWeld(11, 21), setWeld(12, 22));
    await rec.sync(a.id, log, 20);
    log.push(setWeld(21, 23));
    await rec.sync(a.id, log, 30);
    expect(rec.status).toMatchObject({ persistent: true, problem: 'quota', unsavedEntries: 3 });
    store.failing = null;
    await rec.sync(a.id, log, 40);
    expect(rec.status).toMatchObject({ problem: null, unsavedEntries: 0 });
    expect(
      store.chunksWritten
        .filter((c) => c.seq === 1)
        .at(-1)!
        .entries.map((e) => e.tick),
    ).toEqual([11, 12, 21]);
    expect(await store.inner.log(a.id)).toEqual(log);
  });

  it('a failed first write is retried: the attempt reaches the database once it works again', async () => {
    const store = new FlakyStore();
    store.failing = 'quota';
    const rec = newRecorder(store);
    const a = await rec.start(start);
    expect(await store.inner.get(a.id)).toBeUndefined();
    store.failing = null;
    await rec.sync(a.id, [setWeld(1, 20)], 10);
    expect(await store.inner.get(a.id)).toMatchObject({ tick: 10, savedEntries: 1 });
  });

  it('a late autosave after the attempt finished is refused as a rejected promise, never a throw', async () => {
    const rec = newRecorder(new MemoryAttemptStore());
    const a = await rec.start(start);
    await rec.finish(a.id, { tick: 1, status: 'finished' });
    let sync: Promise<void> | undefined;
    expect(() => (sync = rec.sync(a.id, [], 2))).not.toThrow();
    await expect(sync).rejects.toThrow(/not being recorded here/);
  });

  it('refuses intents out of time order (the log must replay)', async () => {
    const rec = newRecorder(new MemoryAttemptStore());
    const a = await rec.start(start);
    rec.append(a.id, [setWeld(10, 20)]);
    expect(() => rec.append(a.id, [setWeld(5, 20)])).toThrow(/tick 5 appended after tick 10/);
  });
});
