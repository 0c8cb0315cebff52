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
import { ticksToSeconds } from '../core/clock.ts';

/** Penetration that trips the collision sensor, m [model: 1 mm — breakaway clutches trip on first hard contact]. */
const TRIP_DEPTH_M = 0.001;

interface Compiled {
  scene: CompiledScene;
  hits: FastHit[];
  /** Per box, for the clearance pre-check: centre (3), then per axis (thinnest first) rotation column (3) and half extent. */
  boxes: Float64Array;
  /** Per capsule: from (3), to (3), radius. */
  capsules: Float64Array;
}
// Derived cache per cell (rebuilt from the same data on replay); the last one is kept at hand.
const compiled = new WeakMap<object, Compiled>();
let lastCell: object | null = null;
let lastCompiled: Compiled | null = null;

function compiledFor(cell: WorldState['cell']): Compiled {
  if (cell === lastCell) return lastCompiled!;
  let c = compiled.get(cell);
  if (!c) {
    const scene = compileScene(cellPhysicsScene(cell));
    c = { scene, hits: createHits(scene), ...flatten(scene) };
    compiled.set(cell, c);
  }
  lastCell = cell;
  lastCompiled = c;
  return c;
}
const wobj = mat34();
const wobjInv = mat34();
const torchInWork = mat34();

/**
 * Whether the torch hit something this step (checkTorchCollision's 'new', recorded). A tripped sensor cannot trip
 * again, so while it is open the geometry is not checked at all (the world only acts on a new hit).
 */
export function torchCollidedThisStep(w: WorldState): boolean {
  if (w.faults.torch.collisionSensorTripped) return false;
  return checkTorchCollision(w) === 'new';
}

/** 'new' when the torch hit something this step (recorded), 'ongoing' while it stays in contact, else 'none'. */
export function checkTorchCollision(w: WorldState): 'new' | 'ongoing' | 'none' {
  const c = compiledFor(w.cell);
  // Without a positioner the work object is the world: the torch pose is w.tcpWorld itself.
  let torch: ArrayLike<number> = w.tcpWorld;
  if (w.positioner) {
    workObjectInWorld(w, wobj);
    invert34(wobj, wobjInv);
    multiply34(wobjInv, w.tcpWorld, torchInWork);
    torch = torchInWork;
  }
  if (clearOfAll(c, torch)) return 'none';
  if (!w.positioner) copy34(w.tcpWorld, torchInWork);
  const n = torchContactsFast(c.scene, torchInWork, c.hits);
  let deepest = -1;
  for (let i = 0; i < n; i++)
    if (deepest < 0 || c.hits[i]!.penetrationDepthM > c.hits[deepest]!.penetrationDepthM) deepest = i;
  if (deepest < 0 || c.hits[deepest]!.penetrationDepthM < TRIP_DEPTH_M) return 'none';
  if (w.faults.torch.collisionSensorTripped) return 'ongoing';
  const hit = c.hits[deepest]!;
  const body = c.scene.bodyIds[hit.body] ?? 'part';
  crashTorch(w.faults, randomCrashOffsetMm(w.rng), { tS: ticksToSeconds(w.tick) }, 'event');
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
    const o = k * BOX_STRIDE;
    boxes[o] = b.pose[3]!;
    boxes[o + 1] = b.pose[7]!;
    boxes[o + 2] = b.pose[11]!;
    // Thinnest axis first: a plate is usually cleared along its normal.
    const order = [0, 1, 2].sort((i, j) => b.halfExtentsM[i]! - b.halfExtentsM[j]!);
    order.forEach((axis, slot) => {
      for (let r = 0; r < 3; r++) boxes[o + 3 + 4 * slot + r] = b.pose[4 * r + axis]!;
      boxes[o + 3 + 4 * slot + 3] = b.halfExtentsM[axis]!;
    });
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

/**
 * Cheap and conservative: true only when every torch capsule is provably clear of every box, so the exact check
 * (torchContactsFast) could not report a contact. In each box's frame a capsule axis whose ends both lie beyond
 * the same face of the box is at least that far from the box; the largest such gap bounds the distance below.
 * Near contact the bound is inconclusive and the exact check runs, so the outcome is unchanged.
 */
function clearOfAll(c: Compiled, torch: ArrayLike<number>): boolean {
  const boxes = c.boxes,
    caps = c.capsules;
  const t0 = torch[0]!,
    t1 = torch[1]!,
    t2 = torch[2]!,
    t3 = torch[3]!,
    t4 = torch[4]!,
    t5 = torch[5]!,
    t6 = torch[6]!,
    t7 = torch[7]!,
    t8 = torch[8]!,
    t9 = torch[9]!,
    t10 = torch[10]!,
    t11 = torch[11]!;
  for (let q = 0; q < caps.length; q += CAPSULE_STRIDE) {
    // Capsule axis (a → b) in the work frame.
    const fx = caps[q]!,
      fy = caps[q + 1]!,
      fz = caps[q + 2]!;
    const gx = caps[q + 3]!,
      gy = caps[q + 4]!,
      gz = caps[q + 5]!;
    const ax = t0 * fx + t1 * fy + t2 * fz + t3,
      ay = t4 * fx + t5 * fy + t6 * fz + t7,
      az = t8 * fx + t9 * fy + t10 * fz + t11;
    const bx = t0 * gx + t1 * gy + t2 * gz + t3,
      by = t4 * gx + t5 * gy + t6 * gz + t7,
      bz = t8 * gx + t9 * gy + t10 * gz + t11;
    const need = caps[q + 6]! + CLEAR_MARGIN_M;
    for (let o = 0; o < boxes.length; o += BOX_STRIDE) {
      // Both ends relative to the box centre; box-local coordinate = rotation column · that.
      const cx = boxes[o]!,
        cy = boxes[o + 1]!,
        cz = boxes[o + 2]!;
      const dax = ax - cx,
        day = ay - cy,
        daz = az - cz;
      const dbx = bx - cx,
        dby = by - cy,
        dbz = bz - cz;
      // Provably clear when some axis separates the capsule from the box (NaN never does).
      const clear =
        axisGap(boxes[o + 3]!, boxes[o + 4]!, boxes[o + 5]!, boxes[o + 6]!, dax, day, daz, dbx, dby, dbz) >
          need ||
        axisGap(boxes[o + 7]!, boxes[o + 8]!, boxes[o + 9]!, boxes[o + 10]!, dax, day, daz, dbx, dby, dbz) >
          need ||
        axisGap(
          boxes[o + 11]!,
          boxes[o + 12]!,
          boxes[o + 13]!,
          boxes[o + 14]!,
          dax,
          day,
          daz,
          dbx,
          dby,
          dbz,
        ) > need;
      if (!clear) return false;
    }
  }
  return true;
}

/**
 * How far the segment lies beyond the box's slab |x·r| ≤ h (r = a rotation column, ends given relative to the
 * centre): a lower bound of its distance to the box; ≤ 0 when it reaches into the slab.
 */
function axisGap(
  r0: number,
  r1: number,
  r2: number,
  h: number,
  dax: number,
  day: number,
  daz: number,
  dbx: number,
  dby: number,
  dbz: number,
): number {
  const u = r0 * dax + r1 * day + r2 * daz;
  const v = r0 * dbx + r1 * dby + r2 * dbz;
  const lo = u < v ? u : v;
  const hi = u < v ? v : u;
  return lo - h > -h - hi ? lo - h : -h - hi;
}
