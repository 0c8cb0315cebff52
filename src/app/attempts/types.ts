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

/** A competition attempt: the server, event, round and station it is for (recorded when it starts). */
export interface CompetitionTag {
  /** The competition server's address (`http://192.168.1.10:8787`). */
  server: string;
  eventId: number;
  eventName: string;
  roundId: number;
  roundName: string;
  stationId: number;
  stationName: string;
  /** End of the round window (server time, ISO 8601); submissions are accepted `graceS` longer. */
  closesAt: string;
  graceS: number;
}

/** The server's own result for an uploaded attempt (it replayed the log). */
export interface VerifiedUpload {
  /** The attempt's id on the server. */
  id: number;
  score: number;
  grade: string;
  passed: boolean;
  hash: string;
  durationS: number;
  /** The server already had it (a retry of the same submission). */
  replayed: boolean;
  verifiedAt: string;
}

/** Where the final submission of a competition attempt stands. */
export interface StoredUpload {
  /** pending: not yet accepted (retried in the background); verified: stored; refused: the server said no. */
  state: 'pending' | 'verified' | 'refused';
  /** Submissions tried so far. */
  tries: number;
  /** Wall clock, ISO 8601. */
  queuedAt: string;
  lastTriedAt?: string;
  /** Wall clock of the next automatic try, ms (pending only). */
  nextTryAt?: number;
  /** The last problem: the server's refusal, or status 0 when it could not be reached. */
  problem?: { status: number; code: string; message: string };
  verified?: VerifiedUpload;
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
  /** Set for a competition round's attempt (records from before competitions have neither field). */
  competition?: CompetitionTag;
  /** The submission to the competition server, once the attempt has ended. */
  upload?: StoredUpload;
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
