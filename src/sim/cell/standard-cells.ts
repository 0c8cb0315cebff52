// The three standard cells of WeldTwin, as data: where the robot stands, where the part and its seam are, the
// torch, and a taught weld program. The app renders exactly these, scenarios vary them by seed, tests use them.
import type { CellConfig, CellFamily, Vec3Tuple, Workpiece } from './types.ts';
import type { MotionProgram, WeaveData } from '../motion/index.ts';
import { defaultTorch } from '../robot/index.ts';
import { cos, hypot3, sin } from '../core/fmath.ts';

/** Welding-table working height, m [model: 0.9 m, the common fabrication-table height class]. */
export const TABLE_HEIGHT_M = 0.9;
/** Industrial arm riser height, m [model]. */
export const RISER_HEIGHT_M = 0.5;
/** Pipe axis height on the stands, m [model]. */
export const PIPE_AXIS_HEIGHT_M = 1.0;

export interface CellOptions {
  material: Workpiece['material'];
  thicknessMm: number;
  joint: Workpiece['joint'];
  position: Workpiece['position'];
  gapMm?: number;
  /** Seam length, mm (straight seams). @default 300 */
  lengthMm?: number;
  /** Pipe outside diameter, mm (orbital cell). @default 219.1 (NPS 8, ASME B36.10M) */
  pipeOdMm?: number;
  carbonEquivalent?: number;
  /** Robot model for the cobot cell: 'ur10e' or 'ur5e'. @default 'ur10e' */
  robotId?: string;
}

const identityAt = (x: number, y: number, z: number): number[] => [1, 0, 0, x, 0, 1, 0, y, 0, 0, 1, z];

/** Seam normal for a joint welded in `position` with the torch coming from the robot's side (−y toward +y). */
function seamNormalFor(joint: Workpiece['joint'], position: Workpiece['position']): Vec3Tuple {
  const s = Math.SQRT1_2;
  if (joint === 'butt') {
    // Flat (PA) faces up; vertical (PF/PG) and horizontal (PC) face the robot; overhead (PE) faces down.
    if (position === 'PA') return [0, 0, 1];
    if (position === 'PE') return [0, 0, -1];
    return [0, 1, 0];
  }
  // Fillet / lap: bisector between the two faces.
  if (position === 'PA') return [0, s, s];
  if (position === 'PD') return [0, s, -s];
  return [0, s, s];
}

/** Build a standard cell for a family. Straight seams run along +x in front of the robot. */
export function standardCell(family: CellFamily, o: CellOptions): CellConfig {
  const lengthM = (o.lengthMm ?? 300) / 1000;
  const vertical = o.position === 'PF' || o.position === 'PG';
  const wp = (start: Vec3Tuple, end: Vec3Tuple): Workpiece => ({
    material: o.material,
    thicknessMm: o.thicknessMm,
    joint: o.joint,
    position: o.position,
    gapMm: o.gapMm ?? 0,
    seamStart: start,
    seamEnd: end,
    seamNormal: seamNormalFor(o.joint, o.position),
    carbonEquivalent: o.carbonEquivalent ?? 0.38,
    ...(o.pipeOdMm !== undefined ? { pipeOdMm: o.pipeOdMm } : {}),
  });
  const tool = Array.from(defaultTorch.tcp);
  if (family === 'cobot') {
    const z = TABLE_HEIGHT_M;
    // Vertical seams run upward (PF) or downward (PG) on a plate standing on the table.
    const start: Vec3Tuple = vertical
      ? [0, -0.6, z + (o.position === 'PF' ? 0.05 : 0.05 + lengthM)]
      : [-lengthM / 2, -0.6, z];
    const end: Vec3Tuple = vertical
      ? [0, -0.6, z + (o.position === 'PF' ? 0.05 + lengthM : 0.05)]
      : [lengthM / 2, -0.6, z];
    return {
      family,
      robotId: o.robotId ?? 'ur10e',
      robotBase: identityAt(0, 0, z),
      tool,
      workpiece: wp(start, end),
    };
  }
  if (family === 'industrial') {
    // The part sits on the positioner faceplate; seam given in the faceplate frame (the work object).
    return {
      family,
      robotId: 'fanuc-m10ia',
      robotBase: identityAt(0, 0, RISER_HEIGHT_M),
      tool,
      positionerId: 'positioner-2axis',
      positionerBase: identityAt(0, -1.15, 0),
      workpiece: wp([-lengthM / 2, 0.05, 0.02], [lengthM / 2, 0.05, 0.02]),
    };
  }
  const od = o.pipeOdMm ?? 219.1;
  return {
    family,
    robotId: 'orbital-carriage',
    robotBase: identityAt(0, 0, PIPE_AXIS_HEIGHT_M),
    tool,
    workpiece: { ...wp([0, 0, PIPE_AXIS_HEIGHT_M], [0, 0.001, PIPE_AXIS_HEIGHT_M]), pipeOdMm: od },
  };
}

