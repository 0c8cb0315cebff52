// Where the torch is relative to the seam: the measures a welding instructor reads off a torch
// (CTWD, work angle, travel angle, aim, travel speed), computed from the TCP pose each step.
// Conventions (domain/welding.md §0): work angle 90° for a butt in PA and 45° for an equal-leg fillet;
// travel angle > 0 is push (torch leans toward the travel direction), < 0 drag.
import type { Vec3Tuple } from './types.ts';
import { atan2, hypot3 } from '../core/fmath.ts';

export interface SeamFrame {
  start: Vec3Tuple;
  /** Unit seam direction (start → end). */
  dir: Vec3Tuple;
  /** Unit normal pointing from the work toward the torch side (bisector for a fillet). */
  normal: Vec3Tuple;
  /** Unit lateral axis = normal × dir. */
  lateral: Vec3Tuple;
  lengthM: number;
}

export interface TorchMeasures {
  /** Distance along the seam from its start, mm (may be < 0 or > length when off the ends). */
  seamDistanceMm: number;
  /** Contact-tip-to-work distance along the torch axis, mm. */
  ctwdMm: number;
  workAngleDeg: number;
  travelAngleDeg: number;
  /** Lateral offset of the torch axis from the joint line, mm (+ toward `lateral`). */
  aimMm: number;
  /** Height of the wire tip above the joint line, mm. */
  tipHeightMm: number;
}

export function seamFrame(start: Vec3Tuple, end: Vec3Tuple, normal: Vec3Tuple): SeamFrame {
  const d: Vec3Tuple = [end[0] - start[0], end[1] - start[1], end[2] - start[2]];
  const len = hypot3(d[0], d[1], d[2]);
  if (len < 1e-9) throw new RangeError('seam start and end coincide');
  d[0] /= len;
  d[1] /= len;
  d[2] /= len;
  // Remove any component of the normal along the seam, then normalise.
  const nd = normal[0] * d[0] + normal[1] * d[1] + normal[2] * d[2];
  const n: Vec3Tuple = [normal[0] - nd * d[0], normal[1] - nd * d[1], normal[2] - nd * d[2]];
  const nl = hypot3(n[0], n[1], n[2]);
  if (nl < 1e-9) throw new RangeError('seam normal is parallel to the seam');
  n[0] /= nl;
  n[1] /= nl;
  n[2] /= nl;
  const l: Vec3Tuple = [n[1] * d[2] - n[2] * d[1], n[2] * d[0] - n[0] * d[2], n[0] * d[1] - n[1] * d[0]];
  return { start: [start[0], start[1], start[2]], dir: d, normal: n, lateral: l, lengthM: len };
}

const RAD_TO_DEG = 180 / Math.PI;

/**
 * Measures of a torch whose wire tip (TCP) is at `tcp` (world, m) with the wire pointing along `axis`
 * (unit, from the contact tip toward the work). `stickOutMm` is the electrode extension between the contact
 * tip and the TCP. `fillet` selects the 45° reference for the work angle. Writes into `out` (no allocation).
 */
export function measureTorch(
  seam: SeamFrame,
  tcp: ArrayLike<number>,
  axis: ArrayLike<number>,
  stickOutMm: number,
  fillet: boolean,
  out: TorchMeasures,
): TorchMeasures {
  const { start, dir, normal, lateral } = seam;
  const rx = tcp[0]! - start[0],
    ry = tcp[1]! - start[1],
    rz = tcp[2]! - start[2];
  const s = rx * dir[0] + ry * dir[1] + rz * dir[2];
  const h = rx * normal[0] + ry * normal[1] + rz * normal[2];
  const lat = rx * lateral[0] + ry * lateral[1] + rz * lateral[2];
  const zx = axis[0]!,
    zy = axis[1]!,
    zz = axis[2]!;
  const zd = zx * dir[0] + zy * dir[1] + zz * dir[2];
  const zn = zx * normal[0] + zy * normal[1] + zz * normal[2];
  const zl = zx * lateral[0] + zy * lateral[1] + zz * lateral[2];
  // Where the wire axis meets the plane that contains the seam and is normal to `normal` (zn < 0 when aiming at it).
  const towardWork = -zn;
  let aim = lat;
  let ctwd = stickOutMm + h * 1000;
  if (towardWork > 1e-6) {
    const t = h / towardWork; // metres from TCP along the axis to that plane
    aim = lat + zl * t;
    ctwd = stickOutMm + t * 1000;
  }
  // Work angle: tilt of the torch in the plane across the seam; travel angle: lean along the seam.
  const tiltAcross = atan2(-zl, towardWork) * RAD_TO_DEG;
  out.workAngleDeg = fillet ? 45 + tiltAcross : 90 - Math.abs(tiltAcross);
  out.travelAngleDeg = atan2(zd, towardWork) * RAD_TO_DEG;
  out.seamDistanceMm = s * 1000;
  out.aimMm = aim * 1000;
  out.tipHeightMm = h * 1000;
  out.ctwdMm = ctwd;
  return out;
}

export function emptyTorchMeasures(): TorchMeasures {
  return { seamDistanceMm: 0, ctwdMm: 0, workAngleDeg: 0, travelAngleDeg: 0, aimMm: 0, tipHeightMm: 0 };
}
