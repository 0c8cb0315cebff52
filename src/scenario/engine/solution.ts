// Play a scenario's scripted solution like a trainee would: each step waits for its time (`at`, `after`) and
// condition (`waitFor`), then acts. The resulting input log replays to the same result.
import type { Scenario, SolutionName } from '../model.ts';
import type { AttemptResult } from '../grading/types.ts';
import { attemptHash } from './attempt-hash.ts';
import { createScenarioRun, type LoggedAnyIntent } from './run.ts';
import { asAnyIntent } from '../schema/intent.ts';
import type { SimPort } from './sim-port.ts';
import { STEP_HZ } from '../../sim/core/clock.ts';

export interface SolutionOutcome {
  result: AttemptResult;
  hash: string;
  log: LoggedAnyIntent[];
  /** Index of a step whose `waitFor` timed out (the script stopped there), if any. */
  stalledAtStep?: number;
}

export function runSolution<W>(
  scenario: Scenario,
  seed: number,
  which: SolutionName,
  port: SimPort<W>,
): SolutionOutcome {
  const run = createScenarioRun(scenario, port);
  run.start(seed);
  const solution = scenario.spec.solutions[which];
  const waits = scenario.solutions[which];
  const steps = solution.steps;
  let next = 0;
  let lastStepS = 0;
  let waitingSinceS: number | undefined;
  let stalledAtStep: number | undefined;
  let endAtS: number | undefined;
  const maxTicks = Math.ceil(scenario.spec.timeLimitS * STEP_HZ) + 2;
  for (let guard = 0; guard <= maxTicks && !run.finished; guard++) {
    const t = run.timeS;
    while (next < steps.length) {
      const s = steps[next]!;
      const notBefore = Math.max(s.at ?? 0, s.after !== undefined ? lastStepS + s.after : 0);
      if (t < notBefore) break;
      waitingSinceS ??= t;
      const wait = waits[next];
      if (wait && run.evaluate(wait) !== true) {
        if (t - waitingSinceS >= s.timeoutS) {
          stalledAtStep = next;
          next = steps.length;
        }
        break;
      }
      for (const intent of Array.isArray(s.do) ? s.do : [s.do]) run.applyIntent(asAnyIntent(intent));
      lastStepS = t;
      waitingSinceS = undefined;
      next++;
    }
    if (next >= steps.length) {
      endAtS ??= Math.max(t, lastStepS + solution.endAfterS);
      if (t >= endAtS) run.applyIntent({ type: 'finish' });
    }
    run.step();
  }
  const result = run.result();
  const out: SolutionOutcome = { result, hash: attemptHash(port.hash(run.world), result), log: [...run.log] };
  if (stalledAtStep !== undefined) out.stalledAtStep = stalledAtStep;
  return out;
}
