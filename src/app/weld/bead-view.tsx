// The bead growing along the seam from the sim's bead records (one per mm while the arc burns): one instanced
// mesh; new records are appended each frame, fresh metal glows and cools to oxide grey. No per-frame allocation.
import { useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import {
  Color,
  DynamicDrawUsage,
  InstancedBufferAttribute,
  type InstancedMesh,
  Matrix4,
  MeshStandardMaterial,
  SphereGeometry,
  Vector3,
} from 'three';
import { STEP_HZ } from '../../sim/core/clock.ts';
import { probe } from '../probe.ts';
import { useSimStore } from '../stores/sim-store.ts';
import type { SimWorld } from '../sim/world-adapter.ts';

/** Room for 4 m of seam at one record per mm. */
export const MAX_BEAD_RECORDS = 4000;
/** Each record is drawn 2.4 mm long so the 1 mm-spaced ripples overlap into a continuous bead. */
const RIPPLE_LENGTH_MM = 2.4;
/** Seconds for fresh weld metal to cool from orange to grey (visual). */
const COOL_S = 4;

const HOT = new Color(1.0, 0.42, 0.08);
const COLD = new Color(0.36, 0.34, 0.33);
const m = new Matrix4();
const pos = new Vector3();
const dir = new Vector3();
const lat = new Vector3();
const nrm = new Vector3();
const scale = new Vector3();

/** `v` scaled to unit length in place (three's normalize: a zero vector stays zero). */
function unit(v: Vector3): void {
  const inv = 1 / (Math.sqrt(v.x * v.x + v.y * v.y + v.z * v.z) || 1);
  v.x *= inv;
  v.y *= inv;
  v.z *= inv;
}

/**
 * Computes where record `i` of the bead lies (world at the positioner's home), into pos/dir/lat/nrm. Doubles go
 * straight into vector fields (a double passed to a function that is not inlined is boxed: a heap number each).
 */
function placeRecord(w: SimWorld, i: number): void {
  const wp = w.cell.workpiece;
  if (wp.pipeOdMm != null) {
    // Orbital: the record is laid under the torch: project the wire tip radially onto the pipe surface.
    const b = w.cell.robotBase;
    const ox = b[3]!;
    const oy = b[7]!;
    const oz = b[11]!;
    const ax = b[1]!;
    const ay = b[5]!;
    const az = b[9]!;
    const rx = w.tcpWorld[3]! - ox;
    const ry = w.tcpWorld[7]! - oy;
    const rz = w.tcpWorld[11]! - oz;
    const along = rx * ax + ry * ay + rz * az;
    nrm.x = rx - ax * along;
    nrm.y = ry - ay * along;
    nrm.z = rz - az * along;
    unit(nrm);
    const r = wp.pipeOdMm / 2000;
    pos.x = ox + ax * along + nrm.x * r;
    pos.y = oy + ay * along + nrm.y * r;
    pos.z = oz + az * along + nrm.z * r;
    lat.x = ax;
    lat.y = ay;
    lat.z = az;
    dir.crossVectors(lat, nrm);
    return;
  }
  const s = w.bead.seamMm[i]! / 1000;
  dir.x = wp.seamEnd[0] - wp.seamStart[0];
  dir.y = wp.seamEnd[1] - wp.seamStart[1];
  dir.z = wp.seamEnd[2] - wp.seamStart[2];
  unit(dir);
  const n0 = wp.seamNormal[0];
  const n1 = wp.seamNormal[1];
  const n2 = wp.seamNormal[2];
  const nd = n0 * dir.x + n1 * dir.y + n2 * dir.z;
  nrm.x = n0 - dir.x * nd;
  nrm.y = n1 - dir.y * nd;
  nrm.z = n2 - dir.z * nd;
  unit(nrm);
  lat.crossVectors(nrm, dir);
  const aim = (w.bead.aimMm[i] ?? 0) / 1000;
  // A fillet's bead fills the corner: its centre sits out along the bisector by about the throat.
  const out = wp.joint === 'fillet' ? ((w.bead.throatMm[i] ?? 0) / 1000) * 0.45 : 0;
  pos.x = wp.seamStart[0] + dir.x * s + lat.x * aim + nrm.x * out;
  pos.y = wp.seamStart[1] + dir.y * s + lat.y * aim + nrm.y * out;
  pos.z = wp.seamStart[2] + dir.z * s + lat.z * aim + nrm.z * out;
}

export function BeadView() {
  const mesh = useRef<InstancedMesh>(null);
  const geometry = useMemo(() => new SphereGeometry(0.5, 10, 6), []);
  const material = useMemo(() => new MeshStandardMaterial({ metalness: 0.5, roughness: 0.6 }), []);
  const laidAtTick = useMemo(() => new Float64Array(MAX_BEAD_RECORDS), []);
  const state = useRef({ shown: 0, world: null as SimWorld | null });

  useEffect(() => {
    const im = mesh.current;
    if (!im) return;
    im.instanceMatrix.setUsage(DynamicDrawUsage);
    im.instanceColor = new InstancedBufferAttribute(new Float32Array(MAX_BEAD_RECORDS * 3), 3);
    im.instanceColor.setUsage(DynamicDrawUsage);
    im.count = 0;
    return () => {
      geometry.dispose();
      material.dispose();
    };
  }, [geometry, material]);

  useFrame(() => {
    const im = mesh.current;
    const w = useSimStore.getState().world;
    if (!im || !im.instanceColor) return;
    const st = state.current;
    if (w !== st.world || (w && w.bead.seamMm.length < st.shown)) {
      st.world = w;
      st.shown = 0;
    }
    if (!w) {
      im.count = 0;
      return;
    }
    const n = Math.min(w.bead.seamMm.length, MAX_BEAD_RECORDS);
    for (let i = st.shown; i < n; i++) {
      placeRecord(w, i);
      scale.x = RIPPLE_LENGTH_MM / 1000;
      scale.y = (w.bead.widthMm[i] ?? 6) / 1000;
      scale.z = Math.max(0.0015, ((w.bead.reinforcementMm[i] ?? 1.5) * 2) / 1000);
      m.makeBasis(dir, lat, nrm).scale(scale).setPosition(pos);
      im.setMatrixAt(i, m);
      laidAtTick[i] = w.tick;
    }
    // Only records laid so far are drawn (never the unused capacity).
    im.count = n;
    if (n !== st.shown) {
      st.shown = n;
      im.instanceMatrix.needsUpdate = true;
      probe.beadShown = n;
    }
    // Recolour only the records still cooling (the last COOL_S seconds of bead).
    const coolTicks = COOL_S * STEP_HZ;
    let first = n;
    while (first > 0 && w.tick - laidAtTick[first - 1]! <= coolTicks + 1) first--;
    const rgb = im.instanceColor.array as Float32Array;
    for (let i = first; i < n; i++) {
      // HOT → COLD by the square root of the cooling fraction (Color.lerp, written into the colour buffer directly).
      const k = Math.sqrt(Math.min(1, (w.tick - laidAtTick[i]!) / coolTicks));
      rgb[i * 3] = HOT.r + (COLD.r - HOT.r) * k;
      rgb[i * 3 + 1] = HOT.g + (COLD.g - HOT.g) * k;
      rgb[i * 3 + 2] = HOT.b + (COLD.b - HOT.b) * k;
    }
    if (first < n) im.instanceColor.needsUpdate = true;
  });

  return (
    <instancedMesh
      ref={mesh}
      name="bead"
      args={[geometry, material, MAX_BEAD_RECORDS]}
      count={0}
      frustumCulled={false}
    />
  );
}
