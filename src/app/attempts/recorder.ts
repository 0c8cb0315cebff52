// The attempt recorder: keeps the running attempt's input log in memory (nothing is ever lost while the page
// lives) and autosaves it to the store as append-only chunks. When the store fails (private mode, full disk) it
// says so and keeps everything in memory; the trainee can still finish and export the attempt.
import type { LoggedAnyIntent } from '../../scenario/index.ts';
import type { AttemptFile } from '../../scenario/progress/index.ts';
import {
  StorageError,
  type AttemptStore,
  type CompetitionTag,
  type StorageProblem,
  type StoredAttempt,
  type StoredResult,
  type StoredUpload,
} from './types.ts';

export interface RecorderStatus {
  /** Attempts survive a reload (false once the store turned out to be unavailable). */
  persistent: boolean;
  problem: StorageProblem | null;
  /** Log entries of running attempts not yet in the store. */
  unsavedEntries: number;
  /** Wall clock of the last successful save, ms. */
  lastSavedAtMs: number | null;
}

/** Whether saving works: changes rarely, so screens can re-render on it. */
export interface RecorderHealth {
  persistent: boolean;
  problem: StorageProblem | null;
}

export interface StartAttempt {
  scenarioId: string;
  version: string | number;
  seed: number;
  appVersion: string;
  trainee: string;
  /** Defaults to a random UUID. */
  id?: string;
  /** A competition round's attempt: for which server, event, round and station. */
  competition?: CompetitionTag;
}

export interface FinishAttempt {
  /** Steps the run completed. */
  tick: number;
  /** 'abandoned' when the trainee left without finishing. */
  status: 'finished' | 'abandoned';
  /** Step the log ends at when the attempt ended without a finish action (replay stops there). */
  endTick?: number;
  result?: StoredResult;
}

export interface ResumePoint {
  attempt: StoredAttempt;
  /** The saved input log, to replay through the same pure step (resumeRun). */
  log: LoggedAnyIntent[];
}

interface Live {
  meta: StoredAttempt;
  /** Every entry so far; the store holds the first `savedEntries`. */
  log: LoggedAnyIntent[];
  savedEntries: number;
  savedTick: number;
  nextSeq: number;
  /** The store has the attempt's record (its create succeeded). */
  created: boolean;
  /** Saves run one after another. */
  queue: Promise<void>;
}

export interface RecorderOptions {
  /** Wall clock, ms (tests pass their own). @default Date.now */
  now?: () => number;
  /** New attempt ids. @default crypto.randomUUID */
  newId?: () => string;
}

export class AttemptRecorder {
  private readonly live = new Map<string, Live>();
  /** Attempts finished in this page: kept for export and profiles even when the store could not take them. */
  private readonly finishedHere = new Map<string, { meta: StoredAttempt; log: LoggedAnyIntent[] }>();
  private readonly listeners = new Set<() => void>();
  private current: RecorderStatus;
  private currentHealth: RecorderHealth;
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(
    private readonly store: AttemptStore,
    opts: RecorderOptions = {},
  ) {
    this.now = opts.now ?? (() => Date.now());
    this.newId = opts.newId ?? (() => crypto.randomUUID());
    this.current = {
      persistent: store.kind === 'indexeddb',
      problem: null,
      unsavedEntries: 0,
      lastSavedAtMs: null,
    };
    this.currentHealth = { persistent: this.current.persistent, problem: null };
  }

  /** Everything, including the unsaved count and the last save time (changes with every save). */
  get status(): RecorderStatus {
    return this.current;
  }

  /** Persistent? Problem? The same object until one of them changes. */
  get health(): RecorderHealth {
    return this.currentHealth;
  }

  /** Listen to status changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  private setStatus(patch: Partial<RecorderStatus>): void {
    let unsaved = 0;
    for (const l of this.live.values()) unsaved += l.log.length - l.savedEntries;
    const next = { ...this.current, ...patch, unsavedEntries: unsaved };
    const c = this.current;
    if (
      next.persistent === c.persistent &&
      next.problem === c.problem &&
      next.unsavedEntries === c.unsavedEntries &&
      next.lastSavedAtMs === c.lastSavedAtMs
    )
      return;
    this.current = next;
    if (next.persistent !== this.currentHealth.persistent || next.problem !== this.currentHealth.problem) {
      this.currentHealth = { persistent: next.persistent, problem: next.problem };
    }
    for (const fn of this.listeners) fn();
  }

  /** Once the database cannot even open, stop asking it: everything stays in memory. */
  private get storeUsable(): boolean {
    return this.current.problem !== 'unavailable';
  }

