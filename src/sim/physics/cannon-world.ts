// The cannon-es world: a derived cache built from the serialisable PhysicsScene, stepped at the world's fixed
// step. Cannon objects are not state: a replay (or a server verifying an attempt) rebuilds this cache from
// the same scene data and feeds it the same torch poses, and cannon-es is plain deterministic JavaScript
// arithmetic with a fixed step (World.step(dt) without accumulator), so the same contacts come out.
//
// The torch is a DYNAMIC body with collisionResponse = false, posed every step: cannon-es only "tests"
// kinematic–static pairs (no contact points), whereas dynamic–static pairs get full contact equations (point,
// normal, depth) that the solver then ignores because the response is off. Gravity is zero; parts are static.
import { Body, Cylinder, Quaternion, Sphere, Vec3, World, Box } from 'cannon-es';
import type { ContactEvent, PhysicsScene, Vec3Tuple } from './scene.ts';
import { pipeStaves } from './scene.ts';
import { pow } from '../core/fmath.ts';

export interface Physics {
  world: World;
  torch: Body;
  /** cannon Body.id → scene body id. */
  bodyIdOf: Map<number, string>;
  /** cannon Shape.id of a torch shape → `torch/<capsule id>`. */
  torchShapeOf: Map<number, string>;
  /** Torch pose of the previous step (relative speeds), and whether there is one. */
  prevPose: Float64Array;
  hasPrev: boolean;
  /** Pairs in contact during the previous step (`began` detection). */
  touching: Set<string>;
  timeS: number;
}

// Cylinder facets per capsule: a 16-gon lies within 1.9 % of the radius of the true circle (geometry; sim choice).
const CAPSULE_FACETS = 16;

function quatFromPose(p: ArrayLike<number>, out: Quaternion): Quaternion {
  const r00 = p[0]!,
    r01 = p[1]!,
    r02 = p[2]!,
    r10 = p[4]!,
    r11 = p[5]!,
    r12 = p[6]!,
    r20 = p[8]!,
    r21 = p[9]!,
    r22 = p[10]!;
  const tr = r00 + r11 + r22;
  if (tr > 0) {
    const s = 2 * Math.sqrt(tr + 1);
    out.set((r21 - r12) / s, (r02 - r20) / s, (r10 - r01) / s, 0.25 * s);
  } else if (r00 > r11 && r00 > r22) {
    const s = 2 * Math.sqrt(1 + r00 - r11 - r22);
    out.set(0.25 * s, (r01 + r10) / s, (r02 + r20) / s, (r21 - r12) / s);
  } else if (r11 > r22) {
    const s = 2 * Math.sqrt(1 + r11 - r00 - r22);
    out.set((r01 + r10) / s, 0.25 * s, (r12 + r21) / s, (r02 - r20) / s);
  } else {
    const s = 2 * Math.sqrt(1 + r22 - r00 - r11);
    out.set((r02 + r20) / s, (r12 + r21) / s, 0.25 * s, (r10 - r01) / s);
  }
  return out.normalize();
}

function staticBox(pose: ArrayLike<number>, h: Vec3Tuple): Body {
  const body = new Body({ mass: 0, type: Body.STATIC });
  body.addShape(new Box(new Vec3(h[0], h[1], h[2])));
  body.position.set(pose[3]!, pose[7]!, pose[11]!);
  quatFromPose(pose, body.quaternion);
  return body;
}

/** Builds the cannon world for `scene` (allocates; call once per scene, or again after it changes). */
export function createPhysics(scene: PhysicsScene, startTimeS = 0): Physics {
  const world = new World();
  world.gravity.set(0, 0, 0);
  world.allowSleep = false;
  const bodyIdOf = new Map<number, string>();
  for (const b of scene.bodies) {
    const parts = b.shape === 'box' ? [{ pose: b.pose, halfExtentsM: b.halfExtentsM }] : pipeStaves(b);
    for (const part of parts) {
      const body = staticBox(part.pose, part.halfExtentsM);
      world.addBody(body);
      bodyIdOf.set(body.id, b.id);
    }
  }
  const torch = new Body({ mass: 1, type: Body.DYNAMIC, collisionResponse: false });
  const torchShapeOf = new Map<number, string>();
  const up = new Vec3(0, 1, 0);
  for (const cap of scene.torch.capsules) {
    const from = new Vec3(...cap.from);
    const to = new Vec3(...cap.to);
    const axis = to.vsub(from);
    const len = axis.length();
    const name = `torch/${cap.id}`;
    const ends = [from, to];
    if (len > 1e-9) {
      const cyl = new Cylinder(cap.radiusM, cap.radiusM, len, CAPSULE_FACETS);
      // cannon-es cylinders run along local Y: rotate Y onto the capsule axis.
      const q = new Quaternion();
      q.setFromVectors(up, axis.scale(1 / len));
      torch.addShape(cyl, from.vadd(to).scale(0.5), q);
      torchShapeOf.set(cyl.id, name);
    } else ends.pop();
    for (const end of ends) {
      const sphere = new Sphere(cap.radiusM);
      torch.addShape(sphere, end);
      torchShapeOf.set(sphere.id, name);
    }
  }
  world.addBody(torch);
  return {
    world,
    torch,
    bodyIdOf,
    torchShapeOf,
    prevPose: new Float64Array(12),
    hasPrev: false,
    touching: new Set<string>(),
    timeS: startTimeS,
  };
}

