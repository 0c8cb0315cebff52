// Phase machine: goals latch once met; a phase ends on its completion condition, on "all goals met" (auto),
// on the trainee's advancePhase (manual), or when its time limit runs out.
import type { Env } from '../expr/index.ts';
import type { Scenario } from '../model.ts';

export type PhaseEnd = 'goals' | 'condition' | 'manual' | 'time-limit' | 'attempt-ended';

export interface PhaseRecord {
  id: string;
  startS: number;
  endS?: number;
  end?: PhaseEnd;
  /** Time each goal was first met (undefined: not met). */
  goalsMetS: Array<number | undefined>;
}

export class PhaseTracker {
  index = 0;
  readonly records: PhaseRecord[] = [];
  /** Bumped when a goal latches or a phase ends: what a HUD shows of the phases changed. */
  changes = 0;

  constructor(private readonly scenario: Scenario) {
    this.records.push(this.newRecord(0, 0));
  }

  private newRecord(i: number, startS: number): PhaseRecord {
    return {
      id: this.scenario.spec.phases[i]!.id,
      startS,
      goalsMetS: this.scenario.spec.phases[i]!.goals.map(() => undefined),
    };
  }

  get finished(): boolean {
    return this.index >= this.scenario.spec.phases.length;
  }

  get current(): PhaseRecord | undefined {
    return this.finished ? undefined : this.records[this.index];
  }

  startOf(phaseId: string): number | undefined {
    return this.records.find((r) => r.id === phaseId)?.startS;
  }

  /** Latch goals and decide whether the phase is over. Returns true when the phase advanced. */
  update(env: Env, timeS: number): boolean {
    const rec = this.current;
    if (!rec) return false;
    const spec = this.scenario.spec.phases[this.index]!;
    const compiled = this.scenario.phases[this.index]!;
    let allMet = true;
    for (let g = 0; g < compiled.goals.length; g++) {
      if (rec.goalsMetS[g] === undefined && compiled.goals[g]!.evaluate(env) === true) {
        rec.goalsMetS[g] = timeS;
        this.changes++;
      }
      if (rec.goalsMetS[g] === undefined) allMet = false;
    }
    if (compiled.completeWhen) {
      if (compiled.completeWhen.evaluate(env) === true) return this.end(timeS, 'condition');
    } else if ((spec.advance ?? (spec.goals.length > 0 ? 'auto' : 'manual')) === 'auto' && allMet) {
      return this.end(timeS, 'goals');
    }
    return this.checkTime(timeS);
  }

  /** Time limits are checked every step, independent of the evaluation rate. */
  checkTime(timeS: number): boolean {
    const rec = this.current;
    const limit = rec && this.scenario.spec.phases[this.index]!.timeLimitS;
    if (rec && limit !== undefined && timeS - rec.startS >= limit) return this.end(timeS, 'time-limit');
    return false;
  }

  /** End the current phase and start the next one (if any). */
  end(timeS: number, how: PhaseEnd): boolean {
    const rec = this.current;
    if (!rec) return false;
    rec.endS = timeS;
    rec.end = how;
    this.index++;
    this.changes++;
    if (!this.finished) this.records.push(this.newRecord(this.index, timeS));
    return true;
  }
}
