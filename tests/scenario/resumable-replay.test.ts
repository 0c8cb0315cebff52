// The resumable replay is the engine's only replay loop: a trainee's 10-minute attempt of a shipped scenario fed in
// chunks cut at awkward ticks, paused every few hundred steps and interleaved with another trainee's replay in the
// same process, ends bit-identical (hash, score, grade, whole graded result) to replaying the whole log at once.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseScenario,
  replayAttempt,
  ResumableReplay,
  type AttemptEntry,
  type Scenario,
} from '../../src/scenario/index.ts';
import { worldPort } from '../../src/scenario/world/port.ts';
import { STEP_HZ } from '../../src/sim/core/clock.ts';
import { traineeAttempt } from '../server/support/trainee-attempt.ts';

const SCENARIO_ID = 'cobot-commands-fillet';
const SEED = 2026;
const scenario: Scenario = parseScenario(
  readFileSync(new URL(`../../scenarios/${SCENARIO_ID}.yaml`, import.meta.url), 'utf8'),
  `${SCENARIO_ID}.yaml`,
).scenario!;
const head = { scenarioId: SCENARIO_ID, version: scenario.spec.version, seed: SEED };

/** Chunk boundaries as a station might cut them: [first entry index, throughTick] per chunk. */
function awkwardCuts(log: readonly AttemptEntry[]): Array<[number, number]> {
  const cuts: Array<[number, number]> = [[0, 0]]; // an empty chunk at tick 0
  // Mid-burst: two entries at the same tick go to different chunks (throughTick = that tick: not yet complete).
  const burst = log.findIndex((e, i) => i > 0 && e.tick === log[i - 1]!.tick && e.tick > 0);
  expect(burst, 'the trainee log has a burst of intents at one step').toBeGreaterThan(0);
  cuts.push([burst, log[burst]!.tick]);
  // An entry exactly at the chunk's throughTick (it is in the chunk, its step is not yet replayed).
  const at = Math.floor(log.length / 2);
  cuts.push([at + 1, log[at]!.tick]);
  // Every 10 simulated seconds after that, cut wherever the time falls.
  for (let t = log[at]!.tick + 10 * STEP_HZ; t < log.at(-1)!.tick; t += 10 * STEP_HZ) {
    const i = log.findIndex((e) => e.tick >= t);
    if (i > cuts.at(-1)![0]) cuts.push([i, t]);
  }
  return cuts;
}

/** Feed `log` chunk by chunk, advancing at most `pauseEvery` steps at a time, calling `between` at every pause. */
function liveReplay(
  log: readonly AttemptEntry[],
  cuts: Array<[number, number]>,
  pauseEvery: number,
  between: () => void,
): ResumableReplay<unknown> {
  const r = new ResumableReplay(head, scenario, worldPort);
  for (let c = 0; c < cuts.length; c++) {
    const [from, throughTick] = cuts[c]!;
    const to = c + 1 < cuts.length ? cuts[c + 1]![0] : log.length;
    r.append(log.slice(from, to));
    while (r.advance(throughTick, pauseEvery) > 0) between();
    expect(r.tick).toBeLessThanOrEqual(Math.max(throughTick, 0));
  }
  return r as ResumableReplay<unknown>;
}

describe('resumable replay', () => {
  const a = traineeAttempt(scenario, SEED, 1);
  const b = traineeAttempt(scenario, SEED, 2);

  it('chunked, paused and interleaved with another replay, ends bit-identical to the cold replay', () => {
    const cold = replayAttempt({ ...head, log: a.log }, scenario, worldPort);
    const coldB = replayAttempt({ ...head, log: b.log }, scenario, worldPort);
    // Another trainee's replay runs between every pause of this one (same process, same module caches).
    const other = new ResumableReplay(head, scenario, worldPort);
    other.append(b.log);
    const live = liveReplay(a.log, awkwardCuts(a.log), 397, () => other.advance(other.maxTicks, 211));
    const warm = live.finish();
    expect(warm.hash).toBe(cold.hash);
    expect(warm.score).toBe(cold.score);
    expect(warm.grade).toBe(cold.grade);
    expect(warm.result).toEqual(cold.result);
    expect(other.finish()).toEqual(coldB);
    expect(cold.durationS).toBeGreaterThan(590);
  }, 60_000);

  it('with an endTick, continues to the same end as the cold replay', () => {
    const endTick = a.log.at(-1)!.tick - 20 * STEP_HZ;
    const log = a.log.filter((e) => e.tick < endTick);
    const cold = replayAttempt({ ...head, log, endTick }, scenario, worldPort);
    const live = liveReplay(log, awkwardCuts(log), 5000, () => undefined);
    expect(live.canFinish(endTick)).toBe(true);
    expect(live.finish(endTick)).toEqual(cold);
    expect(cold.result.endReason).toBe('log-ended');
  }, 60_000);

  it('refuses what would make it differ from a cold replay: an entry for a step already run, an end already passed', () => {
    const r = new ResumableReplay(head, scenario, worldPort);
    r.advance(600);
    expect(r.tick).toBe(600);
    expect(r.accepts(599)).toBe(false);
    expect(r.accepts(600)).toBe(true);
    expect(() => r.append([{ tick: 599, intent: { type: 'helmet', down: true } }])).toThrow(
      /log\[0\]\.tick 599 arrives after the replay ran step 599/,
    );
    expect(r.canFinish(599)).toBe(false);
    expect(() => r.finish(599)).toThrow(/already run to step 600, past the attempt's end at step 599/);
    expect(r.canFinish(600)).toBe(true);
  });

  it('names an entry that goes back in time by its index in the whole log', () => {
    const r = new ResumableReplay(head, scenario, worldPort);
    r.append([{ tick: 10, intent: { type: 'helmet', down: true } }]);
    expect(() => r.append([{ tick: 5, intent: { type: 'helmet', down: false } }])).toThrow(
      /log\[1\]\.tick goes back in time \(5 after 10\)/,
    );
  });
});
