// Placeholder cell shown until the real cells load: floor, welding table, a simple arm.
import { SimFrame } from '../scene/sim-frame.tsx';

export function PlaceholderCell() {
  return (
    <SimFrame>
      {/* Welding table 1.2 x 0.8 m, top at 0.85 m. */}
      <mesh position={[0.7, 0, 0.825]} castShadow receiveShadow>
        <boxGeometry args={[0.8, 1.2, 0.05]} />
        <meshStandardMaterial color="#5b6470" metalness={0.6} roughness={0.5} />
      </mesh>
      <mesh position={[0.7, 0, 0.4]}>
        <boxGeometry args={[0.7, 1.1, 0.8]} />
        <meshStandardMaterial color="#3a4049" metalness={0.3} roughness={0.8} />
      </mesh>
      {/* Robot pedestal and a two-link stand-in. */}
      <mesh position={[0, 0, 0.4]} rotation={[Math.PI / 2, 0, 0]}>
        <cylinderGeometry args={[0.1, 0.12, 0.8, 24]} />
        <meshStandardMaterial color="#2f3a44" />
      </mesh>
      <mesh position={[0.15, 0, 1.1]} rotation={[0, Math.PI / 4, 0]}>
        <boxGeometry args={[0.08, 0.08, 0.7]} />
        <meshStandardMaterial color="#c9d1d9" />
      </mesh>
    </SimFrame>
  );
}
