// Static parts of the cobot cell: welding table with clamps, power source and wire feeder on a trolley,
// gas bottle, fume extraction. One merged geometry per material. The layout follows the cell being shown
// (free practice or a scenario's cell): the table carries the robot and the part, the part lies on it, the
// clamps are where the twin's collision model has them.
import type { BufferGeometry } from 'three';
import type { CellConfig } from '../../../sim/cell/types.ts';
import { partBodies } from '../../../sim/cell/part-geometry.ts';
import { PartBuilder, type V3 } from '../../models/part-builder.ts';
import { fumeArm, gasBottle } from '../common/shop-items.ts';

const TABLE = 0x6b7178;
const LEG = 0x3d434a;
const CLAMP = 0xd64b2a;
const SOURCE = 0x1d4f91;
const FEEDER = 0x2a6fc9;
const TROLLEY = 0x2b2f35;
const FUME = 0xe0b020;
const ADAPTER = 0x30353b;

/** Fixture-table top sizes, m (Siegmund System 22 catalogue standard tops: 1200×800, 1500×1000, 2000×1000, 2400×1200). */
const TABLE_SIZES: readonly (readonly [number, number])[] = [
  [1.2, 0.8],
  [1.5, 1.0],
  [2.0, 1.0],
  [2.4, 1.2],
];
/** Fixture-table top plate thickness, m (Siegmund System 22 tops: 25 mm plate). */
const TABLE_PLATE_M = 0.025;
/** UR10e base mounting flange radius, m (Universal Robots UR10e user manual: Ø190 mm base). */
const UR_BASE_RADIUS_M = 0.095;
/** Free table around the robot base and the part, m (room for clamps and hands) [model]. */
const TABLE_MARGIN_M = 0.1;

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
  const sx = centre[0] - size[0] / 2 - 0.5;
  const sy = centre[1];
  const mid = cell.workpiece.seamStart.map((v, i) => (v + cell.workpiece.seamEnd[i]!) / 2);
  return {
    topZ,
    centre,
    size,
    adapterM: bz - topZ,
    panel: { x: sx, y: sy - 0.47, z: 0.72 },
    hood: [mid[0]!, mid[1]! + 0.05, topZ + 0.55],
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
    TABLE,
  );
  const p = new PartBuilder();
  const legX = size[0] / 2 - 0.1;
  const legY = size[1] / 2 - 0.1;
  for (const [x, y] of [
    [cx - legX, cy - legY],
    [cx + legX, cy - legY],
    [cx - legX, cy + legY],
    [cx + legX, cy + legY],
  ] as const) {
    p.box([0.08, 0.08, h - TABLE_PLATE_M], [x, y, (h - TABLE_PLATE_M) / 2], LEG);
  }
  p.box([2 * legX, 0.06, 0.06], [cx, cy - legY, 0.15], LEG).box(
    [2 * legX, 0.06, 0.06],
    [cx, cy + legY, 0.15],
    LEG,
  );
  // Robot adapter plate between the table and the robot base flange.
  if (layout.adapterM > 0.001) {
    const bx = cell.robotBase[3] ?? 0;
    const by = cell.robotBase[7] ?? 0;
    p.cylinder(UR_BASE_RADIUS_M + 0.02, layout.adapterM, [bx, by, h + layout.adapterM / 2], 'z', ADAPTER, 24);
  }
  // Toggle clamps where the twin's collision model has its fixture blocks: block, lever and spindle pad.
  for (const b of partBodies(cell)) {
    if (b.role !== 'fixture' || b.shape !== 'box') continue;
    const [hx, hy, hz] = b.halfExtentsM;
    const c: V3 = [b.pose[3]!, b.pose[7]!, b.pose[11]!];
    p.box([2 * hx, 2 * hy, 2 * hz], c, CLAMP)
      .tube([c[0], c[1], c[2] + hz], [c[0], c[1], c[2] + hz + 0.05], 0.008, CLAMP, 8)
      .cylinder(0.012, 0.03, [c[0], c[1], c[2] + hz + 0.06], 'z', 0x222222, 10);
  }
  // Trolley with power source and wire feeder beside the table, front panel toward the trainee (−Y).
  const sx = layout.panel.x;
  const sy = layout.panel.y + 0.47;
  p.box([0.5, 0.75, 0.04], [sx, sy - 0.1, 0.18], TROLLEY)
    .box([0.5, 0.75, 0.04], [sx, sy - 0.1, 0.48], TROLLEY)
    .cylinder(0.05, 0.04, [sx - 0.2, sy - 0.42, 0.05], 'x', 0x111111, 14)
    .cylinder(0.05, 0.04, [sx + 0.2, sy - 0.42, 0.05], 'x', 0x111111, 14)
    .cylinder(0.05, 0.04, [sx - 0.2, sy + 0.22, 0.05], 'x', 0x111111, 14)
    .cylinder(0.05, 0.04, [sx + 0.2, sy + 0.22, 0.05], 'x', 0x111111, 14)
    .box([0.34, 0.62, 0.44], [sx, sy - 0.15, 0.72], SOURCE)
    .box([0.36, 0.02, 0.46], [sx, sy - 0.465, 0.72], 0x1a1d21)
    .box([0.3, 0.5, 0.3], [sx, sy - 0.1, 1.09], FEEDER)
    .cylinder(0.13, 0.08, [sx, sy - 0.05, 1.09], 'x', 0x1a1d21, 28)
    // Torch hose package from the feeder to the robot.
    .tube(
      [sx + 0.15, sy - 0.2, 1.1],
      [(cell.robotBase[3] ?? 0) - 0.05, (cell.robotBase[7] ?? 0) - 0.1, (cell.robotBase[11] ?? h) + 0.35],
      0.018,
      0x151515,
      10,
    );
  gasBottle(p, sx - 0.05, sy + 0.45);
  fumeArm(p, [cx + size[0] / 2 + 0.3, cy + size[1] / 2 + 0.25, 0], layout.hood, FUME);
  return { layout, painted: p.build(), steel: steel.build() };
}
