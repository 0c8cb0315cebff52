// Shop floor: a large plane with a 1 m grid so trainees can judge distances.
export function Floor() {
  return (
    <group>
      <mesh rotation={[-Math.PI / 2, 0, 0]} receiveShadow>
        <planeGeometry args={[20, 20]} />
        <meshStandardMaterial color="#3b4148" roughness={0.95} />
      </mesh>
      <gridHelper args={[20, 20, '#59616b', '#4a5159']} position={[0, 0.001, 0]} />
    </group>
  );
}
