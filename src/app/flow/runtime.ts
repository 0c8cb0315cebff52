// The scenario flow's working parts, loaded as a lazy chunk (scenario engine, YAML parser, IndexedDB): start an
// attempt, resume an interrupted one by replaying its saved log, grade and record a finished one.
import { createScenarioRun, type Scenario } from '../../scenario/index.ts';
import { worldPort } from '../../scenario/world/port.ts';
import {
  APP_VERSION,
  attemptRecorder,
  finishRecordedRun,
  resumeInterrupted,
  startAttempt,
} from '../attempts/index.ts';
import type { CompetitionTag, StoredAttempt } from '../attempts/types.ts';
import { submitFinishedAttempt } from '../competition/index.ts';
import { currentTrainee } from '../progress/trainee.ts';
import { useSimStore, type ActiveRun } from '../stores/sim-store.ts';
import { findScenario, loadCatalogue } from './catalogue.ts';
import { useFlowStore, type CompetitionRun, type FinishedAttempt } from './flow-store.ts';
import { syncPendantFromWorld } from './pendant-from-world.ts';
import { showResults } from './results-bridge.ts';

export { worldPort };

const flow = () => useFlowStore.getState();
const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A fresh 32-bit seed for an attempt's seeded variation (the app may use the browser's randomness). */
export function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]!;
}

/** The run the resume prompt offers, rebuilt and waiting for the trainee's answer. */
let offered: {
  attemptId: string;
  run: ActiveRun;
  seed: number;
  scenario: Scenario;
  competition: CompetitionRun | null;
} | null = null;

export async function refreshCatalogue(): Promise<void> {
  flow().set({ catalogueError: null });
  try {
    const items = await loadCatalogue();
    flow().set({ catalogue: items });
  } catch (e) {
    flow().set({ catalogueError: message(e) });
  }
}

/** Put a started run on screen: the sim store steps it, the pendant shows its program. */
function show(
  run: ActiveRun,
  seed: number,
  scenario: Scenario,
  attemptId: string,
  competition: CompetitionRun | null,
): void {
  // A competition round runs at 1× only: the same clock at every station, as the judges time it.
  useSimStore.getState().attachRun(run, seed, { realTimeOnly: competition !== null });
  syncPendantFromWorld(run.world);
  flow().set({
    screen: 'running',
    current: scenario,
    attemptId,
    finished: null,
    error: null,
    resume: null,
    competition,
  });
}

/**
 * Start a new graded attempt of `scenario`: recorded from its first step. A competition round's attempt takes the
 * round's seed and is recorded with `competition` (which server, event, round and station it is for).
 */
export async function beginScenario(
  scenario: Scenario,
  seed: number = newSeed(),
  competition?: CompetitionTag,
): Promise<void> {
  const spec = scenario.spec;
  // Starting something new gives up the interrupted attempt still on offer (kept in the store as abandoned).
  if (flow().resume) await discardResume();
  const stored = await startAttempt({
    scenarioId: spec.id,
    version: spec.version,
    seed,
    appVersion: APP_VERSION,
    trainee: currentTrainee().id,
    ...(competition ? { competition } : {}),
  });
  const run = createScenarioRun(scenario, worldPort);
  run.start(seed);
  // The trainee has read the briefing on the briefing screen: that phase is done at the first step.
  if (spec.phases[0]?.kind === 'briefing') run.applyIntent({ type: 'advancePhase' });
  // Step 0 applies the scenario's start set-up (taught points, program), which the panels then show.
  run.step();
  show(run, seed, scenario, stored.id, competition ? { tag: competition, seed } : null);
}

