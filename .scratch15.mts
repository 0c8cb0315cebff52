import { getRobot } from './src/sim/robot/index.ts';
import { standardCell, parkJoints, torchPoseOnSeam } from './src/sim/cell/standard-cells.ts';
import { seamFrame } from './src/sim/cell/seam-geometry.ts';
import { invert34, mat34, multiply34 } from './src/sim/core/transform.ts';
import { followIk } from './src/sim/motion/ik-follow.ts';
const pos = (process.argv[2] ?? 'PF') as any;
const fam = (process.argv[3] ?? 'cobot') as any;
const cell = standardCell(fam, { material: 'carbon-steel', thicknessMm: 12, joint: (process.argv[4] ?? 'fillet') as any, position: pos, lengthMm: 200 });
const wp = cell.workpiece; const sh = Number(process.argv[5] ?? 0); wp.seamStart = [wp.seamStart[0], wp.seamStart[1] + sh, wp.seamStart[2]]; wp.seamEnd = [wp.seamEnd[0], wp.seamEnd[1] + sh, wp.seamEnd[2]];
const f = seamFrame(wp.seamStart, wp.seamEnd, wp.seamNormal);
const robot = getRobot(cell.robotId)!;
for (const [along, stand] of [[0, 30], [0, 80], [0, 120], [0,0], [1, 0], [1,40]]) {
  const at = [0, 1, 2].map((i) => wp.seamStart[i]! + f.dir[i]! * f.lengthM * along!);
  const pose = torchPoseOnSeam(at, f.normal, f.dir, 10, stand!);
  const fl = mat34(), s = mat34();
  invert34(cell.tool, s); multiply34(pose, s, fl); invert34(cell.robotBase, s); multiply34(s, fl, fl);
  const sol = new Float64Array(72);
  const n = robot.ik(fl, sol, parkJoints(fam));
  const q = parkJoints(fam).slice();
  const st = followIk(robot, fl, q, q);
  console.log(along, stand, 'n', n, 'follow', st, q.map((x) => x.toFixed(2)).join(' '));
}
console.log('park', parkJoints(fam));
