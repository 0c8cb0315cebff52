// Motion events: reported, never thrown. The world step turns them into SimEvents (src/sim/events.ts).

export type MotionEventCode =
  /** An instruction reached its end point (fine) or entered its corner zone (fly-by). */
  | 'move-complete'
  /** The last instruction completed. */
  | 'program-end'
  /** A target, or a point on the path, has no IK solution (ABB 50080 "Position not compatible"). */
  | 'unreachable'
  /** The path needs a joint beyond its limit (soft-limit overtravel alarm). */
  | 'joint-limit'
  /** Joint rates blow up near a wrist/shoulder/elbow singularity (ABB 50026, FANUC MOTN-023). */
  | 'singularity'
  /** The IK branch jumps: "configuration change in linear move" (domain/robots.md §1.6). */
  | 'configuration-change'
  /** A Cartesian move was slowed to keep every joint within its max speed (warning, motion continues). */
  | 'joint-speed-limited'
  /** The robot stands at an arc start point / arc end point (the weld sequence runs now). */
  | 'arc-start-point'
  | 'arc-end-point'
  /** Pause or stop completed: the robot stands still on its path. */
  | 'paused'
  | 'stopped'
  /** The instruction cannot be executed as written (missing target, collinear MoveC points, bad speed). */
  | 'invalid-instruction'
  /** A pendant command was refused in the current state (e.g. run while in error). */
  | 'command-rejected'
  /** Hand guiding or jogging stopped at the edge of the workspace, a joint limit or a singularity. */
  | 'guiding-limit';

export interface MotionEvent {
  code: MotionEventCode;
  /** Motion time (s) when it happened. */
  tS: number;
  /** Program instruction index, −1 when not in a program. */
  instruction: number;
  /** English text: what happened, where, and what would be right. */
  text: string;
  data?: Record<string, number | string | boolean>;
}

/** Upper bound per step so a runaway cannot grow the state. */
export const MAX_MOTION_EVENTS = 64;

export function pushMotionEvent(
  events: MotionEvent[],
  code: MotionEventCode,
  tS: number,
  instruction: number,
  text: string,
  data?: Record<string, number | string | boolean>,
): void {
  if (events.length >= MAX_MOTION_EVENTS) return;
  const e: MotionEvent = { code, tS, instruction, text };
  if (data) e.data = data;
  events.push(e);
}
