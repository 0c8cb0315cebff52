// Cutting the running attempt's input log into live-upload chunks: the entries from where the server's copy ends,
// and the step below which the server now has every entry (`throughTick`), so it can replay that far.
import type { LoggedAnyIntent } from '../../scenario/index.ts';
import type { LogEntryJson } from './types.ts';

/** At most this many entries per request (about 150 kB; the server's body limit is 2 MiB). */
export const LIVE_MAX_ENTRIES = 2000;

export interface LiveChunk {
  /** Index of the chunk's first entry in the attempt's log. */
  from: number;
  log: LogEntryJson[];
  /** Every entry with a smaller tick is in this chunk or was sent before it. */
  throughTick: number;
}

/**
 * The chunk that follows the server's first `from` entries of `log`, for a run that has completed `tick` steps.
 * Entries are logged at the step they take effect, and a run logs nothing at or beyond its current tick, so a
 * chunk that reaches the end of the log vouches for every tick below `tick`. A chunk cut at `max` entries vouches
 * only for the ticks before the first entry it leaves out (entries of that same tick may be among those left out).
 */
export function nextLiveChunk(
  log: readonly LoggedAnyIntent[],
  from: number,
  tick: number,
  max: number = LIVE_MAX_ENTRIES,
): LiveChunk {
  const start = Math.max(0, Math.min(Math.trunc(from), log.length));
  const end = Math.min(log.length, start + Math.max(1, Math.trunc(max)));
  const entries = log.slice(start, end).map((e) => ({ tick: e.tick, intent: e.intent }));
  const throughTick = end < log.length ? Math.min(tick, log[end]!.tick) : tick;
  return { from: start, log: entries, throughTick };
}
