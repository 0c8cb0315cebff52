// The replay engines a verifier can run: the real scenario engine (src/scenario `replayAttempt`), or the
// log-hash stand-in. Loaded inside each worker thread.
import type { VerifiedResult } from '../store/types.ts';
import { logHashReplay } from './log-hash-replay.ts';
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
  const bad = (what: string) => new EngineFault(`the scenario engine returned ${what}; expected {hash, score, grade, durationS}`);
  if (typeof o.hash !== 'string' || o.hash === '') throw bad('no hash');
  if (typeof o.score !== 'number' || !Number.isFinite(o.score)) throw bad('a score that is not a finite number');
  if (typeof o.grade !== 'string') throw bad('a grade that is not a string');
  if (typeof o.durationS !== 'number' || !Number.isFinite(o.durationS)) throw bad('a durationS that is not a number');
  const breakdown = (o.breakdown ?? null) as { passed?: unknown } | null;
  const passed =
    typeof o.passed === 'boolean'
      ? o.passed
      : typeof breakdown?.passed === 'boolean'
        ? breakdown.passed
        : o.score >= DEFAULT_PASS_SCORE;
  return { hash: o.hash, score: o.score, grade: o.grade, durationS: o.durationS, passed, breakdown };
}

export async function loadReplay(engine: ReplayEngine): Promise<ReplayFunction> {
  if (engine === 'log-hash') return logHashReplay;
  // A path in a variable: the scenario package is optional at compile time for this file.
  const path = '../../scenario/index.ts';
  let mod: { replayAttempt?: unknown };
  try {
    mod = (await import(/* @vite-ignore */ path)) as { replayAttempt?: unknown };
  } catch (e) {
    throw new Error(`cannot load the scenario engine (src/scenario/index.ts): ${(e as Error).message}`);
  }
  const replayAttempt = mod.replayAttempt;
  if (typeof replayAttempt !== 'function') {
    throw new Error('src/scenario/index.ts exports no replayAttempt(); set WELDTWIN_VERIFIER=log-hash to run without it');
  }
  return async (a: AttemptInput) =>
    normaliseResult(
      await (replayAttempt as (x: AttemptInput) => unknown)({
        scenarioId: a.scenarioId,
        version: a.version,
        seed: a.seed,
        log: a.log,
      }),
    );
}
