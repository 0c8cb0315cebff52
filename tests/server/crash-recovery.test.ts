// Durability: the server process is killed with SIGKILL while stations are submitting, then restarted on the same
// database. Every submission the server acknowledged must be there with the same result, and retrying every
// idempotency key must never count an attempt twice. Runs on SQLite, and on PostgreSQL when one is reachable.
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  api,
  BENCH_ORGANISER,
  removeDir,
  setUpEvent,
  spawnServer,
  tempDataDir,
  type SpawnedServer,
} from '../../scripts/server-child.mjs';
import { generateAttemptLog } from './support/attempt-log.ts';
import { probePostgres, REQUIRE_PG, uniqueSchema } from './support/stores.ts';

interface Sent {
  stationToken: string;
  key: string;
  body: string;
  ack?: { id: number; hash: string; score: number };
}

async function crashAndRecover(env: Record<string, string>): Promise<void> {
  const dataDir = tempDataDir('weldtwin-crash-');
  let server: SpawnedServer | undefined;
  try {
    server = await spawnServer({ dataDir, env });
    const ev = await setUpEvent(server.url, { stations: 12 });
    const round = ev.round;
    const perStation = 12;
    const plans: Sent[][] = ev.stations.map((s, si) =>
      Array.from({ length: perStation }, (_, j) => {
        const key = `crash-${s.id}-${j}`;
        const log = generateAttemptLog(10_000 + si * 100 + j, { intents: 400 });
        return {
          stationToken: s.token,
          key,
          body: JSON.stringify({
            scenarioId: round.scenarioId,
            version: round.version,
            seed: round.seed,
            appVersion: '0.1.0',
            idempotencyKey: key,
            stationId: s.id,
            log,
          }),
        };
      }),
    );
    const sent: Sent[] = [];
    const base = server.url;
    let acked = 0;
    let killed = false;
    // Every station submits its attempts one after another; SIGKILL lands while many are in flight.
    const stationLoops = plans.map(async (plan) => {
      for (const s of plan) {
        if (killed) return;
        sent.push(s);
        try {
          const r = await api(base, 'POST', '/api/attempts', { token: s.stationToken, rawBody: s.body });
          if (r.status === 201 || r.status === 200) {
            s.ack = { id: r.json.attempt.id, hash: r.json.attempt.hash, score: r.json.attempt.score };
            acked++;
          } else if (!killed) {
            throw new Error(`unexpected ${r.status}: ${r.text}`);
          }
        } catch (e) {
          if (!killed) throw e;
        }
      }
    });
    const deadline = Date.now() + 30_000;
    while (acked < 30 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(acked, 'acknowledged submissions before the kill').toBeGreaterThanOrEqual(30);
    killed = true;
    const exit = await server.kill();
    expect(exit.signal).toBe('SIGKILL');
    await Promise.all(stationLoops);
    const inFlight = sent.filter((s) => !s.ack).length;

    server = await spawnServer({ dataDir, env });
    const login = await api(server.url, 'POST', '/api/auth/login', { body: BENCH_ORGANISER });
    const listed = await api(server.url, 'GET', `/api/events/${ev.eventId}/attempts`, {
      token: login.json.token,
    });
    const byKey = new Map<string, { id: number; hash: string; score: number }[]>();
    for (const a of listed.json as { id: number; idempotencyKey: string; hash: string; score: number }[]) {
      byKey.set(a.idempotencyKey, [...(byKey.get(a.idempotencyKey) ?? []), a]);
    }
    // No acknowledged submission is lost, and its stored result is the one the station was given.
    for (const s of sent.filter((x) => x.ack)) {
      expect(byKey.get(s.key), `acknowledged ${s.key}`).toEqual([expect.objectContaining(s.ack!)]);
    }
    // Retrying every key (what a station does after a failed upload) returns the stored result or stores it
    // once: never a second row.
    for (const s of sent) {
      const r = await api(server.url, 'POST', '/api/attempts', { token: s.stationToken, rawBody: s.body });
      expect([200, 201], `${s.key}: ${r.text}`).toContain(r.status);
      if (s.ack) {
        expect(r.status).toBe(200);
        expect(r.json.attempt).toMatchObject(s.ack);
      }
    }
    const after = await api(server.url, 'GET', `/api/events/${ev.eventId}/attempts`, {
      token: login.json.token,
    });
    const keys = (after.json as { idempotencyKey: string }[]).map((a) => a.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(sent.length);
    const audit = await api(server.url, 'GET', `/api/events/${ev.eventId}/audit?limit=10000`, {
      token: login.json.token,
    });
    expect((audit.json as { action: string }[]).filter((e) => e.action === 'attempt.verified')).toHaveLength(
      keys.length,
    );
    // The run really did cut submissions off mid-flight.
    expect(inFlight).toBeGreaterThan(0);
    process.stdout.write(
      `crash test (${env.DATABASE_URL ? 'postgres' : 'sqlite'}): ${sent.length - inFlight} acknowledged and ${inFlight} in flight ` +
        `at SIGKILL; after restart and retries ${keys.length} attempts, each key once\n`,
    );
  } finally {
    await server?.stop().catch(() => undefined);
    removeDir(dataDir);
  }
}

describe('SIGKILL under load, then restart', () => {
  it('on SQLite (WAL, synchronous=FULL): loses no acknowledged submission and counts none twice', async () => {
    await crashAndRecover({});
  }, 150_000);

  const pgSchemas: string[] = [];
  let pgUrl: string | null = null;
  it('on PostgreSQL: loses no acknowledged submission and counts none twice', async (t) => {
    const probe = await probePostgres();
    if (probe.problem !== null) {
      if (REQUIRE_PG) throw new Error(`WELDTWIN_REQUIRE_PG=1 but ${probe.problem}`);
      t.skip();
      return;
    }
    pgUrl = probe.url;
    const schema = uniqueSchema('wt_crash');
    pgSchemas.push(schema);
    await crashAndRecover({ DATABASE_URL: probe.url!, WELDTWIN_PG_SCHEMA: schema });
  }, 150_000);

  afterAll(async () => {
    if (!pgUrl || pgSchemas.length === 0) return;
    const pool = new pg.Pool({ connectionString: pgUrl, max: 1 });
    for (const s of pgSchemas) await pool.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
    await pool.end();
  });
});
