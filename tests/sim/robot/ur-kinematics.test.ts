import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Matrix4 } from 'three';
import { ur10e, ur5e, UR10E_DH, UR5E_DH, nearestSolution } from '../../../src/sim/robot/index.ts';
import type { UrDh } from '../../../src/sim/robot/index.ts';
import { mat34 } from '../../../src/sim/core/transform.ts';
import { seedPrng } from '../../../src/sim/core/prng.ts';
import { checkRoundTrip, fromMatrix4, maxElementError, randomJoints } from './helpers.ts';

/** Independent generic chain: T = Π Rz(θ)·Tz(d)·Tx(a)·Rx(α) with three.js matrices, straight from UR's table. */
function dhChain(dh: UrDh, q: readonly number[]): Float64Array {
  const a = [0, dh.a2, dh.a3, 0, 0, 0];
  const d = [dh.d1, 0, 0, dh.d4, dh.d5, dh.d6];
  const alpha = [Math.PI / 2, 0, 0, Math.PI / 2, -Math.PI / 2, 0];
  const t = new Matrix4();
  for (let i = 0; i < 6; i++) {
    t.multiply(new Matrix4().makeRotationZ(q[i]!))
      .multiply(new Matrix4().makeTranslation(0, 0, d[i]!))
      .multiply(new Matrix4().makeTranslation(a[i]!, 0, 0))
      .multiply(new Matrix4().makeRotationX(alpha[i]!));
  }
  return fromMatrix4(t);
}

describe('UR e-Series forward kinematics (UR published DH table)', () => {
  it('all-zero joints stretch the UR10e along base −X: flange at (a2+a3, −(d4+d6), d1−d5), tool Z along −Y', () => {
    const t = ur10e.fk([0, 0, 0, 0, 0, 0], mat34());
    // a2 + a3 = −0.6127 − 0.57155; d4 + d6 = 0.17415 + 0.11655; d1 − d5 = 0.1807 − 0.11985
    expect(t[3]).toBeCloseTo(-1.18425, 12);
    expect(t[7]).toBeCloseTo(-0.2907, 12);
    expect(t[11]).toBeCloseTo(0.06085, 12);
    // Rotation = Rx(π/2): the pendant shows RX = 1.571 at zero joints.
    expect(maxElementError(t, [1, 0, 0, t[3]!, 0, 0, -1, t[7]!, 0, 1, 0, t[11]!])).toBeLessThan(1e-15);
  });

  it('all-zero joints on the UR5e: flange at (−0.8172, −0.2329, 0.0628)', () => {
    const t = ur5e.fk([0, 0, 0, 0, 0, 0], mat34());
    expect([t[3], t[7], t[11]].map((v) => Number(v!.toFixed(12)))).toEqual([-0.8172, -0.2329, 0.0628]);
  });

  it('the closed form equals the generic DH chain on thousands of random joint sets', () => {
    const st = seedPrng('ur-fk-vs-dh');
    const t = mat34();
    for (const [model, dh] of [
      [ur10e, UR10E_DH],
      [ur5e, UR5E_DH],
    ] as const) {
      let worst = 0;
      for (let n = 0; n < 2000; n++) {
        const q = randomJoints(model, st);
        worst = Math.max(worst, maxElementError(model.fk(q, t), dhChain(dh, q)));
      }
      expect(worst).toBeLessThan(1e-12);
    }
  });
});

