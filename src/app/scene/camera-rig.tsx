// Moves the desktop camera to the cell's viewpoint when the cell changes (the user orbits from there).
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import type { CellFamily } from '../../sim/cell/types.ts';
import { cellCameras } from '../cells/cell-registry.ts';

interface OrbitLike {
  target: { set(x: number, y: number, z: number): void };
  update(): void;
}

export function CameraRig({ family }: { family: CellFamily }) {
  const camera = useThree((s) => s.camera);
  const controls = useThree((s) => s.controls) as unknown as OrbitLike | null;
  useEffect(() => {
    const view = cellCameras[family];
    camera.position.set(...view.position);
    controls?.target.set(...view.target);
    controls?.update();
  }, [family, camera, controls]);
  return null;
}
