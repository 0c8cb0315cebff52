// Live sessions inside a replay worker: the run of each attempt being made, fed chunk by chunk, and the final
// submission that continues it. A final submission continues a session only when that gives exactly the replay
// from the start: same exercise, the submitted log starts with exactly the entries the session holds (a running
// SHA-256 over their canonical JSON), nothing new is for a step already replayed, the end is not passed. Anything
// else, and any failure on the way, is a replay from the start.
import { createHash, type Hash } from 'node:crypto';
import { sha256Hex, sortedJson } from './digest.ts';
import type { LiveRun, OpenLive } from './live-run.ts';
import type { AttemptInput, LiveHead, ReplayFunction } from './verifier.ts';
import type { VerifiedResult } from '../store/types.ts';

/** Steps replayed between looks at the clock (1 simulated second; well under a millisecond of replay) [perf tuning]. */
const SLICE_STEPS = 180;

interface Session {
  head: LiveHead;
  run: LiveRun | null;
  /** Why the run was given up (the attempt cannot be replayed); the final submission then replays from the start. */
  failed: string | null;
  received: number;
  /** SHA-256 over `[e0,e1,...` (canonical JSON of the entries received, as in the log's digest text) and its length. */
  digest: Hash;
  chars: number;
}

export interface LiveJob {
  sessionId: number;
  /** Sent with the session's first job. */
  head?: LiveHead;
  entriesJson?: string;
  throughTick: number;
  /** Stop after about this long (final submissions waiting for the worker go first) and say so. */
  budgetMs: number;
}

export interface LiveJobResult {
  tick: number;
  /** The replay is as far as the entries received allow (or it stopped: failed, finished). */
  caughtUp: boolean;
  failed?: string;
}

export interface FinalJob {
  head: Omit<AttemptInput, 'log'>;
  log: unknown[];
  sessionId?: number;
}

export class WorkerSessions {
  private readonly sessions = new Map<number, Session>();

  constructor(
    private readonly openLive: OpenLive,
    private readonly replay: ReplayFunction,
  ) {}

  get size(): number {
    return this.sessions.size;
  }

  drop(sessionId: number): void {
    this.sessions.delete(sessionId);
  }

  live(job: LiveJob): LiveJobResult {
    let s = this.sessions.get(job.sessionId);
    if (!s) {
      if (!job.head) return { tick: 0, caughtUp: true, failed: 'the session is not held by this worker' };
      s = { head: job.head, run: null, failed: null, received: 0, digest: createHash('sha256'), chars: 0 };
      this.sessions.set(job.sessionId, s);
      try {
        s.run = this.openLive(job.head);
      } catch (e) {
        s.failed = (e as Error).message;
      }
    }
    if (job.entriesJson !== undefined) this.hold(s, JSON.parse(job.entriesJson) as unknown[]);
    const run = s.run;
    if (!run) return { tick: 0, caughtUp: true, failed: s.failed ?? 'no run' };
    const until = performance.now() + job.budgetMs;
    try {
      for (;;) {
        if (run.advance(job.throughTick, SLICE_STEPS) < SLICE_STEPS)
          return { tick: run.tick, caughtUp: true };
        if (performance.now() >= until) return { tick: run.tick, caughtUp: false };
      }
    } catch (e) {
      return this.fail(s, e);
    }
  }

  /** The final submission: continue the session when that is exactly the replay from the start, else replay it. */
  async final(job: FinalJob): Promise<{ result: VerifiedResult; logDigest: string; continued: boolean }> {
    const text = sortedJson(job.log);
    const logDigest = sha256Hex(text);
    const s = job.sessionId !== undefined ? this.sessions.get(job.sessionId) : undefined;
    if (job.sessionId !== undefined) this.sessions.delete(job.sessionId);
    if (s && this.continues(s, job, text)) {
      try {
        const run = s.run!;
        run.append(job.log.slice(s.received));
        return { result: run.finish(job.head.endTick), logDigest, continued: true };
      } catch {
        // The new entries do not replay (or the engine refused): the replay from the start gives the refusal,
        // with every entry named by its place in the whole log.
      }
    }
    return { result: await this.replay({ ...job.head, log: job.log }), logDigest, continued: false };
  }

  private continues(s: Session, job: FinalJob, text: string): boolean {
    const run = s.run;
    if (!run || s.failed !== null) return false;
    const h = job.head;
    if (h.scenarioId !== s.head.scenarioId || String(h.version) !== String(s.head.version)) return false;
    if (h.seed !== s.head.seed || job.log.length < s.received) return false;
    if (s.received > 0) {
      const boundary = text[s.chars];
      if (boundary !== ',' && boundary !== ']') return false;
      if (sha256Hex(text.slice(0, s.chars)) !== s.digest.copy().digest('hex')) return false;
    }
    const next = job.log[s.received] as { tick?: unknown } | undefined;
    if (next !== undefined && !(typeof next.tick === 'number' && run.accepts(next.tick))) return false;
    return run.canFinish(h.endTick);
  }

  private hold(s: Session, entries: unknown[]): void {
    if (entries.length === 0) return;
    const text = sortedJson(entries);
    // The text the log's digest sees for these entries: `[e0,e1` for the first, `,e2,e3` after.
    const piece = s.received === 0 ? text.slice(0, -1) : ',' + text.slice(1, -1);
    s.digest.update(piece, 'utf8');
    s.chars += piece.length;
    s.received += entries.length;
    if (!s.run) return;
    try {
      s.run.append(entries);
    } catch (e) {
      this.fail(s, e);
    }
  }

  private fail(s: Session, e: unknown): LiveJobResult {
    s.failed = (e as Error)?.message ?? String(e);
    const tick = s.run?.tick ?? 0;
    s.run = null; // its memory goes; the entries are still counted and digested
    return { tick, caughtUp: true, failed: s.failed };
  }
}
