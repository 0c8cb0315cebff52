// Frames of a cell: world ← robot base ← flange ← TCP, and world ← work object (the part, or the positioner
// faceplate carrying it). Program points live in the work object (ABB wobjdata, domain/robots.md §3.2).
import type { WorldState } from '../world-state.ts';
import type { Vec3Tuple, RotationRows } from '../cell/types.ts';
import { getRobot } from '../robot/index.ts';
import { invert34, multiply34, mat34, setIdentity } from '../core/transform.ts';

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
let lastCell: object | null = null;
let lastWobjInBase: Float64Array | undefined;

/** Work object in the robot base frame (what the motion layer takes as `wobj`). */
export function workObjectInBase(w: WorldState, out: number[] | Float64Array): number[] | Float64Array {
  if (!w.positioner) {
    let c = w.cell === lastCell ? lastWobjInBase : fixedWobjInBase.get(w.cell);
    if (!c) {
      c = mat34();
      invert34(w.cell.robotBase, c);
      fixedWobjInBase.set(w.cell, c);
    }
    lastCell = w.cell;
    lastWobjInBase = c;
    for (let i = 0; i < 12; i++) out[i] = c[i]!;
    return out;
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
  // core multiply34's arithmetic, written out: the shared function sees every array kind in the program and
  // boxes what it reads; here it is always the same plain arrays, and no scratch copy is needed.
  const a = w.cell.robotBase,
    b = w.motion.tcp,
    out = w.tcpWorld;
  const a0 = a[0]!,
    a1 = a[1]!,
    a2 = a[2]!,
    a3 = a[3]!;
  const a4 = a[4]!,
    a5 = a[5]!,
    a6 = a[6]!,
    a7 = a[7]!;
  const a8 = a[8]!,
    a9 = a[9]!,
    a10 = a[10]!,
    a11 = a[11]!;
  const b0 = b[0]!,
    b1 = b[1]!,
    b2 = b[2]!,
    b3 = b[3]!;
  const b4 = b[4]!,
    b5 = b[5]!,
    b6 = b[6]!,
    b7 = b[7]!;
  const b8 = b[8]!,
    b9 = b[9]!,
    b10 = b[10]!,
    b11 = b[11]!;
  out[0] = a0 * b0 + a1 * b4 + a2 * b8;
  out[1] = a0 * b1 + a1 * b5 + a2 * b9;
  out[2] = a0 * b2 + a1 * b6 + a2 * b10;
  out[3] = a0 * b3 + a1 * b7 + a2 * b11 + a3;
  out[4] = a4 * b0 + a5 * b4 + a6 * b8;
  out[5] = a4 * b1 + a5 * b5 + a6 * b9;
  out[6] = a4 * b2 + a5 * b6 + a6 * b10;
  out[7] = a4 * b3 + a5 * b7 + a6 * b11 + a7;
  out[8] = a8 * b0 + a9 * b4 + a10 * b8;
  out[9] = a8 * b1 + a9 * b5 + a10 * b9;
  out[10] = a8 * b2 + a9 * b6 + a10 * b10;
  out[11] = a8 * b3 + a9 * b7 + a10 * b11 + a11;
}
