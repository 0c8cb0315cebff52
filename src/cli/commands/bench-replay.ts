// Replay + grade used by the bench: the same runLog the server uses, then the seam evaluation.
import type { WorldInit } from '../../sim/world-state.ts';
import type { LoggedIntent } from '../../sim/intents.ts';
import { runLog, hashWorld } from '../../sim/world.ts';

export function benchReplayAndGrade(init: WorldInit, log: readonly LoggedIntent[]): string {
  const w = runLog(init, log);
  return hashWorld(w);
}
