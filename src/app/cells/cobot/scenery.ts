// Static parts of the cobot cell: welding table with clamps, power source and wire feeder on a trolley,
// gas bottle, fume extraction. One merged geometry per material. The layout follows the cell being shown
// (free practice or a scenario's cell): the table carries the robot and the part, the part lies on it, the
// clamps are where the twin's collision model has them. Sizes and colours, each with its source, are in
// assets/models/cobot-cell.json.
import type { BufferGeometry } from 'three';
import type { CellConfig } from '../../../sim/cell/types.ts';
import { partBodies } from '../../../sim/cell/part-geometry.ts';
import type { CobotCellModel } from '../../models/model-schema.ts';
import { PartBuilder, type V3 } from '../../models/part-builder.ts';
import { addParts, colorOf, offsetBy } from '../../models/parts.ts';
import { fumeArm, gasBottle } from '../common/shop-items.ts';
import data from '../../../../assets/models/cobot-cell.json';

// JSON infers arrays, not tuples: the schema's type is asserted here and checked by tests/app/asset-models.test.ts.
const model = data as unknown as CobotCellModel;
const color = (key: string): number => colorOf(model.colors, key);

/** Fixture-table top sizes, m (the smallest that covers robot and part is used). */
const TABLE_SIZES = model.table.tops.sizesM;
const TABLE_PLATE_M = model.table.plate.thicknessM;
const UR_BASE_RADIUS_M = model.robotBase.flangeRadiusM;
const TABLE_MARGIN_M = model.table.margin.m;

export interface CobotLayout {
  /** Table top height (the part and the robot adapter stand on it), m. */
  topZ: number;
  /** Table top centre and size (x, y), m. */
  centre: readonly [number, number];
  size: readonly [number, number];
  /** Height of the robot adapter plate between table top and robot base, m (0 = robot bolted to the table). */
  adapterM: number;
  /** Where the power source front panel sits (sim world), facing −Y toward the trainee. */
  panel: { x: number; y: number; z: number };
  /** Point above the part the fume hood hangs over. */
  hood: V3;
}

/** Corners of a posed box (row-major 3×4 pose, half extents). */
function boxCorners(pose: readonly number[], h: readonly [number, number, number]): V3[] {
  const out: V3[] = [];
  for (const sx of [-1, 1])
    for (const sy of [-1, 1])
      for (const sz of [-1, 1]) {
        const l = [sx * h[0], sy * h[1], sz * h[2]] as const;
        const at = (r: number) =>
          pose[r * 4]! * l[0] + pose[r * 4 + 1]! * l[1] + pose[r * 4 + 2]! * l[2] + pose[r * 4 + 3]!;
        out.push([at(0), at(1), at(2)]);
      }
  return out;
}

/** Where the table, adapter plate, power source and fume hood go for this cell. */
export function cobotLayout(cell: CellConfig): CobotLayout {
  const bx = cell.robotBase[3] ?? 0;
  const by = cell.robotBase[7] ?? 0;
  const bz = cell.robotBase[11] ?? 0;
  let minX = bx - UR_BASE_RADIUS_M;
  let maxX = bx + UR_BASE_RADIUS_M;
  let minY = by - UR_BASE_RADIUS_M;
  let maxY = by + UR_BASE_RADIUS_M;
  let partLowZ = Infinity;
  for (const b of partBodies(cell)) {
    if (b.shape !== 'box') continue;
    for (const [x, y, z] of boxCorners(b.pose, b.halfExtentsM)) {
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
      partLowZ = Math.min(partLowZ, z);
    }
  }
  const needX = maxX - minX + 2 * TABLE_MARGIN_M;
  const needY = maxY - minY + 2 * TABLE_MARGIN_M;
  // The smallest standard table that covers robot and part, its long side along the longer need.
  const alongX = needX >= needY;
  const fits = TABLE_SIZES.find(([l, w]) => (alongX ? l >= needX && w >= needY : l >= needY && w >= needX));
  const [l, w] = fits ?? [Math.max(needX, needY), Math.min(needX, needY)];
  const size: [number, number] = alongX ? [l, w] : [w, l];
  const centre: [number, number] = [(minX + maxX) / 2, (minY + maxY) / 2];
  const topZ = Math.min(bz, partLowZ);
  const ps = model.powerSource;
  const sx = centre[0] - size[0] / 2 - ps.besideTableM;
  const sy = centre[1];
  const mid = cell.workpiece.seamStart.map((v, i) => (v + cell.workpiece.seamEnd[i]!) / 2);
  const hood = model.fumeArm.hoodAbovePartM;
  return {
    topZ,
    centre,
    size,
    adapterM: bz - topZ,
    panel: { x: sx, y: sy + ps.panelOffsetYM, z: ps.panelHeightM },
    hood: offsetBy([mid[0]!, mid[1]!, topZ], hood),
  };
}

