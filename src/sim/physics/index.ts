// Public face of src/sim/physics: the serialisable scene, the cannon-es contact world built from it, and the
// cannon-free fast check for the headless hot path.
export type {
  PhysicsScene,
  SceneBody,
  BoxBody,
  PipeBody,
  TorchCapsule,
  ContactEvent,
  Vec3Tuple,
} from './scene.ts';
export type { Physics } from './cannon-world.ts';
export type { CompiledScene, CompiledBox, FastHit } from './fast-contacts.ts';
export { pipeStaves, DEFAULT_PIPE_SEGMENTS } from './scene.ts';
export { createPhysics, stepPhysics, disposePhysics } from './cannon-world.ts';
export { compileScene, createHits, torchContactsFast, lastClearanceM } from './fast-contacts.ts';
export { segmentBoxDistance, closest } from './segment-box.ts';
