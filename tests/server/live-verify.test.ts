// Live verification with the real scenario engine: a station uploads a realistic 10-minute trainee attempt of a
// shipped scenario in chunks cut at awkward ticks, the server replays them in the background, and the final
// submission continues that replay. The stored result must be bit-identical (hash, score, grade, whole breakdown)
// to the cold replay of the same log; anything that breaks the continuation (a tampered prefix, the session's
// worker replaced) gets the cold replay instead, with the cold result or the cold refusal.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenario, type Scenario } from '../../src/scenario/index.ts';
import {
  loadScenarioLibrary,
  scenarioReplay,
  SHIPPED_SCENARIOS_DIR,
} from '../../src/server/verify/scenario-engine.ts';
import { VerifierPool } from '../../src/server/verify/pool.ts';
import type { VerifiedResult } from '../../src/server/store/types.ts';
import { BENCH_ROUND } from '../../scripts/bench-server.mjs';
import { Competition, type EventJson, type Res } from './support/harness.ts';
import { awkwardChunks, liveSettled, type ChunkPlan, type Entry } from './support/live-chunks.ts';
import { sqliteFactory, type OpenedStore } from './support/stores.ts';
import { traineeAttempt } from './support/trainee-attempt.ts';

const { scenarioId, version, seed } = BENCH_ROUND;
const scenario: Scenario = parseScenario(
  readFileSync(new URL(`../../scenarios/${scenarioId}.yaml`, import.meta.url), 'utf8'),
  `${scenarioId}.yaml`,
).scenario!;
/** The server's own cold path (scenario-engine.ts), in this process. */
const coldReplay = scenarioReplay(loadScenarioLibrary(SHIPPED_SCENARIOS_DIR));

function expectSameResult(stored: Record<string, unknown>, cold: VerifiedResult): void {
  expect(stored).toMatchObject({
    hash: cold.hash,
    score: cold.score,
    grade: cold.grade,
    passed: cold.passed,
    durationS: cold.durationS,
  });
  expect(stored.breakdown).toEqual(cold.breakdown);
}

