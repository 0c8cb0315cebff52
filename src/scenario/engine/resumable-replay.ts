// A replay that takes its input log in pieces and can stop and go on: the one replay loop of the engine. The cold
// replay (`replayAttempt`: the whole log, then finish) and the competition server's live verification (chunks as the
// station uploads them, each replayed as far as it is known, then the rest at the final submission) both run it, so
// they cannot drift apart. Pausing changes nothing: the run is the same object stepped the same way, in the same
// order, with the same intents applied at the same steps; only when the steps run differs.
import type { Scenario } from '../model.ts';
import { asAnyIntent } from '../schema/intent.ts';
import type { AttemptResult } from '../grading/types.ts';
import { attemptHash } from './attempt-hash.ts';
import { createScenarioRun, type ScenarioRun } from './run.ts';
import type { SimPort } from './sim-port.ts';
import { STEP_HZ } from '../../sim/core/clock.ts';
import type { Attempt, ReplayOutput } from './replay.ts';

export type AttemptEntry = Attempt['log'][number];
export type AttemptHead = Pick<Attempt, 'scenarioId' | 'version' | 'seed'>;

export class ReplayError extends Error {}

/** Entries held but not yet applied are compacted away once this many applied ones sit in front [perf tuning]. */
const COMPACT_AFTER = 512;

export class ResumableReplay<W> {
  private readonly run: ScenarioRun<W>;
  /** Entries received and not yet applied start at `next`; those before it are applied (dropped when compacted). */
  private pending: AttemptEntry[] = [];
  private next = 0;
  private count = 0;
  private last = 0;
  private done = false;
  /** The last step an attempt of this scenario can run to (its time limit, plus the step that ends it). */
  readonly maxTicks: number;

  constructor(
    head: AttemptHead,
    scenario: Scenario,
    private readonly port: SimPort<W>,
  ) {
    const spec = scenario.spec;
    if (head.scenarioId !== spec.id)
      throw new ReplayError(`attempt is for scenario ${head.scenarioId}, not ${spec.id}`);
    if (String(head.version) !== String(spec.version)) {
      throw new ReplayError(
        `attempt is for ${spec.id} version ${head.version}, but version ${spec.version} is loaded`,
      );
    }
    this.maxTicks = Math.ceil(spec.timeLimitS * STEP_HZ) + 1;
    this.run = createScenarioRun(scenario, port);
    this.run.start(head.seed);
  }

  /** The step the replay has reached: every step before it has run. */
  get tick(): number {
    return this.run.tick;
  }

  /** The attempt ended during the replay (finish, all phases done, time limit): later entries change nothing. */
  get finished(): boolean {
    return this.run.finished;
  }

  /** Entries received so far. */
  get received(): number {
    return this.count;
  }

  /**
   * Whether an entry at `tick` appended now gives the same replay as having had it from the start: not before the
   * last entry received, and not for a step the replay has already run (an entry takes effect at its tick).
   */
  accepts(tick: number): boolean {
    return tick >= this.last && tick >= this.run.tick;
  }

  /** Hold more of the log (schema-checked entries, in time order after those received before). */
  append(entries: readonly AttemptEntry[]): void {
    if (this.done) throw new ReplayError('the replay has already finished; start a new one');
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      const at = this.count + i;
      if (e.tick < this.last) {
        throw new ReplayError(`log[${at}].tick goes back in time (${e.tick} after ${this.last})`);
      }
      if (e.tick < this.run.tick) {
        throw new ReplayError(
          `log[${at}].tick ${e.tick} arrives after the replay ran step ${this.run.tick - 1}; ` +
            'entries must come before their step is replayed (replay the attempt from the start)',
        );
      }
      this.last = e.tick;
    }
    if (this.next >= COMPACT_AFTER) {
      this.pending = this.pending.slice(this.next);
      this.next = 0;
    }
    for (const e of entries) this.pending.push(e);
    this.count += entries.length;
  }

  /**
   * Replay the steps that are fully known: every step before `throughTick` (the caller has every entry with a tick
   * below it), at most `maxSteps` of them. Returns the number of steps run.
   */
  advance(throughTick: number, maxSteps = Infinity): number {
    if (this.done) return 0;
    return this.stepUntil(Math.min(throughTick, this.maxTicks), maxSteps);
  }

  /** The step the attempt ends at when it ends without finishing: `endTick`, capped by the time limit. */
  endLimit(endTick?: number): number {
    return Math.min(endTick ?? this.maxTicks, this.maxTicks);
  }

  /** Whether `finish(endTick)` can still give what a replay from the start gives (it has not run past that end). */
  canFinish(endTick?: number): boolean {
    return !this.done && this.run.tick <= this.endLimit(endTick);
  }

  /** Every entry is in: replay to the end (or `endTick`), grade, hash. */
  finish(endTick?: number): ReplayOutput & { result: AttemptResult } {
    if (!this.canFinish(endTick)) {
      throw new ReplayError(
        this.done
          ? 'the replay has already finished'
          : `the replay has already run to step ${this.run.tick}, past the attempt's end at step ${this.endLimit(endTick)}; ` +
              'replay it from the start',
      );
    }
    this.done = true;
    const run = this.run;
    this.stepUntil(this.endLimit(endTick), Infinity);
    if (!run.finished) run.end('log-ended');
    const result = run.result();
    this.pending = [];
    return {
      hash: attemptHash(this.port.hash(run.world), result),
      score: result.score,
      grade: result.grade,
      durationS: result.durationS,
      result,
    };
  }

  // The replay loop: each step first applies the entries due at it (tick <= the step), then runs.
  private stepUntil(limit: number, maxSteps: number): number {
    const run = this.run;
    const log = this.pending;
    let k = this.next;
    let steps = 0;
    while (!run.finished && run.tick < limit && steps < maxSteps) {
      const tick = run.tick;
      while (k < log.length && log[k]!.tick <= tick) run.applyIntent(asAnyIntent(log[k++]!.intent));
      run.step();
      steps++;
    }
    this.next = k;
    return steps;
  }
}
