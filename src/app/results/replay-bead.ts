// Where each bead record and imperfection marker sits in the sim world, from the seam geometry (the same
// placement the live bead view uses, src/app/weld/bead-view.tsx) or, round a pipe, from the wire tip recorded
// when the record was laid. Coordinates: the work-object frame (the positioner faceplate in the industrial cell).
import { Matrix4, Vector3 } from 'three';
import type { WorldState } from '../../sim/world-state.ts';
import type { ReplayTimeline } from './replay-timeline.ts';

/** Each record is drawn 2.4 mm long so the 1 mm-spaced ripples overlap into a continuous bead (as live). */
const RIPPLE_LENGTH_MM = 2.4;

const dir = new Vector3();
const nrm = new Vector3();
const lat = new Vector3();
const pos = new Vector3();
const axis = new Vector3();
const origin = new Vector3();
const scale = new Vector3();

function placeAlongSeam(w: WorldState, seamMm: number, aimMm: number, throatMm: number): void {
  const wp = w.cell.workpiece;
  dir.set(wp.seamEnd[0] - wp.seamStart[0], wp.seamEnd[1] - wp.seamStart[1], wp.seamEnd[2] - wp.seamStart[2]);
  dir.normalize();
  nrm.set(wp.seamNormal[0], wp.seamNormal[1], wp.seamNormal[2]);
  nrm.addScaledVector(dir, -nrm.dot(dir)).normalize();
  lat.crossVectors(nrm, dir);
  pos
    .set(wp.seamStart[0], wp.seamStart[1], wp.seamStart[2])
    .addScaledVector(dir, seamMm / 1000)
    .addScaledVector(lat, aimMm / 1000)
    .addScaledVector(nrm, wp.joint === 'fillet' ? (throatMm / 1000) * 0.45 : 0);
}

function placeOnPipe(w: WorldState, tip: readonly number[], i: number): void {
  const wp = w.cell.workpiece;
  const b = w.cell.robotBase;
  origin.set(b[3]!, b[7]!, b[11]!);
  axis.set(b[1]!, b[5]!, b[9]!);
  pos.set(tip[3 * i]!, tip[3 * i + 1]!, tip[3 * i + 2]!).sub(origin);
  const along = pos.dot(axis);
  nrm.copy(pos).addScaledVector(axis, -along).normalize();
  pos
    .copy(origin)
    .addScaledVector(axis, along)
    .addScaledVector(nrm, (wp.pipeOdMm ?? 0) / 2000);
  lat.copy(axis);
  dir.crossVectors(lat, nrm);
}

/** Instance matrices of every record of the final bead (16 floats each). */
export function beadMatrices(t: ReplayTimeline): Float32Array {
  const w = t.finalWorld;
  const b = w.bead;
  const out = new Float32Array(b.seamMm.length * 16);
  const m = new Matrix4();
  const pipe = w.cell.workpiece.pipeOdMm != null;
  for (let i = 0; i < b.seamMm.length; i++) {
    if (pipe) placeOnPipe(w, t.recordTip, i);
    else placeAlongSeam(w, b.seamMm[i]!, b.aimMm[i]!, b.throatMm[i]!);
    scale.set(
      RIPPLE_LENGTH_MM / 1000,
      b.widthMm[i]! / 1000,
      Math.max(0.0015, (b.reinforcementMm[i]! * 2) / 1000),
    );
    m.makeBasis(dir, lat, nrm).scale(scale).setPosition(pos);
    m.toArray(out, i * 16);
  }
  return out;
}

/** Sim-world point (work-object frame) on the bead at `seamMm`, written into `out`. */
export function seamPoint(t: ReplayTimeline, seamMm: number, out: [number, number, number]): void {
  const w = t.finalWorld;
  const b = w.bead;
  let near = -1;
  for (let i = 0; i < b.seamMm.length; i++)
    if (near < 0 || Math.abs(b.seamMm[i]! - seamMm) < Math.abs(b.seamMm[near]! - seamMm)) near = i;
  if (w.cell.workpiece.pipeOdMm != null && near >= 0) placeOnPipe(w, t.recordTip, near);
  else placeAlongSeam(w, seamMm, near >= 0 ? b.aimMm[near]! : 0, near >= 0 ? b.throatMm[near]! : 0);
  // Markers stand just proud of the bead surface.
  pos.addScaledVector(nrm, 0.004);
  out[0] = pos.x;
  out[1] = pos.y;
  out[2] = pos.z;
}
