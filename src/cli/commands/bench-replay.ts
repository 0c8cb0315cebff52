// Replay + grade used by the bench: the same runLog the server uses, then the ISO 5817 seam evaluation the
// scenario grading reads (src/scenario/world/bead-quality.ts).
import type { WorldInit } from '../../sim/world-state.ts';
import type { LoggedIntent } from '../../sim/intents.ts';
import { runLog, hashWorld } from '../../sim/world.ts';
import { beadQuality } from '../../scenario/world/bead-quality.ts';

export function benchReplayAndGrade(init: WorldInit, log: readonly LoggedIntent[]): string {
  const w = runLog(init, log);
  return `${hashWorld(w)}:${beadQuality(w).level}`;
}
