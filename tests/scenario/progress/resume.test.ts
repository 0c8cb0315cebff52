import { describe, expect, it } from 'vitest';
import {
  attemptHash,
  createScenarioRun,
  replayAttempt,
  runSolution,
  type LoggedAnyIntent,
  type ScenarioRun,
} from '../../../src/scenario/index.ts';
import { resumeRun } from '../../../src/scenario/progress/index.ts';
import { worldPort } from '../../../src/scenario/world/port.ts';
import type { WorldState } from '../../../src/sim/world-state.ts';
import { shippedScenarios } from './shipped.ts';

/** Carry a run on from where it is, feeding the rest of the log at its ticks, to the end. */
function continueRun(run: ScenarioRun<WorldState>, log: readonly LoggedAnyIntent[]): void {
  let k = log.findIndex((e) => e.tick >= run.state.tick);
  if (k < 0) k = log.length;
  const maxTicks = Math.ceil(run.scenario.spec.timeLimitS * 180) + 1;
  while (!run.state.finished && run.state.tick < maxTicks) {
    while (k < log.length && log[k]!.tick <= run.state.tick) run.applyIntent(log[k++]!.intent);
    run.step();
  }
  if (!run.state.finished) run.end('log-ended');
}

describe('resume after a crash or reload', () => {
  const scenario = shippedScenarios()[0]!;
  const reference = runSolution(scenario, 3, 'reference', worldPort);
  const attempt = {
    scenarioId: scenario.spec.id,
    version: scenario.spec.version,
    seed: 3,
    log: reference.log as never,
  };
  const whole = replayAttempt(attempt, scenario, worldPort);

  it(`${scenario.spec.id}: rebuilding from the saved log gives the same world at the saved step`, () => {
    const lastTick = reference.log.at(-1)!.tick;
    const tick = Math.floor(lastTick / 2);
    const saved = reference.log.filter((e) => e.tick < tick);
    const resumed = resumeRun(scenario, worldPort, { seed: 3, log: saved, tick });
    expect(resumed.state.tick).toBe(tick);
    expect(resumed.log).toEqual(saved);
    // The same run without the interruption, stopped at the same step.
    const straight = createScenarioRun(scenario, worldPort);
    straight.start(3);
    let k = 0;
    while (straight.state.tick < tick) {
      while (reference.log[k] && reference.log[k]!.tick <= straight.state.tick)
        straight.applyIntent(reference.log[k++]!.intent);
      straight.step();
    }
    expect(worldPort.hash(resumed.world)).toBe(worldPort.hash(straight.world));
  });

  it(`${scenario.spec.id}: the resumed attempt ends with the hash and score of the uninterrupted one`, () => {
    const lastTick = reference.log.at(-1)!.tick;
    for (const tick of [1, Math.floor(lastTick / 3), lastTick]) {
      const run = resumeRun(scenario, worldPort, {
        seed: 3,
        log: reference.log.filter((e) => e.tick < tick),
        tick,
      });
      continueRun(run, reference.log);
      const result = run.result();
      expect({ tick, hash: attemptHash(worldPort.hash(run.world), result), score: result.score }).toEqual({
        tick,
        hash: whole.hash,
        score: whole.score,
      });
    }
  });

  it('a saved tick behind the last saved intent still replays every saved intent', () => {
    const log = reference.log.slice(0, 3);
    const run = resumeRun(scenario, worldPort, { seed: 3, log, tick: 0 });
    expect(run.log).toEqual(log);
    expect(run.state.tick).toBe(log.at(-1)!.tick + 1);
  });
});
