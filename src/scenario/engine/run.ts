// Run a scenario against the twin, one fixed step at a time: the same object drives the app (an intent per
// trainee action, a step per 1/180 s), the CLI, selftest and server-side replay.
import { STEP_S } from '../../sim/core/clock.ts';
import type { Intent } from '../../sim/intents.ts';
import type { CompiledExpr, Value } from '../expr/index.ts';
import type { Scenario } from '../model.ts';
import { REMEDY_INTENTS } from '../schema/domain-enums.ts';
import { asIntent, type AnyIntent, type MacroIntent } from '../schema/intent.ts';
import { gradeAttempt } from '../grading/grade.ts';
import type { AttemptResult, EndReason, RunSnapshot } from '../grading/types.ts';
import { EnvFiller } from './env-filler.ts';
import { InjectionTracker } from './injection-tracker.ts';
import { PhaseTracker } from './phase-tracker.ts';
import { RuleMonitor } from './rule-monitor.ts';
import type { ScenarioWorldInit, SimPort } from './sim-port.ts';
import { TechniqueTracker } from './technique-tracker.ts';
import { sampleVariation, worldInit, type SampledVariation } from './variation.ts';

/**
 * Rules, goals and bands are evaluated every 6th step (30 Hz, 33 ms): finer than any trainee reaction and the
 * twin's 180 Hz step, and it keeps a 10-minute replay cheap. Intents, injections and time limits act every step.
 */
export const EVAL_EVERY_STEPS = 6;
const EVAL_DT_S = EVAL_EVERY_STEPS * STEP_S;
const MAX_RECORDED_EVENTS = 500;
const REMEDIES = new Set<string>(REMEDY_INTENTS);

export interface LoggedAnyIntent {
  tick: number;
  intent: Exclude<AnyIntent, MacroIntent>;
}

/** What the HUD shows while an attempt runs. */
export interface RunState {
  tick: number;
  timeS: number;
  phaseIndex: number;
  phaseId: string | undefined;
  phaseElapsedS: number;
  finished: boolean;
  endReason: EndReason;
  /** Goals of the current phase and whether each is met. */
  goals: Array<{ id: string; met: boolean }>;
  /** Rules broken right now. */
  brokenRules: string[];
}

export interface ScenarioRun<W> {
  readonly scenario: Scenario;
  readonly world: W;
  readonly state: RunState;
  /** Every intent applied, with the step it took effect at: the attempt's input log. */
  readonly log: readonly LoggedAnyIntent[];
  readonly variation: SampledVariation;
  /** Cheap per-step reads (the `state` view allocates). */
  readonly tick: number;
  readonly timeS: number;
  readonly finished: boolean;
  /**
   * Changes whenever what `state` shows of the phase, its goals, the rules broken or the end changes: a cheap
   * per-frame check before reading the allocating `state`.
   */
  readonly revision: number;
  start(seed: number): void;
  /** Queue an action; it takes effect at the start of the next step. */
  applyIntent(intent: AnyIntent): void;
  step(): void;
  /** Evaluate an expression of this scenario against the current state (solution scripts, HUD). */
  evaluate(expr: CompiledExpr): Value;
  /** End the attempt now (the trainee leaves, a replay log ends). */
  end(reason: EndReason): void;
  result(): AttemptResult;
}

export function createScenarioRun<W>(scenario: Scenario, port: SimPort<W>): ScenarioRun<W> {
  return new Run(scenario, port);
}

class Run<W> implements ScenarioRun<W> {
  world!: W;
  variation!: SampledVariation;
  private init!: ScenarioWorldInit;
  private lastTaught: number[] | undefined;
  readonly log: LoggedAnyIntent[] = [];
  private seed = 0;
  tick = 0;
  private started = false;
  private endReason: EndReason = 'running';
  private queue: AnyIntent[] = [];
  private spareQueue: AnyIntent[] = [];
  private readonly simIntents: Intent[] = [];
  private filler!: EnvFiller<W>;
  private phases!: PhaseTracker;
  private rules!: RuleMonitor;
  private injections!: InjectionTracker;
  private technique!: TechniqueTracker;
  private eventCursor = 0;
  private safetyEvents: Array<{ code: string; timeS: number }> = [];
  private finalSnapshot: RunSnapshot | undefined;

