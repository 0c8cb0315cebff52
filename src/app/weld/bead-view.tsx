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
const c = new Color();
const pos = new Vector3();
const dir = new Vector3();
const lat = new Vector3();
const nrm = new Vector3();
const axis = new Vector3();
const origin = new Vector3();
const scale = new Vector3();

/** Computes where record `i` of the bead lies (world at the positioner's home), into pos/dir/lat/nrm. */
function placeRecord(w: SimWorld, i: number): void {
  const wp = w.cell.workpiece;
  if (wp.pipeOdMm != null) {
    // Orbital: the record is laid under the torch: project the wire tip radially onto the pipe surface.
    const b = w.cell.robotBase;
    origin.set(b[3]!, b[7]!, b[11]!);
    axis.set(b[1]!, b[5]!, b[9]!);
    pos.set(w.tcpWorld[3]!, w.tcpWorld[7]!, w.tcpWorld[11]!).sub(origin);
    const along = pos.dot(axis);
    nrm.copy(pos).addScaledVector(axis, -along).normalize();
    pos
      .copy(origin)
      .addScaledVector(axis, along)
      .addScaledVector(nrm, wp.pipeOdMm / 2000);
    lat.copy(axis);
    dir.crossVectors(lat, nrm);
    return;
  }
  const s = w.bead.seamMm[i]! / 1000;
  dir.set(wp.seamEnd[0] - wp.seamStart[0], wp.seamEnd[1] - wp.seamStart[1], wp.seamEnd[2] - wp.seamStart[2]);
  dir.normalize();
  nrm.set(wp.seamNormal[0], wp.seamNormal[1], wp.seamNormal[2]);
  nrm.addScaledVector(dir, -nrm.dot(dir)).normalize();
  lat.crossVectors(nrm, dir);
  const aim = (w.bead.aimMm[i] ?? 0) / 1000;
  pos.set(wp.seamStart[0], wp.seamStart[1], wp.seamStart[2]);
  // A fillet's bead fills the corner: its centre sits out along the bisector by about the throat.
  const throat = (w.bead.throatMm[i] ?? 0) / 1000;
  pos
    .addScaledVector(dir, s)
    .addScaledVector(lat, aim)
    .addScaledVector(nrm, wp.joint === 'fillet' ? throat * 0.45 : 0);
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
      scale.set(RIPPLE_LENGTH_MM / 1000, (w.bead.widthMm[i] ?? 6) / 1000, 0.001);
      placeRecord(w, i);
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
    for (let i = first; i < n; i++) {
      const t = Math.min(1, (w.tick - laidAtTick[i]!) / coolTicks);
      c.copy(HOT).lerp(COLD, Math.sqrt(t));
      im.setColorAt(i, c);
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
