#!/usr/bin/env node
// Load benchmark of the competition server, on loopback only: N simulated stations submit 10-minute attempts
// (realistic input logs of about a thousand intents) to a server child process, which replays every one.
//
//   node scripts/bench-server.mjs [--stations=200] [--rate=50] [--warmup=3] [--duration=15] [--saturate=5] [--intents=1200]
//                                 [--database-url=postgres://...] [--check] [--json]
//
// Warm-up (--warmup seconds at a quarter of the rate, not counted): a long-running server has compiled its code.
// Phase 1 (open loop): submissions arrive at --rate per second for --duration seconds, spread over the stations;
//   reports verified submissions per second and latency percentiles (goal: >= 50/s with p99 <= 250 ms).
// Phase 2 (closed loop, --saturate seconds): 16 submissions always in flight; reports the most the server verifies.
// Every request loop is bounded in count and time; the whole run stops itself after --max-seconds (default 90).
import { api, percentile, removeDir, setUpEvent, spawnServer, tempDataDir } from './server-child.mjs';

export const GOALS = { throughputPerS: 50, p99Ms: 250 };

function makeBodies(baseLogs, round, stations, count, startIndex) {
  // One distinct log per submission (the server refuses a log it has already seen): a base log plus one last
  // intent that names the submission.
  const bodies = [];
  const bases = baseLogs.map((l) => JSON.stringify(l).slice(0, -1));
  const lastTick = baseLogs.map((l) => l.at(-1)?.tick ?? 0);
  for (let i = startIndex; i < startIndex + count; i++) {
    const b = i % bases.length;
    const station = stations[i % stations.length];
    const log = `${bases[b]},{"tick":${lastTick[b]},"intent":{"type":"recordPoint","name":"end-${i}"}}]`;
    bodies.push({
      token: station.token,
      text:
        `{"scenarioId":${JSON.stringify(round.scenarioId)},"version":${JSON.stringify(round.version)},"seed":${round.seed},` +
        `"appVersion":"0.1.0","idempotencyKey":"bench-${i}-${station.id}","stationId":${station.id},"log":${log}}`,
    });
  }
  return bodies;
}

async function submit(base, body) {
  const t = performance.now();
  try {
    const r = await api(base, 'POST', '/api/attempts', { token: body.token, rawBody: body.text });
    return {
      status: r.status,
      ms: performance.now() - t,
      error: r.status >= 300 ? r.json?.error?.message : undefined,
    };
  } catch (e) {
    return { status: 0, ms: performance.now() - t, error: e.message };
  }
}

function summarise(results, elapsedS) {
  const ok = results.filter((r) => r.status === 201);
  const lat = results.map((r) => r.ms).sort((a, b) => a - b);
  const statuses = {};
  for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  const firstError = results.find((r) => r.error)?.error;
  return {
    submitted: results.length,
    verified: ok.length,
    statuses,
    ...(firstError ? { firstError } : {}),
    elapsedS: Math.round(elapsedS * 100) / 100,
    throughputPerS: Math.round((ok.length / elapsedS) * 10) / 10,
    latencyMs: {
      p50: Math.round(percentile(lat, 50)),
      p95: Math.round(percentile(lat, 95)),
      p99: Math.round(percentile(lat, 99)),
      max: Math.round(lat.at(-1) ?? NaN),
    },
  };
}

/** Open loop: request i is sent at start + i / rate, whatever happened to earlier ones. */
async function openLoop(base, bodies, rate) {
  const start = performance.now();
  const pending = [];
  let next = 0;
  await new Promise((resolveLoop) => {
    const tick = () => {
      const due = Math.floor(((performance.now() - start) / 1000) * rate) + 1;
      while (next < bodies.length && next < due) pending.push(submit(base, bodies[next++]));
      if (next < bodies.length) setTimeout(tick, 2);
      else resolveLoop();
    };
    tick();
  });
  const results = await Promise.all(pending);
  return summarise(results, (performance.now() - start) / 1000);
}

/** Closed loop: `concurrency` requests always in flight until the bodies or the time run out. */
async function closedLoop(base, bodies, concurrency, seconds) {
  const start = performance.now();
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < bodies.length && performance.now() - start < seconds * 1000) {
      results.push(await submit(base, bodies[next++]));
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return summarise(results, (performance.now() - start) / 1000);
}

/**
 * Runs the benchmark and returns its report. `makeLog(seed, intents)` builds one realistic 10-minute input log.
 */
