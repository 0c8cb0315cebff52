// Frames of a cell: world ← robot base ← flange ← TCP, and world ← work object (the part, or the positioner
// faceplate carrying it). Program points live in the work object (ABB wobjdata, domain/robots.md §3.2).
import type { WorldState } from '../world-state.ts';
import type { Vec3Tuple, RotationRows } from '../cell/types.ts';
import { getRobot } from '../robot/index.ts';
import { invert34, multiply34, mat34, setIdentity, copy34 } from '../core/transform.ts';

const scratchA = mat34();
const scratchB = mat34();
const baseInv = mat34();

/** Work object in the world frame: identity, or the positioner faceplate. Writes `out`. */
export function workObjectInWorld(w: WorldState, out: number[] | Float64Array): number[] | Float64Array {
  if (w.positioner && w.cell.positionerBase) {
    const pos = getRobot(w.positioner.robotId);
    if (pos) {
      pos.fk(w.positioner.q, scratchA);
      return multiply34(w.cell.positionerBase, scratchA, out);
    }
  }
  return setIdentity(out);
}

// Derived cache: without a positioner the work object is fixed, so base⁻¹·wobj is computed once per cell.
const fixedWobjInBase = new WeakMap<object, Float64Array>();

/** Work object in the robot base frame (what the motion layer takes as `wobj`). */
export function workObjectInBase(w: WorldState, out: number[] | Float64Array): number[] | Float64Array {
  if (!w.positioner) {
    let c = fixedWobjInBase.get(w.cell);
    if (!c) {
      c = mat34();
      invert34(w.cell.robotBase, c);
      fixedWobjInBase.set(w.cell, c);
    }
    return copy34(c, out);
  }
  workObjectInWorld(w, scratchB);
  invert34(w.cell.robotBase, baseInv);
  return multiply34(baseInv, scratchB, out);
}

/** A world-frame hand pose → a TCP target in the robot base frame (Mat34 as a plain array). */
export function worldToBase(w: WorldState, position: Vec3Tuple, rotation?: RotationRows): number[] {
  const t = mat34();
  if (rotation) {
    for (let i = 0; i < 3; i++) {
      t[i * 4] = rotation[i]![0];
      t[i * 4 + 1] = rotation[i]![1];
      t[i * 4 + 2] = rotation[i]![2];
    }
  } else {
    // Keep the current tool orientation: copy it from the TCP in the world.
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) t[i * 4 + j] = w.tcpWorld[i * 4 + j]!;
  }
  t[3] = position[0];
  t[7] = position[1];
  t[11] = position[2];
  invert34(w.cell.robotBase, baseInv);
  return Array.from(multiply34(baseInv, t, mat34()));
}

/** A pose in the robot base frame → the work-object frame. */
export function baseToWork(w: WorldState, poseInBase: ArrayLike<number>): number[] {
  workObjectInBase(w, scratchA);
  invert34(scratchA, scratchB);
  return Array.from(multiply34(scratchB, poseInBase, mat34()));
}

/** The current TCP in the work-object frame (for recording taught points). */
export function tcpInWork(w: WorldState): number[] {
  return baseToWork(w, w.motion.tcp);
}

/** TCP in the world: base · tcp(base frame). Writes into w.tcpWorld. */
export function updateTcpWorld(w: WorldState): void {
  multiply34(w.cell.robotBase, w.motion.tcp, scratchA);
  copy34(scratchA, w.tcpWorld);
}
