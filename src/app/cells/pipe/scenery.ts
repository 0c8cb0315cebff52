// Static parts of the pipe cell, in the pipe frame (origin on the axis in the joint plane, +Y along the axis,
// +Z up): two pipe spools with the root gap between their bevels, on roller stands; the weld controller on its cart
// is in the world frame. Sizes and colours, each with its source, are in assets/models/pipe-cell.json.
import type { BufferGeometry } from 'three';
import type { PipeCellModel } from '../../models/model-schema.ts';
import { PartBuilder } from '../../models/part-builder.ts';
import { addParts, colorOf } from '../../models/parts.ts';
import data from '../../../../assets/models/pipe-cell.json';

// JSON infers arrays, not tuples: the schema's type is asserted here and checked by tests/app/asset-models.test.ts.
const model = data as unknown as PipeCellModel;
const color = (key: string): number => colorOf(model.colors, key);

/** Pipe OD when the workpiece gives none, mm. */
export const DEFAULT_PIPE_OD_MM = model.defaultPipe.odMm;
/** Where the controller cart stands (world x, y), m. */
export const CONTROLLER_CART_AT: readonly [number, number] = model.controllerCart.at;

export function buildPipeGeometry(odM: number, gapM: number): BufferGeometry {
  const r = odM / 2;
  const { lengthM: spool, bevelLandM: bevel, bevelInsetM: inset, segments } = model.spool;
  const b = new PartBuilder();
  for (const side of [-1, 1]) {
    const inner = side * (gapM / 2 + bevel);
    const outer = side * (gapM / 2 + spool);
    b.cylinder(r, spool - bevel, [0, (inner + outer) / 2, 0], 'y', color(model.spool.color), segments);
    b.cylinder(
      r - inset,
      bevel,
      [0, side * (gapM / 2 + bevel / 2), 0],
      'y',
      color(model.spool.bevelColor),
      segments,
      r - inset,
    );
  }
  return b.build();
}

/** Roller stands under the pipe along its axis; `axisHeight` = pipe axis above the floor. */
export function buildPipeStands(odM: number, axisHeight: number): BufferGeometry {
  const r = odM / 2;
  const s = model.stands;
  const STAND = color(s.color);
  const ROLLER = color(s.roller.color);
  const b = new PartBuilder();
  for (const y of s.alongAxisM) {
    const top = -r - s.rollerGapM;
    const floor = -axisHeight;
    b.box(s.basePlate, [0, y, floor + s.basePlate[2] / 2], STAND)
      .box(
        [s.columnSectionM, s.columnSectionM, top - floor - s.columnShortM],
        [0, y, (top + floor) / 2],
        STAND,
      )
      .box(s.saddle, [0, y, top - s.saddleBelowRollersM], STAND)
      .cylinder(
        s.roller.radiusM,
        s.roller.lengthM,
        [-s.roller.offsetXM, y, top],
        'y',
        ROLLER,
        s.roller.segments,
      )
      .cylinder(
        s.roller.radiusM,
        s.roller.lengthM,
        [s.roller.offsetXM, y, top],
        'y',
        ROLLER,
        s.roller.segments,
      );
  }
  return b.build();
}

/** Weld controller with its programming display, on a cart beside the pipe (world frame). */
export function buildControllerCart(x: number, y: number): BufferGeometry {
  return addParts(new PartBuilder(), model.controllerCart.parts, [x, y, 0], model.colors).build();
}