describe('live verification with the scenario engine', () => {
  let pool: VerifierPool;
  let opened: OpenedStore;
  let c: Competition;
  let ev: EventJson;
  let stations: { id: number; name: string; token: string }[];
  let keys = 0;

  const head = () => ({
    scenarioId,
    version,
    seed,
    appVersion: '0.1.0',
    idempotencyKey: `live-engine-${++keys}`,
  });
  const send = (token: string, h: ReturnType<typeof head>, plan: ChunkPlan): Promise<Res> =>
    c.req('POST', '/api/attempts/live', { token, body: { ...h, ...plan } });

  /** Uploads every chunk of `plan`, each answered 200 with what the server holds. */
  async function upload(token: string, h: ReturnType<typeof head>, plans: ChunkPlan[]): Promise<Res> {
    let last!: Res;
    for (const plan of plans) {
      last = await send(token, h, plan);
      expect(last.status, last.text).toBe(200);
      expect(last.json.live).toMatchObject({
        received: plan.from + plan.log.length,
        throughTick: plan.throughTick,
      });
    }
    return last;
  }

  beforeAll(async () => {
    pool = new VerifierPool({ engine: 'scenario', size: 1 });
    opened = await sqliteFactory.open();
    await pool.ready();
    c = await Competition.start(opened.store, pool);
    ev = await c.createEvent([{ scenarioId, version, seed }]);
    stations = await c.stations(ev.id, ['Engine live 1', 'Engine live 2', 'Engine live 3', 'Engine live 4']);
  }, 60_000);
  afterAll(async () => {
    await c?.close();
    await pool?.close();
    await opened?.cleanup();
  });

  it('live then final is bit-identical to the cold replay (chunks at tick 0, mid-burst, an entry at throughTick)', async () => {
    const { log } = traineeAttempt(scenario, seed, 1);
    const plans = awkwardChunks(log);
    expect(plans[0]).toEqual({ from: 0, log: [], throughTick: 0 });
    // The mid-burst cut: the last entry of chunk 1 and the first of chunk 2 are at the same tick.
    expect(plans[1]!.log.at(-1)!.tick).toBe(plans[2]!.log[0]!.tick);
    // An entry exactly at its chunk's throughTick.
    expect(plans[2]!.log.at(-1)!.tick).toBe(plans[2]!.throughTick);
    const h = head();
    await upload(stations[0]!.token, h, plans);
    await liveSettled(pool);
    const through = plans.at(-1)!.throughTick;
    const state = await send(stations[0]!.token, h, plans.at(-1)!); // a retry: answers the current state
    expect(state.json.live.replayedThroughTick).toBe(through);
    expect(through / 180).toBeGreaterThan(540); // all but the last 20-50 s were replayed live

    const before = pool.stats().finals;
    const r = await c.submit(stations[0]!.token, { ...h, log });
    expect(r.status, r.text).toBe(201);
    expect(pool.stats().finals.continued).toBe(before.continued + 1);
    expectSameResult(r.json.attempt, await coldReplay({ scenarioId, version, seed, log }));
    expect(r.json.attempt.durationS).toBeGreaterThan(590);
  }, 120_000);

  it('is bit-identical too when the final submission comes right after the last chunk (live replay maybe still running)', async () => {
    const { log } = traineeAttempt(scenario, seed, 2);
    const h = head();
    await upload(stations[1]!.token, h, awkwardChunks(log, 15, 5));
    const before = pool.stats().finals;
    const r = await c.submit(stations[1]!.token, { ...h, log });
    expect(r.status, r.text).toBe(201);
    expect(pool.stats().finals.continued).toBe(before.continued + 1);
    expectSameResult(r.json.attempt, await coldReplay({ scenarioId, version, seed, log }));
  }, 120_000);

  it('replays a final submission with a tampered prefix from the start: the cold result, or the cold refusal', async () => {
    const { log } = traineeAttempt(scenario, seed, 3);
    const plans = awkwardChunks(log);
    const h = head();
    await upload(stations[2]!.token, h, plans);
    await liveSettled(pool);
    // After its live replay, the speed of the first taught move is changed (the weld then scores differently).
    const tampered: Entry[] = structuredClone(log);
    const i = tampered.findIndex((e) => (e.intent as { type: string }).type === 'addMove');
    expect(i).toBeGreaterThanOrEqual(0);
    expect(i).toBeLessThan(plans.at(-1)!.from);
    (tampered[i]!.intent as { speedMmPerS: number }).speedMmPerS += 0.5;
    const honest = await coldReplay({ scenarioId, version, seed, log });
    const cold = await coldReplay({ scenarioId, version, seed, log: tampered });
    expect(cold.hash).not.toBe(honest.hash);

    // Claiming the honest log's hash: refused exactly as a cold submission is.
    const claimed = await c.submit(stations[2]!.token, { ...h, log: tampered, hash: honest.hash });
    expect(claimed.status).toBe(400);
    expect(claimed.json.error.code).toBe('hash-mismatch');
    expect(claimed.json.error.message).toContain(`the server's replay gives ${cold.hash}`);

    // The session was used up by that submission; a new key with the same live upload, then the tampered log.
    const h2 = head();
    await upload(stations[2]!.token, h2, plans);
    await liveSettled(pool);
    const before = pool.stats().finals;
    const r = await c.submit(stations[2]!.token, { ...h2, log: tampered });
    expect(r.status, r.text).toBe(201);
    expect(pool.stats().finals).toEqual({ continued: before.continued, fromStart: before.fromStart + 1 });
    expectSameResult(r.json.attempt, cold);
  }, 120_000);

  it('replays from the start, with the same result, when the worker holding the session was replaced', async () => {
    const { log } = traineeAttempt(scenario, seed, 4);
    const plans = awkwardChunks(log);
    const h = head();
    await upload(stations[3]!.token, h, plans);
    await liveSettled(pool);
    await pool.recycle(0);
    expect(pool.stats().live.sessions).toBe(0);
    // The station is told the session is gone when it uploads again.
    const tail = {
      from: plans.at(-1)!.from + plans.at(-1)!.log.length,
      log: [],
      throughTick: plans.at(-1)!.throughTick,
    };
    const gone = await send(stations[3]!.token, h, tail);
    expect(gone.status).toBe(409);
    expect(gone.json.error).toMatchObject({ code: 'live-out-of-order', expectedFrom: 0 });
    const before = pool.stats().finals;
    const r = await c.submit(stations[3]!.token, { ...h, log });
    expect(r.status, r.text).toBe(201);
    expect(pool.stats().finals).toEqual({ continued: before.continued, fromStart: before.fromStart + 1 });
    expectSameResult(r.json.attempt, await coldReplay({ scenarioId, version, seed, log }));
  }, 120_000);
});
