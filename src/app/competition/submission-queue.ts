// Final submissions of competition attempts, kept until the server has them. An ended attempt is marked pending
// in the attempts store (IndexedDB) and sent at once; when the server cannot be reached it stays pending and is
// retried in the background with backoff, when the app starts and when the network comes back. The attempt's id is
// the idempotency key, so a retry of a submission the server did take is answered with the stored result. A
// refusal (4xx) is kept with the server's message and not retried, except 503/429 with Retry-After.
import type { AttemptFile } from '../../scenario/progress/index.ts';
import type { StoredAttempt, StoredUpload } from '../attempts/types.ts';
import type { Connection } from './client.ts';
import { isServerError } from './server-error.ts';
import type { StationSession, SubmitAnswer, SubmitBody } from './types.ts';

/** First retry after this long, doubling each time up to SUBMIT_MAX_BACKOFF_MS. */
export const SUBMIT_FIRST_BACKOFF_MS = 2000;
/** A station at an event should not wait long once the server is back. */
export const SUBMIT_MAX_BACKOFF_MS = 30_000;
/** The most a Retry-After is honoured for (a server asking for longer is asked again then). */
const MAX_RETRY_AFTER_MS = 5 * 60_000;

/** What the queue needs of the attempts recorder. */
export interface UploadRecords {
  list(): Promise<StoredAttempt[]>;
  setUpload(id: string, upload: StoredUpload): Promise<void>;
  exportFile(id: string): Promise<AttemptFile>;
}

export interface SubmissionQueueOptions {
  records: UploadRecords;
  /** The station's token for the attempt's server and station, when this app has it. */
  session(): StationSession | null;
  submit(conn: Connection, body: SubmitBody): Promise<SubmitAnswer>;
  /** @default Date.now */
  now?: () => number;
  /** In [0, 1): spreads the retries of many stations. @default Math.random */
  random?: () => number;
}

/** The submission body of an ended attempt: its whole log and what it was recorded for, never a score. */
export function submissionBody(a: StoredAttempt, file: AttemptFile): SubmitBody {
  const tag = a.competition;
  if (!tag) throw new Error(`attempt ${a.id} is not a competition attempt`);
  const body: SubmitBody = {
    scenarioId: a.scenarioId,
    version: a.version,
    seed: a.seed,
    appVersion: a.appVersion,
    idempotencyKey: a.id,
    log: file.log.map((e) => ({ tick: e.tick, intent: e.intent })),
    roundId: tag.roundId,
    stationId: tag.stationId,
  };
  if (a.endTick !== undefined) body.endTick = a.endTick;
  if (a.result?.hash) body.hash = a.result.hash;
  return body;
}

