// IK throughput fixture for `weldtwin bench` (ik_us): N analytic IK calls (all solutions) over a fixed pose set.
// Pure: poses come from FK of seeded random joints; the caller measures the wall time.
import type { RobotModel } from './types.ts';
import { nextRange, seedPrng } from '../core/prng.ts';
import { ur10e } from './ur-models.ts';

const POSE_COUNT = 1024;
const poseSets = new Map<RobotModel, Float64Array[]>();
const solutions = new Float64Array(48);
const joints = new Float64Array(6);

/** Build (once) the pose set for `model`: FK of seeded random joints inside the limits, clipped to ±π. */
export function prepareIkBench(model: RobotModel = ur10e): readonly Float64Array[] {
  let poses = poseSets.get(model);
  if (poses) return poses;
  poses = [];
  const st = seedPrng(`bench-ik:${model.id}`);
  for (let i = 0; i < POSE_COUNT; i++) {
    for (let j = 0; j < model.dof; j++) {
      const [lo, hi] = model.jointLimits[j]!;
      joints[j] = nextRange(st, Math.max(lo, -Math.PI), Math.min(hi, Math.PI));
    }
    poses.push(model.fk(joints, new Float64Array(12)) as Float64Array);
  }
  poseSets.set(model, poses);
  return poses;
}

/**
 * Run `count` IK calls for `model` (default UR10e) cycling through the pose set; returns a checksum
 * (solutions found plus the first joint of each first solution) so the work cannot be optimised away.
 * Call once with a small count first to build the pose set and warm the JIT outside the timed run.
 */
export function benchIk(count: number, model: RobotModel = ur10e): number {
  const poses = prepareIkBench(model);
  let checksum = 0;
  for (let i = 0; i < count; i++) {
    const n = model.ik(poses[i % POSE_COUNT]!, solutions);
    checksum += n + (n > 0 ? solutions[0]! : 0);
  }
  return checksum;
}
