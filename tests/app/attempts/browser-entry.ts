// Bundled for the real-browser tests (dexie-store.browser.test.ts): exposes the IndexedDB store, the recorder
// and the replay on `window` so the test can drive them with page.evaluate.
import { DexieAttemptStore } from '../../../src/app/attempts/dexie-store.ts';
import { WeldTwinDb } from '../../../src/app/attempts/db.ts';
import { AttemptRecorder } from '../../../src/app/attempts/recorder.ts';
import { parseScenario, replayAttempt } from '../../../src/scenario/index.ts';
import { parseAttemptFile, replayableAttempt } from '../../../src/scenario/progress/index.ts';
import { worldPort } from '../../../src/scenario/world/port.ts';

/** Replays an attempt file against a scenario's YAML text, in this browser. */
function replayInBrowser(scenarioYaml: string, attemptJson: unknown) {
  const scenario = parseScenario(scenarioYaml, 'scenario.yaml').scenario;
  if (!scenario) throw new Error('the scenario does not parse');
  const parsed = parseAttemptFile(attemptJson);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const r = replayAttempt(replayableAttempt(parsed.attempt), scenario, worldPort);
  return { hash: r.hash, score: r.score, grade: r.grade, durationS: r.durationS };
}

const api = { DexieAttemptStore, WeldTwinDb, AttemptRecorder, replayInBrowser };
(window as unknown as { __attempts: typeof api }).__attempts = api;
export type BrowserAttemptsApi = typeof api;
