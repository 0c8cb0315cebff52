// A scenario run drives the app's sim loop: every intent from the controls goes through run.applyIntent into
// the attempt's log, scenario actions (phase done, finish) reach the engine, the log replays to the same world,
// and free play keeps working without a run.
import { beforeEach, describe, expect, it } from 'vitest';
import { STEP_S } from '../../../src/sim/core/clock.ts';
import { attemptHash, createScenarioRun, replayAttempt } from '../../../src/scenario/index.ts';
import { worldPort } from '../../../src/scenario/world/port.ts';
import * as c from '../../../src/app/controls/commands.ts';
import { MAX_FRAME_S, useSimStore } from '../../../src/app/stores/sim-store.ts';
import { shippedScenario } from './support.ts';

const store = () => useSimStore.getState();

function startRun(id = 'cobot-dialogue-vertical-up', seed = 7) {
  const scenario = shippedScenario(id);
  const run = createScenarioRun(scenario, worldPort);
  run.start(seed);
  store().attachRun(run, seed);
  return { scenario, run };
}

describe('the sim store stepping a scenario run', () => {
  beforeEach(() => store().loadCell('cobot'));

  it('shows the run’s world and cell, and steps the run from frame time', () => {
    const { run } = startRun();
    expect(store().world).toBe(run.world);
    expect(store().cell).toBe(run.world.cell);
    expect(store().cell.workpiece.position).toBe('PF');
    const steps = store().advance(0.05);
    expect(steps).toBe(Math.floor(0.05 / STEP_S + 1e-9));
    expect(run.tick).toBe(steps);
    expect(store().view.tick).toBe(run.tick);
  });

  it('sends the controls’ intents and the phase button through the run, logged at the step they took effect', () => {
    const { run } = startRun();
    store().advance(0.05);
    const t0 = run.tick;
    c.phaseDone();
    c.toggleMode();
    store().advance(0.05);
    expect(run.state.phaseId).toBe('tune');
    expect(run.log.map((e) => [e.tick, e.intent.type])).toEqual([
      [t0, 'advancePhase'],
      [t0, 'setMode'],
    ]);
    expect(store().runRevision).toBeGreaterThan(0);
  });

  it('runs faster at a higher simulation speed, still within a frame cap', () => {
    const { run } = startRun();
    store().setTimeScale(4);
    store().advance(0.05);
    expect(run.tick).toBe(Math.floor((4 * 0.05) / STEP_S + 1e-9));
    const before = run.tick;
    store().advance(10);
    expect(run.tick - before).toBeLessThanOrEqual(Math.ceil((4 * MAX_FRAME_S) / STEP_S));
  });

  it('marks the run ended when the trainee finishes, stops stepping it, and its log replays to the same world', () => {
    const { scenario, run } = startRun();
    c.phaseDone();
    store().advance(0.1);
    store().send({ type: 'setWeld', key: 'voltageV', value: 27 });
    store().advance(0.1);
    c.finishAttempt();
    store().advance(0.1);
    expect(run.finished).toBe(true);
    expect(store().runEnded).toBe(true);
    const tick = run.tick;
    expect(store().advance(0.1)).toBe(0);
    expect(run.tick).toBe(tick);
    const live = run.result();
    const replayed = replayAttempt(
      { scenarioId: scenario.spec.id, version: scenario.spec.version, seed: 7, log: run.log as never },
      scenario,
      worldPort,
    );
    expect(replayed.score).toBe(live.score);
    expect(replayed.durationS).toBe(live.durationS);
    // Bit for bit: the world the app stepped is the world the replay rebuilds.
    expect(replayed.hash).toBe(attemptHash(worldPort.hash(run.world), live));
  });

  it('ignores scenario actions in free play and leaves the run on detach', () => {
    startRun();
    store().detachRun();
    expect(store().run).toBeNull();
    expect(store().family).toBe('cobot');
    c.phaseDone();
    c.finishAttempt();
    expect(store().pending).toEqual([]);
    store().send({ type: 'setMode', mode: 'auto' });
    store().advance(0.05);
    expect(store().log.map((e) => e.intent.type)).toEqual(['setMode']);
  });
});
