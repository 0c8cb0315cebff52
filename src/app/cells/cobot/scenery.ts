// Static parts of the cobot cell: welding table with clamps, power source and wire feeder on a trolley,
// gas bottle, fume extraction. One merged geometry per material.
import type { BufferGeometry } from 'three';
import { PartBuilder } from '../../models/part-builder.ts';
import { fumeArm, gasBottle } from '../common/shop-items.ts';
import { COBOT_TABLE_TOP_M } from '../preview-cells.ts';

const TABLE = 0x6b7178;
const LEG = 0x3d434a;
const CLAMP = 0xd64b2a;
const SOURCE = 0x1d4f91;
const FEEDER = 0x2a6fc9;
const TROLLEY = 0x2b2f35;
const FUME = 0xe0b020;

export interface CobotScenery {
  painted: BufferGeometry;
  steel: BufferGeometry;
}

/** Where the power source front panel sits (sim world), facing −Y toward the trainee. */
export const POWER_SOURCE_PANEL = { x: -0.75, y: -0.47, z: 0.72 } as const;

export function buildCobotScenery(): CobotScenery {
  const h = COBOT_TABLE_TOP_M;
  const steel = new PartBuilder()
    // 1300 x 900 fixture table top, 25 mm plate.
    .box([1.3, 0.9, 0.025], [0.4, 0, h - 0.0125], TABLE);
  const p = new PartBuilder();
  for (const [x, y] of [
    [-0.2, -0.4],
    [1.0, -0.4],
    [-0.2, 0.4],
    [1.0, 0.4],
  ] as const) {
    p.box([0.08, 0.08, h - 0.025], [x, y, (h - 0.025) / 2], LEG);
  }
  p.box([1.2, 0.06, 0.06], [0.4, -0.4, 0.15], LEG).box([1.2, 0.06, 0.06], [0.4, 0.4, 0.15], LEG);
  // Toggle clamps holding the web plate against the fence block.
  for (const y of [-0.12, 0.12]) {
    p.box([0.06, 0.04, 0.04], [0.8, y, h + 0.02], CLAMP)
      .tube([0.78, y, h + 0.04], [0.66, y, h + 0.09], 0.008, CLAMP, 8)
      .cylinder(0.012, 0.03, [0.66, y, h + 0.075], 'z', 0x222222, 10);
  }
  // Trolley with power source and wire feeder, front panel toward the trainee (−Y).
  const sx = POWER_SOURCE_PANEL.x;
  p.box([0.5, 0.75, 0.04], [sx, -0.1, 0.18], TROLLEY)
    .box([0.5, 0.75, 0.04], [sx, -0.1, 0.48], TROLLEY)
    .cylinder(0.05, 0.04, [sx - 0.2, -0.42, 0.05], 'x', 0x111111, 14)
    .cylinder(0.05, 0.04, [sx + 0.2, -0.42, 0.05], 'x', 0x111111, 14)
    .cylinder(0.05, 0.04, [sx - 0.2, 0.22, 0.05], 'x', 0x111111, 14)
    .cylinder(0.05, 0.04, [sx + 0.2, 0.22, 0.05], 'x', 0x111111, 14)
    .box([0.34, 0.62, 0.44], [sx, -0.15, 0.72], SOURCE)
    .box([0.36, 0.02, 0.46], [sx, -0.465, 0.72], 0x1a1d21)
    .box([0.3, 0.5, 0.3], [sx, -0.1, 1.09], FEEDER)
    .cylinder(0.13, 0.08, [sx, -0.05, 1.09], 'x', 0x1a1d21, 28)
    // Torch hose package from the feeder to the robot.
    .tube([sx + 0.15, -0.2, 1.1], [-0.05, -0.1, h + 0.35], 0.018, 0x151515, 10);
  gasBottle(p, sx - 0.05, 0.45);
  fumeArm(p, [1.35, 0.7, 0], [0.65, 0.05, h + 0.55], FUME);
  return { painted: p.build(), steel: steel.build() };
}
