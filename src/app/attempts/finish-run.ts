// Close a recorded attempt from its live run: grade it, hash it exactly as `weldtwin replay` will, keep the
// summary that profiles and credentials read.
import { attemptHash, type ScenarioRun, type SimPort } from '../../scenario/index.ts';
import { catalogueEntry, summariseAttempt } from '../../scenario/progress/index.ts';
import type { AttemptRecorder } from './recorder.ts';
import type { StoredAttempt } from './types.ts';

/**
 * Finish `attemptId`. A run that is still going (the trainee leaves) is ended as `log-ended` at its current
 * step, the same way a replay of the saved log ends, so the stored hash equals the replay's.
 */
export async function finishRecordedRun<W>(
  recorder: AttemptRecorder,
  attemptId: string,
  run: ScenarioRun<W>,
  port: SimPort<W>,
  now: number = Date.now(),
): Promise<StoredAttempt> {
  const endedByTrainee = !run.state.finished;
  if (endedByTrainee) run.end('log-ended');
  const result = run.result();
  const hash = attemptHash(port.hash(run.world), result);
  const summary = summariseAttempt(attemptId, catalogueEntry(run.scenario.spec), result, now, hash);
  const tick = run.state.tick;
  await recorder.sync(attemptId, run.log, tick);
  return recorder.finish(attemptId, {
    tick,
    status: endedByTrainee ? 'abandoned' : 'finished',
    ...(endedByTrainee ? { endTick: tick } : {}),
    result: {
      score: result.score,
      grade: result.grade,
      passed: result.passed,
      durationS: result.durationS,
      hash,
      summary,
    },
  });
}