/** Look for an attempt a reload or crash interrupted; when there is one, rebuild it and offer to continue. */
export async function checkResume(): Promise<void> {
  const items = flow().catalogue ?? [];
  try {
    const r = await resumeInterrupted(
      attemptRecorder(),
      (id, version) => findScenario(items, id, version),
      worldPort,
    );
    if (!r) return;
    if (r.kind === 'scenario-missing') {
      flow().set({ resume: { attempt: r.attempt, scenario: undefined } });
      return;
    }
    const tag = r.attempt.competition;
    offered = {
      attemptId: r.attempt.id,
      run: r.run,
      seed: r.attempt.seed,
      scenario: r.run.scenario,
      competition: tag ? { tag, seed: r.attempt.seed } : null,
    };
    flow().set({ resume: { attempt: r.attempt, scenario: r.run.scenario } });
  } catch (e) {
    flow().set({ error: message(e) });
  }
}

/** Continue the offered attempt at the step it had reached. */
export function continueResume(): void {
  if (!offered) return;
  const o = offered;
  offered = null;
  show(o.run, o.seed, o.scenario, o.attemptId, o.competition);
}

/**
 * Give up the interrupted attempt (it stays in the store as abandoned). A competition attempt is still submitted as
 * it stands, its log ending where it was: the judges see every attempt a station made, none vanishes.
 */
export async function discardResume(): Promise<void> {
  const r = flow().resume;
  offered = null;
  flow().set({ resume: null });
  if (!r) return;
  const given = await attemptRecorder().discardUnfinished(r.attempt.id);
  if (given.competition) await submitFinishedAttempt(given);
}

let finishing = false;

/** The run has ended: grade it, store the result in the trainee's progress, open the results. */
export async function completeRun(): Promise<void> {
  const sim = useSimStore.getState();
  const run = sim.run;
  const attemptId = flow().attemptId;
  const scenario = flow().current;
  if (!run || !attemptId || !scenario || finishing) return;
  finishing = true;
  try {
    // Grade at once; storing the attempt (IndexedDB, may be slow on a busy device) finishes in the background.
    const stored = finishRecordedRun(attemptRecorder(), attemptId, run, worldPort);
    const saving = stored.then(
      () => null,
      (e: unknown) => message(e),
    );
    const result = run.result();
    const endTick = run.state.endReason === 'log-ended' ? { endTick: run.tick } : {};
    const finished: FinishedAttempt = {
      scenario,
      attempt: {
        scenarioId: scenario.spec.id,
        version: scenario.spec.version,
        seed: sim.seed,
        appVersion: APP_VERSION,
        log: run.log.map((e) => ({ tick: e.tick, intent: e.intent })),
        ...endTick,
      },
      result,
      saved: false,
      saveError: null,
    };
    const competition = flow().competition;
    if (competition) {
      await finishCompetitionRun(finished, stored);
      return;
    }
    // Closing the results screen brings the trainee back to the home screen.
    const external = await showResults(finished, leaveRunForHome);
    flow().set({ screen: 'debrief', finished, externalResults: external });
    const saveError = await saving;
    const now = flow().finished;
    if (now?.attempt === finished.attempt) flow().set({ finished: { ...now, saved: true, saveError } });
  } finally {
    finishing = false;
  }
}

/**
 * A competition attempt has ended: back to the station view, which shows the local result beside the server's as
 * soon as the submission (queued in IndexedDB, retried until the server has it) is verified.
 */
async function finishCompetitionRun(
  finished: FinishedAttempt,
  stored: Promise<StoredAttempt>,
): Promise<void> {
  useSimStore.getState().detachRun();
  flow().set({ screen: 'competition', finished, externalResults: false, competition: null });
  let saved: StoredAttempt;
  try {
    saved = await stored;
  } catch (e) {
    const now = flow().finished;
    if (now?.attempt === finished.attempt)
      flow().set({ finished: { ...now, saved: true, saveError: message(e) } });
    return;
  }
  const now = flow().finished;
  if (now?.attempt === finished.attempt) flow().set({ finished: { ...now, saved: true, saveError: null } });
  await submitFinishedAttempt(saved);
}

/** Back to the home screen; the finished run's cell stays on screen as free play. */
export function leaveRunForHome(): void {
  useSimStore.getState().detachRun();
  flow().goHome();
}