/** Start joints with the torch parked clear of the part. */
export function parkJoints(family: CellFamily): number[] {
  // UR: arm turned toward the table (−y), shoulder up, elbow bent, torch down ~20 cm above the table near the
  // part; M-10iA: zero (forearm horizontal) turned toward the positioner, wrist down.
  if (family === 'cobot') return [Math.PI / 2, -1.9, 1.9, -1.57, -1.57, 0];
  if (family === 'industrial') return [-Math.PI / 2, 0, 0, 0, -Math.PI / 2, 0];
  // Carriage at 12 o'clock, centred, tip 3 mm above the pipe (arc length band ≈ 2–4 mm, domain §0).
  return [0, 0, 0.003];
}

/** A torch pose on a straight seam: wire along −normal, leaning `travelAngleDeg` toward travel, tip `standoffMm` off. */
export function torchPoseOnSeam(
  point: readonly number[],
  normal: readonly number[],
  dir: readonly number[],
  travelAngleDeg: number,
  standoffMm: number,
): number[] {
  const a = (travelAngleDeg * Math.PI) / 180;
  const z = [0, 1, 2].map((i) => -normal[i]! * cos(a) + dir[i]! * sin(a));
  const zl = hypot3(z[0]!, z[1]!, z[2]!);
  const zn = z.map((v) => v / zl);
  const dz = dir[0]! * zn[0]! + dir[1]! * zn[1]! + dir[2]! * zn[2]!;
  let x = [0, 1, 2].map((i) => dir[i]! - dz * zn[i]!);
  const xl = hypot3(x[0]!, x[1]!, x[2]!);
  x = x.map((v) => v / xl);
  const y = [
    zn[1]! * x[2]! - zn[2]! * x[1]!,
    zn[2]! * x[0]! - zn[0]! * x[2]!,
    zn[0]! * x[1]! - zn[1]! * x[0]!,
  ];
  const p = [0, 1, 2].map((i) => point[i]! + (normal[i]! * standoffMm) / 1000);
  return [x[0]!, y[0]!, zn[0]!, p[0]!, x[1]!, y[1]!, zn[1]!, p[1]!, x[2]!, y[2]!, zn[2]!, p[2]!];
}

export interface WeldProgramOptions {
  speedMmPerS: number;
  travelAngleDeg?: number;
  weave?: WeaveData;
}

/**
 * The taught weld program for a straight seam: MoveJ approach, MoveL to start, MoveL with the arc along the seam,
 * MoveL depart (arc start/end points are exact stops, domain/robots.md §3.3).
 */
export function seamWeldProgram(cell: CellConfig, o: WeldProgramOptions): MotionProgram {
  const wp = cell.workpiece;
  const d = [
    wp.seamEnd[0] - wp.seamStart[0],
    wp.seamEnd[1] - wp.seamStart[1],
    wp.seamEnd[2] - wp.seamStart[2],
  ];
  const l = hypot3(d[0]!, d[1]!, d[2]!);
  const dir = d.map((x) => x / l);
  const ta = o.travelAngleDeg ?? 10;
  const n = wp.seamNormal;
  return {
    targets: {
      approach: { kind: 'pose', pose: torchPoseOnSeam(wp.seamStart, n, dir, ta, 50) },
      start: { kind: 'pose', pose: torchPoseOnSeam(wp.seamStart, n, dir, ta, 0) },
      end: { kind: 'pose', pose: torchPoseOnSeam(wp.seamEnd, n, dir, ta, 0) },
      depart: { kind: 'pose', pose: torchPoseOnSeam(wp.seamEnd, n, dir, ta, 50) },
    },
    instructions: [
      { type: 'MoveJ', to: 'approach', speed: { kind: 'percent', percent: 30 }, zone: 'fine' },
      { type: 'MoveL', to: 'start', speedMmPerS: 50, zone: 'fine' },
      {
        type: 'MoveL',
        to: 'end',
        speedMmPerS: o.speedMmPerS,
        zone: 'fine',
        arc: true,
        ...(o.weave ? { weave: o.weave } : {}),
      },
      { type: 'MoveL', to: 'depart', speedMmPerS: 100, zone: 'fine' },
    ],
  };
}
