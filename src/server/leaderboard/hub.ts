// Live leaderboard over server-sent events. The database is the source of truth: while anyone watches an event,
// its standings are recomputed from the store on a short poll (so submissions taken by another server process
// behind the same PostgreSQL show up too) and at once after a local change; clients get a message only when the
// standings actually changed.
import type { Store } from '../store/types.ts';
import { computeStandings, type Standings } from './standings.ts';

type Send = (json: string) => void;

interface Watch {
  subscribers: Set<Send>;
  last: string;
  timer: NodeJS.Timeout;
  running: boolean;
  again: boolean;
}

export class LeaderboardHub {
  private readonly watches = new Map<number, Watch>();

  constructor(
    private readonly store: Store,
    private readonly pollMs = 1000,
  ) {}

  async standings(eventId: number): Promise<Standings | null> {
    const event = await this.store.getEvent(eventId);
    if (!event) return null;
    const [rounds, stations, attempts] = await Promise.all([
      this.store.listRounds(eventId),
      this.store.listStations(eventId),
      this.store.listAttempts({ eventId }),
    ]);
    return computeStandings(event, rounds, stations, attempts);
  }

  /** Starts sending `send(json)` for this event; returns the function that stops it. */
  subscribe(eventId: number, send: Send): () => void {
    let w = this.watches.get(eventId);
    if (!w) {
      const watch: Watch = {
        subscribers: new Set(),
        last: '',
        running: false,
        again: false,
        timer: setInterval(() => void this.refresh(eventId), this.pollMs),
      };
      watch.timer.unref();
      this.watches.set(eventId, watch);
      w = watch;
    }
    w.subscribers.add(send);
    if (w.last) send(w.last);
    else void this.refresh(eventId);
    return () => {
      const cur = this.watches.get(eventId);
      if (!cur) return;
      cur.subscribers.delete(send);
      if (cur.subscribers.size === 0) {
        clearInterval(cur.timer);
        this.watches.delete(eventId);
      }
    };
  }

  /** A local change: refresh now rather than at the next poll. */
  notify(eventId: number): void {
    if (this.watches.has(eventId)) void this.refresh(eventId);
  }

  watchers(eventId: number): number {
    return this.watches.get(eventId)?.subscribers.size ?? 0;
  }

  close(): void {
    for (const w of this.watches.values()) clearInterval(w.timer);
    this.watches.clear();
  }

  private async refresh(eventId: number): Promise<void> {
    const w = this.watches.get(eventId);
    if (!w) return;
    if (w.running) {
      w.again = true; // coalesce bursts of submissions into one recomputation after the current one
      return;
    }
    w.running = true;
    try {
      do {
        w.again = false;
        const s = await this.standings(eventId).catch(() => null);
        if (!s) continue;
        const json = JSON.stringify(s);
        if (json !== w.last) {
          w.last = json;
          for (const send of w.subscribers) send(json);
        }
      } while (w.again);
    } finally {
      w.running = false;
    }
  }
}