/** Delay before try number `tries + 1`: 2 s, 4 s, 8 s … 30 s, ±20 %. */
export function submitBackoffMs(tries: number, random: () => number = Math.random): number {
  const base = Math.min(SUBMIT_MAX_BACKOFF_MS, SUBMIT_FIRST_BACKOFF_MS * 2 ** Math.max(0, tries - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

const iso = (ms: number) => new Date(ms).toISOString();
// A background retry that fails outside the server call (storage) is tried again at the next occasion.
const warn = (e: unknown) => console.warn('competition uploads: retry failed:', e);

export class SubmissionQueue {
  private readonly listeners = new Set<() => void>();
  private readonly sending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private flushing: Promise<void> | null = null;
  private again = false;
  private readonly now: () => number;
  private readonly random: () => number;

  constructor(private readonly o: SubmissionQueueOptions) {
    this.now = o.now ?? (() => Date.now());
    this.random = o.random ?? Math.random;
  }

  /** Called whenever an upload changes state (a screen re-reads the attempts). */
  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => void this.listeners.delete(fn);
  }

  private notify(): void {
    for (const fn of this.listeners) fn();
  }

  /** Being sent right now (the screen shows "submitting…"). */
  isSending(id: string): boolean {
    return this.sending.has(id);
  }

  /** An ended competition attempt: mark it pending (so a reload keeps it) and send it now. */
  async enqueue(a: StoredAttempt): Promise<void> {
    if (!a.competition || a.upload?.state === 'verified') return;
    if (!a.upload || a.upload.state !== 'pending') {
      await this.o.records.setUpload(a.id, { state: 'pending', tries: 0, queuedAt: iso(this.now()) });
      this.notify();
    }
    await this.flush(true);
  }

  /**
   * Try every pending submission that is due (all of them with `force`: app start, network back, "retry now"),
   * one after another. A flush asked for while one runs runs again after it.
   */
  async flush(force = false): Promise<void> {
    if (this.flushing) {
      this.again ||= force;
      return this.flushing;
    }
    this.flushing = (async () => {
      let f = force;
      do {
        this.again = false;
        await this.flushOnce(f);
        f = true;
      } while (this.again);
    })();
    try {
      await this.flushing;
    } finally {
      this.flushing = null;
      this.scheduleNext();
    }
  }

  /**
   * Every attempt whose submission is still pending, oldest first; also a finished competition attempt never
   * marked at all (the page went away between storing its result and queueing it).
   */
  async pending(): Promise<StoredAttempt[]> {
    return (await this.o.records.list()).filter(
      (a) =>
        a.competition &&
        (a.upload?.state === 'pending' || (!a.upload && a.status === 'finished' && a.result !== undefined)),
    );
  }

  private async flushOnce(force: boolean): Promise<void> {
    const now = this.now();
    for (const a of await this.pending()) {
      if (!force && (a.upload?.nextTryAt ?? 0) > now) continue;
      await this.tryOne(a);
    }
  }

  private async tryOne(a: StoredAttempt): Promise<void> {
    const tag = a.competition!;
    const prev: StoredUpload = a.upload ?? {
      state: 'pending',
      tries: 0,
      queuedAt: a.finishedAt ?? iso(this.now()),
    };
    const session = this.o.session();
    if (!session || session.server !== tag.server || session.station.id !== tag.stationId) {
      // Without this station's token nothing can be sent; it goes as soon as the station joins again.
      const problem = {
        status: 0,
        code: 'no-station',
        message: `this app is not joined as station ${tag.stationName} at ${tag.server}`,
      };
      if (prev.problem?.code !== 'no-station') {
        const { nextTryAt: _drop, ...rest } = prev;
        await this.o.records.setUpload(a.id, { ...rest, problem });
        this.notify();
      }
      return;
    }
    let body: SubmitBody;
    try {
      body = submissionBody(a, await this.o.records.exportFile(a.id));
    } catch (e) {
      // The log cannot be read (storage failed): keep it pending, try again later.
      await this.record(a.id, prev, {
        status: 0,
        code: 'storage',
        message: e instanceof Error ? e.message : String(e),
      });
      return;
    }
    this.sending.add(a.id);
    this.notify();
    const triedAt = this.now();
    try {
      const answer = await this.o.submit({ server: tag.server, token: session.token }, body);
      const v = answer.attempt;
      await this.o.records.setUpload(a.id, {
        state: 'verified',
        tries: prev.tries + 1,
        queuedAt: prev.queuedAt,
        lastTriedAt: iso(triedAt),
        verified: {
          id: v.id,
          score: v.score,
          grade: v.grade,
          passed: v.passed,
          hash: v.hash,
          durationS: v.durationS,
          replayed: answer.replayed,
          verifiedAt: v.verifiedAt,
        },
      });
    } catch (e) {
      if (!isServerError(e)) throw e;
      const problem = { status: e.status, code: e.code, message: e.message };
      if (e.retryable) {
        const wait =
          e.retryAfterS !== null
            ? Math.min(MAX_RETRY_AFTER_MS, Math.max(1000, e.retryAfterS * 1000))
            : submitBackoffMs(prev.tries + 1, this.random);
        await this.o.records.setUpload(a.id, {
          state: 'pending',
          tries: prev.tries + 1,
          queuedAt: prev.queuedAt,
          lastTriedAt: iso(triedAt),
          nextTryAt: triedAt + wait,
          problem,
        });
      } else {
        await this.o.records.setUpload(a.id, {
          state: 'refused',
          tries: prev.tries + 1,
          queuedAt: prev.queuedAt,
          lastTriedAt: iso(triedAt),
          problem,
        });
      }
    } finally {
      this.sending.delete(a.id);
      this.notify();
    }
  }

  private async record(id: string, prev: StoredUpload, problem: StoredUpload['problem']): Promise<void> {
    const at = this.now();
    await this.o.records.setUpload(id, {
      ...prev,
      tries: prev.tries + 1,
      lastTriedAt: iso(at),
      nextTryAt: at + submitBackoffMs(prev.tries + 1, this.random),
      ...(problem ? { problem } : {}),
    });
    this.notify();
  }

  /** Wake up when the next pending submission is due. */
  private scheduleNext(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (!this.started) return;
    void this.pending().then((list) => {
      const due = list
        .map((a) => a.upload?.nextTryAt)
        .filter((t): t is number => t !== undefined)
        .sort((x, y) => x - y)[0];
      if (due === undefined || !this.started) return;
      if (this.timer !== null) clearTimeout(this.timer);
      this.timer = setTimeout(
        () => {
          this.timer = null;
          void this.flush().catch(warn);
        },
        Math.max(0, due - this.now()),
      );
    }, warn);
  }

  private started = false;

  /**
   * Retry in the background: now (the app started), when the browser says the network is back, and whenever a
   * pending submission is due. Returns the stop function.
   */
  start(
    target: Pick<Window, 'addEventListener' | 'removeEventListener'> | null = globalThis.window,
  ): () => void {
    this.started = true;
    const online = () => void this.flush(true).catch(warn);
    target?.addEventListener('online', online);
    void this.flush(true).catch(warn);
    return () => {
      this.started = false;
      target?.removeEventListener('online', online);
      if (this.timer !== null) clearTimeout(this.timer);
      this.timer = null;
    };
  }
}
