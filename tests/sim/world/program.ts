// The cobot fillet weld program used by world tests: approach, arc on along the seam, depart.
import type { MotionProgram, WeaveData } from '../../../src/sim/motion/index.ts';
import type { WorldInit } from '../../../src/sim/world-state.ts';
import { torchPoseAt } from './torch-pose.ts';

export function filletProgram(
  init: WorldInit,
  opts: { speedMmPerS?: number; travelAngleDeg?: number; weave?: WeaveData } = {},
): MotionProgram {
  const wp = init.cell.workpiece;
  const n = wp.seamNormal;
  const d = [
    wp.seamEnd[0] - wp.seamStart[0],
    wp.seamEnd[1] - wp.seamStart[1],
    wp.seamEnd[2] - wp.seamStart[2],
  ];
  const l = Math.hypot(d[0]!, d[1]!, d[2]!);
  const dir = d.map((x) => x / l);
  const ta = opts.travelAngleDeg ?? 10;
  return {
    targets: {
      approach: { kind: 'pose', pose: torchPoseAt(wp.seamStart, n, dir, ta, 30) },
      start: { kind: 'pose', pose: torchPoseAt(wp.seamStart, n, dir, ta, 0) },
      end: { kind: 'pose', pose: torchPoseAt(wp.seamEnd, n, dir, ta, 0) },
      depart: { kind: 'pose', pose: torchPoseAt(wp.seamEnd, n, dir, ta, 40) },
    },
    instructions: [
      { type: 'MoveJ', to: 'approach', speed: { kind: 'percent', percent: 30 }, zone: 'fine' },
      { type: 'MoveL', to: 'start', speedMmPerS: 50, zone: 'fine' },
      {
        type: 'MoveL',
        to: 'end',
        speedMmPerS: opts.speedMmPerS ?? 7.5,
        zone: 'fine',
        arc: true,
        ...(opts.weave ? { weave: opts.weave } : {}),
      },
      { type: 'MoveL', to: 'depart', speedMmPerS: 100, zone: 'fine' },
    ],
  };
}
