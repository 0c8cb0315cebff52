// Live upload of a running competition attempt, best effort: every few seconds the log entries the server does not
// have yet go to `POST /api/attempts/live`, so judges can follow the attempt and the server can replay ahead.
// It never blocks the trainee: failures back off and retry, a refusal or a server without live support ends it
// quietly. The final submission (POST /api/attempts, the whole log) is what counts, whatever happened here.
import type { LoggedAnyIntent } from '../../scenario/index.ts';
import { nextLiveChunk, LIVE_MAX_ENTRIES } from './live-chunk.ts';
import { isServerError, type ServerError } from './server-error.ts';
import type { LiveAnswer, LiveBody } from './types.ts';

/** "every ~5 s of wall time" */
export const LIVE_INTERVAL_MS = 5000;
export const LIVE_MAX_BACKOFF_MS = 60_000;
/** Resends in one go after out-of-order answers or cut chunks before waiting for the next interval. */
const MAX_SENDS_PER_TURN = 8;

export type LiveStopReason =
  /** The server has no live endpoint (404), or its verifier keeps no live sessions (503 live-unavailable). */
  | 'not-supported'
  /** The final submission is in: the server wants no more live entries. */
  | 'already-submitted'
  /** The server refused (4xx) or asked for entries this station no longer has. */
  | 'refused'
  /** The attempt ended or the station left the run. */
  | 'ended';

export interface LiveSource {
  log: readonly LoggedAnyIntent[];
  /** Steps completed: every entry of `log` has a smaller tick. */
  tick: number;
}

export type LiveAttempt = Omit<LiveBody, 'from' | 'log' | 'throughTick'>;

export interface LiveUploaderOptions {
  attempt: LiveAttempt;
  /** What may be sent now (null: nothing yet). */
  read(): LiveSource | null;
  /** One request; rejects with a ServerError. */
  send(body: LiveBody, signal: AbortSignal): Promise<LiveAnswer>;
  /** @default LIVE_INTERVAL_MS */
  intervalMs?: number;
  /** @default LIVE_MAX_BACKOFF_MS */
  maxBackoffMs?: number;
  /** @default LIVE_MAX_ENTRIES */
  maxEntries?: number;
}

export interface LiveStatus {
  /** Entries the server has confirmed. */
  confirmed: number;
  /** The highest throughTick the server confirmed. */
  throughTick: number;
  /** How far the server's own replay has got, as it last said. */
  replayedThroughTick: number | null;
  /** Failed sends in a row (network, 5xx). */
  failures: number;
  stopped: LiveStopReason | null;
  lastError: ServerError | null;
}

export class LiveUploader {
  private readonly o: Required<Omit<LiveUploaderOptions, 'attempt' | 'read' | 'send'>> &
    Pick<LiveUploaderOptions, 'attempt' | 'read' | 'send'>;
  private readonly st: LiveStatus = {
    confirmed: 0,
    throughTick: 0,
    replayedThroughTick: null,
    failures: 0,
    stopped: null,
    lastError: null,
  };
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly abort = new AbortController();
  private busy: Promise<void> | null = null;

  constructor(opts: LiveUploaderOptions) {
    this.o = {
      intervalMs: LIVE_INTERVAL_MS,
      maxBackoffMs: LIVE_MAX_BACKOFF_MS,
      maxEntries: LIVE_MAX_ENTRIES,
      ...opts,
    };
  }

  get status(): Readonly<LiveStatus> {
    return this.st;
  }

  /** Send every interval until stopped; returns the stop function. */
  start(): () => void {
    this.schedule(this.o.intervalMs);
    return () => this.stop();
  }

  stop(reason: LiveStopReason = 'ended'): void {
    this.st.stopped ??= reason;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.abort.abort();
  }

  private schedule(ms: number): void {
    if (this.st.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.turn().then((next) => this.schedule(next));
    }, ms);
  }

  /**
   * One turn: send what is new (resending from where the server says its copy ends, and the rest of a cut chunk)
   * and answer how long to wait before the next turn.
   */
  async turn(): Promise<number> {
    if (this.busy) await this.busy;
    let wait = this.o.intervalMs;
    const work = (async () => {
      for (let i = 0; i < MAX_SENDS_PER_TURN && !this.st.stopped; i++) {
        const again = await this.sendOnce();
        if (again === 'done') break;
        if (typeof again === 'number') {
          wait = again;
          break;
        }
      }
    })();
    this.busy = work;
    try {
      await work;
    } finally {
      this.busy = null;
    }
    return wait;
  }

  /** 'again': send the next chunk now; 'done': nothing more this turn; a number: back off that long. */
  private async sendOnce(): Promise<'again' | 'done' | number> {
    const src = this.o.read();
    if (!src) return 'done';
    const chunk = nextLiveChunk(src.log, this.st.confirmed, src.tick, this.o.maxEntries);
    if (chunk.log.length === 0 && chunk.throughTick <= this.st.throughTick) return 'done';
    const body: LiveBody = { ...this.o.attempt, ...chunk };
    try {
      const answer = await this.o.send(body, this.abort.signal);
      this.st.confirmed = chunk.from + chunk.log.length;
      this.st.throughTick = Math.max(this.st.throughTick, chunk.throughTick);
      const replayed = answer?.live?.replayedThroughTick;
      if (typeof replayed === 'number') this.st.replayedThroughTick = replayed;
      this.st.failures = 0;
      this.st.lastError = null;
      return this.st.confirmed < src.log.length ? 'again' : 'done';
    } catch (e) {
      if (!isServerError(e)) throw e;
      return this.refused(e, src.log.length);
    }
  }

  private refused(e: ServerError, have: number): 'again' | 'done' | number {
    this.st.lastError = e;
    if (e.code === 'aborted') return 'done';
    // An older server without the route, or one whose verifier keeps no live sessions: the final submission is
    // all it takes.
    if (e.status === 404 || e.code === 'live-unavailable') {
      this.stop('not-supported');
      return 'done';
    }
    if (e.status === 409 && e.code === 'attempt-already-submitted') {
      this.stop('already-submitted');
      return 'done';
    }
    if (e.status === 409 && e.code === 'live-out-of-order') {
      const n = e.details.expectedFrom;
      // The server's copy ends elsewhere (a reload, a lost answer): resend from there, when this station has it.
      if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= have) {
        this.st.confirmed = n;
        if (n === 0) this.st.throughTick = 0;
        return 'again';
      }
      this.stop('refused');
      return 'done';
    }
    if (e.retryable) {
      this.st.failures++;
      const backoff = Math.min(this.o.maxBackoffMs, this.o.intervalMs * 2 ** (this.st.failures - 1));
      return e.retryAfterS !== null ? Math.min(this.o.maxBackoffMs, e.retryAfterS * 1000) : backoff;
    }
    this.stop('refused');
    return 'done';
  }
}
