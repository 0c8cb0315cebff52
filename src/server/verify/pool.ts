// A worker_threads pool that runs replays off the HTTP event loop. Bounded queue (503 when full), a time limit
// per replay (a runaway worker is terminated and replaced), and a crashed worker is replaced automatically.
import { Worker } from 'node:worker_threads';
import type { VerifiedResult } from '../store/types.ts';
import type { ReplayEngine } from './engines.ts';
import {
  AttemptRejected,
  VerifierUnavailable,
  type Verification,
  type Verifier,
  type VerifyRequest,
} from './verifier.ts';

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
}

interface Job {
  id: number;
  attempt: VerifyRequest;
  resolve: (r: Verification) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  /** starting: loading the engine; ready: takes jobs; retiring: being stopped, takes no more jobs. */
  state: 'starting' | 'ready' | 'retiring';
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

interface WorkerMessage {
  ready?: true;
  scenarios?: { id: string; version: number | string }[] | null;
  broken?: string[];
  id?: number;
  ok?: boolean;
  result?: VerifiedResult;
  logDigest?: string;
  fault?: boolean;
  message?: string;
}

const ENTRY = new URL('./worker-entry.mjs', import.meta.url);

export class VerifierPool implements Verifier {
  readonly name: string;
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
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
    for (let i = 0; i < Math.max(1, opts.size ?? 2); i++) this.slots.push(this.spawn());
  }

  /** Resolves when every worker has loaded its engine; rejects with the engine's load error. */
  async ready(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.ready));
  }

  installedScenarios(): { id: string; version: number | string }[] | null {
    return this.scenarios;
  }

  stats(): { workers: number; busy: number; queued: number } {
    return {
      workers: this.slots.length,
      busy: this.slots.filter((s) => s.job).length,
      queued: this.queue.length,
    };
  }

  verify(attempt: VerifyRequest): Promise<Verification> {
    if (this.closed) return Promise.reject(new VerifierUnavailable('the verifier is shutting down'));
    if (this.startError) return Promise.reject(new VerifierUnavailable(this.startError.message));
    if (this.queue.length >= this.maxQueue) {
      return Promise.reject(
        new VerifierUnavailable(`${this.queue.length} replays are already waiting; retry in a few seconds`),
      );
    }
    return new Promise<Verification>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, attempt, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const j of this.queue.splice(0)) j.reject(new VerifierUnavailable('the verifier is shutting down'));
    await Promise.all(
      this.slots.map(async (s) => {
        if (s.timer) clearTimeout(s.timer);
        s.job?.reject(new VerifierUnavailable('the verifier is shutting down'));
        s.job = null;
        await s.worker.terminate();
      }),
    );
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
      if (msg.ok) job.resolve({ result: msg.result!, logDigest: msg.logDigest! });
      else if (msg.fault) job.reject(new Error(msg.message));
      else job.reject(new AttemptRejected(msg.message ?? 'the replay failed'));
      this.pump();
    });
    worker.on('error', (err) => {
      if (slot.state === 'starting') {
        this.startError = new Error(`the replay engine failed to start: ${err.message}`);
        failReady(this.startError);
        for (const j of this.queue.splice(0)) j.reject(new VerifierUnavailable(this.startError.message));
      }
    });
    worker.on('exit', () => {
      const job = slot.job;
      slot.job = null;
      if (slot.timer) clearTimeout(slot.timer);
      // A worker that never became ready failed to start (reported through ready()); do not respawn it in a loop.
      if (this.closed || slot.state === 'starting') return;
      job?.reject(new VerifierUnavailable('a replay worker stopped unexpectedly; retry the submission'));
      const i = this.slots.indexOf(slot);
      if (i >= 0) this.slots[i] = this.spawn();
    });
    return slot;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.job) continue;
      // A slot counts as idle only once its worker said ready; spawn() calls pump() again at that point.
      if (slot.state !== 'ready') continue;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.timer = setTimeout(() => {
        if (slot.job !== job) return;
        slot.job = null;
        slot.state = 'retiring';
        job.reject(
          new AttemptRejected(
            `the replay did not finish within ${this.timeoutMs / 1000} s; the log is too long or stuck`,
          ),
        );
        void slot.worker.terminate(); // 'exit' replaces the worker
      }, this.timeoutMs);
      // The log goes over as JSON text when the caller has it: copying one string is cheaper than cloning
      // thousands of small objects on the HTTP thread.
      const { log, logJson, ...head } = job.attempt;
      slot.worker.postMessage({ id: job.id, head, ...(logJson !== undefined ? { logJson } : { log }) });
    }
  }
}
