// Edge-triggered rule checking: a rule broken for 10 s is one violation lasting 10 s, not 1800 step-violations.
// A violation counts once it has lasted longer than the rule's grace time (debounce for sensor-like noise).
import type { Env } from '../expr/index.ts';
import type { Scenario } from '../model.ts';

export interface Violation {
  ruleId: string;
  severity: 'advice' | 'deduction' | 'fail';
  phaseId: string;
  startS: number;
  /** Equals startS + durationS; for a violation still open, the time it was last seen. */
  endS: number;
  durationS: number;
  open: boolean;
}

export class RuleMonitor {
  /** Time the rule started failing (NaN when it holds). */
  private readonly since: number[];
  private readonly openIndex: number[];
  readonly violations: Violation[] = [];
  /** inScope[rule][phase] */
  private readonly inScope: boolean[][];
  /** Bumped when a violation opens or closes: the set of rules broken right now changed. */
  changes = 0;

  constructor(private readonly scenario: Scenario) {
    const ids = scenario.spec.phases.map((p) => p.id);
    this.since = scenario.rules.map(() => NaN);
    this.openIndex = scenario.rules.map(() => -1);
    this.inScope = scenario.spec.rules.map((r) => ids.map((id) => !r.scope || r.scope.includes(id)));
  }

  update(env: Env, phaseIndex: number, timeS: number): void {
    const rules = this.scenario.rules;
    const specs = this.scenario.spec.rules;
    const phaseId = this.scenario.spec.phases[phaseIndex]?.id ?? '';
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i]!;
      const active =
        this.inScope[i]![phaseIndex] === true && (r.when === undefined || r.when.evaluate(env) === true);
      const broken = active && r.require.evaluate(env) !== true;
      if (!broken) {
        this.close(i, timeS);
        continue;
      }
      if (Number.isNaN(this.since[i]!)) this.since[i] = timeS;
      const start = this.since[i]!;
      const open = this.openIndex[i]!;
      if (open >= 0) {
        const v = this.violations[open]!;
        v.endS = timeS;
        v.durationS = timeS - v.startS;
      } else if (timeS - start > specs[i]!.graceS || (specs[i]!.graceS === 0 && timeS >= start)) {
        this.openIndex[i] = this.violations.length;
        this.changes++;
        this.violations.push({
          ruleId: specs[i]!.id,
          severity: specs[i]!.severity,
          phaseId,
          startS: start,
          endS: timeS,
          durationS: timeS - start,
          open: true,
        });
      }
    }
  }

  private close(i: number, timeS: number): void {
    this.since[i] = NaN;
    const open = this.openIndex[i]!;
    if (open >= 0) {
      const v = this.violations[open]!;
      v.endS = timeS;
      v.durationS = timeS - v.startS;
      v.open = false;
      this.openIndex[i] = -1;
      this.changes++;
    }
  }

  /** End of the attempt: every open violation ends now. */
  closeAll(timeS: number): void {
    for (let i = 0; i < this.openIndex.length; i++) this.close(i, timeS);
  }

  /** Ids of the rules broken right now (for the HUD). */
  active(): string[] {
    return this.openIndex.flatMap((o, i) => (o >= 0 ? [this.scenario.spec.rules[i]!.id] : []));
  }
}