  constructor(
    readonly scenario: Scenario,
    private readonly port: SimPort<W>,
  ) {}

  start(seed: number): void {
    this.seed = seed;
    this.variation = sampleVariation(this.scenario.spec, seed);
    this.init = worldInit(this.scenario.spec, seed, this.variation);
    this.world = this.port.createWorld(this.init);
    this.filler = new EnvFiller(this.scenario, this.port, this.variation);
    this.phases = new PhaseTracker(this.scenario);
    this.rules = new RuleMonitor(this.scenario);
    this.injections = new InjectionTracker(this.scenario);
    this.technique = new TechniqueTracker(this.scenario);
    this.tick = 0;
    this.lastTaught = undefined;
    this.log.length = 0;
    this.queue = [];
    this.eventCursor = 0;
    this.safetyEvents = [];
    this.finalSnapshot = undefined;
    this.endReason = 'running';
    this.started = true;
  }

  get finished(): boolean {
    return this.endReason !== 'running';
  }

  get timeS(): number {
    return this.tick * STEP_S;
  }

  get revision(): number {
    if (!this.started) return 0;
    return this.phases.changes + this.rules.changes + (this.finished ? 1 : 0);
  }

  get state(): RunState {
    const i = this.phases?.index ?? 0;
    const rec = this.phases?.current;
    const spec = this.scenario.spec.phases[i];
    return {
      tick: this.tick,
      timeS: this.timeS,
      phaseIndex: i,
      phaseId: rec?.id,
      phaseElapsedS: rec ? this.timeS - rec.startS : 0,
      finished: this.finished,
      endReason: this.endReason,
      goals: spec && rec ? spec.goals.map((g, j) => ({ id: g.id, met: rec.goalsMetS[j] !== undefined })) : [],
      brokenRules: this.rules?.active() ?? [],
    };
  }

  applyIntent(intent: AnyIntent): void {
    if (!this.started) throw new Error('call start(seed) before applying intents');
    if (!this.finished) this.queue.push(intent);
  }

  evaluate(expr: CompiledExpr): Value {
    this.refreshEnv(true);
    return expr.evaluate(this.filler.env);
  }

  private refreshEnv(atEnd = false): void {
    const rec = this.phases.current;
    this.filler.fill(this.world, this.timeS, this.phases.index, rec?.startS ?? this.timeS, atEnd);
    this.injections.fill(this.filler.env, this.timeS);
  }

  step(): void {
    if (!this.started) throw new Error('call start(seed) before step()');
    if (this.finished) return;
    const t = this.timeS;
    // Per-step scratch, reused: a 10-minute replay is 108 000 steps.
    const simIntents = this.simIntents;
    // (Setting the length of an array, even an empty one, is a runtime call: skip it when there is nothing.)
    if (simIntents.length !== 0) simIntents.length = 0;
    if (this.tick === 0) {
      for (const x of this.scenario.spec.start.setup) {
        const intent = x.type === 'teachSeamPoint' ? this.expand(x) : asIntent(x);
        if (intent) simIntents.push(intent);
      }
    }
    const queued = this.queue;
    this.queue = this.spareQueue;
    this.spareQueue = queued;
    for (const raw of queued) {
      const intent = raw.type === 'teachSeamPoint' ? this.expand(raw) : raw;
      if (!intent) continue;
      this.log.push({ tick: this.tick, intent });
      switch (intent.type) {
        case 'advancePhase':
          this.phases.end(t, 'manual');
          break;
        case 'diagnose':
          this.injections.onDiagnose(intent.cause, t);
          break;
        case 'finish':
          this.end('finished');
          return;
        default:
          if (REMEDIES.has(intent.type)) this.injections.onMaintenance(intent.type);
          simIntents.push(intent);
      }
    }
    if (queued.length !== 0) queued.length = 0;
    if (this.injections.pending) this.inject(t, simIntents);
    this.world = this.port.step(this.world, simIntents);
    this.tick++;
    this.collectEvents();
    if (this.tick % EVAL_EVERY_STEPS === 0) this.evaluateAll();
    this.phases.checkTime(this.timeS);
    if (this.phases.finished) this.end('completed');
    else if (this.timeS >= this.scenario.spec.timeLimitS) this.end('time-limit');
  }

