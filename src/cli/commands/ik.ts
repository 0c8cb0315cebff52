// `weldtwin ik`: batch analytic inverse kinematics, every solution (CONTRACTS.md "ik").
import type { Command } from '../command.ts';
import type { RobotModel } from '../../sim/robot/index.ts';
import { Checker, readBatch } from '../input.ts';
import { fromPositionRotation, mat34 } from '../../sim/core/transform.ts';
import { checkRobot, noArguments } from './robots.ts';

export const ikCommand: Command = {
  name: 'ik',
  summary: 'inverse kinematics: flange pose -> every analytic solution (batch JSON on stdin)',
  help: `usage: echo '[{"robot": "ur10e", "position": [x, y, z], "rotation": [[...], [...], [...]]}]' | npm run -s weldtwin -- ik

stdin:  [{"robot": "<id>", "position": [x, y, z], "rotation": [[r11, r12, r13], [r21, r22, r23], [r31, r32, r33]]}, ...]
stdout: [{"solutions": [[q1, ..., qn], ...]}, ...]

The pose is the flange in the robot's kinematic base frame, as \`weldtwin fk\` prints it (metres, rotation rows).
Every analytic solution is listed (up to 8 for the 6-axis arms: shoulder x elbow x wrist), each joint wrapped into
its limits (the representative in (-pi, pi] where the limits allow it), each reproducing the pose through fk within
1e-9 m and 1e-9 rad. A pose out of reach answers {"solutions": []}; it is not an error. The positioner and the
orbital carriage have fewer axes than a pose: they answer only poses they can reach exactly.
`,
  run(args, io) {
    noArguments(args);
    const items = readBatch(io.stdin());
    const check = new Checker();
    const jobs: { robot: RobotModel; position: number[]; rotation: number[][] }[] = [];
    items.forEach((item, i) => {
      const path = `[${i}]`;
      const obj = check.object(item, path);
      if (!obj) return;
      check.knownKeys(obj, path, ['robot', 'position', 'rotation']);
      const robot = checkRobot(check, obj.robot, `${path}.robot`);
      const position = check.numbers(obj.position, `${path}.position`, 3);
      const rotation = check.matrix3(obj.rotation, `${path}.rotation`);
      if (robot && position && rotation) jobs.push({ robot, position, rotation });
    });
    check.throwIfAny();
    const target = mat34();
    const solutions = new Float64Array(8 * 6);
    const results = jobs.map(({ robot, position, rotation }) => {
      fromPositionRotation(position, rotation, target);
      const n = robot.ik(target, solutions);
      const list: number[][] = [];
      for (let k = 0; k < n; k++)
        list.push(Array.from(solutions.subarray(k * robot.dof, (k + 1) * robot.dof)));
      return { solutions: list };
    });
    io.out(JSON.stringify(results) + '\n');
    return 0;
  },
};
