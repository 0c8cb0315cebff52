// A worker_threads pool that runs replays off the HTTP event loop. Bounded queue (503 when full), a time limit
// per replay (a runaway worker is terminated and replaced), and a crashed worker is replaced automatically.
// Live verification: each live session belongs to one worker (a stable hash of station and key), which replays
// its chunks in the background and continues it at the final submission. Final submissions always go first: a
// worker takes a final submission for its own sessions, then any other final submission, and only then live work,
// in slices of at most `liveSliceMs`.
import { Worker } from 'node:worker_threads';
import type { VerifiedResult } from '../store/types.ts';
import type { ReplayEngine } from './engines.ts';
import { acceptChunk } from './live-chunks.ts';
import { liveKey, LiveTable, type LiveSession } from './live-table.ts';
import {
  AttemptRejected,
  VerifierUnavailable,
  type LiveChunk,
  type LiveOutcome,
  type Verification,
  type Verifier,
  type VerifyRequest,
} from './verifier.ts';
import type { LiveJobResult } from './worker-sessions.ts';

/**
 * Live sessions a worker holds at most. A session costs about 0.36 MB of worker heap (measured: 50 and 200 sessions
 * of the 10-minute trainee attempt fed through WorkerSessions to 590 s in one process, heap after gc(): 353-361 kB
 * each; docs/competition.md), so 400 are ~140 MB per worker, and 2 workers hold a 200-station round 4 times over,
 * with room for an uneven hash [perf tuning].
 */
export const DEFAULT_LIVE_SESSIONS = 400;
/** A session not touched for this long is dropped: longer than any pause between uploads in a round [perf tuning]. */
export const DEFAULT_LIVE_IDLE_S = 900;
/** Longest live replay slice before the worker looks at its queue again: small against the 250 ms p99 goal [perf tuning]. */
export const LIVE_SLICE_MS = 20;

export interface PoolOptions {
  engine: ReplayEngine;
  /** Where the scenario engine finds scenario files. @default the shipped scenarios/ folder */
  scenariosDir?: string;
  /** Worker threads; default 2 (this machine class has 2 cores, and the HTTP loop needs a share of them). */
  size?: number;
  /** Replays waiting beyond this are refused with 503 so latency stays bounded. */
  maxQueue?: number;
  /** A replay running longer is stopped and the attempt refused. */
  timeoutMs?: number;
  /** Live sessions per worker (least recently used evicted beyond). @default DEFAULT_LIVE_SESSIONS */
  liveSessions?: number;
  /** Live sessions idle longer than this are dropped. @default DEFAULT_LIVE_IDLE_S */
  liveIdleS?: number;
  /** Clock for idle expiry, ms. @default Date.now */
  now?: () => number;
}

/** A final submission (with the live session it continues, if any), or a slice of a session's live replay. */
type Job =
  | {
      kind: 'final';
      id: number;
      attempt: VerifyRequest;
      session?: LiveSession;
      resolve: (r: Verification) => void;
      reject: (e: Error) => void;
    }
  | { kind: 'live'; id: number; session: LiveSession };

type FinalJob = Extract<Job, { kind: 'final' }>;

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  /** starting: loading the engine; ready: takes jobs; retiring: being stopped, takes no more jobs. */
  state: 'starting' | 'ready' | 'retiring';
  job: Job | null;
  timer: NodeJS.Timeout | null;
  /** Final submissions that continue this worker's sessions, and sessions with live work to do. */
  finals: FinalJob[];
  live: LiveSession[];
}

interface WorkerMessage {
  ready?: true;
  scenarios?: { id: string; version: number | string }[] | null;
  broken?: string[];
  id?: number;
  ok?: boolean;
  result?: VerifiedResult;
  logDigest?: string;
  continued?: boolean;
  live?: LiveJobResult;
  fault?: boolean;
  message?: string;
}

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

