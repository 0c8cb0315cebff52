// Static parts of the industrial cell: robot riser, guard fence with a light-curtain opening and an interlocked
// door, torch cleaning station, operator panel, pendant hook. One merged geometry per material.
import type { BufferGeometry } from 'three';
import { PartBuilder } from '../../models/part-builder.ts';
import { fencePosts } from '../common/shop-items.ts';
import type { CellConfig } from '../../../sim/cell/types.ts';

const RISER = 0x33383e;
const FENCE = 0xe2b007;
const CURTAIN_POST = 0x2a2d31;
const STATION = 0x4b5560;
const PANEL = 0x3a3f45;

/** Fence footprint (sim world): x from −1.3 to 2.3, y from −1.7 to 1.7, 2.0 m high (ISO 14120 guards ≥ 1.4 m). */
export const FENCE_BOUNDS = { x0: -1.3, x1: 2.3, y0: -1.7, y1: 1.7, height: 2.0 } as const;
/** Width and height of the loading opening on the trainee's side, guarded by the light curtain, m [model]. */
const CURTAIN_WIDTH_M = 1.2;
const CURTAIN_HEIGHT_M = 1.8;

/** The loading opening on the trainee's side (y0), in front of the positioner, guarded by the light curtain. */
export function curtainOf(cell: CellConfig): { x0: number; x1: number; y: number; height: number } {
  const { x0, x1, y0 } = FENCE_BOUNDS;
  const px = cell.positionerBase?.[3] ?? (x0 + x1) / 2;
  const half = CURTAIN_WIDTH_M / 2;
  // Centred on the positioner, kept 0.15 m clear of the corner posts and of the door side.
  const c = Math.min(Math.max(px, x0 + half + 0.15), x1 - half - 0.15);
  return { x0: c - half, x1: c + half, y: y0, height: CURTAIN_HEIGHT_M };
}
/** The interlocked door on the left side (hinged at y0). */
export const DOOR = { x: -1.3, y0: -0.5, y1: 0.5, height: 1.9 } as const;

export interface IndustrialScenery {
  painted: BufferGeometry;
  mesh: BufferGeometry;
  beams: BufferGeometry;
}

