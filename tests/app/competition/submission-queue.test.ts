// Final submissions of competition attempts against a real competition server in a child process (the scenario
// engine replaying): an attempt that ends while the server is down stays pending in the attempts store, and goes
// through by itself once the server is back on the same address — exactly once, also when it is sent again. A
// refusal is kept with the server's message and not retried.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AttemptRecorder } from '../../../src/app/attempts/recorder.ts';
import { MemoryAttemptStore } from '../../../src/app/attempts/memory-store.ts';
import type { CompetitionTag, StoredAttempt } from '../../../src/app/attempts/types.ts';
import { submitAttempt } from '../../../src/app/competition/client.ts';
import {
  SUBMIT_FIRST_BACKOFF_MS,
  SubmissionQueue,
  submissionBody,
  submitBackoffMs,
} from '../../../src/app/competition/submission-queue.ts';
import type { StationSession } from '../../../src/app/competition/types.ts';
import {
  BENCH_ORGANISER,
  removeDir,
  setUpEvent,
  spawnServer,
  tempDataDir,
  type SpawnedServer,
} from '../../../scripts/server-child.mjs';
import { goldenAttempt, Organiser } from './support.ts';

const golden = goldenAttempt('cobot-commands-fillet');

async function until(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 60_000,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('pending competition submissions', () => {
  let dataDir: string;
  let server: SpawnedServer | undefined;
  let url: string;
  let port: string;
  let session: StationSession;
  let eventId: number;
  let roundId: number;
  let organiser: Organiser;
  let recorder: AttemptRecorder;
  let store: MemoryAttemptStore;

  const start = () =>
    spawnServer({
      dataDir,
      env: { WELDTWIN_VERIFIER: 'scenario', PORT: port, WELDTWIN_VERIFY_WORKERS: '1' },
    });

  beforeAll(async () => {
    dataDir = tempDataDir('weldtwin-station-queue-');
    port = '0';
    server = await start();
    url = server.url;
    port = new URL(url).port;
    const ev = await setUpEvent(url, {
      stations: 1,
      scenarioId: golden.file.scenarioId,
      version: golden.file.version,
      seed: golden.file.seed,
    });
    eventId = ev.eventId;
    roundId = ev.round.id;
    const st = ev.stations[0]!;
    session = {
      server: url,
      token: st.token,
      expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
      event: { id: eventId, name: 'Load test cup' },
      station: { id: st.id, name: st.name },
    };
    organiser = await Organiser.login(url, BENCH_ORGANISER);
    store = new MemoryAttemptStore();
    recorder = new AttemptRecorder(store);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    removeDir(dataDir);
  });

  const tag = (): CompetitionTag => ({
    server: url,
    eventId,
    eventName: 'Load test cup',
    roundId,
    roundName: 'Final',
    stationId: session.station.id,
    stationName: session.station.name,
    closesAt: new Date(Date.now() + 3600_000).toISOString(),
    graceS: 60,
  });

  let variant = 0;
  /** Starts recording the golden attempt's scenario and seed on this station, as a competition attempt. */
  function startGolden(id: string) {
    return recorder.start({
      id,
      scenarioId: golden.file.scenarioId,
      version: golden.file.version,
      seed: golden.file.seed,
      appVersion: '0.1.0',
      trainee: 'trainee-1',
      competition: tag(),
    });
  }

  /**
   * The golden attempt recorded on this station and ended, as the flow stores it. The server refuses a log it has
   * already stored under another key, so each gets one more entry after the run ended (never replayed: same hash).
   */
  async function recorded(id: string, hash = golden.hash): Promise<StoredAttempt> {
    const lastTick = golden.file.log[golden.file.log.length - 1]!.tick;
    const log = [
      ...golden.file.log,
      { tick: lastTick + 1, intent: { type: 'recordPoint', name: `after-end-${++variant}` } },
    ];
    await startGolden(id);
    await recorder.sync(id, log as never, lastTick + 2);
    return recorder.finish(id, {
      tick: lastTick + 2,
      status: 'finished',
      result: {
        score: golden.score,
        grade: golden.grade,
        passed: true,
        durationS: 60,
        hash,
        summary: {} as never,
      },
    });
  }

  const stored = async (id: string) => (await recorder.list()).find((a) => a.id === id)!;
  const onServer = async (key: string) =>
    (await organiser.attempts(eventId)).filter((a) => a.idempotencyKey === key);

  it('builds the body from the stored attempt: the whole log, round, station and replay hash — never a score', async () => {
    const a = await recorded('0b0e6c1e-0000-4000-8000-000000000001');
    const body = submissionBody(a, await recorder.exportFile(a.id));
    expect(body).toEqual({
      scenarioId: 'cobot-commands-fillet',
      version: '1.0.0',
      seed: golden.file.seed,
      appVersion: '0.1.0',
      idempotencyKey: a.id,
      log: [...golden.file.log, { tick: golden.file.log.at(-1)!.tick + 1, intent: expect.anything() }],
      roundId,
      stationId: session.station.id,
      hash: golden.hash,
    });
    expect(Object.keys(body)).not.toContain('score');
  });

  it('keeps an attempt pending while the server is down and submits it by itself once it is back', async () => {
    const queue = new SubmissionQueue({
      records: recorder,
      session: () => session,
      submit: (conn, body) => submitAttempt(conn, body, { timeoutMs: 30_000 }),
    });
    const stop = queue.start(null);
    try {
      await server!.stop();
      const a = await recorded('0b0e6c1e-0000-4000-8000-000000000002');
      await queue.enqueue(a);
      const pending = (await stored(a.id)).upload!;
      expect(pending).toMatchObject({
        state: 'pending',
        tries: 1,
        problem: { status: 0, code: 'unreachable' },
      });
      expect(pending.nextTryAt! - Date.parse(pending.lastTriedAt!)).toBeGreaterThanOrEqual(
        0.8 * SUBMIT_FIRST_BACKOFF_MS,
      );
      // Still down at the next try: still pending, waiting longer.
      await until('a second try', async () => (await stored(a.id)).upload!.tries >= 2, 20_000);
      expect((await stored(a.id)).upload!.state).toBe('pending');

      server = await start();
      expect(server.url).toBe(url);
      await until(
        'the verified upload',
        async () => (await stored(a.id)).upload!.state === 'verified',
        90_000,
      );
      const up = (await stored(a.id)).upload!;
      expect(up.verified).toMatchObject({
        score: golden.score,
        grade: golden.grade,
        passed: true,
        hash: golden.hash,
      });
      expect(await onServer(a.id)).toHaveLength(1);

      // Sent again (a lost answer, a second queue after a reload): the same attempt, never a second one.
      await recorder.setUpload(a.id, { ...up, state: 'pending', verified: undefined as never });
      await queue.flush(true);
      expect((await stored(a.id)).upload).toMatchObject({ state: 'verified', verified: { replayed: true } });
      expect(await onServer(a.id)).toHaveLength(1);
    } finally {
      stop();
    }
  }, 180_000);

  it('submits an attempt given up at the resume prompt as it stands: log and end step, no local grade', async () => {
    const id = '0b0e6c1e-0000-4000-8000-000000000009';
    const half = golden.file.log.slice(0, Math.ceil(golden.file.log.length / 2));
    const endTick = half[half.length - 1]!.tick + 90;
    await startGolden(id);
    await recorder.sync(id, half as never, endTick);
    // A reload left it running; the trainee gives it up at the prompt (src/app/flow/runtime.ts discardResume).
    const again = new AttemptRecorder(store);
    expect((await again.loadUnfinished())?.attempt.id).toBe(id);
    const given = await again.discardUnfinished(id);
    expect(given).toMatchObject({ status: 'abandoned', endTick });
    const queue = new SubmissionQueue({
      records: again,
      session: () => session,
      submit: (conn, body) => submitAttempt(conn, body),
    });
    await queue.enqueue(given);
    const upload = (await again.list()).find((a) => a.id === id)!.upload!;
    expect(upload.state).toBe('verified');
    const [onTheServer] = await onServer(id);
    expect(onTheServer).toMatchObject({ endTick, passed: false });
  }, 60_000);

  it('keeps a refusal with the server’s message and does not retry it', async () => {
    const queue = new SubmissionQueue({
      records: recorder,
      session: () => session,
      submit: (conn, body) => submitAttempt(conn, body),
    });
    const a = await recorded('0b0e6c1e-0000-4000-8000-000000000003', 'ffffffffffffffff');
    await queue.enqueue(a);
    const refused = (await stored(a.id)).upload!;
    expect(refused).toMatchObject({
      state: 'refused',
      tries: 1,
      problem: { status: 400, code: 'hash-mismatch' },
    });
    expect(refused.problem!.message).toMatch(/does not replay to the claimed hash/);
    await queue.flush(true);
    expect((await stored(a.id)).upload!.tries).toBe(1);
    expect(await onServer(a.id)).toHaveLength(0);
  }, 60_000);

  it('waits for the station when this app is no longer joined to it, and sends once it is', async () => {
    let current: StationSession | null = null;
    const queue = new SubmissionQueue({
      records: recorder,
      session: () => current,
      submit: (conn, body) => submitAttempt(conn, body),
    });
    const a = await recorded('0b0e6c1e-0000-4000-8000-000000000004');
    await queue.enqueue(a);
    expect((await stored(a.id)).upload).toMatchObject({
      state: 'pending',
      tries: 0,
      problem: { code: 'no-station' },
    });
    current = session;
    await queue.flush(true);
    expect((await stored(a.id)).upload!.state).toBe('verified');
  }, 60_000);

  it('backs off 2 s, 4 s, 8 s … up to 30 s, spread ±20 %', () => {
    expect([1, 2, 3, 4, 5, 6, 9].map((n) => submitBackoffMs(n, () => 0.5))).toEqual([
      2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
    expect(submitBackoffMs(1, () => 0)).toBe(1600);
    expect(submitBackoffMs(1, () => 0.999)).toBeLessThanOrEqual(2400);
  });
});
