// The whole trainee story in Node: work on a scenario with autosave, the tab crashes, the app reloads and
// resumes from the saved log, the trainee finishes; the stored hash is what `weldtwin replay` prints.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { AttemptRecorder } from '../../../src/app/attempts/recorder.ts';
import { MemoryAttemptStore } from '../../../src/app/attempts/memory-store.ts';
import { resumeInterrupted } from '../../../src/app/attempts/resume.ts';
import { finishRecordedRun } from '../../../src/app/attempts/finish-run.ts';
import { createScenarioRun, runSolution, type ScenarioRun } from '../../../src/scenario/index.ts';
import { worldPort } from '../../../src/scenario/world/port.ts';
import type { WorldState } from '../../../src/sim/world-state.ts';
import { replayFile } from '../../../src/cli/commands/replay.ts';
import { shippedScenarios } from '../../scenario/progress/shipped.ts';

const STEPS_PER_SECOND = 180;

describe('autosave, crash, resume, finish', () => {
  const scenario = shippedScenarios()[0]!;
  // What the trainee does: the scenario's reference solution, as the input log it produces.
  const actions = runSolution(scenario, 5, 'reference', worldPort).log;
  const find = (id: string, version: string | number) =>
    id === scenario.spec.id && String(version) === String(scenario.spec.version) ? scenario : undefined;

  /** Play `actions` into a live run until `untilTick`, autosaving once per simulated second. */
  async function work(run: ScenarioRun<WorldState>, rec: AttemptRecorder, id: string, untilTick: number) {
    let k = actions.findIndex((e) => e.tick >= run.state.tick);
    if (k < 0) k = actions.length;
    while (!run.state.finished && run.state.tick < untilTick) {
      while (k < actions.length && actions[k]!.tick <= run.state.tick) run.applyIntent(actions[k++]!.intent);
      run.step();
      if (run.state.tick % STEPS_PER_SECOND === 0) await rec.sync(id, run.log, run.state.tick);
    }
  }

  it('continues exactly where the trainee was, and the finished attempt replays to the same hash', async () => {
    const store = new MemoryAttemptStore();
    const first = new AttemptRecorder(store);
    const meta = await first.start({
      scenarioId: scenario.spec.id,
      version: scenario.spec.version,
      seed: 5,
      appVersion: '0.1.0',
      trainee: 'local',
    });
    const run = createScenarioRun(scenario, worldPort);
    run.start(5);
    const crashAt = Math.floor(actions.at(-1)!.tick / 2) + 77;
    await work(run, first, meta.id, crashAt);
    // The tab dies between two autosaves: at most the last second is lost.
    const savedTick = (await store.get(meta.id))!.tick;
    expect(crashAt - savedTick).toBeLessThan(STEPS_PER_SECOND);

    const second = new AttemptRecorder(store);
    const resumed = await resumeInterrupted(second, find, worldPort);
    expect(resumed?.kind).toBe('resumed');
    if (resumed?.kind !== 'resumed') return;
    expect(resumed.run.state.tick).toBe(savedTick);
    expect(resumed.run.log.length).toBe((await store.get(meta.id))!.savedEntries);
    await work(resumed.run, second, meta.id, Number.MAX_SAFE_INTEGER);
    const done = await finishRecordedRun(second, meta.id, resumed.run, worldPort);
    expect(done.status).toBe('finished');

    const file = await second.exportFile(meta.id);
    const dir = mkdtempSync(join(tmpdir(), 'wt-attempt-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'attempt.json');
    writeFileSync(path, JSON.stringify(file));
    const replayed = replayFile(path);
    expect(replayed).toEqual({
      hash: done.result!.hash,
      score: done.result!.score,
      grade: done.result!.grade,
      durationS: done.result!.durationS,
    });
    // And it is the attempt the trainee would have had without the crash.
    expect(replayed.hash).toBe(runSolution(scenario, 5, 'reference', worldPort).hash);
  });

  it('an attempt whose scenario version is gone cannot resume, and says so', async () => {
    const store = new MemoryAttemptStore();
    const rec = new AttemptRecorder(store);
    await rec.start({
      scenarioId: scenario.spec.id,
      version: '0.0.1',
      seed: 1,
      appVersion: '0.1.0',
      trainee: 'local',
    });
    const r = await resumeInterrupted(new AttemptRecorder(store), find, worldPort);
    expect(r).toMatchObject({ kind: 'scenario-missing', attempt: { version: '0.0.1' } });
  });

  it('a trainee who leaves mid-way gets an abandoned attempt that replays to its stored hash', async () => {
    const rec = new AttemptRecorder(new MemoryAttemptStore());
    const meta = await rec.start({
      scenarioId: scenario.spec.id,
      version: scenario.spec.version,
      seed: 5,
      appVersion: '0.1.0',
      trainee: 'local',
    });
    const run = createScenarioRun(scenario, worldPort);
    run.start(5);
    await work(run, rec, meta.id, 900);
    const done = await finishRecordedRun(rec, meta.id, run, worldPort);
    expect(done).toMatchObject({ status: 'abandoned', endTick: 900 });
    const dir = mkdtempSync(join(tmpdir(), 'wt-attempt-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'left.json');
    writeFileSync(path, JSON.stringify(await rec.exportFile(meta.id)));
    expect(replayFile(path).hash).toBe(done.result!.hash);
  });
});
