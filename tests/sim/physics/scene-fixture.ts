// A small welding scene: a 10 mm plate on the table, a clamp block on it, a pipe on the side, and a torch made
// of a nozzle and a neck capsule (TCP frame: Z along the wire, the torch body on −Z).
import type { PhysicsScene } from '../../../src/sim/physics/index.ts';

export const scene: PhysicsScene = {
  bodies: [
    // Plate 300 × 200 × 10 mm, top face at z = 0.
    {
      id: 'plate',
      role: 'workpiece',
      shape: 'box',
      pose: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, -0.005],
      halfExtentsM: [0.15, 0.1, 0.005],
    },
    // Clamp jaw 40 × 40 × 30 mm sitting on the plate near one end.
    {
      id: 'clamp',
      role: 'fixture',
      shape: 'box',
      pose: [1, 0, 0, 0.12, 0, 1, 0, 0, 0, 0, 1, 0.015],
      halfExtentsM: [0.02, 0.02, 0.015],
    },
    // Pipe Ø168.3 × 7.1 mm, 0.3 m long, axis along X, beside the plate.
    {
      id: 'pipe',
      role: 'workpiece',
      shape: 'pipe',
      pose: [0, 0, 1, 0, 0, 1, 0, 0.4, -1, 0, 0, 0.1],
      outerRadiusM: 0.08415,
      wallM: 0.0071,
      lengthM: 0.3,
    },
  ],
  torch: {
    capsules: [
      // Nozzle: from 15 mm behind the wire tip (the stick-out) 60 mm up, Ø20 mm.
      { id: 'nozzle', from: [0, 0, -0.015], to: [0, 0, -0.075], radiusM: 0.01 },
      // Neck: further up, Ø28 mm.
      { id: 'neck', from: [0, 0, -0.075], to: [0, 0, -0.25], radiusM: 0.014 },
    ],
  },
};

/** Torch pointing straight down (tool Z = −world Z) with the wire tip at (x, y, z). */
export function torchDown(x: number, y: number, z: number): number[] {
  return [1, 0, 0, x, 0, -1, 0, y, 0, 0, -1, z];
}
