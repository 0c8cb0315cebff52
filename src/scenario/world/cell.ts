// The cell a scenario runs in: the standard cell of its family (src/sim/cell/standard-cells.ts) with the
// scenario's workpiece, and the seam moved sideways by the seeded offset.
import type { CellConfig, Vec3Tuple } from '../../sim/cell/types.ts';
import { standardCell } from '../../sim/cell/standard-cells.ts';
import { seamFrame } from '../../sim/cell/seam-geometry.ts';
import type { ScenarioWorldInit } from '../engine/sim-port.ts';

/**
 * Parts on the cobot table sit 0.3 m further from the robot than the standard cell's 0.6 m: with the torch
 * (0.42 m, wire facing away from the robot) the UR10e wrist otherwise comes inside its inner singular cylinder,
 * so a vertical seam has no inverse-kinematics solution and a flat one no clearance point above the joint;
 * at 0.9 m (reach 1.3 m, domain/robots.md §1.3) the seam and a 120 mm clearance point are reachable.
 */
const COBOT_PART_SHIFT_M = 0.3;

/** The cell as drawn (`nominal`) or as the part really lies in the fixture (with the seam offset). */
export function scenarioCell(init: ScenarioWorldInit, nominal = false): CellConfig {
  const wp = init.workpiece;
  const cell = standardCell(init.family, {
    material: wp.material,
    thicknessMm: wp.thicknessMm,
    joint: wp.joint,
    position: wp.position,
    gapMm: wp.gapMm,
    carbonEquivalent: wp.carbonEquivalent,
    ...(wp.lengthMm !== undefined ? { lengthMm: wp.lengthMm } : {}),
    ...(wp.pipeOdMm !== undefined ? { pipeOdMm: wp.pipeOdMm } : {}),
    ...(init.family === 'cobot' ? { robotId: init.robotId } : {}),
  });
  if (init.family === 'cobot') {
    const w = cell.workpiece;
    const away = -COBOT_PART_SHIFT_M; // the standard cobot part lies toward −y
    w.seamStart = [w.seamStart[0], w.seamStart[1] + away, w.seamStart[2]];
    w.seamEnd = [w.seamEnd[0], w.seamEnd[1] + away, w.seamEnd[2]];
  }
  // The seam normal must be perpendicular to the seam (the part bodies are built from it); for a vertical
  // fillet the standard cell's [0, s, s] is not, so take the component across the seam.
  if (init.family !== 'orbital') {
    const w = cell.workpiece;
    w.seamNormal = seamFrame(w.seamStart, w.seamEnd, w.seamNormal).normal;
  }
  const offsetM = nominal ? 0 : wp.seamOffsetMm / 1000;
  if (offsetM !== 0) {
    const w = cell.workpiece;
    // Straight seams move across the joint line; the pipe's girth seam moves along the pipe axis (for the
    // orbital cell seamStart→seamEnd is that axis, and the seam normal is radial or, in 5G/6G, along it).
    const shift: Vec3Tuple =
      init.family === 'orbital'
        ? unitAxis(w.seamStart, w.seamEnd)
        : seamFrame(w.seamStart, w.seamEnd, w.seamNormal).lateral;
    const move = (p: Vec3Tuple): Vec3Tuple => [
      p[0] + shift[0] * offsetM,
      p[1] + shift[1] * offsetM,
      p[2] + shift[2] * offsetM,
    ];
    w.seamStart = move(w.seamStart);
    w.seamEnd = move(w.seamEnd);
  }
  return cell;
}

/** Unit vector from a to b (the pipe axis of the orbital cell). */
function unitAxis(a: Vec3Tuple, b: Vec3Tuple): Vec3Tuple {
  const d: Vec3Tuple = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const n = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
  if (!(n > 0)) throw new RangeError('orbital cell: the pipe axis has zero length');
  return [d[0] / n, d[1] / n, d[2] / n];
}
