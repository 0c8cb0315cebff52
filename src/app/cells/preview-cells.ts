// The three cells as the app shows them before a scenario provides its own CellConfig (free practice):
// robot bases, tools and coupons at true scale, with home joints. Only placement data: no kinematics here.
import type { CellConfig, CellFamily } from '../../sim/cell/types.ts';
import { defaultTorch, noTool } from '../../sim/robot/index.ts';

const at = (x: number, y: number, z: number): number[] => [1, 0, 0, x, 0, 1, 0, y, 0, 0, 1, z];
const S = Math.SQRT1_2;

/** Welding table top height (Siegmund-type fixture tables are 850 mm high). */
export const COBOT_TABLE_TOP_M = 0.85;
/** FANUC M-10iA on a 300 mm riser so the positioner's faceplate sits within easy reach. */
export const INDUSTRIAL_RISER_M = 0.3;
/** Pipe axis height on its stands (fixed 5G pipe, axis horizontal). */
export const PIPE_AXIS_HEIGHT_M = 1.0;

export interface PreviewCell {
  config: CellConfig;
  home: number[];
  positionerHome?: number[];
}

export const previewCells: Record<CellFamily, PreviewCell> = {
  cobot: {
    config: {
      family: 'cobot',
      robotId: 'ur10e',
      robotBase: at(0, 0, COBOT_TABLE_TOP_M),
      tool: Array.from(defaultTorch.tcp),
      workpiece: {
        material: 'carbon-steel',
        thicknessMm: 8,
        joint: 'fillet',
        position: 'PB',
        gapMm: 0,
        // T-joint on the table, seam along Y 0.6 m in front of the robot, web on the far side.
        seamStart: [0.6, -0.15, COBOT_TABLE_TOP_M + 0.008],
        seamEnd: [0.6, 0.15, COBOT_TABLE_TOP_M + 0.008],
        seamNormal: [-S, 0, S],
        carbonEquivalent: 0.38,
      },
    },
    // Shoulder up, elbow bent, torch hanging over the table.
    home: [Math.PI, -1.9, 1.9, -1.57, -1.57, 0],
  },
  industrial: {
    config: {
      family: 'industrial',
      robotId: 'fanuc-m10ia',
      robotBase: at(0, 0, INDUSTRIAL_RISER_M),
      tool: Array.from(defaultTorch.tcp),
      positionerId: 'positioner-2axis',
      // Positioner 1.1 m in front of the robot; the weldment is described on its faceplate (the work object).
      positionerBase: at(1.1, 0, 0),
      workpiece: {
        material: 'carbon-steel',
        thicknessMm: 20,
        joint: 'fillet',
        position: 'PB',
        gapMm: 0,
        // Thick-plate T-joint on the faceplate, 100 mm off centre toward the robot (world at home: x 1.0, z 1.17).
        seamStart: [-0.1, -0.15, 0.02],
        seamEnd: [-0.1, 0.15, 0.02],
        seamNormal: [-S, 0, S],
        carbonEquivalent: 0.42,
      },
    },
    // Forearm raised, torch pointing down ahead of the wrist: clear above the weldment.
    home: [0, 0, 0.3, 0, -1.87, 0],
    positionerHome: [0, 0],
  },
  orbital: {
    config: {
      family: 'orbital',
      robotId: 'orbital-carriage',
      // Pipe frame: axis along world Y, 12 o'clock up.
      robotBase: at(0, 0, PIPE_AXIS_HEIGHT_M),
      tool: Array.from(noTool.tcp),
      workpiece: {
        material: 'carbon-steel',
        thicknessMm: 8.18,
        joint: 'butt',
        position: 'PH',
        gapMm: 1.6,
        seamStart: [0, 0, PIPE_AXIS_HEIGHT_M],
        seamEnd: [0, 0.001, PIPE_AXIS_HEIGHT_M],
        seamNormal: [0, 0, 1],
        pipeOdMm: 219.1,
        carbonEquivalent: 0.4,
      },
    },
    home: [0, 0, 0.012],
  },
};
