// Resume after a crash or reload: rebuild the running attempt by replaying its saved input log through the same
// pure step, up to the step it had reached, then hand the run back so the trainee carries on from there.
import { createScenarioRun, type LoggedAnyIntent, type ScenarioRun } from '../engine/run.ts';
import type { SimPort } from '../engine/sim-port.ts';
import type { Scenario } from '../model.ts';

export interface SavedProgress {
  seed: number;
  /** The input log saved so far (tick order). */
  log: readonly LoggedAnyIntent[];
  /** Steps the run had completed at the last save. */
  tick: number;
}

export class ResumeError extends Error {}

/**
 * A run at the saved step, with the saved log as its own log: stepping it on gives exactly the world the
 * trainee would have had without the reload (same seed, same intents at the same steps).
 */
export function resumeRun<W>(scenario: Scenario, port: SimPort<W>, saved: SavedProgress): ScenarioRun<W> {
  const log = saved.log;
  for (let i = 1; i < log.length; i++) {
    if (log[i]!.tick < log[i - 1]!.tick)
      throw new ResumeError(
        `saved log[${i}].tick goes back in time (${log[i]!.tick} after ${log[i - 1]!.tick})`,
      );
  }
  const lastTick = log.length ? log[log.length - 1]!.tick + 1 : 0;
  const target = Math.max(saved.tick, lastTick);
  const run = createScenarioRun(scenario, port);
  run.start(saved.seed);
  let k = 0;
  while (!run.state.finished && run.state.tick < target) {
    const tick = run.state.tick;
    while (k < log.length && log[k]!.tick <= tick) run.applyIntent(log[k++]!.intent);
    run.step();
  }
  return run;
}