  private failed(e: unknown): void {
    const problem = e instanceof StorageError ? e.problem : 'failed';
    this.setStatus({ problem, persistent: problem === 'unavailable' ? false : this.current.persistent });
  }

  /** Runs a store operation; on failure records the problem and answers undefined. */
  private async attemptStore<T>(op: () => Promise<T>): Promise<T | undefined> {
    if (!this.storeUsable) return undefined;
    try {
      return await op();
    } catch (e) {
      this.failed(e);
      return undefined;
    }
  }

  private async tryStore(op: () => Promise<void>): Promise<boolean> {
    return (await this.attemptStore(async () => (await op(), true))) === true;
  }

  private must(id: string): Live {
    const l = this.live.get(id);
    if (!l) throw new Error(`attempt ${id} is not being recorded here (start or resume it first)`);
    return l;
  }

  /**
   * Begin recording an attempt. Any other attempt the store still has as running is marked abandoned at its
   * saved step: one trainee works one cell at a time, and the newest attempt is the one a reload resumes.
   */
  async start(input: StartAttempt): Promise<StoredAttempt> {
    const meta: StoredAttempt = {
      id: input.id ?? this.newId(),
      scenarioId: input.scenarioId,
      version: input.version,
      seed: input.seed,
      appVersion: input.appVersion,
      trainee: input.trainee,
      startedAt: new Date(this.now()).toISOString(),
      status: 'running',
      tick: 0,
      savedEntries: 0,
      chunks: 0,
      ...(input.competition ? { competition: structuredClone(input.competition) } : {}),
    };
    const live: Live = {
      meta,
      log: [],
      savedEntries: 0,
      savedTick: 0,
      nextSeq: 0,
      created: false,
      queue: Promise.resolve(),
    };
    this.live.set(meta.id, live);
    await this.tryStore(async () => {
      for (const old of await this.store.unfinished()) {
        if (old.id !== meta.id && !this.live.has(old.id))
          await this.store.update(old.id, { status: 'abandoned', endTick: old.tick });
      }
    });
    live.created = await this.tryStore(() => this.store.create(meta));
    if (live.created) this.setStatus({ problem: null, lastSavedAtMs: this.now() });
    return structuredClone(meta);
  }

  /** Add intents the run applied (in tick order); they reach the store at the next save. */
  append(id: string, entries: readonly LoggedAnyIntent[]): void {
    const l = this.must(id);
    const last = l.log[l.log.length - 1];
    if (last && entries[0] && entries[0].tick < last.tick) {
      throw new Error(`attempt ${id}: intent at tick ${entries[0].tick} appended after tick ${last.tick}`);
    }
    for (const e of entries) l.log.push(e);
    this.setStatus({});
  }

  /** Take whatever the run's log has beyond what the recorder holds (the run's log only grows). */
  async sync(id: string, runLog: readonly LoggedAnyIntent[], tick: number): Promise<void> {
    const l = this.must(id);
    if (runLog.length > l.log.length) this.append(id, runLog.slice(l.log.length));
    return this.save(id, tick);
  }

  /** Autosave: the entries since the last save as one new chunk, and the step reached. */
  async save(id: string, tick: number): Promise<void> {
    const l = this.must(id);
    l.queue = l.queue.then(() => this.saveNow(l, tick));
    return l.queue;
  }

  private async saveNow(l: Live, tick: number): Promise<void> {
    if (!this.storeUsable) return;
    if (!l.created) {
      // The first write failed (quota?): try again with what is known now.
      l.created = await this.tryStore(() =>
        this.store.create({ ...l.meta, tick: 0, savedEntries: 0, chunks: 0 }),
      );
      if (!l.created) return;
    }
    const count = l.log.length - l.savedEntries;
    if (count === 0 && tick === l.savedTick) return;
    const chunk =
      count > 0 ? { attemptId: l.meta.id, seq: l.nextSeq, entries: l.log.slice(l.savedEntries) } : null;
    const ok = await this.tryStore(() => this.store.save(l.meta.id, chunk, tick));
    if (!ok) return;
    l.savedEntries += count;
    l.savedTick = tick;
    if (chunk) l.nextSeq++;
    l.meta.tick = tick;
    l.meta.savedEntries = l.savedEntries;
    l.meta.chunks = l.nextSeq;
    this.setStatus({ problem: null, lastSavedAtMs: this.now() });
  }

  /**
   * What of a running attempt is safely in the store: the first `entries` log entries, every one with a tick
   * below `tick`. null when the attempt is not running here. (A reload gets back exactly this much.)
   */
  savedProgress(id: string): { entries: number; tick: number; persistent: boolean } | null {
    const l = this.live.get(id);
    if (!l) return null;
    return { entries: l.savedEntries, tick: l.savedTick, persistent: this.storeUsable && l.created };
  }

