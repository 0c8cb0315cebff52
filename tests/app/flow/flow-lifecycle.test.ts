// The trainee's path through the flow with attempts recorded: start a scenario (a new attempt, the start set-up
// on the pendant), finish it (graded, stored in progress), and after a reload resume an interrupted one at the
// same step with the same world.
import { beforeEach, describe, expect, it } from 'vitest';
import { AttemptRecorder } from '../../../src/app/attempts/recorder.ts';
import { MemoryAttemptStore } from '../../../src/app/attempts/memory-store.ts';
import { setAttemptRecorder } from '../../../src/app/attempts/default-recorder.ts';
import * as c from '../../../src/app/controls/commands.ts';
import { useFlowStore } from '../../../src/app/flow/flow-store.ts';
import {
  beginScenario,
  checkResume,
  completeRun,
  continueResume,
  discardResume,
  worldPort,
} from '../../../src/app/flow/runtime.ts';
import { usePendantStore } from '../../../src/app/stores/pendant-store.ts';
import { useSimStore } from '../../../src/app/stores/sim-store.ts';
import { shippedScenario } from './support.ts';

const sim = () => useSimStore.getState();
const flow = () => useFlowStore.getState();
const ID = 'cobot-dialogue-vertical-up';

function catalogue() {
  const scenario = shippedScenario(ID);
  return [{ file: `/scenarios/${ID}.yaml`, scenario, diagnostics: [] }];
}

/** Let the run's recorder writes and the flow's promises settle. */
const settle = () => new Promise((r) => setTimeout(r, 20));

describe('scenario flow with recorded attempts', () => {
  let store: MemoryAttemptStore;
  beforeEach(() => {
    store = new MemoryAttemptStore();
    setAttemptRecorder(new AttemptRecorder(store));
    sim().loadCell('cobot');
    useFlowStore.setState({
      screen: 'home',
      catalogue: catalogue(),
      resume: null,
      finished: null,
      current: null,
    });
  });

  it('starting a scenario starts an attempt, passes the briefing and shows the taught program', async () => {
    await beginScenario(shippedScenario(ID), 42);
    expect(flow().screen).toBe('running');
    const run = sim().run!;
    expect(run.state.phaseId).toBe('tune');
    expect(run.log[0]).toEqual({ tick: 0, intent: { type: 'advancePhase' } });
    const [stored] = await store.unfinished();
    expect(stored).toMatchObject({ id: flow().attemptId, scenarioId: ID, seed: 42, status: 'running' });
    // The scenario's start set-up taught five points and a five-line program: the pendant shows them.
    expect(usePendantStore.getState().points).toEqual(['clear', 'approach', 'start', 'end', 'depart']);
    expect(usePendantStore.getState().program.map((l) => `${l.move} ${l.target} ${l.zoneMm}`)).toEqual([
      'J clear fine',
      'L approach fine',
      'L start fine',
      'L end fine',
      'L depart fine',
    ]);
    expect(usePendantStore.getState().program[3]).toMatchObject({ arc: true, speedMmPerS: 5.4 });
  });

  it('finishing grades the attempt, records it as finished with its result, and opens the debrief', async () => {
    await beginScenario(shippedScenario(ID), 42);
    sim().advance(0.05);
    c.finishAttempt();
    sim().advance(0.05);
    expect(sim().runEnded).toBe(true);
    await completeRun();
    await settle();
    expect(flow().screen).toBe('debrief');
    const f = flow().finished!;
    expect(f.result.endReason).toBe('finished');
    expect(f.attempt).toMatchObject({ scenarioId: ID, seed: 42 });
    expect(f.attempt.log.at(-1)!.intent).toEqual({ type: 'finish' });
    expect(f.saved).toBe(true);
    expect(f.saveError).toBeNull();
    const [a] = await store.list();
    expect(a).toMatchObject({ status: 'finished', result: { score: f.result.score, grade: f.result.grade } });
    expect(await store.unfinished()).toEqual([]);
  });

  it('after a reload, resuming rebuilds the run at the saved step in the same phase and world', async () => {
    await beginScenario(shippedScenario(ID), 9);
    sim().send({ type: 'setWeld', key: 'wireFeedSpeedMPerMin', value: 6.5 });
    sim().advance(0.1);
    sim().send({ type: 'setWeld', key: 'pulsed', value: true });
    sim().advance(0.1);
    const run = sim().run!;
    await autosave(run);
    const tick = run.tick;
    const hash = worldPort.hash(run.world);

    // The page reloads: a new recorder on the same storage, nothing in memory.
    setAttemptRecorder(new AttemptRecorder(store));
    sim().loadCell('cobot');
    useFlowStore.setState({ screen: 'home', resume: null, attemptId: null });
    await checkResume();
    expect(flow().resume?.scenario?.spec.id).toBe(ID);
    continueResume();
    expect(flow().screen).toBe('running');
    const resumed = sim().run!;
    expect(resumed).not.toBe(run);
    expect(resumed.tick).toBe(tick);
    expect(resumed.state.phaseId).toBe('tune');
    expect(worldPort.hash(resumed.world)).toBe(hash);
    expect(resumed.world.settings).toMatchObject({ wireFeedSpeedMPerMin: 6.5, pulsed: true });
    expect(usePendantStore.getState().program).toHaveLength(5);
  });

  it('discarding the interrupted attempt keeps it stored as abandoned and offers nothing more', async () => {
    await beginScenario(shippedScenario(ID), 3);
    sim().advance(0.05);
    await autosave(sim().run!);
    setAttemptRecorder(new AttemptRecorder(store));
    await checkResume();
    expect(flow().resume).not.toBeNull();
    await discardResume();
    expect(flow().resume).toBeNull();
    expect((await store.list())[0]!.status).toBe('abandoned');
    await checkResume();
    expect(flow().resume).toBeNull();
  });
});

/** What the autosave does each second: the run's log and step to the store. */
async function autosave(run: NonNullable<ReturnType<typeof sim>['run']>) {
  const { attemptRecorder } = await import('../../../src/app/attempts/default-recorder.ts');
  await attemptRecorder().sync(useFlowStore.getState().attemptId!, run.log, run.tick);
}