describe('UR e-Series analytic IK (Hawkins 2013)', () => {
  it('finds the original joints among ≤ 8 solutions, every one inside ±360° and within 1e-9 m / 1e-9 rad', () => {
    for (const model of [ur10e, ur5e]) {
      fc.assert(
        fc.property(
          fc.array(fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }), { minLength: 6, maxLength: 6 }),
          (q) => {
            const r = checkRoundTrip(model, q);
            expect(r.count).toBeGreaterThan(0);
            expect(r.count).toBeLessThanOrEqual(8);
            expect(r.allInLimits).toBe(true);
            expect(r.foundOriginal).toBe(true);
            expect(r.worstPosition).toBeLessThan(1e-9);
            expect(r.worstRotation).toBeLessThan(1e-9);
          },
        ),
        { numRuns: 3000, seed: 2013 },
      );
    }
  });

  it('a generic reachable pose has all 8 configurations (2 shoulders × 2 wrists × 2 elbows)', () => {
    const r = checkRoundTrip(ur10e, [0.3, -1.2, 1.4, -1.1, 1.2, 0.4]);
    expect(r.count).toBe(8);
  });

  it('stays exact next to and on the singularities (wrist θ5 = 0, elbow θ3 = 0, shoulder)', () => {
    const cases = [
      [0.2, -1.0, 1.2, 0.3, 0, 0.5], // wrist: θ5 = 0
      [0.2, -1.0, 1.2, 0.3, 1e-9, 0.5],
      [0.2, -1.0, 1.2, 0.3, Math.PI, 0.5],
      [0.2, -1.0, 0, 0.3, 1.0, 0.5], // elbow stretched
      [0.2, -1.0, 1e-9, 0.3, 1.0, 0.5],
      [0.2, -1.0, Math.PI - 1e-9, 0.3, 1.0, 0.5], // elbow folded
      [0, 0, 0, 0, 0, 0], // stretched arm, wrist singular too
      [0.4, -Math.PI / 2, 0, -Math.PI / 2, 0.7, 0], // upright arm: wrist point over the base
    ];
    for (const q of cases) {
      const r = checkRoundTrip(ur10e, q);
      expect(r.count, JSON.stringify(q)).toBeGreaterThan(0);
      expect(r.worstPosition, JSON.stringify(q)).toBeLessThan(1e-9);
      expect(r.worstRotation, JSON.stringify(q)).toBeLessThan(1e-9);
    }
  });

  it('at the wrist singularity the free θ6 follows the hint (the motion layer keeps joint 6 still)', () => {
    const pose = ur10e.fk([0.2, -1.0, 1.2, 0.3, 0, 0.5], mat34());
    const sols = new Float64Array(48);
    const n = ur10e.ik(pose, sols, [0.2, -1.0, 1.2, 0.3, 0, 0.5]);
    const best = new Float64Array(6);
    nearestSolution(sols, n, [0.2, -1.0, 1.2, 0.3, 0, 0.5], best);
    expect(Array.from(best).map((v) => Number(v.toFixed(9)))).toEqual([0.2, -1, 1.2, 0.3, 0, 0.5]);
  });

  it('a pose beyond the 1.3 m reach has no solution', () => {
    const t = ur10e.fk([0, 0, 0, 0, 0, 0], mat34());
    t[3] = -1.6;
    expect(ur10e.ik(t, new Float64Array(48))).toBe(0);
  });
});

describe('nearestSolution', () => {
  it('picks the current configuration, using the 2π-equivalent that ±360° joints allow', () => {
    const st = seedPrng('nearest');
    const sols = new Float64Array(48);
    const best = new Float64Array(6);
    const pose = mat34();
    for (let n = 0; n < 500; n++) {
      // Current joints anywhere in ±2π: IK answers (−π, π] representatives; nearest must recover the exact q.
      const q = randomJoints(ur10e, st);
      ur10e.fk(q, pose);
      const count = ur10e.ik(pose, sols, q);
      const index = nearestSolution(sols, count, q, best, ur10e.jointLimits);
      expect(index).toBeGreaterThanOrEqual(0);
      for (let j = 0; j < 6; j++) expect(Math.abs(best[j]! - q[j]!)).toBeLessThan(1e-7);
    }
  });

  it('returns −1 when there is nothing to choose from', () => {
    expect(nearestSolution(new Float64Array(0), 0, [0, 0, 0, 0, 0, 0], new Float64Array(6))).toBe(-1);
  });
});
