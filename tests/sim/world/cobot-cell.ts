// A cobot welding cell for tests: UR10e on a table, 10 mm carbon-steel T-joint fillet in PB (chart row 12 area).
import type { WorldInit } from '../../../src/sim/world-state.ts';
import { defaultTorch } from '../../../src/sim/robot/index.ts';

export function cobotFilletInit(overrides: Partial<WorldInit> = {}): WorldInit {
  return {
    seed: 1,
    cell: {
      family: 'cobot',
      robotId: 'ur10e',
      robotBase: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0],
      tool: Array.from(defaultTorch.tcp),
      workpiece: {
        material: 'carbon-steel',
        thicknessMm: 10,
        joint: 'fillet',
        position: 'PB',
        gapMm: 0,
        seamStart: [-0.15, -0.6, 0.0],
        seamEnd: [0.15, -0.6, 0.0],
        // Bisector of a horizontal plate and a vertical web facing -y (toward the robot).
        seamNormal: [0, Math.SQRT1_2, Math.SQRT1_2],
        carbonEquivalent: 0.38,
      },
    },
    settings: {
      process: 'GMAW',
      wireDiameterMm: 1.2,
      wireFeedSpeedMPerMin: 6.7,
      currentA: 0,
      voltageV: 27,
      travelSpeedMmPerS: 7.5,
      shieldingGas: 'Ar-18CO2',
      gasFlowLPerMin: 15,
      pulsed: false,
    },
    joints: [0, -1.2, 1.6, -1.97, -1.57, 0],
    ...overrides,
  };
}
