// After a crash or reload: find the interrupted attempt, rebuild its world by replaying the saved log through
// the same pure step, and hand back the run so the trainee continues where they were.
import type { Scenario, ScenarioRun, SimPort } from '../../scenario/index.ts';
import { resumeRun } from '../../scenario/progress/index.ts';
import type { AttemptRecorder } from './recorder.ts';
import type { StoredAttempt } from './types.ts';

export type Resumed<W> =
  | { kind: 'resumed'; attempt: StoredAttempt; run: ScenarioRun<W> }
  /** The scenario (at that version) is no longer installed: the attempt cannot continue. */
  | { kind: 'scenario-missing'; attempt: StoredAttempt };

/**
 * The interrupted attempt as a live run at the step it had reached, or null when nothing was interrupted.
 * `findScenario` looks the scenario up by id and version among those the app ships.
 */
export async function resumeInterrupted<W>(
  recorder: AttemptRecorder,
  findScenario: (id: string, version: string | number) => Scenario | undefined,
  port: SimPort<W>,
): Promise<Resumed<W> | null> {
  const point = await recorder.loadUnfinished();
  if (!point) return null;
  const scenario = findScenario(point.attempt.scenarioId, point.attempt.version);
  if (!scenario) return { kind: 'scenario-missing', attempt: point.attempt };
  const run = resumeRun(scenario, port, {
    seed: point.attempt.seed,
    log: point.log,
    tick: point.attempt.tick,
  });
  return { kind: 'resumed', attempt: point.attempt, run };
}
