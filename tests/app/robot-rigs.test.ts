// The rendered robots are the simulated robots: each rig's flange lands exactly where RobotModel.fk puts it.
import { describe, expect, it } from 'vitest';
import { mat34 } from '../../src/sim/core/transform.ts';
import { nextFloat, seedPrng } from '../../src/sim/core/prng.ts';
import { robots } from '../../src/sim/robot/index.ts';
import { createRig } from '../../src/app/robots/create-rig.ts';

describe('robot rigs mirror the kinematic models', () => {
  for (const model of robots) {
    it(`${model.id}: rig flange = fk(q) for 200 random joint sets`, () => {
      const rig = createRig(model);
      const rng = seedPrng(42);
      const rand = () => nextFloat(rng);
      const q = new Float64Array(model.dof);
      const fk = mat34();
      for (let n = 0; n < 200; n++) {
        for (let j = 0; j < model.dof; j++) {
          const [lo, hi] = model.jointLimits[j]!;
          q[j] = lo + (hi - lo) * rand();
        }
        rig.setJoints(q);
        rig.root.updateMatrixWorld(true);
        model.fk(q, fk);
        const e = rig.flange.matrixWorld.elements; // column-major
        for (let r = 0; r < 3; r++) {
          for (let c = 0; c < 4; c++) {
            expect(e[c * 4 + r]!).toBeCloseTo(fk[r * 4 + c]!, 6);
          }
        }
      }
    });
  }
});
