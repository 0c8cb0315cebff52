// Static parts of the pipe cell, in the pipe frame (origin on the axis in the joint plane, +Y along the axis,
// +Z up): two pipe spools with the root gap between their bevels, on roller stands; the weld controller on its cart
// is in the world frame.
import type { BufferGeometry } from 'three';
import { PartBuilder } from '../../models/part-builder.ts';

const PIPE = 0x5d6166;
const BEVEL = 0x9aa0a6;
const STAND = 0x1f4e79;
const CONTROLLER = 0x2c6e49;

/** Each spool is 1.5 m long either side of the joint. */
const SPOOL_M = 1.5;
/** Bevel land shown as a bright ring 12 mm wide at each pipe end. */
const BEVEL_M = 0.012;

export function buildPipeGeometry(odM: number, gapM: number): BufferGeometry {
  const r = odM / 2;
  const b = new PartBuilder();
  for (const side of [-1, 1]) {
    const inner = side * (gapM / 2 + BEVEL_M);
    const outer = side * (gapM / 2 + SPOOL_M);
    b.cylinder(r, SPOOL_M - BEVEL_M, [0, (inner + outer) / 2, 0], 'y', PIPE, 48);
    b.cylinder(r - 0.002, BEVEL_M, [0, side * (gapM / 2 + BEVEL_M / 2), 0], 'y', BEVEL, 48, r - 0.002);
  }
  return b.build();
}

/** Roller stands under the pipe at ±1 m along the axis; `axisHeight` = pipe axis above the floor. */
export function buildPipeStands(odM: number, axisHeight: number): BufferGeometry {
  const r = odM / 2;
  const b = new PartBuilder();
  for (const y of [-1.0, 1.0]) {
    const top = -r - 0.03;
    const floor = -axisHeight;
    b.box([0.5, 0.35, 0.03], [0, y, floor + 0.015], STAND)
      .box([0.06, 0.06, top - floor - 0.05], [0, y, (top + floor) / 2], STAND)
      .box([0.36, 0.1, 0.05], [0, y, top - 0.04], STAND)
      .cylinder(0.035, 0.08, [-0.1, y, top], 'y', 0x222222, 16)
      .cylinder(0.035, 0.08, [0.1, y, top], 'y', 0x222222, 16);
  }
  return b.build();
}

/** Weld controller with its programming display, on a cart beside the pipe (world frame). */
export function buildControllerCart(x: number, y: number): BufferGeometry {
  return new PartBuilder()
    .box([0.5, 0.45, 0.04], [x, y, 0.5], 0x2b2f35)
    .box([0.04, 0.04, 0.5], [x - 0.22, y - 0.2, 0.25], 0x2b2f35)
    .box([0.04, 0.04, 0.5], [x + 0.22, y - 0.2, 0.25], 0x2b2f35)
    .box([0.04, 0.04, 0.5], [x - 0.22, y + 0.2, 0.25], 0x2b2f35)
    .box([0.04, 0.04, 0.5], [x + 0.22, y + 0.2, 0.25], 0x2b2f35)
    .box([0.42, 0.36, 0.4], [x, y, 0.72], CONTROLLER)
    .box([0.3, 0.01, 0.18], [x, y - 0.185, 0.78], 0x0b1a12)
    .build();
}
