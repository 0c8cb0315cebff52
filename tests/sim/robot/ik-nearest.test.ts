// ikNearest (the single-branch IK the motion layer follows paths with) against the full analytic IK: the branch
// solution must be one of ik's solutions bit for bit, its rivals must cover every other solution, and followIk
// must answer exactly the same with and without the fast path — also next to the wrist, elbow and shoulder
// singularities, where the fast path has to give way to the full search.
import { describe, expect, it } from 'vitest';
import { createOpwSolver, fanucM10ia, ur10e, ur5e } from '../../../src/sim/robot/index.ts';
import type { OpwParams, RobotModel } from '../../../src/sim/robot/index.ts';
import { followIk, lastLimitJoint } from '../../../src/sim/motion/ik-follow.ts';
import { nextFloat, nextRange, seedPrng } from '../../../src/sim/core/prng.ts';

const KUKA_LIKE: OpwParams = {
  a1: 0.025,
  a2: -0.035,
  b: 0.02,
  c1: 0.4,
  c2: 0.315,
  c3: 0.365,
  c4: 0.08,
  offsets: [0, -Math.PI / 2, 0, 0, 0, 0],
  signs: [-1, 1, 1, -1, 1, -1],
};
const kukaLimits = Array.from({ length: 6 }, () => [-2 * Math.PI, 2 * Math.PI] as const);
const kukaSolver = createOpwSolver(KUKA_LIKE, kukaLimits);
const kuka: RobotModel = {
  id: 'opw-offset',
  name: 'OPW with shoulder offset',
  family: 'industrial',
  kind: 'opw',
  dof: 6,
  jointLimits: kukaLimits,
  maxJointSpeed: [3, 3, 3, 6, 6, 7],
  maxJointAccel: [1, 1, 1, 1, 1, 1],
  ...kukaSolver,
};

const ROBOTS: RobotModel[] = [ur10e, ur5e, fanucM10ia, kuka];
/** How far the hint lies from the pose's own joints: from "the same" to "anywhere". */
const HINT_SCALES = [0, 1e-9, 1e-4, 0.01, 0.1, 0.5, 2, 6];
const SAMPLES = 1500;

const pose = new Float64Array(12);
const q = new Float64Array(6);
const hint = new Float64Array(6);
const all = new Float64Array(48);
const one = new Float64Array(6);
const rivals = new Float64Array(16);

function sameBits(a: ArrayLike<number>, ao: number, b: ArrayLike<number>, bo: number, n: number): boolean {
  for (let j = 0; j < n; j++) if (!Object.is(a[ao + j], b[bo + j])) return false;
  return true;
}

describe.each(ROBOTS.map((r) => [r.id, r] as const))('%s ikNearest', (_id, robot) => {
  const { ikNearest: _unused, ...fullOnly } = robot as RobotModel & { ikNearest?: unknown };

  it('answers one of ik’s solutions bit for bit, and its rivals cover all the others', () => {
    const rng = seedPrng(`ik-nearest:${robot.id}`);
    let answered = 0;
    for (let n = 0; n < SAMPLES; n++) {
      for (let j = 0; j < 6; j++) {
        const [lo, hi] = robot.jointLimits[j]!;
        q[j] = nextRange(rng, lo, hi);
      }
      // Singular configurations: wrist (θ5 = 0, π), elbow (θ3 at the stretch), exactly and nearly.
      const k = n % 9;
      if (k === 1) q[4] = [0, 1e-12, -1e-9, Math.PI, 1e-7][n % 5]!;
      if (k === 2) q[2] = [0, 1e-12, -1e-9, Math.PI, 1e-7][n % 5]!;
      if (k === 3) q[4] = q[2] = 0;
      robot.fk(q, pose);
      const scale = HINT_SCALES[n % HINT_SCALES.length]!;
      for (let j = 0; j < 6; j++) hint[j] = q[j]! + (nextFloat(rng) - 0.5) * 2 * scale;
      const count = robot.ik(pose, all, hint);
      const pairs = robot.ikNearest!(pose, hint, one, rivals);
      if (pairs < 0) continue;
      answered++;
      let mine = -1;
      for (let s = 0; s < count && mine < 0; s++) if (sameBits(one, 0, all, s * 6, 6)) mine = s;
      expect(mine, `not among ik's ${count} solutions: ${Array.from(one)}`).toBeGreaterThanOrEqual(0);
      for (let s = 0; s < count; s++) {
        if (sameBits(one, 0, all, s * 6, 6)) continue;
        let covered = false;
        for (let m = 0; m < pairs && !covered; m++)
          covered = Object.is(all[s * 6 + rivals[2 * m]!], rivals[2 * m + 1]);
        expect(covered, `solution ${s} escapes every rival`).toBe(true);
      }
    }
    expect(answered).toBeGreaterThan(SAMPLES * 0.8);
  });

  it('leaves followIk’s answer unchanged (joints, status and limit joint)', () => {
    const rng = seedPrng(`follow:${robot.id}`);
    const a = new Float64Array(6);
    const b = new Float64Array(6);
    for (let n = 0; n < SAMPLES; n++) {
      for (let j = 0; j < 6; j++) {
        const [lo, hi] = robot.jointLimits[j]!;
        q[j] = nextRange(rng, lo, hi);
      }
      if (n % 7 === 1) q[4] = [0, 1e-9, Math.PI][n % 3]!;
      if (n % 7 === 2) q[2] = [0, 1e-9][n % 2]!;
      robot.fk(q, pose);
      const scale = HINT_SCALES[n % HINT_SCALES.length]!;
      for (let j = 0; j < 6; j++) hint[j] = q[j]! + (nextFloat(rng) - 0.5) * 2 * scale;
      a.fill(7);
      b.fill(7);
      const ra = followIk(robot, pose, hint, a);
      const la = lastLimitJoint;
      const rb = followIk(fullOnly, pose, hint, b);
      const lb = lastLimitJoint;
      expect(ra).toBe(rb);
      if (ra === 2) expect(la).toBe(lb);
      expect(sameBits(a, 0, b, 0, 6), `${Array.from(a)} vs ${Array.from(b)}`).toBe(true);
    }
  });
});
