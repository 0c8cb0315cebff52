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
  type Mesh,
  MeshBasicMaterial,
  type PointLight,
  SphereGeometry,
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

/**
 * Deterministic-enough visual noise (not the sim's PRNG: sparks are not part of the twin): xorshift32, its state in a
 * typed array (an int32 out of small-integer range kept in a variable would be a new heap number at every draw).
 */
const seed = new Int32Array([0x9e3779b9 | 0]);
function rand(): number {
  let x = seed[0]!;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  seed[0] = x;
  return (x >>> 0) / 4294967296;
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

  // Sparks owed to the spawn rate, in a typed array: a ref object's `current` holds anything in this app, so a double
  // stored there is a new heap number each time.
  const spawnDebt = useMemo(() => new Float64Array(1), []);
  // Every double is written straight into a field or a typed array: a floating-point value passed to a function
  // that is not inlined is boxed (a heap number per argument), and this loop runs for every live spark.
  useFrame((_state, delta) => {
    const view = useSimStore.getState().view;
    const dt = Math.min(delta, 0.05);
    const t = view.tcp;
    const tipX = t[3]!;
    const tipY = t[7]!;
    const tipZ = t[11]!;
    const on = view.arcOn;
    const flicker = 0.75 + 0.5 * rand();
    const l = light.current;
    if (l) {
      l.position.x = tipX;
      l.position.y = tipY;
      l.position.z = tipZ;
      // Arc light is intense: a few hundred candela-equivalent, flickering with droplet transfer.
      l.intensity = on ? 6 * flicker : 0;
    }
    const g = glow.current;
    if (g) {
      g.visible = on;
      g.position.x = tipX;
      g.position.y = tipY;
      g.position.z = tipZ;
      const k = on ? 0.8 + 0.6 * flicker : 1;
      g.scale.x = k;
      g.scale.y = k;
      g.scale.z = k;
    }
    const im = sparks.current;
    if (!im) return;
    // Spawn from the tip, thrown outward and up, more along the torch's lean.
    if (on) spawnDebt[0] = spawnDebt[0]! + SPAWN_PER_S * dt;
    const out = im.instanceMatrix.array as Float32Array;
    let alive = 0;
    for (let i = 0; i < MAX_SPARKS; i++) {
      const k = i * 3;
      if (life[i]! <= 0 && spawnDebt[0]! >= 1) {
        spawnDebt[0] = spawnDebt[0]! - 1;
        px[k] = tipX;
        px[k + 1] = tipY;
        px[k + 2] = tipZ;
        const a = rand() * Math.PI * 2;
        const speed = 0.6 + rand() * 1.8;
        pv[k] = Math.cos(a) * speed - t[2]! * 0.5;
        pv[k + 1] = Math.sin(a) * speed - t[6]! * 0.5;
        pv[k + 2] = 0.4 + rand() * 1.2;
        life[i] = SPARK_LIFE_S * (0.4 + rand() * 0.6);
      }
      if (life[i]! <= 0) continue;
      life[i] = life[i]! - dt;
      const vx = pv[k]!;
      const vy = pv[k + 1]!;
      const vz = pv[k + 2]! - GRAVITY * dt;
      pv[k + 2] = vz;
      px[k] = px[k]! + vx * dt;
      px[k + 1] = px[k + 1]! + vy * dt;
      px[k + 2] = px[k + 2]! + vz * dt;
      const speed = Math.sqrt(vx * vx + vy * vy + vz * vz);
      const inv = 1 / (speed || 1);
      // The instance matrix written in place (column-major): rotation taking +Z onto the unit velocity u
      // (Rodrigues about Z × u: R = I + [k]× + [k]×² / (1 + u_z)), its Z column stretched along the flight;
      // no Vector3/Quaternion/Matrix4 calls, whose double arguments and fields the JIT may box.
      const ux = vx * inv;
      const uy = vy * inv;
      const uz = vz * inv;
      const stretch = 0.5 + speed * 0.6;
      const o = alive * 16;
      alive++;
      if (uz > -0.999999) {
        const f = 1 / (1 + uz);
        out[o] = 1 - ux * ux * f;
        out[o + 1] = -ux * uy * f;
        out[o + 2] = -ux;
        out[o + 4] = -ux * uy * f;
        out[o + 5] = 1 - uy * uy * f;
        out[o + 6] = -uy;
      } else {
        // Straight down: a half turn about X.
        out[o] = 1;
        out[o + 1] = 0;
        out[o + 2] = 0;
        out[o + 4] = 0;
        out[o + 5] = -1;
        out[o + 6] = 0;
      }
      out[o + 3] = 0;
      out[o + 7] = 0;
      out[o + 8] = ux * stretch;
      out[o + 9] = uy * stretch;
      out[o + 10] = uz * stretch;
      out[o + 11] = 0;
      out[o + 12] = px[k]!;
      out[o + 13] = px[k + 1]!;
      out[o + 14] = px[k + 2]!;
      out[o + 15] = 1;
    }
    if (spawnDebt[0]! > MAX_SPARKS) spawnDebt[0] = 0;
    im.count = alive;
    im.instanceMatrix.needsUpdate = true;
    probe.arc.sparks = alive;
    probe.arc.lightIntensity = l ? l.intensity : 0;
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