export class VerifierPool implements Verifier {
  readonly name: string;
  private readonly slots: Slot[] = [];
  /** Final submissions any worker may take (no live session to continue). */
  private readonly queue: FinalJob[] = [];
  private readonly table: LiveTable;
  private readonly counts = { chunks: 0, continued: 0, fromStart: 0, failedRuns: 0 };
  private readonly sweep: NodeJS.Timeout;
  private nextId = 1;
  private closed = false;
  private readonly maxQueue: number;
  private readonly timeoutMs: number;
  private startError: Error | null = null;
  private scenarios: { id: string; version: number | string }[] | null = null;
  /** Scenario files the engine could not parse (reported at start-up). */
  broken: string[] = [];

  constructor(private readonly opts: PoolOptions) {
    this.name = opts.engine === 'scenario' ? 'scenario-engine' : 'log-hash';
    this.maxQueue = opts.maxQueue ?? 2000;
    this.timeoutMs = opts.timeoutMs ?? 30_000;
    const size = Math.max(1, opts.size ?? 2);
    const idleMs = (opts.liveIdleS ?? DEFAULT_LIVE_IDLE_S) * 1000;
    this.table = new LiveTable(
      size,
      Math.max(1, opts.liveSessions ?? DEFAULT_LIVE_SESSIONS),
      idleMs,
      opts.now ?? Date.now,
      (s) => this.dropSession(s),
    );
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
    // Idle sessions are also dropped on every chunk; this catches a process that stopped getting any.
    this.sweep = setInterval(() => this.table.expire(), Math.min(60_000, Math.max(1000, idleMs / 4)));
    this.sweep.unref();
  }

