// End to end with the real scenario engine: a station submits the input log of a shipped scenario's reference
// solution, the server replays it in its worker pool and stores exactly the hash and score the engine gives
// anywhere else (`weldtwin replay`, the browser).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSolution } from '../../src/scenario/index.ts';
import { worldPort } from '../../src/scenario/world/port.ts';
import { loadScenarioLibrary, SHIPPED_SCENARIOS_DIR } from '../../src/server/verify/scenario-engine.ts';
import { VerifierPool } from '../../src/server/verify/pool.ts';
import { Competition } from './support/harness.ts';
import { sqliteFactory, type OpenedStore } from './support/stores.ts';

const lib = loadScenarioLibrary(SHIPPED_SCENARIOS_DIR);
// The quickest shipped exercise keeps the test short; any installed scenario would do.
const scenario = [...lib.scenarios.values()].sort(
  (a, b) => a.spec.estimatedMinutes - b.spec.estimatedMinutes || a.spec.id.localeCompare(b.spec.id),
)[0];

describe.skipIf(!scenario)('verification with the scenario engine', () => {
  let pool: VerifierPool;
  let opened: OpenedStore;
  let c: Competition;
  beforeAll(async () => {
    pool = new VerifierPool({ engine: 'scenario', size: 1 });
    opened = await sqliteFactory.open();
    await pool.ready();
    c = await Competition.start(opened.store, pool);
  }, 60_000);
  afterAll(async () => {
    await c?.close();
    await pool?.close();
    await opened?.cleanup();
  });

  it('stores the same hash and score as replaying the reference solution anywhere else', async () => {
    const spec = scenario!.spec;
    const seed = 4242;
    const reference = runSolution(scenario!, seed, 'reference', worldPort);
    const ev = await c.createEvent([{ scenarioId: spec.id, version: spec.version, seed }]);
    const [s] = await c.stations(ev.id, ['Engine bay']);
    const r = await c.submit(s!.token, {
      scenarioId: spec.id,
      version: spec.version,
      seed,
      appVersion: '0.1.0',
      idempotencyKey: 'engine-reference-0001',
      log: reference.log,
      hash: reference.hash,
    });
    expect(r.status, r.text).toBe(201);
    expect(r.json.attempt).toMatchObject({
      hash: reference.hash,
      score: reference.result.score,
      grade: reference.result.grade,
      passed: reference.result.passed,
      verifier: 'scenario-engine',
    });
    expect(r.json.attempt.breakdown.breakdown.length).toBeGreaterThan(0);
    expect(r.json.attempt.breakdown.endReason).toBeDefined();
  }, 120_000);

  it('refuses a round for a scenario version this server does not have', async () => {
    const r = await c.req('POST', '/api/events', {
      token: c.organiserToken,
      body: {
        name: 'Wrong version cup',
        rounds: [
          {
            name: 'R1',
            scenarioId: scenario!.spec.id,
            version: 99,
            seed: 1,
            opensAt: '2026-05-14T08:00:00Z',
            closesAt: '2026-05-14T12:00:00Z',
          },
        ],
      },
    });
    expect(r.status).toBe(400);
    expect(r.json.error.message).toMatch(
      /rounds\[0\]: scenario .* version 99 is not installed on this server \(installed: /,
    );
  });

  it('refuses a log with an intent the twin does not know, naming it', async () => {
    const spec = scenario!.spec;
    const ev = await c.createEvent([{ scenarioId: spec.id, version: spec.version, seed: 7 }]);
    const [s] = await c.stations(ev.id, ['Typo bay']);
    const r = await c.submit(s!.token, {
      scenarioId: spec.id,
      version: spec.version,
      seed: 7,
      appVersion: '0.1.0',
      idempotencyKey: 'engine-typo-0001',
      log: [{ tick: 0, intent: { type: 'weldHarder' } }],
    });
    expect(r.status).toBe(400);
    expect(r.json.error.message).toMatch(/log\[0\]\.intent/);
  }, 60_000);
});
