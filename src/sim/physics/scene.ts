// Serialisable description of what the torch can hit: workpieces (plates, pipe) and fixtures/clamps, all
// static (clamped), in the world frame; plus the torch as capsules in its TCP frame. This plain data is what
// the world state holds and hashes; the cannon-es world is only a cache rebuilt from it (see cannon-world.ts).

import { cos, sin, tan } from '../core/fmath.ts';
export type Vec3Tuple = [number, number, number];

interface BodyCommon {
  /** Stable name reported in contact events, e.g. 'plate-1', 'clamp-left'. */
  id: string;
  role: 'workpiece' | 'fixture';
  /** Body frame in the world (Mat34, 12 numbers row-major). */
  pose: number[];
}

/** A plate, a bar, a clamp jaw or a fixture block: box centred on its frame. */
export interface BoxBody extends BodyCommon {
  shape: 'box';
  halfExtentsM: Vec3Tuple;
}

/** A pipe (hollow cylinder) centred on its frame, axis along local Z. */
export interface PipeBody extends BodyCommon {
  shape: 'pipe';
  outerRadiusM: number;
  wallM: number;
  lengthM: number;
  /** Number of flat staves approximating the wall. @default 24 */
  segments?: number;
}

export type SceneBody = BoxBody | PipeBody;

/** One capsule of the torch (nozzle, neck, body) between two points in the TCP frame. */
export interface TorchCapsule {
  /** Reported as `torch/<id>` in contact events. */
  id: string;
  from: Vec3Tuple;
  to: Vec3Tuple;
  radiusM: number;
}

export interface PhysicsScene {
  bodies: SceneBody[];
  torch: { capsules: TorchCapsule[] };
}

export interface ContactEvent {
  /** Simulation time of the step (s). */
  tS: number;
  /** `torch/<capsule id>`. */
  bodyA: string;
  /** Scene body id. */
  bodyB: string;
  /** Contact point in the world frame, on the surface of bodyB (m). */
  point: Vec3Tuple;
  /** Unit contact normal pointing from the torch into bodyB. */
  normal: Vec3Tuple;
  /** How far the torch is inside bodyB (m, ≥ 0). */
  penetrationDepthM: number;
  /** Speed of the torch point at the contact relative to the (static) body, m/s. */
  relativeSpeedMPerS: number;
  /** First step of this torch–body contact. */
  began: boolean;
}

// A 24-stave polygon lies within R·(1 − cos(π/24)) = 0.86 % of R inside the true circle (geometry; sim choice).
export const DEFAULT_PIPE_SEGMENTS = 24;

/**
 * Boxes approximating a pipe wall: `segments` staves around the axis, each a box whose outer face is tangent to
 * the outer radius. Returns their poses (world) and half extents.
 */
export function pipeStaves(pipe: PipeBody): Array<{ pose: number[]; halfExtentsM: Vec3Tuple }> {
  const n = pipe.segments ?? DEFAULT_PIPE_SEGMENTS;
  const rMid = pipe.outerRadiusM - pipe.wallM / 2;
  const half = pipe.outerRadiusM * tan(Math.PI / n);
  const out: Array<{ pose: number[]; halfExtentsM: Vec3Tuple }> = [];
  const p = pipe.pose;
  for (let i = 0; i < n; i++) {
    const a = (2 * Math.PI * i) / n;
    const c = cos(a),
      s = sin(a);
    // Local stave frame (right-handed): x tangential, y radial, z along the pipe axis; centre at radius rMid.
    const local = [s, c, 0, rMid * c, -c, s, 0, rMid * s, 0, 0, 1, 0];
    const pose = new Array<number>(12);
    for (let r = 0; r < 3; r++)
      for (let k = 0; k < 4; k++) {
        let v = 0;
        for (let m = 0; m < 3; m++) v += p[r * 4 + m]! * local[m * 4 + k]!;
        pose[r * 4 + k] = v + (k === 3 ? p[r * 4 + 3]! : 0);
      }
    out.push({ pose, halfExtentsM: [half, pipe.wallM / 2, pipe.lengthM / 2] });
  }
  return out;
}
