// Welding helmet down in the headset: a dark green filter over the view (auto-darkening lens, shade ~DIN 11).
import { useFrame } from '@react-three/fiber';
import { useRef } from 'react';
import { BackSide, type Mesh } from 'three';
import { useSimStore } from '../stores/sim-store.ts';

export function HelmetShade() {
  const mesh = useRef<Mesh>(null);
  useFrame((state) => {
    const m = mesh.current;
    if (!m) return;
    m.visible = useSimStore.getState().view.helmetDown;
    if (m.visible) state.camera.getWorldPosition(m.position);
  });
  return (
    <mesh ref={mesh} renderOrder={10_000} visible={false} frustumCulled={false}>
      <sphereGeometry args={[0.3, 16, 12]} />
      <meshBasicMaterial
        color="#0b2a12"
        transparent
        opacity={0.82}
        side={BackSide}
        depthTest={false}
        depthWrite={false}
      />
    </mesh>
  );
}
