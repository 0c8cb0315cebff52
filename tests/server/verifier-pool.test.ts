// The replay worker pool: same answers as replaying in-process, refusals with the log entry named, a time limit
// that stops runaway replays, a bounded queue, and an HTTP thread that stays responsive while replays run.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logDigest } from '../../src/server/verify/digest.ts';
import { logHashReplay } from '../../src/server/verify/log-hash-replay.ts';
import { VerifierPool } from '../../src/server/verify/pool.ts';
import { AttemptRejected, VerifierUnavailable } from '../../src/server/verify/verifier.ts';
import { generateAttemptLog } from './support/attempt-log.ts';

const attempt = (seed: number, intents = 1200) => ({
  scenarioId: 'cobot-fillet-commands',
  version: 1,
  seed: 7,
  log: generateAttemptLog(seed, { intents }),
});

describe('replay worker pool', () => {
  let pool: VerifierPool;
  beforeAll(async () => {
    pool = new VerifierPool({ engine: 'log-hash', size: 2 });
    await pool.ready();
  }, 60_000);
  afterAll(() => pool.close());

  it('gives exactly the in-process result and log digest, whichever worker runs it, as JSON text or objects', async () => {
    const a = attempt(1);
    const local = logHashReplay(a);
    const results = await Promise.all([
      pool.verify(a),
      pool.verify({ ...a, logJson: JSON.stringify(a.log) }),
      pool.verify(a),
      pool.verify({ ...a, logJson: JSON.stringify(a.log) }),
    ]);
    for (const r of results)
      expect(r).toEqual({ result: local, logDigest: logDigest(a.log), continued: false });
  });

  it('refuses a malformed log naming the entry, and keeps working', async () => {
    const a = attempt(2, 200);
    (a.log[3] as unknown as { intent: unknown }).intent = 'weld!';
    await expect(pool.verify(a)).rejects.toThrow(AttemptRejected);
    await expect(pool.verify(a)).rejects.toThrow(/log\[3\]\.intent: expected an object/);
    await expect(pool.verify(attempt(3, 200))).resolves.toHaveProperty('result.hash');
  });

  it('keeps the HTTP thread responsive while replays run (event-loop delay stays low)', async () => {
    const jobs = Array.from({ length: 16 }, (_, i) => attempt(100 + i, 3000));
    const h = monitorEventLoopDelay({ resolution: 5 });
    h.enable();
    const t = performance.now();
    await Promise.all(jobs.map((j) => pool.verify(j)));
    const busyMs = performance.now() - t;
    h.disable();
    // The same work on this thread would block it for busyMs; through the pool the loop keeps turning.
    const p99Ms = h.percentile(99) / 1e6;
    expect(p99Ms).toBeLessThan(Math.max(100, busyMs / 4));
  });

  it('stops a replay that runs past the time limit and replaces the worker', async () => {
    const slow = new VerifierPool({ engine: 'log-hash', size: 1, timeoutMs: 1000 });
    try {
      await slow.ready();
      const huge = attempt(4, 150_000);
      await expect(slow.verify(huge)).rejects.toThrow(/did not finish within 1 s/);
      await expect(slow.verify(attempt(5, 20))).resolves.toHaveProperty('result.hash');
    } finally {
      await slow.close();
    }
  }, 60_000);

  it('refuses work beyond its queue with a retry-later error instead of queueing without bound', async () => {
    const small = new VerifierPool({ engine: 'log-hash', size: 1, maxQueue: 2 });
    try {
      await small.ready();
      const outcomes = await Promise.allSettled(
        Array.from({ length: 6 }, (_, i) => small.verify(attempt(200 + i, 2000))),
      );
      const refused = outcomes.filter((o) => o.status === 'rejected');
      expect(refused.length).toBeGreaterThan(0);
      for (const o of refused)
        expect((o as PromiseRejectedResult).reason).toBeInstanceOf(VerifierUnavailable);
      expect(outcomes.filter((o) => o.status === 'fulfilled').length).toBeGreaterThanOrEqual(2);
    } finally {
      await small.close();
    }
  });

  it('reports an engine that cannot load instead of hanging', async () => {
    const broken = new VerifierPool({ engine: 'nonexistent-engine' as 'log-hash', size: 1 });
    try {
      await expect(broken.ready()).rejects.toThrow(/failed to start|cannot load|scenario/);
    } finally {
      await broken.close();
    }
  });
});
