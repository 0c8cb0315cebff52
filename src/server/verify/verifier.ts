// The server's verifier: re-runs an attempt (scenario id + version, seed, input log) and computes the result
// itself. Stations send logs, never scores (boardgame.io style).
import type { ScenarioVersion, VerifiedResult } from '../store/types.ts';

export interface AttemptInput {
  scenarioId: string;
  version: ScenarioVersion;
  seed: number;
  log: unknown[];
  /** Step at which the attempt stopped, when it ended without a finish action (src/scenario attemptSchema). */
  endTick?: number;
}

/** What the server hands a verifier: the attempt, plus its log already serialised (sent to workers as text). */
export interface VerifyRequest extends AttemptInput {
  logJson?: string;
  /** The submitting station and key: a live session of theirs, if this process holds one, is continued. */
  live?: LiveKey;
}

/** The replay's result, and the log's digest (computed where the replay runs, off the HTTP thread). */
export interface Verification {
  result: VerifiedResult;
  logDigest: string;
  /** True when a live session's replay was continued; false for a replay from the start. */
  continued?: boolean;
}

/** Whose live session: sessions are per station and idempotency key. */
export interface LiveKey {
  stationId: number;
  idempotencyKey: string;
}

/** The exercise a live session replays (fixed by its first chunk). */
export interface LiveHead {
  scenarioId: string;
  version: ScenarioVersion;
  seed: number;
}

/** One uploaded piece of an attempt's log, already checked for shape (entries {tick, intent}). */
export interface LiveChunk extends LiveKey, LiveHead {
  /** Index in the attempt's log of the chunk's first entry. */
  from: number;
  log: { tick: number; intent: unknown }[];
  /** Every entry with a tick below this is in the log sent so far. */
  throughTick: number;
}

/** What the server holds of a live session. */
export interface LiveState {
  received: number;
  throughTick: number;
  replayedThroughTick: number;
}

/** The verifier's answer to a chunk; the route turns refusals into HTTP errors. */
export type LiveOutcome =
  | { kind: 'accepted' | 'duplicate'; state: LiveState }
  | { kind: 'out-of-order'; expectedFrom: number }
  /** `index` (in the chunk) has a tick before `limit`: the previous chunk's throughTick, or the entry before it. */
  | { kind: 'tick-before'; index: number; tick: number; limit: number; what: 'throughTick' | 'entry' }
  | { kind: 'through-tick-back'; throughTick: number; previous: number }
  | { kind: 'head-mismatch'; head: LiveHead }
  | { kind: 'too-many-entries'; received: number; max: number }
  /** The final submission of this key is being verified now. */
  | { kind: 'finalising' };

/** Upper bound on log entries (a 2-hour attempt with an intent every 0.1 s is 72 000). */
export const MAX_LOG_ENTRIES = 200_000;

export interface Verifier {
  /** Names the replay engine in stored results (e.g. `scenario-engine`, `log-hash`). */
  readonly name: string;
  verify(attempt: VerifyRequest): Promise<Verification>;
  /** Scenario id + version pairs this verifier can replay, or null when it replays any (the log-hash stand-in). */
  installedScenarios(): { id: string; version: number | string }[] | null;
  /** Take a chunk of an attempt being made (live verification); absent when the verifier has no live sessions. */
  live?(chunk: LiveChunk): LiveOutcome;
  close(): Promise<void>;
}

/** The attempt itself is wrong (unknown scenario, malformed or impossible log): the station gets a 400. */
export class AttemptRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AttemptRejected';
  }
}

/** Verification could not run (pool overloaded, worker crashed): the station should retry (503). */
export class VerifierUnavailable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VerifierUnavailable';
  }
}

/** Replay functions run inside worker threads: plain data in, plain data out. */
export type ReplayFunction = (attempt: AttemptInput) => VerifiedResult | Promise<VerifiedResult>;
