// Static parts of the industrial cell: robot riser, guard fence with a light-curtain opening and an interlocked
// door, torch cleaning station, operator panel, pendant hook. One merged geometry per material. Sizes and colours,
// each with its source, are in assets/models/industrial-cell.json.
import type { BufferGeometry } from 'three';
import type { IndustrialCellModel } from '../../models/model-schema.ts';
import { PartBuilder } from '../../models/part-builder.ts';
import { addParts, colorOf } from '../../models/parts.ts';
import { fencePosts } from '../common/shop-items.ts';
import type { CellConfig } from '../../../sim/cell/types.ts';
import data from '../../../../assets/models/industrial-cell.json';

// JSON infers arrays, not tuples: the schema's type is asserted here and checked by tests/app/asset-models.test.ts.
const model = data as unknown as IndustrialCellModel;
const color = (key: string): number => colorOf(model.colors, key);

/** Fence footprint (sim world) and height, m. */
export const FENCE_BOUNDS: {
  readonly x0: number;
  readonly x1: number;
  readonly y0: number;
  readonly y1: number;
  readonly height: number;
} = {
  x0: model.fence.x0,
  x1: model.fence.x1,
  y0: model.fence.y0,
  y1: model.fence.y1,
  height: model.fence.height,
};
const CURTAIN_WIDTH_M = model.lightCurtain.widthM;
const CURTAIN_HEIGHT_M = model.lightCurtain.heightM;

/** The loading opening on the trainee's side (y0), in front of the positioner, guarded by the light curtain. */
export function curtainOf(cell: CellConfig): { x0: number; x1: number; y: number; height: number } {
  const { x0, x1, y0 } = FENCE_BOUNDS;
  const px = cell.positionerBase?.[3] ?? (x0 + x1) / 2;
  const half = CURTAIN_WIDTH_M / 2;
  const clear = model.lightCurtain.clearFromCornersM;
  // Centred on the positioner, kept clear of the corner posts and of the door side.
  const c = Math.min(Math.max(px, x0 + half + clear), x1 - half - clear);
  return { x0: c - half, x1: c + half, y: y0, height: CURTAIN_HEIGHT_M };
}
/** The interlocked door on the left side (hinged at y0). */
export const DOOR: { readonly x: number; readonly y0: number; readonly y1: number; readonly height: number } =
  {
    x: model.door.x,
    y0: model.door.y0,
    y1: model.door.y1,
    height: model.door.height,
  };

export interface IndustrialScenery {
  painted: BufferGeometry;
  mesh: BufferGeometry;
  beams: BufferGeometry;
}

