// When each injected fault or safety event fires, and how the trainee handled it: time to detect (stop safely),
// diagnosis named, remedies tried in order, time to resolve.
import type { Env } from '../expr/index.ts';
import type { Scenario } from '../model.ts';
import { INJECTION_FLAGS, injectionPrefix } from '../parse/symbols-for.ts';

export interface InjectionStatus {
  id: string;
  kind: 'fault' | 'safety' | 'intents';
  injectedS?: number;
  detectedS?: number;
  diagnosedS?: number;
  /** Causes the trainee named after the injection, in order. */
  diagnoses: string[];
  /** Maintenance actions after the injection and before it was resolved, in order. */
  actions: string[];
  resolvedS?: number;
}

export class InjectionTracker {
  readonly status: InjectionStatus[];
  /** Slots of `<prefix>.injected|detected|diagnosed|resolved|sinceS` per injection. */
  private readonly slots: number[][];
  private readonly whenHolds: boolean[];

  constructor(private readonly scenario: Scenario) {
    this.status = scenario.spec.injections.map((inj) => ({
      id: inj.id,
      kind: inj.kind,
      diagnoses: [],
      actions: [],
    }));
    this.whenHolds = scenario.spec.injections.map((inj) => inj.when === undefined);
    this.slots = scenario.spec.injections.map((inj) => {
      const prefix = injectionPrefix(inj.kind, inj.id);
      return [...INJECTION_FLAGS, 'sinceS'].map((f) => scenario.symbols.lookup(`${prefix}.${f}`)!.slot);
    });
  }

  /** Some injection has not happened yet. */
  get pending(): boolean {
    for (const st of this.status) if (st.injectedS === undefined) return true;
    return false;
  }

  /** Injections whose time and condition have come, not yet injected. */
  due(
    timeS: number,
    phaseStartS: (phaseId: string) => number | undefined,
    delaysS: readonly number[],
  ): number[] {
    const out: number[] = [];
    this.scenario.spec.injections.forEach((inj, i) => {
      if (this.status[i]!.injectedS !== undefined || !this.whenHolds[i]) return;
      const from = inj.at?.phase === undefined ? 0 : phaseStartS(inj.at.phase);
      if (from === undefined) return;
      if (timeS >= from + (inj.at ? delaysS[i]! : 0)) out.push(i);
    });
    return out;
  }

  markInjected(i: number, timeS: number): void {
    this.status[i]!.injectedS = timeS;
  }

  /** Evaluate trigger conditions and handling conditions against the current measurements. */
  update(env: Env, timeS: number): void {
    this.scenario.injections.forEach((c, i) => {
      const st = this.status[i]!;
      if (st.injectedS === undefined) {
        if (c.when) this.whenHolds[i] = c.when.evaluate(env) === true;
        return;
      }
      if (timeS <= st.injectedS) return;
      if (st.detectedS === undefined && c.detect?.evaluate(env) === true) st.detectedS = timeS;
      // Fixing comes after stopping safely: resolution only counts once the trainee has reacted.
      if (st.detectedS !== undefined && st.resolvedS === undefined && c.resolved?.evaluate(env) === true)
        st.resolvedS = timeS;
    });
  }

  onDiagnose(cause: string, timeS: number): void {
    this.scenario.spec.injections.forEach((inj, i) => {
      const st = this.status[i]!;
      if (st.injectedS === undefined || st.diagnosedS !== undefined) return;
      st.diagnoses.push(cause);
      if (inj.handling?.diagnosis === cause) st.diagnosedS = timeS;
    });
  }

  onMaintenance(action: string): void {
    for (const st of this.status)
      if (st.injectedS !== undefined && st.resolvedS === undefined) st.actions.push(action);
  }

  /** Write the flags into the expression environment. */
  fill(env: Env, timeS: number): void {
    this.status.forEach((st, i) => {
      const [inj, det, diag, res, since] = this.slots[i]!;
      env[inj!] = st.injectedS !== undefined;
      env[det!] = st.detectedS !== undefined;
      env[diag!] = st.diagnosedS !== undefined;
      env[res!] = st.resolvedS !== undefined;
      env[since!] = st.injectedS === undefined ? 0 : timeS - st.injectedS;
    });
  }
}
