// Teleport locomotion: point the teleport ray (thumbstick forward) at the shop floor and release.
import { TeleportTarget, XROrigin } from '@react-three/xr';
import { useState } from 'react';
import type { Vector3 } from 'three';

/** Walkable floor around the cells, m. */
const FLOOR_SIZE = 14;

export function Teleport() {
  const [position, setPosition] = useState<[number, number, number]>([0, 0, 0]);
  return (
    <>
      <XROrigin position={position} />
      <TeleportTarget onTeleport={(p: Vector3) => setPosition([p.x, 0, p.z])}>
        <mesh rotation={[-Math.PI / 2, 0, 0]} position={[0, 0.002, 0]} name="teleport-floor">
          <planeGeometry args={[FLOOR_SIZE, FLOOR_SIZE]} />
          <meshBasicMaterial transparent opacity={0} depthWrite={false} />
        </mesh>
      </TeleportTarget>
    </>
  );
}
