// Poses used across the motion tests: a torch pointing straight down, and joints to reach it.
import type { RobotModel } from '../../../src/sim/robot/index.ts';
import { createTorchTool } from '../../../src/sim/robot/index.ts';
import { invert34, multiply34 } from '../../../src/sim/core/transform.ts';

/** The robot layer's default 22° MIG torch (TCP at the wire tip). */
export function defaultTorch(): number[] {
  return Array.from(createTorchTool().tcp);
}

/** TCP pose with the torch (tool Z) straight down, tool X along base +X, at (x, y, z) metres. */
export function downPose(x: number, y: number, z: number): number[] {
  return [1, 0, 0, x, 0, -1, 0, y, 0, 0, -1, z];
}

/** All IK solutions for a TCP pose (base frame) with `tool`; the one nearest `hint`, or null. */
export function solvePoseHint(
  robot: RobotModel,
  tcp: number[],
  tool: number[],
  hint: number[],
): number[] | null {
  const inv = new Float64Array(12);
  const flange = new Float64Array(12);
  invert34(tool, inv);
  multiply34(tcp, inv, flange);
  const out = new Float64Array(8 * robot.dof);
  const n = robot.ik(flange, out, hint);
  let best: number[] | null = null;
  let bestD = Infinity;
  for (let s = 0; s < n; s++) {
    const q = Array.from(out.subarray(s * robot.dof, (s + 1) * robot.dof));
    let d = 0;
    for (let j = 0; j < robot.dof; j++) {
      const w = Math.atan2(Math.sin(q[j]! - hint[j]!), Math.cos(q[j]! - hint[j]!));
      q[j] = hint[j]! + w;
      d += w * w;
    }
    if (d < bestD) {
      bestD = d;
      best = q;
    }
  }
  return best;
}
