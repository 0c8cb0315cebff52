// `weldtwin robots`: the robot catalogue (CONTRACTS.md "robots"). Also the shared robot-id check of fk and ik.
import type { Command } from '../command.ts';
import type { Checker } from '../input.ts';
import type { RobotModel } from '../../sim/robot/index.ts';
import { parseArgs, InputError } from '../input.ts';
import { getRobot, robots } from '../../sim/robot/index.ts';

/** The robot named by `v`, or undefined with a problem like `[0].robot: unknown robot "ur11"; known: ...`. */
export function checkRobot(check: Checker, v: unknown, path: string): RobotModel | undefined {
  const id = check.string(v, path);
  if (id === undefined) return undefined;
  const robot = getRobot(id);
  if (!robot)
    return check.fail(
      path,
      `unknown robot ${JSON.stringify(id)}; known: ${robots.map((r) => r.id).join(', ')}`,
    );
  return robot;
}

/** Reject options and positional arguments: batch commands take everything on stdin. */
export function noArguments(args: string[]): void {
  const { positionals } = parseArgs(args, []);
  if (positionals.length) {
    throw new InputError(
      positionals.map((p) => `${p}: unexpected argument; this command reads a JSON array on stdin`),
    );
  }
}

export const robotsCommand: Command = {
  name: 'robots',
  summary: 'list the robot models (id, family, joint limits, max joint speeds)',
  help: `usage: npm run -s weldtwin -- robots

Prints the robot catalogue as one JSON array:
  [{"id", "name", "family", "dof", "jointLimits": [[min, max], ...], "maxJointSpeed": [...]}]

Units: rad and rad/s for revolute joints, m and m/s for the prismatic axes of the orbital carriage.
Families: cobot (ur10e, ur5e: UR's published DH table), industrial (fanuc-m10ia: OPW kinematics;
positioner-2axis: tilt + rotate), orbital (orbital-carriage: travel angle, oscillation, torch height
on an NPS 8 pipe, 219.1 mm OD).
`,
  run(args, io) {
    noArguments(args);
    const list = robots.map((r) => ({
      id: r.id,
      name: r.name,
      family: r.family,
      dof: r.dof,
      jointLimits: r.jointLimits.map(([lo, hi]) => [lo, hi]),
      maxJointSpeed: [...r.maxJointSpeed],
    }));
    io.out(JSON.stringify(list) + '\n');
    return 0;
  },
};
