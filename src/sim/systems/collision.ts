// Torch ↔ part/fixture collisions each step (cannon-free fast check on the same scene the cannon world uses).
// A hit trips the torch's collision sensor (clutch): the robot stops, the neck may be bent (TCP drift, domain
// §5 "TCP drift after crash"), and the trainee must jog clear, reset and re-check the TCP.
import type { WorldState } from '../world-state.ts';
import type { CompiledScene, FastHit } from '../physics/index.ts';
import { compileScene, createHits, torchContactsFast } from '../physics/index.ts';
import { cellPhysicsScene } from '../cell/part-geometry.ts';
import { crashTorch, randomCrashOffsetMm } from '../faults/index.ts';
import { workObjectInWorld } from './frames.ts';
import { invert34, mat34, multiply34, copy34 } from '../core/transform.ts';
import { pushEvent } from '../events.ts';

/** Penetration that trips the collision sensor, m [model: 1 mm — breakaway clutches trip on first hard contact]. */
const TRIP_DEPTH_M = 0.001;

interface Compiled {
  scene: CompiledScene;
  hits: FastHit[];
  /** Per box: pose (12, Mat34) then half extents (3), for the clearance pre-check. */
  boxes: Float64Array;
  /** Per capsule: from (3), to (3), radius. */
  capsules: Float64Array;
}
// Derived cache per cell (rebuilt from the same data on replay).
const compiled = new WeakMap<object, Compiled>();
const wobj = mat34();
const wobjInv = mat34();
const torchInWork = mat34();

/** 'new' when the torch hit something this step (recorded), 'ongoing' while it stays in contact, else 'none'. */
export function checkTorchCollision(w: WorldState): 'new' | 'ongoing' | 'none' {
  let c = compiled.get(w.cell);
  if (!c) {
    const scene = compileScene(cellPhysicsScene(w.cell));
    c = { scene, hits: createHits(scene), ...flatten(scene) };
    compiled.set(w.cell, c);
  }
  if (w.positioner) {
    workObjectInWorld(w, wobj);
    invert34(wobj, wobjInv);
    multiply34(wobjInv, w.tcpWorld, torchInWork);
  } else copy34(w.tcpWorld, torchInWork);
  if (clearOfAll(c, torchInWork)) return 'none';
  const n = torchContactsFast(c.scene, torchInWork, c.hits);
  let deepest = -1;
  for (let i = 0; i < n; i++)
    if (deepest < 0 || c.hits[i]!.penetrationDepthM > c.hits[deepest]!.penetrationDepthM) deepest = i;
  if (deepest < 0 || c.hits[deepest]!.penetrationDepthM < TRIP_DEPTH_M) return 'none';
  if (w.faults.torch.collisionSensorTripped) return 'ongoing';
  const hit = c.hits[deepest]!;
  const body = c.scene.bodyIds[hit.body] ?? 'part';
  crashTorch(w.faults, randomCrashOffsetMm(w.rng), { tS: w.tick / 180 }, 'event');
  pushEvent(w.events, {
    tick: w.tick,
    kind: 'collision',
    code: 'torch-collision',
    text: `Torch hit ${body}: collision sensor tripped`,
    data: {
      body,
      depthMm: Math.round(hit.penetrationDepthM * 10000) / 10,
      speedMmPerS: Math.round(w.motion.tcpSpeedMPerS * 1000),
    },
  });
  return 'new';
}

function flatten(scene: CompiledScene): { boxes: Float64Array; capsules: Float64Array } {
  const boxes = new Float64Array(scene.boxes.length * BOX_STRIDE);
  scene.boxes.forEach((b, k) => {
    for (let i = 0; i < 12; i++) boxes[k * BOX_STRIDE + i] = b.pose[i]!;
    for (let i = 0; i < 3; i++) boxes[k * BOX_STRIDE + 12 + i] = b.halfExtentsM[i]!;
  });
  const capsules = new Float64Array(scene.capsules.length * CAPSULE_STRIDE);
  scene.capsules.forEach((cap, k) => {
    for (let i = 0; i < 3; i++) {
      capsules[k * CAPSULE_STRIDE + i] = cap.from[i]!;
      capsules[k * CAPSULE_STRIDE + 3 + i] = cap.to[i]!;
    }
    capsules[k * CAPSULE_STRIDE + 6] = cap.radiusM;
  });
  return { boxes, capsules };
}

const BOX_STRIDE = 15;
const CAPSULE_STRIDE = 7;
/** Clearance a capsule must provably keep from every box to skip the exact check, m (far above rounding). */
const CLEAR_MARGIN_M = 1e-9;
const seg = new Float64Array(6);

/**
 * Cheap and conservative: true only when every torch capsule is provably clear of every box, so the exact check
 * (torchContactsFast) could not report a contact. In each box's frame a capsule axis whose ends both lie beyond
 * the same face of the box is at least that far from the box; the largest such gap bounds the distance below.
 * Near contact the bound is inconclusive and the exact check runs, so the outcome is unchanged.
 */
function clearOfAll(c: Compiled, torch: Float64Array): boolean {
  const boxes = c.boxes,
    caps = c.capsules;
  for (let q = 0; q < caps.length; q += CAPSULE_STRIDE) {
    // Capsule axis in the work frame.
    for (let e = 0; e < 2; e++) {
      const fx = caps[q + 3 * e]!,
        fy = caps[q + 3 * e + 1]!,
        fz = caps[q + 3 * e + 2]!;
      seg[3 * e] = torch[0]! * fx + torch[1]! * fy + torch[2]! * fz + torch[3]!;
      seg[3 * e + 1] = torch[4]! * fx + torch[5]! * fy + torch[6]! * fz + torch[7]!;
      seg[3 * e + 2] = torch[8]! * fx + torch[9]! * fy + torch[10]! * fz + torch[11]!;
    }
    const need = caps[q + 6]! + CLEAR_MARGIN_M;
    for (let o = 0; o < boxes.length; o += BOX_STRIDE) {
      let gap = 0;
      for (let i = 0; i < 3; i++) {
        // Box-local coordinate i of both ends: column i of the box rotation against (p − centre).
        const r0 = boxes[o + i]!,
          r1 = boxes[o + 4 + i]!,
          r2 = boxes[o + 8 + i]!;
        const cx = boxes[o + 3]!,
          cy = boxes[o + 7]!,
          cz = boxes[o + 11]!;
        const u = r0 * (seg[0]! - cx) + r1 * (seg[1]! - cy) + r2 * (seg[2]! - cz);
        const v = r0 * (seg[3]! - cx) + r1 * (seg[4]! - cy) + r2 * (seg[5]! - cz);
        const h = boxes[o + 12 + i]!;
        const lo = u < v ? u : v;
        const hi = u < v ? v : u;
        const g = lo - h > -h - hi ? lo - h : -h - hi;
        if (g > gap) gap = g;
      }
      if (!(gap > need)) return false;
    }
  }
  return true;
}
