import { describe, expect, it } from 'vitest';
import {
  createTorchTool,
  defaultTorch,
  fkTcp,
  ikTcp,
  noTool,
  ur10e,
  fanucM10ia,
  worldWorkObject,
} from '../../../src/sim/robot/index.ts';
import type { WorkObject } from '../../../src/sim/robot/index.ts';
import { fromAxisAngleTranslation, mat34, multiply34 } from '../../../src/sim/core/transform.ts';
import { seedPrng } from '../../../src/sim/core/prng.ts';
import { maxElementError, positionError, randomJoints, rotationError } from './helpers.ts';

describe('welding torch TCP', () => {
  it('a 22° neck puts the wire tip ahead of the flange axis, Z along the wire', () => {
    const tcp = defaultTorch.tcp;
    const along = 0.1 + 0.015; // head + stick-out
    const bend = (22 * Math.PI) / 180;
    expect(tcp[3]).toBeCloseTo(Math.sin(bend) * along, 15);
    expect(tcp[11]).toBeCloseTo(0.32 + Math.cos(bend) * along, 15);
    expect(tcp[2]).toBeCloseTo(Math.sin(bend), 15); // tool Z tilted 22° from flange Z
  });

  it('a straight torch is just an offset along the flange Z', () => {
    const straight = createTorchTool({ bendDeg: 0, straightLengthM: 0.2, headLengthM: 0.1, stickOutM: 0.02 });
    expect(maxElementError(straight.tcp, [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0.32])).toBeLessThan(1e-16);
  });
});

describe('fkTcp / ikTcp in a work object', () => {
  const base = fromAxisAngleTranslation('z', Math.PI, 0.5, -0.2, 0.8, mat34()); // robot on a pedestal, turned
  const fixture: WorkObject = {
    name: 'fixture',
    frame: fromAxisAngleTranslation('z', 0.3, -0.4, 0.1, 0.75, mat34()),
  };

  it('with no tool, world work object and no base, fkTcp is the flange FK', () => {
    const q = [0.1, -1, 1.2, -0.3, 1.1, 0.2];
    expect(maxElementError(fkTcp(ur10e, q, noTool, worldWorkObject, mat34()), ur10e.fk(q, mat34()))).toBe(0);
  });

  it('fkTcp = wobj⁻¹ · base · flange · tcp, and ikTcp inverts it for every solution', () => {
    const st = seedPrng('tcp');
    const tcp = mat34();
    const back = mat34();
    const sols = new Float64Array(48);
    for (const model of [ur10e, fanucM10ia]) {
      for (let n = 0; n < 500; n++) {
        const q = randomJoints(model, st, Math.PI);
        fkTcp(model, q, defaultTorch, fixture, tcp, base);
        // Independent composition: base·flange·tcp should equal wobj·(TCP in wobj).
        const world = multiply34(multiply34(base, model.fk(q, mat34()), mat34()), defaultTorch.tcp, mat34());
        expect(maxElementError(multiply34(fixture.frame, tcp, mat34()), world)).toBeLessThan(1e-12);
        const count = ikTcp(model, tcp, defaultTorch, fixture, sols, base);
        expect(count).toBeGreaterThan(0);
        for (let i = 0; i < count; i++) {
          fkTcp(model, sols.subarray(i * 6, i * 6 + 6), defaultTorch, fixture, back, base);
          expect(positionError(tcp, back)).toBeLessThan(1e-9);
          expect(rotationError(tcp, back)).toBeLessThan(1e-9);
        }
      }
    }
  });
});
