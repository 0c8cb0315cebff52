// POST /api/attempts/live, run once per store like the server suite: what a station's chunks may be, what the
// server answers, and that a final submission continues the live session only when its log starts with exactly
// the live entries. Uses the log-hash stand-in (tests/server/live-verify.test.ts runs the real engine).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logHashReplay } from '../../../src/server/verify/log-hash-replay.ts';
import { VerifierPool } from '../../../src/server/verify/pool.ts';
import type { SqlStore } from '../../../src/server/store/index.ts';
import { generateAttemptLog } from './attempt-log.ts';
import { attemptFor, Competition, type EventJson, type Res } from './harness.ts';
import { liveSettled, type Entry } from './live-chunks.ts';
import type { StoreFactory } from './stores.ts';

type Station = { id: number; name: string; token: string };

/** A chunk body for `attempt` (an attemptFor body): entries [from, to) of its log, complete below throughTick. */
function chunk(attempt: Record<string, unknown>, from: number, to: number, throughTick: number) {
  const { log, ...head } = attempt;
  return { ...head, from, log: (log as Entry[]).slice(from, to), throughTick };
}

/** Cut points of a log: [index, tick] where every entry before index has a tick below `tick`. */
function cutAt(log: readonly Entry[], index: number): number {
  return log[index]!.tick;
}

