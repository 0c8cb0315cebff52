// The HTTP thread's index of live sessions: what each holds (entries received, throughTick, the last chunk for
// retries), which worker owns it, what is still to be sent there. The runs themselves live in that worker. Bounded:
// at most `perWorker` sessions per worker (least recently used evicted first) and none idle longer than `idleMs`.
// A per-process cache: nothing here is needed for a correct result, only for a cheap one.
import type { LiveHead } from './verifier.ts';

export interface LiveSession {
  /** Unique in this pool (a key seen again after eviction gets a new session). */
  readonly id: number;
  /** `stationId` and idempotency key. */
  readonly key: string;
  /** Index of the worker that owns it. */
  readonly slot: number;
  readonly head: LiveHead;
  received: number;
  throughTick: number;
  /** Tick of the last entry received (-1: none yet). */
  lastEntryTick: number;
  lastChunk: { from: number; count: number; digest: string; throughTick: number } | null;
  /** Entries received and not yet sent to the worker, and the throughTick last sent. */
  unsent: unknown[];
  sentThroughTick: number;
  /** The worker stopped short of the throughTick it was sent (its slice ran out): more to replay there. */
  behind: boolean;
  /** The worker has been sent the session's first job (it holds the run). */
  opened: boolean;
  replayedThroughTick: number;
  /** Waiting in its worker's live queue / being replayed now / its final submission is being verified. */
  queued: boolean;
  running: boolean;
  finalising: boolean;
  /** The worker gave up its run (the attempt does not replay); chunks are still counted. */
  failed: string | null;
  usedAt: number;
}

/** 32-bit FNV-1a: a stable, cheap hash for routing a key to a worker. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const liveKey = (stationId: number, idempotencyKey: string) => `${stationId}\n${idempotencyKey}`;

export class LiveTable {
  /** Per worker, sessions in least-recently-used-first order (a Map keeps insertion order; a touch re-inserts). */
  private readonly bySlot: Map<string, LiveSession>[];
  private nextId = 1;
  evicted = 0;
  expired = 0;

  constructor(
    slots: number,
    private readonly perWorker: number,
    private readonly idleMs: number,
    private readonly now: () => number,
    /** Called for every session dropped by the cap or idle expiry (the pool tells the worker). */
    private readonly onDrop: (s: LiveSession) => void,
  ) {
    this.bySlot = Array.from({ length: slots }, () => new Map());
  }

  ownerOf(key: string): number {
    return fnv1a(key) % this.bySlot.length;
  }

  get(key: string): LiveSession | undefined {
    return this.bySlot[this.ownerOf(key)]!.get(key);
  }

  count(): number {
    return this.bySlot.reduce((n, m) => n + m.size, 0);
  }

  touch(s: LiveSession): void {
    const m = this.bySlot[s.slot]!;
    s.usedAt = this.now();
    if (m.get(s.key) !== s) return;
    m.delete(s.key);
    m.set(s.key, s);
  }

  create(key: string, head: LiveHead): LiveSession {
    const slot = this.ownerOf(key);
    const m = this.bySlot[slot]!;
    if (m.size >= this.perWorker) {
      for (const old of m.values()) {
        if (old.finalising) continue;
        this.remove(old);
        this.evicted++;
        this.onDrop(old);
        break;
      }
    }
    const s: LiveSession = {
      id: this.nextId++,
      key,
      slot,
      head,
      received: 0,
      throughTick: 0,
      lastEntryTick: -1,
      lastChunk: null,
      unsent: [],
      sentThroughTick: -1,
      behind: false,
      opened: false,
      replayedThroughTick: 0,
      queued: false,
      running: false,
      finalising: false,
      failed: null,
      usedAt: this.now(),
    };
    m.set(key, s);
    return s;
  }

  /** Forget `s` (if it is still the session of its key). */
  remove(s: LiveSession): void {
    const m = this.bySlot[s.slot]!;
    if (m.get(s.key) === s) m.delete(s.key);
  }

  /** Drop every session of a worker that stopped: its runs are gone with it. */
  clearSlot(slot: number): void {
    this.bySlot[slot]!.clear();
  }

  /** Drop sessions idle for longer than idleMs (oldest first: the maps are in last-use order). */
  expire(): void {
    const limit = this.now() - this.idleMs;
    for (const m of this.bySlot) {
      for (const s of m.values()) {
        if (s.usedAt > limit) break;
        if (s.finalising) continue;
        this.remove(s);
        this.expired++;
        this.onDrop(s);
      }
    }
  }
}