  /** Record where a finished competition attempt's submission stands (in the store and in this page). */
  async setUpload(id: string, upload: StoredUpload): Promise<void> {
    const here = this.finishedHere.get(id) ?? this.live.get(id);
    if (here) here.meta.upload = structuredClone(upload);
    const stored = await this.tryStore(() => this.store.update(id, { upload: structuredClone(upload) }));
    if (!here && !stored) throw new Error(`no attempt ${id} to record the upload of`);
  }

  /** End the attempt: save the rest of the log, then its result (or that it was abandoned). */
  async finish(id: string, f: FinishAttempt): Promise<StoredAttempt> {
    const l = this.must(id);
    await this.save(id, f.tick);
    const patch: Partial<StoredAttempt> = {
      status: f.status,
      finishedAt: new Date(this.now()).toISOString(),
      tick: f.tick,
    };
    if (f.endTick !== undefined) patch.endTick = f.endTick;
    if (f.result) patch.result = f.result;
    Object.assign(l.meta, patch);
    if (l.created && l.savedEntries === l.log.length) await this.tryStore(() => this.store.update(id, patch));
    // A finished attempt stays in memory (export, profile) but no longer counts as unsaved work in progress.
    const done = structuredClone(l.meta);
    this.finishedHere.set(id, { meta: done, log: l.log.slice() });
    this.live.delete(id);
    this.setStatus({});
    return done;
  }

  /**
   * The attempt a crash or reload interrupted (the newest still running), with its saved log; recording
   * continues on it. null when there is none or the store cannot be read.
   */
  async loadUnfinished(): Promise<ResumePoint | null> {
    for (const l of this.live.values()) return { attempt: structuredClone(l.meta), log: l.log.slice() };
    const found = await this.attemptStore(async (): Promise<ResumePoint | null> => {
      const [a] = await this.store.unfinished();
      if (!a) return null;
      const log = await this.store.log(a.id);
      // The record and the chunks are written in one transaction, so they agree; trust the chunks' count.
      return { attempt: { ...a, savedEntries: log.length }, log };
    });
    if (!found) return null;
    const { attempt, log } = found;
    this.live.set(attempt.id, {
      meta: structuredClone(attempt),
      log: log.slice(),
      savedEntries: log.length,
      savedTick: attempt.tick,
      nextSeq: attempt.chunks,
      created: true,
      queue: Promise.resolve(),
    });
    this.setStatus({});
    return { attempt: structuredClone(attempt), log };
  }

  /** Give up an interrupted attempt instead of resuming it (kept as abandoned, its log ending where it was). */
  async discardUnfinished(id: string): Promise<StoredAttempt> {
    const l = this.must(id);
    return this.finish(id, { tick: l.meta.tick, status: 'abandoned', endTick: l.meta.tick });
  }

  /** The attempt as a file for `weldtwin replay`, a station submission or a download. */
  async exportFile(id: string): Promise<AttemptFile> {
    const here = this.live.get(id) ?? this.finishedHere.get(id);
    const meta =
      here?.meta ?? (this.storeUsable ? await this.store.get(id).catch(() => undefined) : undefined);
    if (!meta) throw new Error(`no attempt ${id}`);
    const log = here ? here.log.slice() : await this.store.log(id);
    const file: AttemptFile = {
      id: meta.id,
      scenarioId: meta.scenarioId,
      version: meta.version,
      seed: meta.seed,
      appVersion: meta.appVersion,
      startedAt: meta.startedAt,
      status: meta.status,
      trainee: meta.trainee,
      log: log as AttemptFile['log'],
    };
    if (meta.endTick !== undefined) file.endTick = meta.endTick;
    if (meta.finishedAt !== undefined) file.finishedAt = meta.finishedAt;
    return file;
  }

  /** Every attempt of a trainee, oldest first: the stored ones and those only this page holds. */
  async list(trainee?: string): Promise<StoredAttempt[]> {
    const byId = new Map<string, StoredAttempt>();
    await this.tryStore(async () => {
      for (const a of await this.store.list(trainee)) byId.set(a.id, a);
    });
    for (const x of [...this.finishedHere.values()]
      .map((f) => f.meta)
      .concat([...this.live.values()].map((l) => l.meta))) {
      if (trainee === undefined || x.trainee === trainee) byId.set(x.id, structuredClone(x));
    }
    return [...byId.values()].sort((a, b) =>
      a.startedAt < b.startedAt ? -1 : a.startedAt > b.startedAt ? 1 : 0,
    );
  }
}