/**
 * Poses the torch at `torchPose` (TCP pose, world Mat34), steps the world by dtS and returns the torch
 * contacts of this step (deepest per torch capsule × body). `prevTorchPose` overrides the cached previous pose
 * (use it on the first step after rebuilding the cache mid-attempt, for exact relative speeds).
 */
export function stepPhysics(
  physics: Physics,
  torchPose: ArrayLike<number>,
  dtS: number,
  prevTorchPose?: ArrayLike<number>,
): ContactEvent[] {
  const { world, torch } = physics;
  torch.position.set(torchPose[3]!, torchPose[7]!, torchPose[11]!);
  quatFromPose(torchPose, torch.quaternion);
  torch.velocity.set(0, 0, 0);
  torch.angularVelocity.set(0, 0, 0);
  torch.aabbNeedsUpdate = true;
  world.step(dtS);
  const prev = prevTorchPose ?? (physics.hasPrev ? physics.prevPose : null);
  const best = new Map<string, ContactEvent>();
  for (const c of world.contacts) {
    const torchIsI = c.bi === torch;
    if (!torchIsI && c.bj !== torch) continue;
    const other = torchIsI ? c.bj : c.bi;
    const bodyB = physics.bodyIdOf.get(other.id);
    const bodyA = physics.torchShapeOf.get((torchIsI ? c.si : c.sj).id);
    if (bodyB === undefined || bodyA === undefined) continue;
    // Contact points: xi + ri on body i, xj + rj on body j; ni points out of body i.
    const pix = c.bi.position.x + c.ri.x,
      piy = c.bi.position.y + c.ri.y,
      piz = c.bi.position.z + c.ri.z;
    const pjx = c.bj.position.x + c.rj.x,
      pjy = c.bj.position.y + c.rj.y,
      pjz = c.bj.position.z + c.rj.z;
    const depth = -((pjx - pix) * c.ni.x + (pjy - piy) * c.ni.y + (pjz - piz) * c.ni.z);
    if (!(depth >= 0)) continue;
    const sgn = torchIsI ? 1 : -1;
    const point: Vec3Tuple = torchIsI ? [pjx, pjy, pjz] : [pix, piy, piz];
    const key = `${bodyA}|${bodyB}`;
    const seen = best.get(key);
    if (seen && seen.penetrationDepthM >= depth) continue;
    best.set(key, {
      tS: physics.timeS,
      bodyA,
      bodyB,
      point,
      normal: [sgn * c.ni.x, sgn * c.ni.y, sgn * c.ni.z],
      penetrationDepthM: depth,
      relativeSpeedMPerS: prev ? pointSpeed(torchPose, prev, point, dtS) : 0,
      began: !physics.touching.has(key),
    });
  }
  physics.touching.clear();
  const events = [...best.values()];
  for (const e of events) physics.touching.add(`${e.bodyA}|${e.bodyB}`);
  for (let i = 0; i < 12; i++) physics.prevPose[i] = torchPose[i]!;
  physics.hasPrev = true;
  physics.timeS += dtS;
  return events;
}

/** Speed of the torch material point now at `p`, from the rigid motion prev → cur over dt. */
function pointSpeed(cur: ArrayLike<number>, prev: ArrayLike<number>, p: Vec3Tuple, dt: number): number {
  // local = Rcᵀ(p − tc); prevWorld = Rp·local + tp.
  const dx = p[0] - cur[3]!,
    dy = p[1] - cur[7]!,
    dz = p[2] - cur[11]!;
  const lx = cur[0]! * dx + cur[4]! * dy + cur[8]! * dz;
  const ly = cur[1]! * dx + cur[5]! * dy + cur[9]! * dz;
  const lz = cur[2]! * dx + cur[6]! * dy + cur[10]! * dz;
  let s = 0;
  for (let i = 0; i < 3; i++) {
    const w = prev[i * 4]! * lx + prev[i * 4 + 1]! * ly + prev[i * 4 + 2]! * lz + prev[i * 4 + 3]!;
    s += pow(p[i]! - w, 2);
  }
  return Math.sqrt(s) / dt;
}

/** Releases the cannon world (bodies, contacts, caches). The physics object must not be stepped afterwards. */
export function disposePhysics(physics: Physics): void {
  for (const body of [...physics.world.bodies]) physics.world.removeBody(body);
  physics.world.contacts.length = 0;
  physics.bodyIdOf.clear();
  physics.torchShapeOf.clear();
  physics.touching.clear();
  physics.hasPrev = false;
}
