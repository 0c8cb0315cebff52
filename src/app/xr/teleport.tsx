// Teleport locomotion on the right thumbstick: push forward to aim (a marker shows where the ray meets the floor),
// let go to stand there. The XR origin moves so the head lands over the marked spot. The trigger stays free for
// the torch and the pendant. Each cell has its own starting spot: outside the industrial cell's guarded zone
// (its light curtain would stop the robot with the trainee standing inside it).
import { useFrame } from '@react-three/fiber';
import { XROrigin } from '@react-three/xr';
import { useEffect, useRef } from 'react';
import type { CellFamily } from '../../sim/cell/types.ts';
import { type Group, type Mesh, Vector3 } from 'three';
import { probe } from '../probe.ts';
import { useSimStore } from '../stores/sim-store.ts';
import { xrInput, xrOrigin } from './xr-input.ts';

/** Thumbstick travel that arms the teleport, and the release point (hysteresis). */
const ARM_AT = -0.7;
const RELEASE_AT = -0.3;
/** Farthest teleport, m (the shop floor around the cells). */
const MAX_RANGE_M = 8;

const hit = new Vector3();

/**
 * Where the XR origin starts in each cell (three.js, m): the headset then stands 1.2 m + z in front of the
 * robot base. Industrial: 1.9 m, outside the ±1.5 m guarded zone, so only a deliberate reach trips the curtain.
 */
export const XR_START: Record<CellFamily, [number, number, number]> = {
  cobot: [0, 0, 0],
  industrial: [0, 0, 0.7],
  orbital: [0, 0, 0],
};

export function Teleport() {
  const origin = useRef<Group>(null);
  const marker = useRef<Mesh>(null);
  const st = useRef({ armed: false, valid: false });
  const family = useSimStore((s) => s.family);
  useEffect(() => {
    origin.current?.position.set(...XR_START[family]);
  }, [family]);
  useEffect(() => {
    xrOrigin.current = origin.current;
    return () => {
      xrOrigin.current = null;
    };
  }, []);
  useFrame(() => {
    const right = xrInput.right;
    const s = st.current;
    const m = marker.current;
    const o = origin.current;
    if (!m || !o) return;
    if (!xrInput.active || !right.connected) {
      m.visible = false;
      return;
    }
    if (!s.armed && right.thumbY <= ARM_AT) s.armed = true;
    if (s.armed) {
      // Where the pointing ray meets the floor (y = 0).
      const d = right.rayDirection;
      const t = d.y < -1e-3 ? -right.rayOrigin.y / d.y : Number.POSITIVE_INFINITY;
      s.valid = t < MAX_RANGE_M;
      if (s.valid) hit.copy(right.rayOrigin).addScaledVector(d, t);
      m.visible = s.valid;
      if (s.valid) m.position.set(hit.x, 0.005, hit.z);
      if (right.thumbY > RELEASE_AT) {
        s.armed = false;
        m.visible = false;
        if (s.valid) {
          o.position.x += hit.x - xrInput.head.x;
          o.position.z += hit.z - xrInput.head.z;
          probe.xr.teleports++;
        }
      }
    }
  }, -35);
  return (
    <>
      <XROrigin ref={origin} />
      <mesh ref={marker} rotation={[-Math.PI / 2, 0, 0]} visible={false}>
        <ringGeometry args={[0.18, 0.24, 32]} />
        <meshBasicMaterial color="#7fd0ff" transparent opacity={0.8} />
      </mesh>
    </>
  );
}
