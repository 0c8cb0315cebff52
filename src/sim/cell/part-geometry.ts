// The workpiece and its fixture as solid bodies, in the work-object frame: what the torch can hit, and what
// the app draws. Derived from the seam (start, end, normal), the joint type and the plate thickness.
import type { CellConfig } from './types.ts';
import type { PhysicsScene, SceneBody, TorchCapsule } from '../physics/index.ts';
import { hypot3 } from '../core/fmath.ts';

/** Plate width either side of the joint, m [model: 100 mm coupons, a common test-piece width (ISO 9606-1 fig. 1 class)]. */
const PLATE_WIDTH_M = 0.1;
/** Clamp jaw size, m [model]. */
const CLAMP_HALF_M: [number, number, number] = [0.02, 0.03, 0.015];

// Torch envelope in the TCP frame (TCP = wire tip, +Z out of the contact tip, domain §3.2). [model] A Ø16 mm
// nozzle whose face sits at the contact tip, 15 mm behind the wire tip (15 mm stick-out, robot/tool.ts), and a
// Ø40 mm gooseneck body behind it.
export const TORCH_CAPSULES: TorchCapsule[] = [
  { id: 'nozzle', from: [0, 0, -0.023], to: [0, 0, -0.07], radiusM: 0.008 },
  { id: 'neck', from: [0, 0, -0.09], to: [0, 0, -0.2], radiusM: 0.02 },
];

function boxPose(centre: number[], ex: number[], ey: number[], ez: number[]): number[] {
  return [
    ex[0]!,
    ey[0]!,
    ez[0]!,
    centre[0]!,
    ex[1]!,
    ey[1]!,
    ez[1]!,
    centre[1]!,
    ex[2]!,
    ey[2]!,
    ez[2]!,
    centre[2]!,
  ];
}

const add = (a: number[], b: number[], k = 1) => a.map((v, i) => v + k * b[i]!);
const cross = (a: number[], b: number[]) => [
  a[1]! * b[2]! - a[2]! * b[1]!,
  a[2]! * b[0]! - a[0]! * b[2]!,
  a[0]! * b[1]! - a[1]! * b[0]!,
];
const norm = (a: number[]) => {
  const l = hypot3(a[0]!, a[1]!, a[2]!);
  return a.map((v) => v / l);
};

/** Solid bodies of the part (plates or pipe) and its clamps, in the work-object frame. */
export function partBodies(cell: CellConfig): SceneBody[] {
  const wp = cell.workpiece;
  const t = wp.thicknessMm / 1000;
  if (cell.family === 'orbital') {
    const od = (wp.pipeOdMm ?? 219.1) / 1000;
    // Pipe axis along +Y of the pipe frame (robot/orbital-carriage.ts); PipeBody axis is local Z.
    const c = wp.seamStart;
    // Local Z (the PipeBody axis) → +Y; local Y → −Z; local X → +X (right-handed).
    return [
      {
        id: 'pipe',
        role: 'workpiece',
        shape: 'pipe',
        outerRadiusM: od / 2,
        wallM: Math.min(t, od / 2),
        lengthM: 0.6,
        pose: [1, 0, 0, c[0], 0, 0, 1, c[1], 0, -1, 0, c[2]],
      },
    ];
  }
  const d = norm([
    wp.seamEnd[0] - wp.seamStart[0],
    wp.seamEnd[1] - wp.seamStart[1],
    wp.seamEnd[2] - wp.seamStart[2],
  ]);
  const len = hypot3(
    wp.seamEnd[0] - wp.seamStart[0],
    wp.seamEnd[1] - wp.seamStart[1],
    wp.seamEnd[2] - wp.seamStart[2],
  );
  const n = norm(wp.seamNormal);
  const l = norm(cross(n, d));
  const mid = [
    (wp.seamStart[0] + wp.seamEnd[0]) / 2,
    (wp.seamStart[1] + wp.seamEnd[1]) / 2,
    (wp.seamStart[2] + wp.seamEnd[2]) / 2,
  ];
  const bodies: SceneBody[] = [];
  // Plates run 60 mm past each seam end (run-on/run-off length) so the clamps sit clear of the torch path.
  const halfLen = len / 2 + 0.06;
  if (wp.joint === 'butt') {
    // Two plates whose top faces contain the seam, either side of the root gap.
    const g = wp.gapMm / 2000;
    for (const side of [-1, 1]) {
      const c = add(add(mid, l, side * (g + PLATE_WIDTH_M / 2)), n, -t / 2);
      bodies.push({
        id: side < 0 ? 'plate-a' : 'plate-b',
        role: 'workpiece',
        shape: 'box',
        pose: boxPose(c, d, l, n),
        halfExtentsM: [halfLen, PLATE_WIDTH_M / 2, t / 2],
      });
    }
  } else {
    // Fillet/lap: faces f1, f2 at 90° with the bisector n between them; each plate lies behind its face.
    const f1 = norm(add(n, l));
    const f2 = norm(add(n, l, -1));
    const c1 = add(add(mid, f2, PLATE_WIDTH_M / 2), f1, -t / 2);
    const c2 = add(add(mid, f1, PLATE_WIDTH_M / 2 + t), f2, -t / 2);
    bodies.push({
      id: 'plate-flange',
      role: 'workpiece',
      shape: 'box',
      pose: boxPose(c1, d, f2, f1),
      halfExtentsM: [halfLen, PLATE_WIDTH_M / 2, t / 2],
    });
    bodies.push({
      id: 'plate-web',
      role: 'workpiece',
      shape: 'box',
      pose: boxPose(c2, d, f1, f2),
      halfExtentsM: [halfLen, PLATE_WIDTH_M / 2 + t, t / 2],
    });
  }
  // Clamps beyond both seam ends, on the plate that lies flat, 80 mm out from the joint line.
  const up = wp.joint === 'butt' ? n : norm(add(n, l, -1));
  const out = wp.joint === 'butt' ? l : norm(add(n, l));
  for (const end of [-1, 1]) {
    const c = add(add(add(mid, d, end * (len / 2 + 0.035)), out, PLATE_WIDTH_M * 0.8), up, CLAMP_HALF_M[2]);
    bodies.push({
      id: end < 0 ? 'clamp-start' : 'clamp-end',
      role: 'fixture',
      shape: 'box',
      pose: boxPose(c, d, cross(up, d), up),
      halfExtentsM: CLAMP_HALF_M,
    });
  }
  return bodies;
}

export function cellPhysicsScene(cell: CellConfig): PhysicsScene {
  return { bodies: partBodies(cell), torch: { capsules: TORCH_CAPSULES } };
}
