// The teach pendant screen shows the controller's program: after a scenario starts with a taught program, or a
// resume rebuilt one, the pendant's point list and program lines are read back from the world.
import type { MoveInstruction } from '../../sim/motion/program.ts';
import type { WorldState } from '../../sim/world-state.ts';
import type { ProgramLine } from '../stores/pendant-store.ts';
import { usePendantStore } from '../stores/pendant-store.ts';

export function programLine(ins: MoveInstruction): ProgramLine {
  const common = {
    target: ins.to,
    zoneMm: ins.zone,
    arc: ins.arc ?? false,
    ...(ins.weave
      ? {
          weave: {
            pattern: ins.weave.pattern,
            widthMm: ins.weave.widthMm,
            frequencyHz: ins.weave.frequencyHz,
          },
        }
      : {}),
  };
  if (ins.type === 'MoveJ') {
    const speed = ins.speed.kind === 'mmPerS' ? ins.speed.mmPerS : 0;
    return { move: 'J', speedMmPerS: speed, ...common };
  }
  if (ins.type === 'MoveL') return { move: 'L', speedMmPerS: ins.speedMmPerS, ...common };
  return { move: 'C', via: ins.via, speedMmPerS: ins.speedMmPerS, ...common };
}

/** Point names and program lines as the controller holds them. */
export function syncPendantFromWorld(world: WorldState): void {
  usePendantStore.getState().set({
    points: Object.keys(world.program.targets),
    targetPoint: null,
    program: world.program.instructions.map(programLine),
  });
}
