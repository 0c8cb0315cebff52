// A small version of scripts/bench-server.mjs: simulated stations on loopback submit 10-minute attempts to a
// server child process at a fixed rate. Thresholds are relaxed (other test files run alongside); the full benchmark with
// 200 stations reports against the real goals (>= 50 verified/s, p99 <= 250 ms).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { BENCH_ROUND, runBench } from '../../scripts/bench-server.mjs';
import { parseScenario } from '../../src/scenario/index.ts';
import { generateAttemptLog } from './support/attempt-log.ts';
import { traineeAttempt } from './support/trainee-attempt.ts';

describe('load', () => {
  it('verifies every submission from 60 stations at 20/s with bounded latency', async () => {
    const report = await runBench({
      // The stand-in verifier: this test is about the server; the scenario engine's run is the next test.
      verifier: 'log-hash',
      stations: 60,
      rate: 20,
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
    // Relaxed: the test shares 2 cores with the rest of the suite. The benchmark holds the real goals.
    expect(report.open.throughputPerS).toBeGreaterThanOrEqual(8);
    expect(report.open.latencyMs.p99).toBeLessThan(8000);
  }, 120_000);

  it('verifies realistic 10-minute trainee attempts of a shipped scenario with the real engine', async () => {
    const scenario = parseScenario(
      readFileSync(new URL(`../../scenarios/${BENCH_ROUND.scenarioId}.yaml`, import.meta.url), 'utf8'),
      'bench',
    ).scenario!;
    const report = await runBench({
      stations: 10,
      rate: 4,
      warmupS: 0,
      durationS: 3,
      saturateS: 0,
      variants: 2,
      makeLog: (variant) => traineeAttempt(scenario, BENCH_ROUND.seed, variant).log,
    });
    expect(report.verifier).toBe('scenario-engine');
    expect(report.open.statuses).toEqual({ '201': report.open.submitted });
    expect(report.attemptDurationS).toBeGreaterThan(590);
  }, 120_000);
});