export interface CobotScenery {
  layout: CobotLayout;
  painted: BufferGeometry;
  steel: BufferGeometry;
}

export function buildCobotScenery(cell: CellConfig): CobotScenery {
  const layout = cobotLayout(cell);
  const { topZ: h, centre, size } = layout;
  const [cx, cy] = centre;
  const steel = new PartBuilder().box(
    [size[0], size[1], TABLE_PLATE_M],
    [cx, cy, h - TABLE_PLATE_M / 2],
    color('table'),
  );
  const p = new PartBuilder();
  const { legs, rails } = model.table;
  const legX = size[0] / 2 - legs.insetM;
  const legY = size[1] / 2 - legs.insetM;
  for (const [x, y] of [
    [cx - legX, cy - legY],
    [cx + legX, cy - legY],
    [cx - legX, cy + legY],
    [cx + legX, cy + legY],
  ] as const) {
    p.box([legs.sectionM, legs.sectionM, h - TABLE_PLATE_M], [x, y, (h - TABLE_PLATE_M) / 2], color('leg'));
  }
  p.box([2 * legX, rails.sectionM, rails.sectionM], [cx, cy - legY, rails.heightM], color('leg')).box(
    [2 * legX, rails.sectionM, rails.sectionM],
    [cx, cy + legY, rails.heightM],
    color('leg'),
  );
  // Robot adapter plate between the table and the robot base flange.
  const adapter = model.adapterPlate;
  if (layout.adapterM > adapter.minHeightM) {
    const bx = cell.robotBase[3] ?? 0;
    const by = cell.robotBase[7] ?? 0;
    p.cylinder(
      UR_BASE_RADIUS_M + adapter.radiusOverFlangeM,
      layout.adapterM,
      [bx, by, h + layout.adapterM / 2],
      'z',
      color(adapter.color),
      adapter.segments,
    );
  }
  // Toggle clamps where the twin's collision model has its fixture blocks: block, lever and spindle pad.
  const k = model.clamp;
  for (const b of partBodies(cell)) {
    if (b.role !== 'fixture' || b.shape !== 'box') continue;
    const [hx, hy, hz] = b.halfExtentsM;
    const c: V3 = [b.pose[3]!, b.pose[7]!, b.pose[11]!];
    p.box([2 * hx, 2 * hy, 2 * hz], c, color(k.color))
      .tube(
        [c[0], c[1], c[2] + hz],
        [c[0], c[1], c[2] + hz + k.leverLengthM],
        k.leverRadiusM,
        color(k.color),
        k.leverSegments,
      )
      .cylinder(
        k.padRadiusM,
        k.padLengthM,
        [c[0], c[1], c[2] + hz + k.padAboveBlockM],
        'z',
        color(k.padColor),
        k.padSegments,
      );
  }
  // Trolley with power source and wire feeder beside the table, front panel toward the trainee (−Y).
  const sx = layout.panel.x;
  const sy = layout.panel.y - model.powerSource.panelOffsetYM;
  addParts(p, model.trolley.parts, [sx, sy, 0], model.colors);
  // Torch hose package from the feeder to the robot.
  const hose = model.hose;
  const base: V3 = [cell.robotBase[3] ?? 0, cell.robotBase[7] ?? 0, cell.robotBase[11] ?? h];
  p.tube(
    offsetBy([sx, sy, 0], hose.fromFeederM),
    offsetBy(base, hose.toRobotBaseM),
    hose.radiusM,
    color(hose.color),
    hose.segments,
  );
  const bottle = model.gasBottle.fromTrolleyM;
  gasBottle(p, sx + bottle[0], sy + bottle[1]);
  const column = model.fumeArm.columnFromTableCornerM;
  fumeArm(
    p,
    [cx + size[0] / 2 + column[0], cy + size[1] / 2 + column[1], 0],
    layout.hood,
    color(model.fumeArm.color),
  );
  return { layout, painted: p.build(), steel: steel.build() };
}
