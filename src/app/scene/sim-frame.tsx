// The simulator's world frame is Z-up (robot base frames, ISO 6983 / DH convention); three.js is Y-up.
// Everything positioned in sim coordinates lives under <SimFrame>, rotated -90° about X.
import type { ReactNode } from 'react';

const Z_UP_TO_Y_UP: [number, number, number] = [-Math.PI / 2, 0, 0];

export function SimFrame({ children }: { children: ReactNode }) {
  return <group rotation={Z_UP_TO_Y_UP}>{children}</group>;
}

/** Three.js world (Y-up) to sim world (Z-up), written into `out`. */
export function threeToSim(x: number, y: number, z: number, out: [number, number, number]): void {
  out[0] = x;
  out[1] = -z;
  out[2] = y;
}

/** Sim world (Z-up) to three.js world (Y-up), written into `out`. */
export function simToThree(x: number, y: number, z: number, out: [number, number, number]): void {
  out[0] = x;
  out[1] = z;
  out[2] = -y;
}
