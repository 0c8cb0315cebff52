// What a replay engine offers live verification (inside a worker thread): a run that takes an attempt's log in
// pieces, replays what is known, and finishes to exactly the result a replay from the start gives. The real one is
// scenario-live.ts; the log-hash stand-in's is here.
import type { VerifiedResult } from '../store/types.ts';
import { logHashReplay } from './log-hash-replay.ts';
import type { LiveHead } from './verifier.ts';

export interface LiveRun {
  /** The step the replay has reached (every step before it has run). */
  readonly tick: number;
  /** Check and hold more of the log (entries as the station sent them); throws AttemptRejected naming the problem. */
  append(entries: unknown[]): void;
  /** Replay at most `maxSteps` of the steps before `throughTick`; returns how many ran. */
  advance(throughTick: number, maxSteps: number): number;
  /** Whether an entry at `tick` appended now replays as it would from the start. */
  accepts(tick: number): boolean;
  /** Whether finishing at `endTick` still gives the replay from the start (the run has not gone past it). */
  canFinish(endTick: number | undefined): boolean;
  /** All entries are in: replay to the end, grade, hash. */
  finish(endTick: number | undefined): VerifiedResult;
}

/** Starts a live run of an exercise; throws AttemptRejected when it cannot be replayed here. */
export type OpenLive = (head: LiveHead) => LiveRun;

/**
 * The stand-in's live run: it only holds the entries and digests the whole log at the end (its replay is a digest
 * anyway), so with it every part of live verification but the scenario engine's continuation is exercised.
 */
export const openLogHashLive: OpenLive = (head) => {
  const log: unknown[] = [];
  let lastTick = 0;
  let through = 0;
  return {
    get tick() {
      return through;
    },
    append(entries) {
      for (const e of entries) {
        log.push(e);
        lastTick = Math.max(lastTick, (e as { tick: number }).tick);
      }
    },
    advance(throughTick, maxSteps) {
      const steps = Math.min(maxSteps, Math.max(0, throughTick - through));
      through += steps;
      return steps;
    },
    accepts: (tick) => tick >= lastTick,
    canFinish: () => true,
    finish: (endTick) => logHashReplay({ ...head, log, ...(endTick !== undefined ? { endTick } : {}) }),
  };
};
