// A robot program as plain data (domain/robots.md §3.3–3.4): named targets plus MoveJ / MoveL / MoveC
// instructions with speed, zone, arc flag and weave. It serialises as JSON and hashes with the world state.

/** A joint target (rad; m for prismatic axes), like ABB jointtarget / UR waypoint joints. */
export interface JointTarget {
  kind: 'joints';
  joints: number[];
}

/**
 * A Cartesian TCP pose in the work-object frame (Mat34, 12 numbers row-major, metres), like ABB robtarget.
 * `jointsHint` holds the joints recorded when the point was taught: MoveJ picks the IK solution nearest to it
 * (the role ABB confdata / FANUC "N U T" plays); without it the solution nearest the current joints is used.
 */
export interface PoseTarget {
  kind: 'pose';
  pose: number[];
  jointsHint?: number[];
}

export type MotionTarget = JointTarget | PoseTarget;

/**
 * MoveJ speed: FANUC `J P[1] 50%` (percent of every joint's max speed), URScript movej `v` (leading-axis
 * rad/s) or ABB speeddata (approximate TCP mm/s).
 */
export type JointSpeed =
  | { kind: 'percent'; percent: number }
  | { kind: 'radPerS'; radPerS: number }
  | { kind: 'mmPerS'; mmPerS: number };

/** `fine` = exact stop (ABB fine, FANUC FINE); a number = corner (blend) radius in mm (ABB z-zones, UR r). */
export type Zone = 'fine' | number;

export type WeavePattern = 'zigzag' | 'triangle' | 'circular' | 'sine';

/**
 * Weave data (ABB weavedata, FANUC weave schedule; domain/robots.md §3.4). Width is the total lateral extent
 * (peak to peak, ABB weave_width); frequency is the full-cycle frequency including the dwells, so a measured
 * path shows exactly the programmed frequency. Dwells hold the lateral position while travel continues.
 */
export interface WeaveData {
  pattern: WeavePattern;
  widthMm: number;
  frequencyHz: number;
  leftDwellS?: number;
  rightDwellS?: number;
  centreDwellS?: number;
  /** Total vertical extent for `triangle` (apex height) and `circular`; see weave.ts for the defaults. */
  heightMm?: number;
}

interface MoveCommon {
  zone: Zone;
  /** The arc burns along this move. Where the flag changes the point is an exact stop (§3.3 rule). */
  arc?: boolean;
  weave?: WeaveData;
}

export interface MoveJ extends MoveCommon {
  type: 'MoveJ';
  to: string;
  speed: JointSpeed;
}

export interface MoveL extends MoveCommon {
  type: 'MoveL';
  to: string;
  speedMmPerS: number;
}

export interface MoveC extends MoveCommon {
  type: 'MoveC';
  via: string;
  to: string;
  speedMmPerS: number;
}

export type MoveInstruction = MoveJ | MoveL | MoveC;

export interface MotionProgram {
  name?: string;
  targets: Record<string, MotionTarget>;
  instructions: MoveInstruction[];
}

/** Whether the robot may fly by the end point of instruction `i` into instruction `i + 1`. */
export function instructionBlendsOut(program: MotionProgram, i: number): boolean {
  const ins = program.instructions[i];
  const next = program.instructions[i + 1];
  if (!ins || !next || ins.zone === 'fine' || !(ins.zone > 0)) return false;
  // Arc start and arc end points are exact stops (domain/robots.md §3.3, KUKA ArcTech: ignition point
  // cannot be approximated).
  return (ins.arc ?? false) === (next.arc ?? false);
}
