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
}

/** The replay's result, and the log's digest (computed where the replay runs, off the HTTP thread). */
export interface Verification {
  result: VerifiedResult;
  logDigest: string;
}

export interface Verifier {
  /** Names the replay engine in stored results (e.g. `scenario-engine`, `log-hash`). */
  readonly name: string;
  verify(attempt: VerifyRequest): Promise<Verification>;
  /** Scenario id + version pairs this verifier can replay, or null when it replays any (the log-hash stand-in). */
  installedScenarios(): { id: string; version: number | string }[] | null;
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
