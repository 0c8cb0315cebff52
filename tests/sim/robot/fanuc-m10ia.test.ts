import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Euler, Matrix4, Vector3 } from 'three';
import { fanucM10ia, nearestSolution } from '../../../src/sim/robot/index.ts';
import { mat34 } from '../../../src/sim/core/transform.ts';
import { seedPrng } from '../../../src/sim/core/prng.ts';
import { checkRoundTrip, fromMatrix4, maxElementError, randomJoints, withinLimits } from './helpers.ts';

type Xyz = readonly [number, number, number];
interface UrdfJoint {
  origin: Xyz;
  axis: Xyz;
}

// Joint origins/axes of fanuc_m10ia_support/urdf/m10ia_macro.xacro as domain/robots.md §1.4 quotes them
// (the older file, with mesh-alignment Y offsets that cancel along the chain)...
const DOMAIN_TABLE_CHAIN: UrdfJoint[] = [
  { origin: [0, 0, 0], axis: [0, 0, 1] },
  { origin: [0.15, -0.04, 0.45], axis: [0, 1, 0] },
  { origin: [0, -0.0225, 0.6], axis: [0, -1, 0] },
  { origin: [0.1805, 0.0625, 0.2], axis: [-1, 0, 0] },
  { origin: [0.4595, -0.0565, 0], axis: [0, -1, 0] },
  { origin: [0.1, 0.0565, 0], axis: [-1, 0, 0] },
];
// ...and as the current ros-industrial/fanuc master has them (no Y offsets).
const CURRENT_CHAIN: UrdfJoint[] = [
  { origin: [0, 0, 0.45], axis: [0, 0, 1] },
  { origin: [0.15, 0, 0], axis: [0, 1, 0] },
  { origin: [0, 0, 0.6], axis: [0, -1, 0] },
  { origin: [0, 0, 0.2], axis: [-1, 0, 0] },
  { origin: [0.64, 0, 0], axis: [0, -1, 0] },
  { origin: [0.1, 0, 0], axis: [-1, 0, 0] },
];

/** Independent URDF chain: origin translation then rotation about the joint axis; tool0 = flange·rpy(π, −π/2, 0). */
function urdfChain(chain: UrdfJoint[], q: readonly number[]): Float64Array {
  const t = new Matrix4();
  chain.forEach((j, i) => {
    t.multiply(new Matrix4().makeTranslation(j.origin[0], j.origin[1], j.origin[2]));
    t.multiply(new Matrix4().makeRotationAxis(new Vector3(...j.axis), q[i]!));
  });
  // URDF rpy = Rz(yaw)·Ry(pitch)·Rx(roll) = three.js Euler order 'ZYX'.
  t.multiply(new Matrix4().makeRotationFromEuler(new Euler(Math.PI, -Math.PI / 2, 0, 'ZYX')));
  return fromMatrix4(t);
}

describe('FANUC M-10iA forward kinematics (OPW parameters)', () => {
  it('zero joints: forearm horizontal, tool0 at (a1 + c3 + c4, 0, c1 + c2 − a2) = (0.89, 0, 1.25), Z along +X', () => {
    const t = fanucM10ia.fk([0, 0, 0, 0, 0, 0], mat34());
    expect(maxElementError(t, [0, 0, 1, 0.89, 0, -1, 0, 0, 1, 0, 0, 1.25])).toBeLessThan(1e-15);
  });

  it('matches the URDF joint chain (both published origin sets) on thousands of random joints', () => {
    const st = seedPrng('m10ia-urdf');
    const t = mat34();
    let worst = 0;
    for (let n = 0; n < 3000; n++) {
      const q = randomJoints(fanucM10ia, st);
      fanucM10ia.fk(q, t);
      worst = Math.max(
        worst,
        maxElementError(t, urdfChain(DOMAIN_TABLE_CHAIN, q)),
        maxElementError(t, urdfChain(CURRENT_CHAIN, q)),
      );
    }
    expect(worst).toBeLessThan(1e-12);
  });
});

describe('FANUC M-10iA analytic IK (OPW, Brandstötter 2014)', () => {
  it('round-trips thousands of random poses: ≤ 8 solutions, all inside the limits, each exact to 1e-9', () => {
    fc.assert(
      fc.property(
        fc.tuple(...fanucM10ia.jointLimits.map(([lo, hi]) => fc.double({ min: lo, max: hi, noNaN: true }))),
        (q) => {
          const r = checkRoundTrip(fanucM10ia, q);
          expect(r.count).toBeGreaterThan(0);
          expect(r.count).toBeLessThanOrEqual(8);
          expect(r.allInLimits).toBe(true);
          expect(r.foundOriginal).toBe(true);
          expect(r.worstPosition).toBeLessThan(1e-9);
          expect(r.worstRotation).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 4000, seed: 2014 },
    );
  });

  it('answers J4 = 186° (inside the ±190° wrist) as −174°, and nearestSolution brings back 186°', () => {
    const q = [0.3, 0.2, -0.4, 3.25, 1.0, -5.5]; // J4 186°, J6 −315°
    const pose = fanucM10ia.fk(q, mat34());
    const sols = new Float64Array(48);
    const n = fanucM10ia.ik(pose, sols);
    for (let i = 0; i < n; i++) expect(withinLimits(fanucM10ia, sols.subarray(i * 6, i * 6 + 6))).toBe(true);
    const best = new Float64Array(6);
    const index = nearestSolution(sols, n, q, best, fanucM10ia.jointLimits);
    // The contract's representative is in (−π, π]; the motion layer unwraps it towards the current joints.
    expect(sols[index * 6 + 3]).toBeCloseTo(3.25 - 2 * Math.PI, 12);
    expect(sols[index * 6 + 5]).toBeCloseTo(-5.5 + 2 * Math.PI, 12);
    for (let j = 0; j < 6; j++) expect(best[j]).toBeCloseTo(q[j]!, 9);
  });

  it('drops configurations that need J2 beyond its −90°…+160° range', () => {
    // Arm reaching far behind: the "back" solutions need J2 < −90°.
    const pose = fanucM10ia.fk([0, 1.2, -0.2, 0, 0.5, 0], mat34());
    const sols = new Float64Array(48);
    const n = fanucM10ia.ik(pose, sols);
    expect(n).toBeLessThan(8);
    for (let i = 0; i < n; i++) expect(sols[i * 6 + 1]!).toBeGreaterThanOrEqual((-90 * Math.PI) / 180);
  });

  it('has no solution for a pose 2 m away', () => {
    const t = mat34();
    t[3] = 2;
    t[11] = 0.5;
    expect(fanucM10ia.ik(t, new Float64Array(48))).toBe(0);
  });

  it('keeps J4 from the hint when the wrist is straight (θ5 = 0)', () => {
    const q = [0.2, 0.3, -0.2, 1.1, 0, 0.4];
    const pose = fanucM10ia.fk(q, mat34());
    const sols = new Float64Array(48);
    const n = fanucM10ia.ik(pose, sols, q);
    let found = false;
    for (let i = 0; i < n; i++) {
      let d = 0;
      for (let j = 0; j < 6; j++) d = Math.max(d, Math.abs(sols[i * 6 + j]! - q[j]!));
      if (d < 1e-9) found = true;
    }
    expect(found).toBe(true);
  });
});
