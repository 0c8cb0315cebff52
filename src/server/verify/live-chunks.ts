// Taking a chunk of an attempt being made: where it must start (the entries held), what its ticks may be (not
// before the previous chunk's throughTick, never going back), and retries (the last chunk again is answered with
// the current state). Runs on the HTTP thread, synchronously, so two chunks of one session never interleave.
import { sha256Hex, sortedJson } from './digest.ts';
import { liveKey, type LiveSession, type LiveTable } from './live-table.ts';
import { MAX_LOG_ENTRIES, type LiveChunk, type LiveOutcome, type LiveState } from './verifier.ts';

export function liveState(s: LiveSession): LiveState {
  return { received: s.received, throughTick: s.throughTick, replayedThroughTick: s.replayedThroughTick };
}

const sameHead = (s: LiveSession, c: LiveChunk) =>
  s.head.scenarioId === c.scenarioId &&
  String(s.head.version) === String(c.version) &&
  s.head.seed === c.seed;

/** Checks `chunk` against its session and takes it; returns the session to replay when it was taken. */
export function acceptChunk(
  table: LiveTable,
  chunk: LiveChunk,
): { outcome: LiveOutcome; session?: LiveSession } {
  const key = liveKey(chunk.stationId, chunk.idempotencyKey);
  const s = table.get(key);
  if (s?.finalising) return { outcome: { kind: 'finalising' } };
  if (s && !sameHead(s, chunk)) return { outcome: { kind: 'head-mismatch', head: s.head } };
  const received = s?.received ?? 0;
  if (chunk.from !== received) {
    const last = s?.lastChunk;
    if (
      s &&
      last &&
      last.from === chunk.from &&
      last.count === chunk.log.length &&
      last.throughTick === chunk.throughTick &&
      last.digest === sha256Hex(sortedJson(chunk.log))
    ) {
      table.touch(s);
      return { outcome: { kind: 'duplicate', state: liveState(s) } };
    }
    return { outcome: { kind: 'out-of-order', expectedFrom: received } };
  }
  const previousThrough = s?.throughTick ?? 0;
  if (chunk.throughTick < previousThrough)
    return {
      outcome: { kind: 'through-tick-back', throughTick: chunk.throughTick, previous: previousThrough },
    };
  if (received + chunk.log.length > MAX_LOG_ENTRIES)
    return { outcome: { kind: 'too-many-entries', received, max: MAX_LOG_ENTRIES } };
  let lastTick = s?.lastEntryTick ?? -1;
  for (let i = 0; i < chunk.log.length; i++) {
    const tick = chunk.log[i]!.tick;
    if (tick < previousThrough)
      return {
        outcome: { kind: 'tick-before', index: i, tick, limit: previousThrough, what: 'throughTick' },
      };
    if (tick < lastTick)
      return { outcome: { kind: 'tick-before', index: i, tick, limit: lastTick, what: 'entry' } };
    lastTick = tick;
  }
  const session =
    s ?? table.create(key, { scenarioId: chunk.scenarioId, version: chunk.version, seed: chunk.seed });
  session.received += chunk.log.length;
  for (const e of chunk.log) session.unsent.push(e);
  session.throughTick = chunk.throughTick;
  session.lastEntryTick = lastTick;
  session.lastChunk = {
    from: chunk.from,
    count: chunk.log.length,
    throughTick: chunk.throughTick,
    digest: sha256Hex(sortedJson(chunk.log)),
  };
  table.touch(session);
  return { outcome: { kind: 'accepted', state: liveState(session) }, session };
}
