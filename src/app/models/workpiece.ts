// The parts being welded, drawn from the sim's Workpiece description (world frame, metres):
// fillet = two plates meeting at the seam, butt = two plates side by side with the root gap, lap = overlapping plates.
// Plate sizes and colours, each with its source, are in assets/models/workpiece.json.
import { BoxGeometry, type BufferGeometry, Matrix4, Vector3 } from 'three';
import type { Workpiece } from '../../sim/cell/types.ts';
import type { WorkpieceModel } from './model-schema.ts';
import { PartBuilder } from './part-builder.ts';
import { colorOf } from './parts.ts';
import data from '../../../assets/models/workpiece.json';

const model: WorkpieceModel = data;
/** How far each plate reaches from the seam line, m. */
const PLATE_WIDTH_M = model.plate.widthM;

function plateColor(wp: Workpiece): number {
  return colorOf(model.colors, wp.material);
}

/** Adds a plate: its face (normal `face`) touches `origin`, it extends `width` along `across` and `length` along `dir`. */
function plate(
  b: PartBuilder,
  origin: Vector3,
  dir: Vector3,
  across: Vector3,
  face: Vector3,
  length: number,
  width: number,
  thickness: number,
  color: number,
): void {
  const centre = origin
    .clone()
    .addScaledVector(dir, length / 2)
    .addScaledVector(across, width / 2)
    .addScaledVector(face, -thickness / 2);
  // Keep the basis right-handed (a mirrored box would turn its faces inside out).
  const x = dir.clone();
  if (new Vector3().crossVectors(x, across).dot(face) < 0) x.negate();
  const m = new Matrix4().makeBasis(x, across, face).setPosition(centre);
  b.add(new BoxGeometry(length, width, thickness), m, color);
}

export function buildWorkpieceGeometry(wp: Workpiece): BufferGeometry {
  const start = new Vector3(...wp.seamStart);
  const end = new Vector3(...wp.seamEnd);
  const dir = end.clone().sub(start);
  const length = dir.length();
  dir.normalize();
  const n = new Vector3(...wp.seamNormal);
  n.addScaledVector(dir, -n.dot(dir)).normalize();
  const lat = new Vector3().crossVectors(n, dir).normalize();
  const t = wp.thicknessMm / 1000;
  const gap = wp.gapMm / 1000;
  const color = plateColor(wp);
  const b = new PartBuilder();
  // Plates overhang the seam ends (run-on/run-off).
  const overhang = model.overhang.m;
  const o = start.clone().addScaledVector(dir, -overhang);
  const len = length + 2 * overhang;

  if (wp.joint === 'fillet') {
    // Faces at ±45° from the bisector: s1 (e.g. the flange, facing up) and s2 (the web, facing the torch).
    const s1 = n.clone().multiplyScalar(Math.SQRT1_2).addScaledVector(lat, Math.SQRT1_2);
    const s2 = n.clone().multiplyScalar(Math.SQRT1_2).addScaledVector(lat, -Math.SQRT1_2);
    // Plate with face s1 runs under the torch along +s2; plate with face s2 stands along +s1 on top of it.
    const c1 = new Vector3().crossVectors(s1, dir);
    const across1 = c1.dot(s2) > 0 ? c1 : c1.negate();
    plate(b, o.clone().addScaledVector(s2, -t), dir, across1, s1, len, PLATE_WIDTH_M + t, t, color);
    const c2 = new Vector3().crossVectors(s2, dir);
    const across2 = c2.dot(s1) > 0 ? c2 : c2.negate();
    plate(
      b,
      o.clone().addScaledVector(s1, gap),
      dir,
      across2,
      s2,
      len,
      PLATE_WIDTH_M * model.fillet.webWidthFraction,
      t,
      color,
    );
  } else {
    // Butt (and lap, drawn as butt with the upper plate lapped over): plates either side of the joint line.
    const left = o.clone().addScaledVector(lat, gap / 2);
    plate(b, left, dir, lat, n, len, PLATE_WIDTH_M, t, color);
    const right = o.clone().addScaledVector(lat, -gap / 2);
    plate(b, right, dir, lat.clone().negate(), n, len, PLATE_WIDTH_M, t, color);
    if (wp.joint === 'lap') {
      const top = o.clone().addScaledVector(lat, -model.lap.upperPlateOffsetM).addScaledVector(n, t);
      plate(b, top, dir, lat, n, len, PLATE_WIDTH_M * model.lap.upperPlateWidthFraction, t, color);
    }
  }
  return b.build();
}
