// Re-run an attempt (scenario id + version, seed, input log) in the headless twin and grade it again:
// what `weldtwin replay` and the competition server use to verify a result.
import { z } from 'zod';
import type { Scenario } from '../model.ts';
import { anyIntentSchema } from '../schema/intent.ts';
import type { AttemptResult } from '../grading/types.ts';
import { ResumableReplay } from './resumable-replay.ts';
import type { SimPort } from './sim-port.ts';

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

export { ReplayError } from './resumable-replay.ts';

/** Replay a whole attempt from the start: the resumable replay fed the whole log at once, then finished. */
export function replayAttempt<W>(
  attempt: Attempt,
  scenario: Scenario,
  port: SimPort<W>,
): ReplayOutput & { result: AttemptResult } {
  const replay = new ResumableReplay(attempt, scenario, port);
  replay.append(attempt.log);
  return replay.finish(attempt.endTick);
}
