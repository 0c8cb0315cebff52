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
    c = { scene, hits: createHits(scene) };
    compiled.set(w.cell, c);
  }
  if (w.positioner) {
    workObjectInWorld(w, wobj);
    invert34(wobj, wobjInv);
    multiply34(wobjInv, w.tcpWorld, torchInWork);
  } else copy34(w.tcpWorld, torchInWork);
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
