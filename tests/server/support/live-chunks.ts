// Live chunks as a station might cut an attempt's log: a first empty chunk at tick 0, a cut in the middle of a burst
// of intents at one step, a chunk whose throughTick is exactly the tick of its last entry, then one chunk every
// `everyS` simulated seconds (empty ones too: the station says how far its log is complete), stopping `tailS` before the end (the final submission carries the rest).
import { STEP_HZ } from '../../../src/sim/core/clock.ts';

export interface Entry {
  tick: number;
  intent: unknown;
}

export interface ChunkPlan {
  from: number;
  log: Entry[];
  throughTick: number;
}

export function awkwardChunks(log: readonly Entry[], everyS = 30, tailS = 20): ChunkPlan[] {
  const burst = log.findIndex((e, i) => i > 0 && e.tick > 0 && e.tick === log[i - 1]!.tick);
  if (burst < 0) throw new Error('the log has no burst of intents at one step to cut through');
  let exact = burst + 5;
  while (exact + 1 < log.length && log[exact + 1]!.tick === log[exact]!.tick) exact++;
  // [index of the first entry of the next chunk, throughTick of the chunk that ends there]
  const cuts: Array<[number, number]> = [
    [0, 0],
    [burst, log[burst]!.tick],
    [exact + 1, log[exact]!.tick],
  ];
  const endTick = log.at(-1)!.tick - tailS * STEP_HZ;
  for (let t = log[exact]!.tick + everyS * STEP_HZ; t < endTick; t += everyS * STEP_HZ) {
    // A chunk every `everyS` even when nothing happened: its throughTick still lets the replay go on.
    cuts.push([log.findIndex((e) => e.tick >= t), t]);
  }
  return cuts.map(([to, throughTick], i) => {
    const from = i === 0 ? 0 : cuts[i - 1]![0];
    return { from, log: log.slice(from, to), throughTick };
  });
}

/** Resolves once the pool has no live replay waiting or running (at most `timeoutMs`, then throws). */
export async function liveSettled(
  pool: { stats(): { live: { working: number } } },
  timeoutMs = 30_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (pool.stats().live.working > 0) {
    if (Date.now() > until)
      throw new Error(
        `live replays still running after ${timeoutMs} ms: ${JSON.stringify(pool.stats().live)}`,
      );
    await new Promise((r) => setTimeout(r, 10));
  }
}