export function buildIndustrialScenery(cell: CellConfig): IndustrialScenery {
  const { x0, x1, y0, y1, height } = FENCE_BOUNDS;
  const CURTAIN = curtainOf(cell);
  const gap = model.lightCurtain.fenceGapM;
  const FENCE = color(model.fence.color);
  // The riser the robot stands on: from the floor to the robot base of the cell shown.
  const r = model.riser;
  const bx = cell.robotBase[3] ?? 0;
  const by = cell.robotBase[7] ?? 0;
  const riser = cell.robotBase[11] ?? 0;
  const plate = r.basePlate[2];
  const p = new PartBuilder().box(r.basePlate, [bx, by, plate / 2], color(r.color));
  if (riser > r.minColumnM)
    p.box([r.column[0], r.column[1], riser - plate], [bx, by, plate + (riser - plate) / 2], color(r.color));
  // Fence posts and rails: back, right, the two front sections beside the light curtain, the left around the door.
  fencePosts(p, [x0, y1, 0], [x1, y1, 0], height, FENCE);
  fencePosts(p, [x1, y0, 0], [x1, y1, 0], height, FENCE);
  fencePosts(p, [x0, y0, 0], [CURTAIN.x0 - gap, y0, 0], height, FENCE);
  fencePosts(p, [CURTAIN.x1 + gap, y0, 0], [x1, y0, 0], height, FENCE);
  fencePosts(p, [x0, y0, 0], [x0, DOOR.y0, 0], height, FENCE);
  fencePosts(p, [x0, DOOR.y1, 0], [x0, y1, 0], height, FENCE);
  // Light-curtain emitter and receiver columns.
  const post = model.lightCurtain.columnSectionM;
  const sw = model.interlockSwitch;
  p.box(
    [post, post, CURTAIN.height],
    [CURTAIN.x0 - post, y0, CURTAIN.height / 2],
    color(model.lightCurtain.columnColor),
  )
    .box(
      [post, post, CURTAIN.height],
      [CURTAIN.x1 + post, y0, CURTAIN.height / 2],
      color(model.lightCurtain.columnColor),
    )
    // Door interlock switch on the post.
    .box(sw.size, [x0 + sw.offsetM[0], DOOR.y1 + sw.offsetM[1], sw.offsetM[2]], color(sw.color));
  // Torch cleaning station (reamer, sprayer, wire cutter) on a stand inside the cell.
  addParts(p, model.torchCleaningStation.parts, [0, 0, 0], model.colors);
  // Operator panel outside the fence with cycle start / stop and the pendant hook.
  addParts(p, model.operatorPanel.parts, [0, 0, 0], model.colors);

  // Wire-mesh infill, translucent.
  const mi = model.meshInfill;
  const t = mi.thicknessM;
  const mh = height - mi.shortOfFenceM;
  const mz = height / 2 + mi.raisedM;
  const MESH = color(mi.color);
  const m = new PartBuilder()
    .box([x1 - x0, t, mh], [(x0 + x1) / 2, y1, mz], MESH)
    .box([t, y1 - y0, mh], [x1, 0, mz], MESH)
    .box([CURTAIN.x0 - gap - x0, t, mh], [(x0 + CURTAIN.x0 - gap) / 2, y0, mz], MESH)
    .box([x1 - CURTAIN.x1 - gap, t, mh], [(CURTAIN.x1 + gap + x1) / 2, y0, mz], MESH)
    .box([t, DOOR.y0 - y0, mh], [x0, (y0 + DOOR.y0) / 2, mz], MESH)
    .box([t, y1 - DOOR.y1, mh], [x0, (DOOR.y1 + y1) / 2, mz], MESH);

  // Light-curtain beams (infrared in reality; drawn faint red so trainees see the protected field).
  const bm = model.beams;
  const beams = new PartBuilder();
  for (let z = bm.lowestM; z <= CURTAIN.height - bm.belowTopM; z += bm.pitchM) {
    beams.box(
      [CURTAIN.x1 - CURTAIN.x0 + bm.overlapM, bm.sectionM, bm.sectionM],
      [(CURTAIN.x0 + CURTAIN.x1) / 2, y0, z],
      color(bm.color),
    );
  }
  return { painted: p.build(), mesh: m.build(), beams: beams.build() };
}

/** The door leaf, hinged on its y0 edge (the hinge is the group origin). */
export function buildDoorLeaf(): BufferGeometry {
  const w = DOOR.y1 - DOOR.y0;
  const d = model.doorLeaf;
  const s = d.sectionM;
  const FENCE = color(model.fence.color);
  const hd = d.handle;
  return new PartBuilder()
    .box([s, w, s], [0, w / 2, d.bottomRailM], FENCE)
    .box([s, w, s], [0, w / 2, DOOR.height - s / 2], FENCE)
    .box([s, s, DOOR.height], [0, s / 2, DOOR.height / 2], FENCE)
    .box([s, s, DOOR.height], [0, w - s / 2, DOOR.height / 2], FENCE)
    .box(
      [d.infillThicknessM, w - d.infillInsetM, DOOR.height - 2 * d.bottomRailM],
      [0, w / 2, DOOR.height / 2],
      color(d.infillColor),
    )
    .box(hd.size, [hd.size[0] / 2, w - hd.inFromFreeEdgeM, hd.heightM], color(hd.color))
    .build();
}
