// Which named singularity (domain/robots.md §1.6) the arm is nearest, relative to the robot layer's tolerances.
import type { RobotModel, SingularityKind } from '../robot/index.ts';
import { DEFAULT_SINGULARITY_TOLERANCES, singularityDistances } from '../robot/index.ts';

const dist = new Float64Array(3);

export function nearestSingularity(robot: RobotModel, q: ArrayLike<number>): SingularityKind | 'unknown' {
  if (!robot.singularityDistances) return 'unknown';
  singularityDistances(robot, q, dist);
  const t = DEFAULT_SINGULARITY_TOLERANCES;
  const w = dist[0]! / t.wrist,
    s = dist[1]! / t.shoulder,
    e = dist[2]! / t.elbow;
  return w <= s && w <= e ? 'wrist' : s <= e ? 'shoulder' : 'elbow';
}
