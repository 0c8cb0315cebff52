// A complete cobot weld program on the UR10e for tests and the benchmark: approach (MoveJ), arc start,
// a woven straight seam with a corner zone, a circular seam, arc end, depart.
import type { MotionProgram } from '../../../src/sim/motion/index.ts';
import { UR10E, offset } from './fixtures.ts';
import { downPose } from './poses.ts';

const s = UR10E.start;
const above = offset(s, [0, 0, 1], 0.05);
const p1 = offset(s, UR10E.along, 0.15);
const p2 = offset(p1, [1, 0, 0], 0.1);
const via = offset(offset(p2, UR10E.along, 0.05), [1, 0, 0], 0.05);
const p3 = offset(p2, UR10E.along, 0.1);

export const weldProgram: MotionProgram = {
  name: 'fillet with corner and arc',
  targets: {
    approach: { kind: 'pose', pose: downPose(...above) },
    start: { kind: 'pose', pose: downPose(...s) },
    p1: { kind: 'pose', pose: downPose(...p1) },
    p2: { kind: 'pose', pose: downPose(...p2) },
    via: { kind: 'pose', pose: downPose(...via) },
    p3: { kind: 'pose', pose: downPose(...p3) },
    depart: { kind: 'pose', pose: downPose(...offset(p3, [0, 0, 1], 0.05)) },
  },
  instructions: [
    { type: 'MoveJ', to: 'approach', speed: { kind: 'percent', percent: 50 }, zone: 20 },
    { type: 'MoveL', to: 'start', speedMmPerS: 50, zone: 'fine' },
    {
      type: 'MoveL',
      to: 'p1',
      speedMmPerS: 8,
      zone: 5,
      arc: true,
      weave: { pattern: 'sine', widthMm: 6, frequencyHz: 2, leftDwellS: 0.1, rightDwellS: 0.1 },
    },
    {
      type: 'MoveL',
      to: 'p2',
      speedMmPerS: 8,
      zone: 5,
      arc: true,
      weave: { pattern: 'zigzag', widthMm: 5, frequencyHz: 2.5, centreDwellS: 0.05 },
    },
    { type: 'MoveC', via: 'via', to: 'p3', speedMmPerS: 10, zone: 'fine', arc: true },
    { type: 'MoveL', to: 'depart', speedMmPerS: 100, zone: 'fine' },
  ],
};
