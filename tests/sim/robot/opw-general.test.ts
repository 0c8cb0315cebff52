import { describe, expect, it } from 'vitest';
import { createOpwSolver } from '../../../src/sim/robot/index.ts';
import type { OpwParams, RobotModel } from '../../../src/sim/robot/index.ts';
import { seedPrng } from '../../../src/sim/core/prng.ts';
import { checkRoundTrip, randomJoints } from './helpers.ts';

const FULL_TURN = Array.from({ length: 6 }, () => [-2 * Math.PI, 2 * Math.PI] as const);

function asModel(id: string, p: OpwParams): RobotModel {
  const solver = createOpwSolver(p, FULL_TURN);
  return {
    id,
    name: id,
    family: 'industrial',
    kind: 'opw',
    dof: 6,
    jointLimits: FULL_TURN,
    maxJointSpeed: [1, 1, 1, 1, 1, 1],
    maxJointAccel: [1, 1, 1, 1, 1, 1],
    ...solver,
  };
}

// The solver is generic over OPW geometry: check it on the other arms domain/robots.md names.
const ARMS: Record<string, OpwParams> = {
  // JeroenDM/moveit_opw_kinematics_plugin docs (domain §1.6): KUKA KR6 R700 sixx.
  'kuka-kr6-r700': {
    a1: 0.025,
    a2: -0.035,
    b: 0,
    c1: 0.4,
    c2: 0.315,
    c3: 0.365,
    c4: 0.08,
    offsets: [0, -Math.PI / 2, 0, 0, 0, 0],
    signs: [-1, 1, 1, -1, 1, -1],
  },
  // Domain §1.5: ABB IRB 2600-12/1.65 OPW-equivalent geometry.
  'abb-irb2600': {
    a1: 0.15,
    a2: -0.115,
    b: 0,
    c1: 0.445,
    c2: 0.7,
    c3: 0.795,
    c4: 0.085,
    offsets: [0, 0, -Math.PI / 2, 0, 0, 0],
    signs: [1, 1, 1, 1, 1, 1],
  },
  // A lateral offset b ≠ 0 exercises the general θ1 formula (synthetic geometry).
  'synthetic-offset': {
    a1: 0.1,
    a2: -0.1,
    b: 0.07,
    c1: 0.5,
    c2: 0.55,
    c3: 0.6,
    c4: 0.09,
    offsets: [0, 0, 0, 0, 0, 0],
    signs: [1, 1, 1, 1, 1, 1],
  },
};

describe('OPW solver on other spherical-wrist arms', () => {
  for (const [id, params] of Object.entries(ARMS)) {
    it(`${id}: every random pose comes back with the original among the solutions, all exact to 1e-9`, () => {
      const model = asModel(id, params);
      const st = seedPrng(id);
      for (let n = 0; n < 2000; n++) {
        const q = randomJoints(model, st, Math.PI);
        const r = checkRoundTrip(model, q);
        expect(r.count).toBeGreaterThan(0);
        expect(r.foundOriginal).toBe(true);
        expect(r.worstPosition).toBeLessThan(1e-9);
        expect(r.worstRotation).toBeLessThan(1e-9);
      }
    });
  }
});
