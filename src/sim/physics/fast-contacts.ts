// Cannon-free torch check for the headless hot path: torch capsules against the scene's boxes (pipes expanded
// into staves), exact segment–box distances, no allocation per call after compileScene().
import type { PhysicsScene, TorchCapsule, Vec3Tuple } from './scene.ts';
import { pipeStaves } from './scene.ts';
import { closest, segmentBoxDistance } from './segment-box.ts';
import { pow } from '../core/fmath.ts';

export interface CompiledBox {
  bodyId: string;
  pose: number[];
  halfExtentsM: Vec3Tuple;
  /** Radius of the box's bounding sphere (broad phase). */
  boundM: number;
}

export interface CompiledScene {
  boxes: CompiledBox[];
  capsules: TorchCapsule[];
  /** Distinct body ids, in scene order (hit slots). */
  bodyIds: string[];
}

export interface FastHit {
  capsule: number;
  body: number;
  penetrationDepthM: number;
  /** Contact point on the body (world). */
  point: Float64Array;
}

/** Flattens a scene into boxes once (allocates); check with torchContactsFast every step. */
export function compileScene(scene: PhysicsScene): CompiledScene {
  const boxes: CompiledBox[] = [];
  const bodyIds: string[] = [];
  for (const b of scene.bodies) {
    bodyIds.push(b.id);
    const parts =
      b.shape === 'box' ? [{ pose: b.pose.slice(), halfExtentsM: b.halfExtentsM }] : pipeStaves(b);
    for (const p of parts) {
      const [hx, hy, hz] = p.halfExtentsM;
      boxes.push({
        bodyId: b.id,
        pose: p.pose,
        halfExtentsM: p.halfExtentsM,
        boundM: Math.sqrt(hx * hx + hy * hy + hz * hz),
      });
    }
  }
  return { boxes, capsules: scene.torch.capsules.map((c) => ({ ...c })), bodyIds };
}

/** Preallocated hit records for torchContactsFast (one per capsule × body). */
export function createHits(compiled: CompiledScene): FastHit[] {
  const n = compiled.capsules.length * compiled.bodyIds.length;
  return Array.from({ length: n }, () => ({
    capsule: 0,
    body: 0,
    penetrationDepthM: 0,
    point: new Float64Array(3),
  }));
}

const a = new Float64Array(3);
const b = new Float64Array(3);
const centre = new Float64Array(3);

/** Smallest clearance (m) between torch surface and any body in the last torchContactsFast call (< 0 = inside). */
export let lastClearanceM = Infinity;

function pointSegmentDistance(c: ArrayLike<number>): number {
  let dd = 0,
    t = 0;
  for (let i = 0; i < 3; i++) dd += pow(b[i]! - a[i]!, 2);
  if (dd > 0) {
    for (let i = 0; i < 3; i++) t += (c[i]! - a[i]!) * (b[i]! - a[i]!);
    t = Math.max(0, Math.min(1, t / dd));
  }
  let s = 0;
  for (let i = 0; i < 3; i++) s += pow(a[i]! + t * (b[i]! - a[i]!) - c[i]!, 2);
  return Math.sqrt(s);
}

/**
 * Torch (TCP pose `torch`, world Mat34) against the compiled scene. Writes the deepest hit per capsule × body
 * into `hits` and returns how many it wrote.
 */
export function torchContactsFast(
  compiled: CompiledScene,
  torch: ArrayLike<number>,
  hits: FastHit[],
): number {
  let count = 0;
  lastClearanceM = Infinity;
  const caps = compiled.capsules;
  for (let c = 0; c < caps.length; c++) {
    const cap = caps[c]!;
    for (let i = 0; i < 3; i++) {
      a[i] =
        torch[i * 4]! * cap.from[0] +
        torch[i * 4 + 1]! * cap.from[1] +
        torch[i * 4 + 2]! * cap.from[2] +
        torch[i * 4 + 3]!;
      b[i] =
        torch[i * 4]! * cap.to[0] +
        torch[i * 4 + 1]! * cap.to[1] +
        torch[i * 4 + 2]! * cap.to[2] +
        torch[i * 4 + 3]!;
    }
    const firstOfCapsule = count;
    for (let k = 0; k < compiled.boxes.length; k++) {
      const box = compiled.boxes[k]!;
      const p = box.pose;
      centre[0] = p[3]!;
      centre[1] = p[7]!;
      centre[2] = p[11]!;
      const broad = pointSegmentDistance(centre) - box.boundM - cap.radiusM;
      if (broad > 0) {
        if (broad < lastClearanceM) lastClearanceM = broad;
        continue;
      }
      const d = segmentBoxDistance(a, b, p, box.halfExtentsM);
      const clearance = d - cap.radiusM - closest.inside;
      if (clearance < lastClearanceM) lastClearanceM = clearance;
      if (clearance >= 0) continue;
      const bodyIndex = compiled.bodyIds.indexOf(box.bodyId);
      let slot = -1;
      for (let s = firstOfCapsule; s < count; s++) if (hits[s]!.body === bodyIndex) slot = s;
      if (slot < 0) {
        if (count >= hits.length) continue;
        slot = count++;
        hits[slot]!.capsule = c;
        hits[slot]!.body = bodyIndex;
        hits[slot]!.penetrationDepthM = -1;
      }
      const h = hits[slot]!;
      if (-clearance > h.penetrationDepthM) {
        h.penetrationDepthM = -clearance;
        h.point[0] = closest.boxPoint[0]!;
        h.point[1] = closest.boxPoint[1]!;
        h.point[2] = closest.boxPoint[2]!;
      }
    }
  }
  return count;
}
