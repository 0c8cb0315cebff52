// Re-run an attempt (scenario id + version, seed, input log) in the headless twin and grade it again:
// what `weldtwin replay` and the competition server use to verify a result.
import { z } from 'zod';
import type { Scenario } from '../model.ts';
import { anyIntentSchema, asAnyIntent } from '../schema/intent.ts';
import type { AttemptResult } from '../grading/types.ts';
import { attemptHash } from './attempt-hash.ts';
import { createScenarioRun } from './run.ts';
import type { SimPort } from './sim-port.ts';
import { STEP_HZ } from '../../sim/core/clock.ts';

export const attemptSchema = z.strictObject({
  scenarioId: z.string().min(1),
  version: z.union([z.string(), z.number().int()]),
  seed: z.number().int().min(0).max(0xffffffff),
  log: z.array(z.strictObject({ tick: z.number().int().min(0), intent: anyIntentSchema })).max(1_000_000),
  /** Step at which the attempt stopped, when it ended without a finish action or the scenario completing. */
  endTick: z.number().int().min(0).optional(),
});

export type Attempt = z.infer<typeof attemptSchema>;

export interface ReplayOutput {
  hash: string;
  score: number;
  grade: string;
  durationS: number;
}

export class ReplayError extends Error {}

export function replayAttempt<W>(
  attempt: Attempt,
  scenario: Scenario,
  port: SimPort<W>,
): ReplayOutput & { result: AttemptResult } {
  const spec = scenario.spec;
  if (attempt.scenarioId !== spec.id)
    throw new ReplayError(`attempt is for scenario ${attempt.scenarioId}, not ${spec.id}`);
  if (String(attempt.version) !== String(spec.version)) {
    throw new ReplayError(
      `attempt is for ${spec.id} version ${attempt.version}, but version ${spec.version} is loaded`,
    );
  }
  for (let i = 1; i < attempt.log.length; i++) {
    if (attempt.log[i]!.tick < attempt.log[i - 1]!.tick)
      throw new ReplayError(
        `log[${i}].tick goes back in time (${attempt.log[i]!.tick} after ${attempt.log[i - 1]!.tick})`,
      );
  }
  const run = createScenarioRun(scenario, port);
  run.start(attempt.seed);
  const maxTicks = Math.ceil(spec.timeLimitS * STEP_HZ) + 1;
  const endTick = Math.min(attempt.endTick ?? maxTicks, maxTicks);
  let k = 0;
  while (!run.finished && run.tick < endTick) {
    const tick = run.tick;
    while (k < attempt.log.length && attempt.log[k]!.tick <= tick)
      run.applyIntent(asAnyIntent(attempt.log[k++]!.intent));
    run.step();
  }
  if (!run.finished) run.end('log-ended');
  const result = run.result();
  return {
    hash: attemptHash(port.hash(run.world), result),
    score: result.score,
    grade: result.grade,
    durationS: result.durationS,
    result,
  };
}