export function buildIndustrialScenery(cell: CellConfig): IndustrialScenery {
  const { x0, x1, y0, y1, height } = FENCE_BOUNDS;
  const CURTAIN = curtainOf(cell);
  // The riser the robot stands on: from the floor to the robot base of the cell shown.
  const bx = cell.robotBase[3] ?? 0;
  const by = cell.robotBase[7] ?? 0;
  const riser = cell.robotBase[11] ?? 0;
  const p = new PartBuilder().box([0.6, 0.6, 0.02], [bx, by, 0.01], RISER);
  if (riser > 0.03) p.box([0.5, 0.5, riser - 0.02], [bx, by, 0.02 + (riser - 0.02) / 2], RISER);
  // Fence posts and rails: back, right, the two front sections beside the light curtain, the left around the door.
  fencePosts(p, [x0, y1, 0], [x1, y1, 0], height, FENCE);
  fencePosts(p, [x1, y0, 0], [x1, y1, 0], height, FENCE);
  fencePosts(p, [x0, y0, 0], [CURTAIN.x0 - 0.1, y0, 0], height, FENCE);
  fencePosts(p, [CURTAIN.x1 + 0.1, y0, 0], [x1, y0, 0], height, FENCE);
  fencePosts(p, [x0, y0, 0], [x0, DOOR.y0, 0], height, FENCE);
  fencePosts(p, [x0, DOOR.y1, 0], [x0, y1, 0], height, FENCE);
  // Light-curtain emitter and receiver columns.
  p.box([0.05, 0.05, CURTAIN.height], [CURTAIN.x0 - 0.05, y0, CURTAIN.height / 2], CURTAIN_POST)
    .box([0.05, 0.05, CURTAIN.height], [CURTAIN.x1 + 0.05, y0, CURTAIN.height / 2], CURTAIN_POST)
    // Door interlock switch on the post.
    .box([0.05, 0.08, 0.12], [x0 + 0.04, DOOR.y1 + 0.03, 1.1], 0xd0d0d0);
  // Torch cleaning station (reamer, sprayer, wire cutter) on a stand inside the cell.
  p.box([0.1, 0.1, 0.9], [-0.7, 0.9, 0.45], STATION)
    .box([0.35, 0.3, 0.3], [-0.7, 0.9, 1.05], STATION)
    .cylinder(0.03, 0.08, [-0.78, 0.9, 1.24], 'z', 0x9aa3ab, 14)
    .cylinder(0.02, 0.05, [-0.62, 0.9, 1.225], 'z', 0xc0c0c0, 12);
  // Operator panel outside the fence with cycle start / stop and the pendant hook.
  p.box([0.08, 0.08, 1.1], [1.9, -2.0, 0.55], PANEL)
    .box([0.4, 0.12, 0.3], [1.9, -2.0, 1.25], PANEL)
    .cylinder(0.025, 0.02, [1.8, -2.065, 1.28], 'y', 0x2fb344, 16)
    .cylinder(0.025, 0.02, [1.9, -2.065, 1.28], 'y', 0xd13030, 16)
    .cylinder(0.035, 0.03, [2.0, -2.075, 1.28], 'y', 0xe02020, 16);

  // Wire-mesh infill, translucent.
  const m = new PartBuilder()
    .box([x1 - x0, 0.01, height - 0.25], [(x0 + x1) / 2, y1, height / 2 + 0.1], 0x777777)
    .box([0.01, y1 - y0, height - 0.25], [x1, 0, height / 2 + 0.1], 0x777777)
    .box(
      [CURTAIN.x0 - 0.1 - x0, 0.01, height - 0.25],
      [(x0 + CURTAIN.x0 - 0.1) / 2, y0, height / 2 + 0.1],
      0x777777,
    )
    .box(
      [x1 - CURTAIN.x1 - 0.1, 0.01, height - 0.25],
      [(CURTAIN.x1 + 0.1 + x1) / 2, y0, height / 2 + 0.1],
      0x777777,
    )
    .box([0.01, DOOR.y0 - y0, height - 0.25], [x0, (y0 + DOOR.y0) / 2, height / 2 + 0.1], 0x777777)
    .box([0.01, y1 - DOOR.y1, height - 0.25], [x0, (DOOR.y1 + y1) / 2, height / 2 + 0.1], 0x777777);

  // Light-curtain beams (infrared in reality; drawn faint red so trainees see the protected field).
  const beams = new PartBuilder();
  for (let z = 0.3; z <= CURTAIN.height - 0.05; z += 0.1) {
    beams.box(
      [CURTAIN.x1 - CURTAIN.x0 + 0.1, 0.004, 0.004],
      [(CURTAIN.x0 + CURTAIN.x1) / 2, y0, z],
      0xff3030,
    );
  }
  return { painted: p.build(), mesh: m.build(), beams: beams.build() };
}

/** The door leaf, hinged on its y0 edge (the hinge is the group origin). */
export function buildDoorLeaf(): BufferGeometry {
  const w = DOOR.y1 - DOOR.y0;
  return new PartBuilder()
    .box([0.04, w, 0.04], [0, w / 2, 0.1], FENCE)
    .box([0.04, w, 0.04], [0, w / 2, DOOR.height - 0.02], FENCE)
    .box([0.04, 0.04, DOOR.height], [0, 0.02, DOOR.height / 2], FENCE)
    .box([0.04, 0.04, DOOR.height], [0, w - 0.02, DOOR.height / 2], FENCE)
    .box([0.01, w - 0.06, DOOR.height - 0.2], [0, w / 2, DOOR.height / 2], 0x888888)
    .box([0.06, 0.03, 0.15], [0.03, w - 0.08, 1.1], 0x222222)
    .build();
}
