// What end-to-end tests read of the scenario flow (window.__weldtwin.flow); the app never reads it back.
import type { Attempt } from '../../scenario/engine/replay.ts';
import { probe } from '../probe.ts';
import { useSimStore } from '../stores/sim-store.ts';
import { useFlowStore } from './flow-store.ts';

export interface FlowProbe {
  screen: () => string;
  /** Scenario files listed, and how many of them could not be parsed. */
  catalogue: () => { ok: number; broken: number } | null;
  /** The running (or just finished) attempt: scenario, seed, step, phase, and its input log. */
  run: () => {
    scenarioId: string;
    seed: number;
    tick: number;
    phaseIndex: number;
    phaseId: string | null;
    finished: boolean;
    log: Attempt['log'];
  } | null;
  /** The graded result once the attempt has ended. */
  result: () => { score: number; grade: string; passed: boolean; endReason: string } | null;
  /** Hash of the running world (the same function `weldtwin replay` uses); set once the flow's chunk loads. */
  worldHash: (() => string | null) | null;
}

declare module '../probe.ts' {
  interface WeldTwinProbe {
    flow?: FlowProbe;
  }
}

export const flowProbe: FlowProbe = {
  screen: () => useFlowStore.getState().screen,
  catalogue: () => {
    const c = useFlowStore.getState().catalogue;
    if (!c) return null;
    const ok = c.filter((i) => i.scenario).length;
    return { ok, broken: c.length - ok };
  },
  run: () => {
    const { run, seed } = useSimStore.getState();
    if (!run) return null;
    const st = run.state;
    return {
      scenarioId: run.scenario.spec.id,
      seed,
      tick: st.tick,
      phaseIndex: st.phaseIndex,
      phaseId: st.phaseId ?? null,
      finished: st.finished,
      log: run.log.map((e) => ({ tick: e.tick, intent: e.intent })) as Attempt['log'],
    };
  },
  result: () => {
    const f = useFlowStore.getState().finished;
    if (!f) return null;
    const r = f.result;
    return { score: r.score, grade: r.grade, passed: r.passed, endReason: r.endReason };
  },
  worldHash: null,
};

probe.flow = flowProbe;
