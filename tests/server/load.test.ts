// A small version of scripts/bench-server.mjs: simulated stations on loopback upload 10-minute attempts as live
// chunks, then submit them (the round), and submit more cold (no live upload) at a fixed rate, to a server child
// process. It checks that every path answers and verifies (no latency or throughput thresholds: the suite shares
// 2 cores with other test files, so times here are noise); speed is measured by the full benchmark, which reports
// against the real goals (>= 50 verified/s, p99 <= 250 ms, on the round's final submissions).
import type { BenchReport } from '../../scripts/bench-server.mjs';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BENCH_ROUND, runBench } from '../../scripts/bench-server.mjs';
import { parseScenario } from '../../src/scenario/index.ts';
import { generateAttemptLog } from './support/attempt-log.ts';
import { traineeAttempt } from './support/trainee-attempt.ts';

/** The round ran the live path: every chunk taken, every final submission verified by continuing its session. */
function expectLiveRound(report: BenchReport, stations: number): void {
  const round = report.round!;
  expect(round.live.statuses).toEqual({ '200': round.live.chunks });
  expect(round.live.chunks).toBeGreaterThanOrEqual(stations * 5);
  expect(round.final.statuses).toEqual({ '201': stations });
  expect(round.final.continuedLive).toBe(stations);
  expect(round.final.replayedFromStart).toBe(0);
}

describe('load', () => {
  it('takes every live chunk and verifies every submission from 60 stations at 20/s', async () => {
    const report = await runBench({
      // The stand-in verifier: this test is about the server; the scenario engine's run is the next test.
      verifier: 'log-hash',
      stations: 60,
      rate: 20,
      liveS: 4,
      chunkS: 60,
      durationS: 5,
      saturateS: 0,
      intents: 800,
      makeLog: (seed, intents) => generateAttemptLog(seed, { intents }),
    });
    process.stdout.write(
      `load test: ${report.open.verified}/${report.open.submitted} verified, ${report.open.throughputPerS}/s, ` +
        `p50 ${report.open.latencyMs.p50} ms, p99 ${report.open.latencyMs.p99} ms (${report.intentsPerAttempt} intents, ${report.attemptKb} kB each)\n`,
    );
    expect(report.open.statuses).toEqual({ '201': report.open.submitted });
    expect(report.attemptDurationS).toBe(600);
    expectLiveRound(report, 60);
  }, 120_000);

  it('verifies realistic 10-minute trainee attempts of a shipped scenario with the real engine, live and cold', async () => {
    const scenario = parseScenario(
      readFileSync(new URL(`../../scenarios/${BENCH_ROUND.scenarioId}.yaml`, import.meta.url), 'utf8'),
      'bench',
    ).scenario!;
    const report = await runBench({
      stations: 10,
      rate: 4,
      warmupS: 0,
      liveS: 4,
      chunkS: 30,
      durationS: 3,
      saturateS: 0,
      variants: 2,
      makeLog: (variant) => traineeAttempt(scenario, BENCH_ROUND.seed, variant).log,
    });
    expect(report.verifier).toBe('scenario-engine');
    expect(report.open.statuses).toEqual({ '201': report.open.submitted });
    expect(report.attemptDurationS).toBeGreaterThan(590);
    expectLiveRound(report, 10);
  }, 120_000);
});
