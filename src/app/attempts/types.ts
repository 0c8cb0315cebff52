// What the app keeps of an attempt in IndexedDB: a small record per attempt plus its input log as append-only
// chunks, so an autosave writes only the intents since the last one, never the whole log.
import type { LoggedAnyIntent } from '../../scenario/index.ts';
import type { AttemptStatus, AttemptSummary } from '../../scenario/progress/index.ts';

export interface StoredResult {
  score: number;
  grade: string;
  passed: boolean;
  durationS: number;
  /** Replay hash (`weldtwin replay` prints the same). */
  hash: string;
  summary: AttemptSummary;
}

export interface StoredAttempt {
  id: string;
  scenarioId: string;
  version: string | number;
  seed: number;
  appVersion: string;
  trainee: string;
  /** Wall clock, ISO 8601 (the app's clock; never used by the replay). */
  startedAt: string;
  status: AttemptStatus;
  /** Steps the run had completed at the last save: where a resume puts the trainee back. */
  tick: number;
  /** Log entries saved so far (the sum of the chunk lengths). */
  savedEntries: number;
  /** Chunks saved so far; the next one gets this sequence number. */
  chunks: number;
  finishedAt?: string;
  /** Step at which an attempt ended without a finish action (left, abandoned). */
  endTick?: number;
  result?: StoredResult;
}

export interface StoredChunk {
  attemptId: string;
  seq: number;
  entries: LoggedAnyIntent[];
}

/** Why attempts are not being saved on this device. */
export type StorageProblem = 'unavailable' | 'quota' | 'failed';

export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    message: string,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

/** Storage of attempts; every method rejects with a StorageError when the device cannot store. */
export interface AttemptStore {
  readonly kind: 'indexeddb' | 'memory';
  create(attempt: StoredAttempt): Promise<void>;
  /**
   * One autosave, atomically: append `chunk` (when given; its seq must be the attempt's `chunks`) and move the
   * saved tick.
   */
  save(id: string, chunk: StoredChunk | null, tick: number): Promise<void>;
  update(id: string, patch: Partial<Omit<StoredAttempt, 'id'>>): Promise<void>;
  get(id: string): Promise<StoredAttempt | undefined>;
  /** The saved input log, chunks in order. */
  log(id: string): Promise<LoggedAnyIntent[]>;
  /** Attempts still running (a crash or reload left them), newest first. */
  unfinished(): Promise<StoredAttempt[]>;
  /** Every attempt of a trainee, oldest first. */
  list(trainee?: string): Promise<StoredAttempt[]>;
  remove(id: string): Promise<void>;
}
