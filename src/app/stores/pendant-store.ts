// What the teach pendant screen holds between button presses: jog settings, taught point names,
// the motion settings for the next instruction, and the program as the trainee entered it.
import { create } from 'zustand';
import type { JogFrame } from '../../sim/motion/motion-state.ts';
import type { WeaveSetting } from '../../sim/intents.ts';

export type MoveKind = 'J' | 'L' | 'C';

export interface ProgramLine {
  move: MoveKind;
  target: string;
  via?: string;
  speedMmPerS: number;
  zoneMm: number | 'fine';
  arc: boolean;
  weave?: WeaveSetting;
}

export interface PendantState {
  jogFrame: JogFrame;
  /** 0–5 */
  jogAxis: number;
  points: string[];
  /** The point the next MoveJ/MoveL goes to (MoveC: its end; the point before it is the via); null = the last. */
  targetPoint: string | null;
  speedMmPerS: number;
  /** 0 = fine (exact stop). */
  zoneMm: number;
  arcOnMove: boolean;
  weaveOn: boolean;
  weave: WeaveSetting;
  program: ProgramLine[];
  set: (patch: Partial<Omit<PendantState, 'set' | 'reset'>>) => void;
  reset: () => void;
}

export const JOG_FRAMES: readonly JogFrame[] = ['joint', 'base', 'tool', 'work'];

// Defaults a welding instructor would start a trainee on: 8 mm/s travel (domain §2.4: robot welding 2–25 mm/s),
// exact stops, no weave; a 4 mm / 1.5 Hz zig-zag ready to switch on.
const DEFAULTS = {
  jogFrame: 'base' as JogFrame,
  jogAxis: 0,
  points: [] as string[],
  targetPoint: null as string | null,
  speedMmPerS: 8,
  zoneMm: 0,
  arcOnMove: false,
  weaveOn: false,
  weave: { pattern: 'zigzag', widthMm: 4, frequencyHz: 1.5 } as WeaveSetting,
  program: [] as ProgramLine[],
};

export const usePendantStore = create<PendantState>()((set) => ({
  ...DEFAULTS,
  set: (patch) => set(patch),
  reset: () => set({ ...DEFAULTS, points: [], program: [] }),
}));
