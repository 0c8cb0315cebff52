// What the arc looks like: a flickering blue-white light and glow at the wire tip and a shower of sparks
// (one instanced mesh, particle pool in typed arrays). Driven by the sim view; no per-frame allocation.
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  AdditiveBlending,
  BoxGeometry,
  Color,
  DynamicDrawUsage,
  type InstancedMesh,
  Matrix4,
  type Mesh,
  MeshBasicMaterial,
  type PointLight,
  Quaternion,
  SphereGeometry,
  Vector3,
} from 'three';
import { probe } from '../probe.ts';
import { useSimStore } from '../stores/sim-store.ts';

/** Spark pool size and spawn rate (visual): GMAW short-arc spatter is tens to hundreds of droplets per second. */
export const MAX_SPARKS = 180;
const SPAWN_PER_S = 260;
const GRAVITY = 9.81;
const SPARK_LIFE_S = 0.7;

const px = new Float32Array(MAX_SPARKS * 3);
const pv = new Float32Array(MAX_SPARKS * 3);
const life = new Float32Array(MAX_SPARKS);
const m = new Matrix4();
const q = new Quaternion();
const v = new Vector3();
const p = new Vector3();
const s = new Vector3();
const Z = new Vector3(0, 0, 1);

/** Deterministic-enough visual noise (not the sim's PRNG: sparks are not part of the twin). */
let seed = 0x9e3779b9;
function rand(): number {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 4294967296;
}

export function ArcEffects() {
  const light = useRef<PointLight>(null);
  const glow = useRef<Mesh>(null);
  const sparks = useRef<InstancedMesh>(null);
  const res = useMemo(
    () => ({
      sparkGeometry: new BoxGeometry(0.0006, 0.0006, 0.006),
      sparkMaterial: new MeshBasicMaterial({ color: new Color(1, 0.7, 0.25), toneMapped: false }),
      glowGeometry: new SphereGeometry(0.006, 12, 8),
      glowMaterial: new MeshBasicMaterial({
        color: new Color(0.75, 0.85, 1),
        transparent: true,
        opacity: 0.9,
        blending: AdditiveBlending,
        depthWrite: false,
        toneMapped: false,
      }),
    }),
    [],
  );
  useEffect(() => {
    sparks.current?.instanceMatrix.setUsage(DynamicDrawUsage);
    return () => {
      res.sparkGeometry.dispose();
      res.sparkMaterial.dispose();
      res.glowGeometry.dispose();
      res.glowMaterial.dispose();
    };
  }, [res]);

  const spawnDebt = useRef(0);
  useFrame((_state, delta) => {
    const view = useSimStore.getState().view;
    const dt = Math.min(delta, 0.05);
    const t = view.tcp;
    const on = view.arcOn;
    const flicker = 0.75 + 0.5 * rand();
    if (light.current) {
      light.current.position.set(t[3]!, t[7]!, t[11]!);
      // Arc light is intense: a few hundred candela-equivalent, flickering with droplet transfer.
      light.current.intensity = on ? 6 * flicker : 0;
    }
    if (glow.current) {
      glow.current.visible = on;
      glow.current.position.set(t[3]!, t[7]!, t[11]!);
      glow.current.scale.setScalar(on ? 0.8 + 0.6 * flicker : 1);
    }
    const im = sparks.current;
    if (!im) return;
    // Spawn from the tip, thrown outward and up, more along the torch's lean.
    if (on) spawnDebt.current += SPAWN_PER_S * dt;
    let alive = 0;
    for (let i = 0; i < MAX_SPARKS; i++) {
      if (life[i]! <= 0 && spawnDebt.current >= 1) {
        spawnDebt.current -= 1;
        const k = i * 3;
        px[k] = t[3]!;
        px[k + 1] = t[7]!;
        px[k + 2] = t[11]!;
        const a = rand() * Math.PI * 2;
        const speed = 0.6 + rand() * 1.8;
        pv[k] = Math.cos(a) * speed - t[2]! * 0.5;
        pv[k + 1] = Math.sin(a) * speed - t[6]! * 0.5;
        pv[k + 2] = 0.4 + rand() * 1.2;
        life[i] = SPARK_LIFE_S * (0.4 + rand() * 0.6);
      }
      if (life[i]! <= 0) continue;
      const k = i * 3;
      life[i] = life[i]! - dt;
      pv[k + 2] = pv[k + 2]! - GRAVITY * dt;
      px[k] = px[k]! + pv[k]! * dt;
      px[k + 1] = px[k + 1]! + pv[k + 1]! * dt;
      px[k + 2] = px[k + 2]! + pv[k + 2]! * dt;
      v.set(pv[k]!, pv[k + 1]!, pv[k + 2]!);
      const speed = v.length();
      q.setFromUnitVectors(Z, v.multiplyScalar(1 / (speed || 1)));
      p.set(px[k]!, px[k + 1]!, px[k + 2]!);
      s.set(1, 1, 0.5 + speed * 0.6);
      m.compose(p, q, s);
      im.setMatrixAt(alive++, m);
    }
    if (spawnDebt.current > MAX_SPARKS) spawnDebt.current = 0;
    im.count = alive;
    im.instanceMatrix.needsUpdate = true;
    probe.arc.sparks = alive;
    probe.arc.lightIntensity = light.current?.intensity ?? 0;
  });

  return (
    <group name="arc-effects">
      <pointLight ref={light} color="#cfe0ff" intensity={0} distance={3} decay={2} />
      <mesh ref={glow} geometry={res.glowGeometry} material={res.glowMaterial} visible={false} />
      <instancedMesh
        ref={sparks}
        args={[res.sparkGeometry, res.sparkMaterial, MAX_SPARKS]}
        frustumCulled={false}
        count={0}
      />
    </group>
  );
}
