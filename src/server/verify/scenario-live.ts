// The scenario engine's live run: src/scenario's ResumableReplay (the same loop `replayAttempt` runs), fed the
// station's chunks after the same schema checks a submitted attempt gets.
import { ReplayError, ResumableReplay } from '../../scenario/index.ts';
import { parseAttemptFile } from '../../scenario/progress/index.ts';
import { worldPort } from '../../scenario/world/port.ts';
import type { OpenLive } from './live-run.ts';
import { installedScenario, verifiedResult, type ScenarioLibrary } from './scenario-engine.ts';
import { AttemptRejected } from './verifier.ts';

/** ReplayError and RangeError (the twin refusing an intent) refuse the attempt, as in the cold replay. */
function refused<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ReplayError || e instanceof RangeError)
      throw new AttemptRejected(`log cannot be replayed: ${e.message}`);
    throw e;
  }
}

export function scenarioLive(lib: ScenarioLibrary): OpenLive {
  return (head) => {
    const scenario = installedScenario(lib, head.scenarioId, head.version);
    const replay = refused(() => new ResumableReplay(head, scenario, worldPort));
    return {
      get tick() {
        return replay.tick;
      },
      append(entries) {
        const parsed = parseAttemptFile({ ...head, log: entries });
        if (!parsed.ok) throw new AttemptRejected(parsed.problems.slice(0, 10).join('; '));
        refused(() => replay.append(parsed.attempt.log));
      },
      advance: (throughTick, maxSteps) => refused(() => replay.advance(throughTick, maxSteps)),
      accepts: (tick) => replay.accepts(tick),
      canFinish: (endTick) => replay.canFinish(endTick),
      finish: (endTick) => verifiedResult(refused(() => replay.finish(endTick))),
    };
  };
}