  private inject(t: number, simIntents: Intent[]): void {
    for (const i of this.injections.due(t, this.phaseStart, this.variation.injectionDelaysS)) {
      const inj = this.scenario.spec.injections[i]!;
      if (inj.kind === 'intents') simIntents.push(...inj.intents.map(asIntent));
      else
        this.world = this.port.inject(
          this.world,
          inj.kind === 'fault'
            ? { kind: 'fault', type: inj.fault, params: inj.params }
            : { kind: 'safety', type: inj.event, params: {} },
        );
      this.injections.markInjected(i, t);
    }
  }

  private readonly phaseStart = (id: string): number | undefined => this.phases.startOf(id);

  /** A teaching shortcut becomes the setTarget a trainee's jog-and-record would give. */
  private expand(m: MacroIntent): Intent | undefined {
    const joints = this.port.seamTargetJoints?.(this.world, this.init, m, this.lastTaught);
    if (!joints) return undefined;
    this.lastTaught = joints;
    return { type: 'setTarget', name: m.name, joints };
  }

  private evaluateAll(): void {
    const now = this.timeS;
    this.refreshEnv();
    const env = this.filler.env;
    if (!this.phases.finished) this.rules.update(env, this.phases.index, now);
    this.injections.update(env, now);
    this.technique.update(env, EVAL_DT_S);
    this.phases.update(env, now);
  }

  private collectEvents(): void {
    const events = this.port.safetyEvents(this.world);
    for (; this.eventCursor < events.length; this.eventCursor++) {
      const e = events[this.eventCursor]!;
      if (this.safetyEvents.length < MAX_RECORDED_EVENTS)
        this.safetyEvents.push({ code: e.kind, timeS: e.tS });
    }
  }

  end(reason: EndReason): void {
    if (this.finished || !this.started) return;
    const now = this.timeS;
    // A last look at the world so goals met on the final step count, then close everything at `now`.
    this.refreshEnv(true);
    const env = this.filler.env;
    this.injections.update(env, now);
    if (!this.phases.finished) {
      this.rules.update(env, this.phases.index, now);
      this.phases.update(env, now);
    }
    this.rules.closeAll(now);
    while (!this.phases.finished) this.phases.end(now, 'attempt-ended');
    this.endReason = reason;
    this.finalSnapshot = this.snapshot(env);
  }

  private snapshot(env: Value[]): RunSnapshot {
    return {
      timeS: this.timeS,
      endReason: this.endReason,
      phases: this.phases.records.map((r) => ({ ...r, goalsMetS: [...r.goalsMetS] })),
      violations: this.rules.violations.map((v) => ({ ...v })),
      injections: this.injections.status.map((s) => ({
        ...s,
        diagnoses: [...s.diagnoses],
        actions: [...s.actions],
      })),
      bands: this.technique.bands.map((b) => ({ ...b })),
      safetyEvents: [...this.safetyEvents],
      seamLevels: this.scenario.seams.map((s) => String(s.evaluate(env))),
      programChecks: this.scenario.program.map((p) => p.evaluate(env) === true),
      worldAdvice: this.port.advice ? [...this.port.advice(this.world)] : [],
    };
  }

  result(): AttemptResult {
    if (!this.started) throw new Error('call start(seed) before result()');
    if (this.finalSnapshot) return gradeAttempt(this.scenario, this.finalSnapshot, this.seed);
    // Still running: grade as if it ended now, without ending it.
    this.refreshEnv(true);
    const snap = this.snapshot(this.filler.env);
    snap.endReason = 'running';
    snap.violations.forEach((v) => (v.open = false));
    return gradeAttempt(this.scenario, snap, this.seed);
  }
}