export async function runBench({
  stations = 200,
  rate = 50,
  warmupS = 3,
  durationS = 15,
  saturateS = 5,
  concurrency = 16,
  intents = 1200,
  databaseUrl,
  makeLog,
  log = () => undefined,
}) {
  const dataDir = tempDataDir('weldtwin-bench-');
  // The log-hash verifier: the bench measures the server (HTTP, validation, worker pool, storage, durability);
  // the scenario engine's own replay cost is `weldtwin bench` replay_10min_ms.
  const env = { WELDTWIN_VERIFIER: 'log-hash' };
  if (databaseUrl) {
    env.DATABASE_URL = databaseUrl;
    env.WELDTWIN_PG_SCHEMA = `wt_bench_${process.pid}_${Date.now() % 1e6}`;
  }
  const server = await spawnServer({ dataDir, env });
  try {
    log(
      `server up at ${server.url} (${server.info.store}, verifier ${server.info.verifier}, ${server.info.workers} workers)`,
    );
    const ev = await setUpEvent(server.url, { stations });
    log(`${stations} stations joined event ${ev.eventId}`);
    const baseLogs = Array.from({ length: 40 }, (_, i) => makeLog(1000 + i, intents));
    const avgIntents = Math.round(baseLogs.reduce((s, l) => s + l.length, 0) / baseLogs.length);
    const warmBodies = makeBodies(baseLogs, ev.round, ev.stations, Math.round((rate / 4) * warmupS), 0);
    const openBodies = makeBodies(
      baseLogs,
      ev.round,
      ev.stations,
      Math.round(rate * durationS),
      warmBodies.length,
    );
    const satStart = warmBodies.length + openBodies.length;
    const satBodies =
      saturateS > 0 ? makeBodies(baseLogs, ev.round, ev.stations, Math.round(400 * saturateS), satStart) : [];
    const avgKb = Math.round(openBodies.reduce((s, b) => s + b.text.length, 0) / openBodies.length / 1024);
    if (warmBodies.length) {
      log(`warm-up: ${warmBodies.length} submissions over ${warmupS} s (not counted)…`);
      await openLoop(server.url, warmBodies, rate / 4);
    }
    log(
      `open loop: ${openBodies.length} submissions at ${rate}/s (${avgIntents} intents, ${avgKb} kB each)…`,
    );
    const open = await openLoop(server.url, openBodies, rate);
    log(`  ${open.throughputPerS} verified/s, p50 ${open.latencyMs.p50} ms, p99 ${open.latencyMs.p99} ms`);
    let saturation = null;
    if (saturateS > 0) {
      log(`closed loop: ${concurrency} in flight for ${saturateS} s…`);
      saturation = await closedLoop(server.url, satBodies, concurrency, saturateS);
      log(`  ${saturation.throughputPerS} verified/s, p99 ${saturation.latencyMs.p99} ms`);
    }
    const health = await api(server.url, 'GET', '/healthz');
    return {
      store: databaseUrl ? 'postgres' : 'sqlite',
      verifier: server.info.verifier,
      stations,
      intentsPerAttempt: avgIntents,
      attemptKb: avgKb,
      attemptDurationS: baseLogs[0].at(-1).tick / 180,
      open: { offeredPerS: rate, ...open },
      saturation,
      server: health.json,
      goals: {
        ...GOALS,
        met:
          open.throughputPerS >= GOALS.throughputPerS &&
          open.latencyMs.p99 <= GOALS.p99Ms &&
          open.verified === open.submitted,
      },
    };
  } finally {
    await server.stop();
    removeDir(dataDir);
    if (databaseUrl) {
      const { default: pg } = await import('pg');
      const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
      await pool.query(`DROP SCHEMA IF EXISTS "${env.WELDTWIN_PG_SCHEMA}" CASCADE`).finally(() => pool.end());
    }
  }
}

async function main() {
  const args = Object.fromEntries(
    process.argv.slice(2).map((a) => {
      const m = /^--([a-z-]+)(?:=(.*))?$/.exec(a);
      if (!m) {
        console.error(`bench-server: unknown argument ${a}`);
        process.exit(2);
      }
      return [m[1], m[2] ?? 'true'];
    }),
  );
  const known = [
    'stations',
    'rate',
    'warmup',
    'duration',
    'saturate',
    'concurrency',
    'intents',
    'database-url',
    'check',
    'json',
    'max-seconds',
  ];
  for (const k of Object.keys(args)) {
    if (!known.includes(k)) {
      console.error(`bench-server: unknown option --${k}; options: ${known.map((o) => '--' + o).join(', ')}`);
      process.exit(2);
    }
  }
  const num = (k, d) => (args[k] === undefined ? d : Number(args[k]));
  const watchdog = setTimeout(
    () => {
      console.error(`bench-server: stopped after --max-seconds=${num('max-seconds', 90)}`);
      process.exit(3);
    },
    num('max-seconds', 90) * 1000,
  );
  watchdog.unref();
  const { register } = await import('tsx/esm/api');
  register();
  const { generateAttemptLog } = await import('../tests/server/support/attempt-log.ts');
  const report = await runBench({
    stations: num('stations', 200),
    rate: num('rate', 50),
    warmupS: num('warmup', 3),
    durationS: num('duration', 15),
    saturateS: num('saturate', 5),
    concurrency: num('concurrency', 16),
    intents: num('intents', 1200),
    databaseUrl: args['database-url'],
    makeLog: (seed, intents) => generateAttemptLog(seed, { intents }),
    log: args.json ? () => undefined : (m) => console.error(`bench-server: ${m}`),
  });
  console.log(JSON.stringify(report, null, args.json ? 0 : 2));
  clearTimeout(watchdog);
  if (args.check && !report.goals.met) {
    console.error(
      `bench-server: goals missed: ${report.open.throughputPerS}/s (goal ${GOALS.throughputPerS}), p99 ${report.open.latencyMs.p99} ms (goal ${GOALS.p99Ms})`,
    );
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((e) => {
    console.error(`bench-server: ${e.stack ?? e.message}`);
    process.exit(1);
  });
}
