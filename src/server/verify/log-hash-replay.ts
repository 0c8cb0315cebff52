// A deterministic stand-in replay that needs no scenario engine: it checks the input log's structure, walks it
// tick by tick like the engine would (arc time, hand-guided path length, intent counts), hashes it with the
// simulator's canonical hash, and derives a score from what it measured. Used by the server tests and the load
// benchmark, and selectable in production with WELDTWIN_VERIFIER=log-hash when no scenario engine is available.
// Same log, same result, on any machine: nothing here reads the clock or Math.random.
import { canonicalJson, hashString64 } from '../../sim/core/hash.ts';
import { STEP_HZ } from '../../sim/core/clock.ts';
import type { VerifiedResult } from '../store/types.ts';
import { AttemptRejected, type AttemptInput } from './verifier.ts';

// Intent names are camelCase words (src/sim/intents.ts); the engine, not this stand-in, knows the full list.
const INTENT_TYPE = /^[a-z][A-Za-z0-9]{0,39}$/;

/** An attempt may not run longer than 2 hours of simulated time. */
export const MAX_ATTEMPT_TICKS = 2 * 3600 * STEP_HZ;

// Default grade bands of the scenario rubric (src/scenario/schema/rubric.ts): A ≥ 90, B ≥ 80, C ≥ 70, D ≥ 60.
const GRADE_BANDS: [string, number][] = [
  ['A', 90],
  ['B', 80],
  ['C', 70],
  ['D', 60],
];
const PASS_SCORE = 60;

export function gradeFor(score: number): string {
  return GRADE_BANDS.find(([, min]) => score >= min)?.[0] ?? 'F';
}

function problem(i: number, message: string): never {
  throw new AttemptRejected(`log[${i}]${message}`);
}

export function logHashReplay(attempt: AttemptInput): VerifiedResult {
  const { log } = attempt;
  let lastTick = 0;
  let arcOnSince: number | null = null;
  let arcTicks = 0;
  let guidedPathM = 0;
  let lastGuide: number[] | null = null;
  let eStops = 0;
  const counts: Record<string, number> = {};
  for (let i = 0; i < log.length; i++) {
    const entry = log[i] as {
      tick?: unknown;
      intent?: { type?: unknown; on?: unknown; position?: unknown };
    } | null;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry))
      problem(i, ': expected {tick, intent}');
    const tick = entry.tick;
    if (typeof tick !== 'number' || !Number.isInteger(tick) || tick < 0)
      problem(i, '.tick: expected an integer ≥ 0');
    if (tick < lastTick)
      problem(i, `.tick: ${tick} goes back in time (previous entry is at tick ${lastTick})`);
    if (tick > MAX_ATTEMPT_TICKS)
      problem(i, `.tick: ${tick} is past the 2-hour limit (${MAX_ATTEMPT_TICKS} ticks)`);
    lastTick = tick;
    const intent = entry.intent;
    if (intent === null || typeof intent !== 'object' || Array.isArray(intent))
      problem(i, '.intent: expected an object');
    if (typeof intent.type !== 'string' || !INTENT_TYPE.test(intent.type)) {
      problem(i, '.intent.type: expected an intent name like "setWeld" or "handGuide"');
    }
    counts[intent.type as string] = (counts[intent.type as string] ?? 0) + 1;
    if (intent.type === 'arc') {
      if (intent.on === true && arcOnSince === null) arcOnSince = tick;
      if (intent.on === false && arcOnSince !== null) {
        arcTicks += tick - arcOnSince;
        arcOnSince = null;
      }
    } else if (intent.type === 'eStop') {
      eStops++;
    } else if (intent.type === 'handGuide') {
      const p = intent.position;
      if (
        !Array.isArray(p) ||
        p.length !== 3 ||
        !p.every((x) => typeof x === 'number' && Number.isFinite(x))
      ) {
        problem(i, '.intent.position: expected [x, y, z] in metres');
      }
      if (lastGuide)
        guidedPathM += Math.hypot(p[0] - lastGuide[0]!, p[1] - lastGuide[1]!, p[2] - lastGuide[2]!);
      lastGuide = p as number[];
    }
  }
  if (arcOnSince !== null) arcTicks += lastTick - arcOnSince;
  const hash = hashString64(
    canonicalJson({ scenarioId: attempt.scenarioId, version: attempt.version, seed: attempt.seed, log }),
  );
  const durationS = lastTick / STEP_HZ;
  // Measured quantities, then a reproducible spread from the hash so different logs score differently.
  const arcFraction = durationS > 0 ? arcTicks / lastTick : 0;
  const spread = parseInt(hash.slice(0, 8), 16) / 0xffffffff;
  const raw = 45 + 35 * Math.min(1, arcFraction * 2) + 20 * spread - 10 * eStops;
  const score = Math.round(Math.min(100, Math.max(0, raw)) * 10) / 10;
  return {
    hash,
    score,
    grade: gradeFor(score),
    durationS,
    passed: score >= PASS_SCORE,
    breakdown: {
      engine: 'log-hash',
      intents: log.length,
      intentCounts: counts,
      arcTimeS: Math.round((arcTicks / STEP_HZ) * 1000) / 1000,
      guidedPathM: Math.round(guidedPathM * 1e6) / 1e6,
      eStops,
    },
  };
}