  /** Resolves when every worker has loaded its engine; rejects with the engine's load error. */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.ready));
  }

  installedScenarios(): { id: string; version: number | string }[] | null {
    return this.scenarios;
  }

  /**
   * busy/queued: final submissions being replayed or waiting (queued counts those waiting for their session's
   * worker too). live: sessions held, sessions with live work waiting, chunks taken, sessions evicted (cap) and
   * expired (idle), runs given up (logs that do not replay); finals: continued live sessions vs replays from the start.
   */
  stats() {
    const finalsWaiting = this.slots.reduce((n, s) => n + s.finals.length, 0);
    return {
      workers: this.slots.length,
      busy: this.slots.filter((s) => s.job?.kind === 'final').length,
      queued: this.queue.length + finalsWaiting,
      live: {
        sessions: this.table.count(),
        working: this.slots.reduce((n, s) => n + s.live.length + (s.job?.kind === 'live' ? 1 : 0), 0),
        chunks: this.counts.chunks,
        evicted: this.table.evicted,
        expired: this.table.expired,
        failedRuns: this.counts.failedRuns,
      },
      finals: { continued: this.counts.continued, fromStart: this.counts.fromStart },
    };
  }

  verify(attempt: VerifyRequest): Promise<Verification> {
    if (this.closed) return Promise.reject(new VerifierUnavailable('the verifier is shutting down'));
    if (this.startError) return Promise.reject(new VerifierUnavailable(this.startError.message));
    const waiting = this.queue.length + this.slots.reduce((n, s) => n + s.finals.length, 0);
    if (waiting >= this.maxQueue) {
      return Promise.reject(
        new VerifierUnavailable(`${waiting} replays are already waiting; retry in a few seconds`),
      );
    }
    return new Promise<Verification>((resolve, reject) => {
      const job: FinalJob = { kind: 'final', id: this.nextId++, attempt, resolve, reject };
      const s = attempt.live
        ? this.table.get(liveKey(attempt.live.stationId, attempt.live.idempotencyKey))
        : undefined;
      // A session continues once: a second final submission racing this one replays from the start.
      if (s && !s.finalising && s.opened) {
        s.finalising = true;
        job.session = s;
        const slot = this.slots[s.slot]!;
        if (s.queued) slot.live.splice(slot.live.indexOf(s), 1);
        s.queued = false;
        slot.finals.push(job);
      } else {
        // Never opened in its worker (no live replay ran yet): nothing to continue there.
        if (s && !s.finalising) {
          this.table.remove(s);
          this.dropSession(s);
        }
        this.queue.push(job);
      }
      this.pump();
    });
  }

  /** Takes a chunk of a live attempt; its replay runs in the background on the session's worker. */
  live(chunk: LiveChunk): LiveOutcome {
    if (this.closed) throw new VerifierUnavailable('the verifier is shutting down');
    if (this.startError) throw new VerifierUnavailable(this.startError.message);
    this.table.expire();
    const { outcome, session } = acceptChunk(this.table, chunk);
    if (session) {
      this.counts.chunks++;
      this.schedule(session);
      this.pump();
    }
    return outcome;
  }

  /** Replaces worker `i` (its live sessions are lost: their final submissions replay from the start). */
  async recycle(i: number): Promise<void> {
    const slot = this.slots[i];
    if (!slot) throw new RangeError(`no worker ${i}; the pool has ${this.slots.length}`);
    await slot.ready;
    const exited = new Promise<void>((r) => slot.worker.once('exit', () => r()));
    await slot.worker.terminate();
    await exited;
    await this.slots[i]!.ready;
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.sweep);
    const shutdown = new VerifierUnavailable('the verifier is shutting down');
    for (const j of this.queue.splice(0)) j.reject(shutdown);
    await Promise.all(
      this.slots.map(async (s) => {
        if (s.timer) clearTimeout(s.timer);
        for (const j of s.finals.splice(0)) j.reject(shutdown);
        if (s.job?.kind === 'final') s.job.reject(shutdown);
        s.job = null;
        await s.worker.terminate();
      }),
    );
  }

  /** Queue live work for `s` on its worker when it has some and none is queued or running. */
  private schedule(s: LiveSession): void {
    if (s.failed !== null) s.unsent.length = 0;
    if (s.queued || s.running || s.finalising || s.failed !== null) return;
    if (this.table.get(s.key) !== s) return; // evicted, expired, or its worker was replaced
    if (!s.behind && s.unsent.length === 0 && s.throughTick <= s.sentThroughTick) return;
    s.queued = true;
    this.slots[s.slot]!.live.push(s);
  }

  private dropSession(s: LiveSession): void {
    const slot = this.slots[s.slot];
    if (!slot) return;
    if (s.queued) slot.live.splice(slot.live.indexOf(s), 1);
    s.queued = false;
    if (s.opened) slot.worker.postMessage({ kind: 'drop', sessionId: s.id });
  }

  private settleFinal(job: FinalJob, msg: WorkerMessage): void {
    if (job.session) this.table.remove(job.session);
    if (msg.ok) {
      this.counts[msg.continued ? 'continued' : 'fromStart']++;
      job.resolve({ result: msg.result!, logDigest: msg.logDigest!, continued: msg.continued === true });
    } else if (msg.fault) job.reject(new Error(msg.message));
    else job.reject(new AttemptRejected(msg.message ?? 'the replay failed'));
  }

  private settleLive(s: LiveSession, r: LiveJobResult): void {
    s.running = false;
    s.replayedThroughTick = r.tick;
    if (r.failed !== undefined && s.failed === null) {
      s.failed = r.failed;
      this.counts.failedRuns++;
    }
    s.behind = !r.caughtUp;
    this.schedule(s);
  }

  private spawn(): Slot {
    const worker = new Worker(ENTRY, {
      workerData: {
        engine: this.opts.engine,
        ...(this.opts.scenariosDir ? { scenariosDir: this.opts.scenariosDir } : {}),
      },
    });
    let markReady!: () => void;
    let failReady!: (e: Error) => void;
    const slot: Slot = {
      worker,
      state: 'starting',
      job: null,
      timer: null,
      finals: [],
      live: [],
      ready: new Promise<void>((res, rej) => {
        markReady = res;
        failReady = rej;
      }),
    };
    slot.ready.catch(() => undefined); // observed through ready(); avoid an unhandled rejection otherwise
    worker.on('message', (msg: WorkerMessage) => {
      if (msg.ready) {
        this.scenarios = msg.scenarios ?? null;
        this.broken = msg.broken ?? [];
        slot.state = 'ready';
        markReady();
        this.pump();
        return;
      }
      const job = slot.job;
      if (!job || job.id !== msg.id) return;
      if (slot.timer) clearTimeout(slot.timer);
      slot.job = null;
      slot.timer = null;
      if (job.kind === 'final') this.settleFinal(job, msg);
      else this.settleLive(job.session, msg.live ?? { tick: 0, caughtUp: true, failed: msg.message ?? '?' });
      this.pump();
    });
    worker.on('error', (err) => {
      if (slot.state === 'starting') {
        this.startError = new Error(`the replay engine failed to start: ${err.message}`);
        failReady(this.startError);
        for (const j of this.queue.splice(0)) j.reject(new VerifierUnavailable(this.startError.message));
        for (const j of slot.finals.splice(0)) j.reject(new VerifierUnavailable(this.startError.message));
      }
    });
    worker.on('exit', () => {
      const job = slot.job;
      slot.job = null;
      if (slot.timer) clearTimeout(slot.timer);
      // A worker that never became ready failed to start (reported through ready()); do not respawn it in a loop.
      if (this.closed || slot.state === 'starting') return;
      if (job?.kind === 'final') {
        if (job.session) this.table.remove(job.session);
        job.reject(new VerifierUnavailable('a replay worker stopped unexpectedly; retry the submission'));
      }
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      // Its live sessions died with it: their final submissions replay from the start, on any worker, first.
      this.table.clearSlot(i);
      for (const s of slot.live) s.queued = false;
      slot.live.length = 0;
      const orphans = slot.finals.splice(0);
      for (const j of orphans) delete j.session;
      this.queue.unshift(...orphans);
      this.slots[i] = this.spawn();
      this.pump();
    });
    return slot;
  }

  /** Next job for an idle worker: its own sessions' final submissions, then any final submission, then live work. */
  private take(slot: Slot): Job | undefined {
    const own = slot.finals.shift();
    if (own) return own;
    const any = this.queue.shift();
    if (any) return any;
    const s = slot.live.shift();
    if (!s) return undefined;
    s.queued = false;
    return { kind: 'live', id: this.nextId++, session: s };
  }

  private pump(): void {
    for (const slot of this.slots) {
      // A slot counts as idle only once its worker said ready; spawn() calls pump() again at that point.
      if (slot.job || slot.state !== 'ready') continue;
      const job = this.take(slot);
      if (!job) continue;
      slot.job = job;
      slot.timer = setTimeout(() => {
        if (slot.job !== job) return;
        slot.job = null;
        slot.state = 'retiring';
        if (job.kind === 'final') {
          if (job.session) this.table.remove(job.session);
          job.reject(
            new AttemptRejected(
              `the replay did not finish within ${this.timeoutMs / 1000} s; the log is too long or stuck`,
            ),
          );
        }
        void slot.worker.terminate(); // 'exit' replaces the worker
      }, this.timeoutMs);
      slot.worker.postMessage(job.kind === 'final' ? this.finalMessage(job) : this.liveMessage(job));
    }
  }

  private finalMessage(job: FinalJob): unknown {
    // The log goes over as JSON text when the caller has it: copying one string is cheaper than cloning
    // thousands of small objects on the HTTP thread.
    const { log, logJson, live: _live, ...head } = job.attempt;
    return {
      kind: 'final',
      id: job.id,
      head,
      ...(logJson !== undefined ? { logJson } : { log }),
      ...(job.session ? { sessionId: job.session.id } : {}),
    };
  }

  private liveMessage(job: Extract<Job, { kind: 'live' }>): unknown {
    const s = job.session;
    s.running = true;
    const msg = {
      kind: 'live',
      id: job.id,
      sessionId: s.id,
      ...(s.opened ? {} : { head: s.head }),
      ...(s.unsent.length ? { entriesJson: JSON.stringify(s.unsent) } : {}),
      throughTick: s.throughTick,
      budgetMs: LIVE_SLICE_MS,
    };
    s.opened = true;
    s.unsent = [];
    s.sentThroughTick = s.throughTick;
    return msg;
  }
}
