// A small version of scripts/bench-server.mjs: simulated stations on loopback submit 10-minute attempts to a
// server child process at a fixed rate. Thresholds are relaxed (other test files run alongside); the full benchmark with
// 200 stations reports against the real goals (>= 50 verified/s, p99 <= 250 ms).
import { describe, expect, it } from 'vitest';
import { runBench } from '../../scripts/bench-server.mjs';
import { generateAttemptLog } from './support/attempt-log.ts';

describe('load', () => {
  it('verifies every submission from 60 stations at 20/s with bounded latency', async () => {
    const report = await runBench({
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
});
