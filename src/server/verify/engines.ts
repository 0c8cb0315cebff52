// The replay engines a verifier can run: the real scenario engine (src/scenario `replayAttempt`), or the
// log-hash stand-in. Loaded inside each worker thread.
import type { VerifiedResult } from '../store/types.ts';
import { logHashReplay } from './log-hash-replay.ts';
import { openLogHashLive, type OpenLive } from './live-run.ts';
import type { AttemptInput, ReplayFunction } from './verifier.ts';

export const REPLAY_ENGINES = ['scenario', 'log-hash'] as const;
export type ReplayEngine = (typeof REPLAY_ENGINES)[number];

/** The scenario rubric's default pass mark (src/scenario/schema/rubric.ts `passScore`). */
const DEFAULT_PASS_SCORE = 60;

/** The engine itself misbehaved (not the attempt's fault): the station gets a 500, not a 400. */
export class EngineFault extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EngineFault';
  }
}

/** Checks an engine's answer and fills `passed` when the engine leaves it implicit. */
export function normaliseResult(r: unknown): VerifiedResult {
  const o = (r ?? {}) as Record<string, unknown>;
  const bad = (what: string) =>
    new EngineFault(`the scenario engine returned ${what}; expected {hash, score, grade, durationS}`);
  if (typeof o.hash !== 'string' || o.hash === '') throw bad('no hash');
  if (typeof o.score !== 'number' || !Number.isFinite(o.score))
    throw bad('a score that is not a finite number');
  if (typeof o.grade !== 'string') throw bad('a grade that is not a string');
  if (typeof o.durationS !== 'number' || !Number.isFinite(o.durationS))
    throw bad('a durationS that is not a number');
  const breakdown = (o.breakdown ?? null) as { passed?: unknown } | null;
  const passed =
    typeof o.passed === 'boolean'
      ? o.passed
      : typeof breakdown?.passed === 'boolean'
        ? breakdown.passed
        : o.score >= DEFAULT_PASS_SCORE;
  return { hash: o.hash, score: o.score, grade: o.grade, durationS: o.durationS, passed, breakdown };
}

export interface LoadedEngine {
  replay: ReplayFunction;
  /** Live verification: a run fed in chunks that finishes to what `replay` gives for the whole log. */
  openLive: OpenLive;
  /** Installed scenarios (null: the engine replays any scenario id), and scenario files that did not parse. */
  scenarios: { id: string; version: number | string }[] | null;
  broken: string[];
}

export async function loadReplay(
  engine: ReplayEngine,
  opts: { scenariosDir?: string } = {},
): Promise<LoadedEngine> {
  if (engine === 'log-hash')
    return { replay: logHashReplay, openLive: openLogHashLive, scenarios: null, broken: [] };
  if (engine !== 'scenario')
    throw new Error(
      `unknown replay engine ${JSON.stringify(engine)}; expected ${REPLAY_ENGINES.join(' or ')}`,
    );
  // Loaded lazily: only servers that replay with the real engine pay for parsing the scenario files.
  const { loadScenarioLibrary, scenarioReplay, libraryContents, SHIPPED_SCENARIOS_DIR } =
    await import('./scenario-engine.ts');
  const { scenarioLive } = await import('./scenario-live.ts');
  const lib = loadScenarioLibrary(opts.scenariosDir ?? SHIPPED_SCENARIOS_DIR);
  const replay = scenarioReplay(lib);
  const openLive = scenarioLive(lib);
  return {
    replay: async (a: AttemptInput) => normaliseResult(await replay(a)),
    openLive: (head) => {
      const run = openLive(head);
      const finish = run.finish;
      run.finish = (endTick) => normaliseResult(finish(endTick));
      return run;
    },
    scenarios: libraryContents(lib),
    broken: lib.broken,
  };
}