export function defineLiveSuite(factory: StoreFactory): void {
  describe(`live verification on ${factory.label}`, () => {
    let pool: VerifierPool;
    let store: SqlStore;
    let cleanup: () => Promise<void>;
    let c: Competition;
    let ev: EventJson;
    let st: Station[];
    const live = (token: string, body: unknown): Promise<Res> =>
      c.req('POST', '/api/attempts/live', { token, body });

    beforeAll(async () => {
      pool = new VerifierPool({ engine: 'log-hash', size: 2 });
      const opened = await factory.open();
      store = opened.store;
      cleanup = opened.cleanup;
      await pool.ready();
      c = await Competition.start(store, pool);
      ev = await c.createEvent([{ seed: 4711 }]);
      st = await c.stations(ev.id, ['Live A', 'Live B']);
    }, 60_000);
    afterAll(async () => {
      await c?.close();
      await pool?.close();
      await cleanup?.();
    });

    it('takes chunks in order, says what it holds, and continues the session at the final submission', async () => {
      const a = attemptFor(ev.rounds[0]!, 101);
      const log = a.log as Entry[];
      const half = Math.floor(log.length / 2);
      const r0 = await live(st[0]!.token, chunk(a, 0, 0, 0));
      expect(r0.status, r0.text).toBe(200);
      expect(r0.json).toEqual({ live: { received: 0, throughTick: 0, replayedThroughTick: 0 } });
      const r1 = await live(st[0]!.token, chunk(a, 0, half, cutAt(log, half)));
      expect(r1.status, r1.text).toBe(200);
      expect(r1.json.live).toMatchObject({ received: half, throughTick: cutAt(log, half) });
      await liveSettled(pool);
      const again = await live(st[0]!.token, chunk(a, 0, half, cutAt(log, half)));
      expect(again.json.live.replayedThroughTick).toBe(cutAt(log, half));
      const before = pool.stats().finals;
      const final = await c.submit(st[0]!.token, a);
      expect(final.status, final.text).toBe(201);
      expect(pool.stats().finals.continued).toBe(before.continued + 1);
      const cold = logHashReplay({ scenarioId: a.scenarioId as string, version: 1, seed: 4711, log });
      expect(final.json.attempt).toMatchObject({ hash: cold.hash, score: cold.score, grade: cold.grade });
      expect(final.json.attempt.breakdown).toEqual(cold.breakdown);
    });

    it('answers a chunk that does not start at the entries held with 409 live-out-of-order and expectedFrom', async () => {
      const a = attemptFor(ev.rounds[0]!, 102);
      const log = a.log as Entry[];
      // No session yet: anything but from 0 is out of order, expectedFrom 0.
      const none = await live(st[0]!.token, chunk(a, 10, 20, cutAt(log, 20)));
      expect(none.status).toBe(409);
      expect(none.json.error).toMatchObject({ status: 409, code: 'live-out-of-order', expectedFrom: 0 });
      expect(none.json.error.message).toMatch(
        /starts at log entry 10, but the server holds 0 entries .*resend the log from entry 0/,
      );
      expect((await live(st[0]!.token, chunk(a, 0, 30, cutAt(log, 30)))).status).toBe(200);
      const gap = await live(st[0]!.token, chunk(a, 40, 50, cutAt(log, 50)));
      expect(gap.status).toBe(409);
      expect(gap.json.error).toMatchObject({ code: 'live-out-of-order', expectedFrom: 30 });
      const resent = await live(st[0]!.token, chunk(a, 30, 50, cutAt(log, 50)));
      expect(resent.status, resent.text).toBe(200);
      expect(resent.json.live.received).toBe(50);
    });

    it('answers a resent chunk with 200 and the current state, and takes it only once', async () => {
      const a = attemptFor(ev.rounds[0]!, 103);
      const log = a.log as Entry[];
      await live(st[0]!.token, chunk(a, 0, 25, cutAt(log, 25)));
      const body = chunk(a, 25, 60, cutAt(log, 60));
      const first = await live(st[0]!.token, body);
      const retry = await live(st[0]!.token, body);
      expect(first.status).toBe(200);
      expect(retry.status).toBe(200);
      expect(retry.json.live.received).toBe(60);
      expect(retry.json.live.throughTick).toBe(first.json.live.throughTick);
      // The same `from` with other entries is not a retry.
      const other = await live(st[0]!.token, { ...body, log: body.log.slice(0, 5) });
      expect(other.status).toBe(409);
      expect(other.json.error.expectedFrom).toBe(60);
      const final = await c.submit(st[0]!.token, a);
      expect(final.status).toBe(201);
      expect(final.json.attempt.breakdown.intents).toBe(log.length);
    });

    it('refuses entries before the previous chunk’s throughTick, or going back in time, naming the index (400)', async () => {
      const a = attemptFor(ev.rounds[0]!, 104);
      const log = a.log as Entry[];
      const through = cutAt(log, 40);
      await live(st[0]!.token, chunk(a, 0, 40, through));
      const early = [...log.slice(40, 43), { tick: through - 1, intent: { type: 'arc', on: false } }];
      const r = await live(st[0]!.token, { ...chunk(a, 40, 40, through), log: early });
      expect(r.status).toBe(400);
      expect(r.json.error.code).toBe('live-tick-order');
      expect(r.json.error.message).toContain(
        `log[3].tick ${through - 1} is before throughTick ${through} of the previous chunk`,
      );
      const back = [
        { tick: through + 5, intent: { type: 'arc', on: true } },
        { tick: through + 2, intent: { type: 'arc', on: false } },
      ];
      const b = await live(st[0]!.token, { ...chunk(a, 40, 40, through), log: back });
      expect(b.status).toBe(400);
      expect(b.json.error.message).toContain(
        `log[1].tick ${through + 2} is before log[0].tick ${through + 5}; the log must be in time order`,
      );
      const lower = await live(st[0]!.token, chunk(a, 40, 40, through - 1));
      expect(lower.status).toBe(400);
      expect(lower.json.error.message).toMatch(/throughTick \d+ is before throughTick \d+ of the previous/);
      // Nothing of the refused chunks was taken.
      expect((await live(st[0]!.token, chunk(a, 40, 41, log[40]!.tick))).json.live.received).toBe(41);
    });

    it("keeps sessions per station: another station's chunk for the same key cannot touch it", async () => {
      const a = attemptFor(ev.rounds[0]!, 105);
      const log = a.log as Entry[];
      await live(st[0]!.token, chunk(a, 0, 30, cutAt(log, 30)));
      const intruder = await live(st[1]!.token, chunk(a, 30, 60, cutAt(log, 60)));
      expect(intruder.status).toBe(409);
      expect(intruder.json.error.expectedFrom).toBe(0);
      const own = await live(st[1]!.token, chunk(a, 0, 5, cutAt(log, 5)));
      expect(own.json.live.received).toBe(5);
      const mine = await live(st[0]!.token, chunk(a, 30, 60, cutAt(log, 60)));
      expect(mine.status, mine.text).toBe(200);
      expect(mine.json.live.received).toBe(60);
    });

    it('refuses a chunk after the final submission of its key (409 attempt-already-submitted)', async () => {
      const a = attemptFor(ev.rounds[0]!, 106);
      const log = a.log as Entry[];
      await live(st[0]!.token, chunk(a, 0, 30, cutAt(log, 30)));
      expect((await c.submit(st[0]!.token, a)).status).toBe(201);
      const late = await live(st[0]!.token, chunk(a, 30, 40, cutAt(log, 40)));
      expect(late.status).toBe(409);
      expect(late.json.error.code).toBe('attempt-already-submitted');
      expect(late.json.error.message).toMatch(/was already submitted \(attempt \d+\); .*needs a new key/);
    });

    it('refuses unauthenticated (401) and judge (403) requests', async () => {
      const body = chunk(attemptFor(ev.rounds[0]!, 107), 0, 5, 0);
      const anon = await c.req('POST', '/api/attempts/live', { body });
      expect(anon.status).toBe(401);
      const judge = await live(c.judgeToken, body);
      expect(judge.status).toBe(403);
      expect(judge.json.error.message).toMatch(/needs the role station; you are logged in as judge/);
    });

    it('checks a chunk like a submission: exercise (400), round window (403), size (413), score fields (400)', async () => {
      const round = ev.rounds[0]!;
      const wrong = await live(st[0]!.token, chunk(attemptFor({ ...round, seed: 1 }, 108), 0, 5, 0));
      expect(wrong.status).toBe(400);
      expect(wrong.json.error.code).toBe('wrong-exercise');
      const closedEv = await c.createEvent([
        { opensAt: c.clock.t - 7200_000, closesAt: c.clock.t - 3600_000 },
      ]);
      const [late] = await c.stations(closedEv.id, ['Live late']);
      const closed = await live(late!.token, chunk(attemptFor(closedEv.rounds[0]!, 109), 0, 5, 0));
      expect(closed.status).toBe(403);
      expect(closed.json.error.code).toBe('round-closed');
      const big = attemptFor(round, 110, { log: generateAttemptLog(110, { intents: 30_000 }) });
      const huge = await live(st[0]!.token, chunk(big, 0, 30_000, 0));
      expect(huge.status).toBe(413);
      const scored = await live(st[0]!.token, { ...chunk(attemptFor(round, 111), 0, 5, 0), score: 100 });
      expect(scored.status).toBe(400);
      expect(scored.json.error.code).toBe('score-not-accepted');
      expect(scored.json.error.message).toMatch(/the live chunk contains 'score'/);
      const missing = await live(st[0]!.token, { scenarioId: round.scenarioId, log: [] });
      expect(missing.status).toBe(400);
      for (const f of ['from', 'throughTick', 'idempotencyKey'])
        expect(missing.json.error.message).toContain(f);
    });

    it('replays a final submission from the start when its log does not begin with the live entries', async () => {
      const a = attemptFor(ev.rounds[0]!, 112);
      const log = a.log as Entry[];
      await live(st[0]!.token, chunk(a, 0, 60, cutAt(log, 60)));
      await liveSettled(pool);
      // Tampered: an early hand-guide target moved after it was uploaded (and replayed) live.
      const tampered = structuredClone(log);
      const i = tampered.findIndex((e) => (e.intent as { type: string }).type === 'handGuide');
      expect(i).toBeGreaterThanOrEqual(0);
      expect(i).toBeLessThan(60);
      (tampered[i]!.intent as { position: number[] }).position[0]! += 0.01;
      const before = pool.stats().finals;
      const r = await c.submit(st[0]!.token, { ...a, log: tampered });
      expect(r.status, r.text).toBe(201);
      expect(pool.stats().finals).toEqual({ continued: before.continued, fromStart: before.fromStart + 1 });
      const cold = logHashReplay({
        scenarioId: a.scenarioId as string,
        version: 1,
        seed: 4711,
        log: tampered,
      });
      expect(r.json.attempt).toMatchObject({ hash: cold.hash, score: cold.score });
      expect(r.json.attempt.breakdown).toEqual(cold.breakdown);
    });
  });

  describe(`live sessions at their cap on ${factory.label}`, () => {
    let pool: VerifierPool;
    let cleanup: () => Promise<void>;
    let c: Competition;
    let ev: EventJson;
    let s: Station;
    const clock = { t: 0 };

    beforeAll(async () => {
      // One worker holding at most 2 sessions, idle after 60 s on the test's clock.
      pool = new VerifierPool({
        engine: 'log-hash',
        size: 1,
        liveSessions: 2,
        liveIdleS: 60,
        now: () => clock.t,
      });
      const opened = await factory.open();
      cleanup = opened.cleanup;
      await pool.ready();
      c = await Competition.start(opened.store, pool);
      clock.t = c.clock.t;
      ev = await c.createEvent([{ seed: 4712 }]);
      s = (await c.stations(ev.id, ['Live cap']))[0]!;
    }, 60_000);
    afterAll(async () => {
      await c?.close();
      await pool?.close();
      await cleanup?.();
    });

    const live = (body: unknown) => c.req('POST', '/api/attempts/live', { token: s.token, body });

    it('evicts the least recently used session: its next chunk is 409 expectedFrom 0, its final replays from the start', async () => {
      const [a, b, d] = [201, 202, 203].map((n) => attemptFor(ev.rounds[0]!, n));
      const logOf = (x: Record<string, unknown>) => x.log as Entry[];
      for (const x of [a!, b!]) expect((await live(chunk(x, 0, 20, cutAt(logOf(x), 20)))).status).toBe(200);
      // a is used again, so b is the least recently used when d opens a third session.
      expect((await live(chunk(a!, 20, 30, cutAt(logOf(a!), 30)))).status).toBe(200);
      expect((await live(chunk(d!, 0, 20, cutAt(logOf(d!), 20)))).status).toBe(200);
      expect(pool.stats().live).toMatchObject({ sessions: 2, evicted: 1 });
      const gone = await live(chunk(b!, 20, 30, cutAt(logOf(b!), 30)));
      expect(gone.status).toBe(409);
      expect(gone.json.error).toMatchObject({ code: 'live-out-of-order', expectedFrom: 0 });
      expect(gone.json.error.message).toMatch(
        /no live session here: new, expired, evicted, or the server restarted/,
      );
      expect((await live(chunk(a!, 30, 40, cutAt(logOf(a!), 40)))).json.live.received).toBe(40);
      const before = pool.stats().finals;
      const r = await c.submit(s.token, b!);
      expect(r.status).toBe(201);
      expect(pool.stats().finals.fromStart).toBe(before.fromStart + 1);
      expect(r.json.attempt.hash).toBe(
        logHashReplay({ scenarioId: b!.scenarioId as string, version: 1, seed: 4712, log: logOf(b!) }).hash,
      );
    });

    it('drops a session idle longer than WELDTWIN_LIVE_IDLE_S: its next chunk is 409 expectedFrom 0', async () => {
      const x = attemptFor(ev.rounds[0]!, 204);
      const log = x.log as Entry[];
      expect((await live(chunk(x, 0, 20, cutAt(log, 20)))).status).toBe(200);
      clock.t += 61_000;
      const r = await live(chunk(x, 20, 30, cutAt(log, 30)));
      expect(r.status).toBe(409);
      expect(r.json.error.expectedFrom).toBe(0);
      expect(pool.stats().live.expired).toBeGreaterThanOrEqual(1);
    });
  });
}
