// `weldtwin fk`: batch forward kinematics, flange pose in the robot's kinematic base frame (CONTRACTS.md "fk").
import type { Command } from '../command.ts';
import type { RobotModel } from '../../sim/robot/index.ts';
import { Checker, readBatch } from '../input.ts';
import { mat34, positionOf, rotationOf } from '../../sim/core/transform.ts';
import { checkRobot, noArguments } from './robots.ts';

export const fkCommand: Command = {
  name: 'fk',
  summary: 'forward kinematics: joints -> flange pose (batch JSON on stdin)',
  help: `usage: echo '[{"robot": "ur10e", "joints": [0, -1.57, 1.57, 0, 1.57, 0]}]' | npm run -s weldtwin -- fk

stdin:  [{"robot": "<id>", "joints": [q1, ..., qn]}, ...]     (n = the robot's dof; see \`weldtwin robots\`)
stdout: [{"position": [x, y, z], "rotation": [[r11, r12, r13], [r21, r22, r23], [r31, r32, r33]]}, ...]

The flange (no tool) in the robot's kinematic base frame, metres; rotation rows map flange axes into the base.
cobot: UR controller "Base" of UR's DH table, flange = tool0 (Z out of the flange).
fanuc-m10ia: URDF base_link on the floor, flange = tool0. positioner-2axis: faceplate in the positioner base.
orbital-carriage: wire tip in the pipe frame (+Y pipe axis, +Z = 12 o'clock).
Joints outside the joint limits are an input error (exit 2).
`,
  run(args, io) {
    noArguments(args);
    const items = readBatch(io.stdin());
    const check = new Checker();
    const jobs: { robot: RobotModel; joints: number[] }[] = [];
    items.forEach((item, i) => {
      const path = `[${i}]`;
      const obj = check.object(item, path);
      if (!obj) return;
      check.knownKeys(obj, path, ['robot', 'joints']);
      const robot = checkRobot(check, obj.robot, `${path}.robot`);
      if (!robot) return;
      const joints = check.numbers(obj.joints, `${path}.joints`, robot.dof);
      if (!joints) return;
      let ok = true;
      joints.forEach((q, j) => {
        const [lo, hi] = robot.jointLimits[j]!;
        const unit = robot.jointTypes?.[j] === 'prismatic' ? 'm' : 'rad';
        if (check.number(q, `${path}.joints[${j}]`, { min: lo, max: hi, unit }) === undefined) ok = false;
      });
      if (ok) jobs.push({ robot, joints });
    });
    check.throwIfAny();
    const pose = mat34();
    const results = jobs.map(({ robot, joints }) => {
      robot.fk(joints, pose);
      return { position: positionOf(pose), rotation: rotationOf(pose) };
    });
    io.out(JSON.stringify(results) + '\n');
    return 0;
  },
};
