// Shared materials: one per surface kind, so meshes with vertex colours batch into few programs. Their surface
// values, each with its source, are in assets/models/materials.json.
import { DoubleSide, MeshBasicMaterial, MeshStandardMaterial } from 'three';
import type { MaterialsModel } from './model-schema.ts';
import data from '../../../assets/models/materials.json';

const model: MaterialsModel = data;

/** Painted metal and plastics; colour comes from the geometry's vertex colours. */
export const paintedMaterial = new MeshStandardMaterial({
  vertexColors: true,
  metalness: model.painted.metalness,
  roughness: model.painted.roughness,
});
/** Bare steel (plates, pipe, table top). */
export const steelMaterial = new MeshStandardMaterial({
  vertexColors: true,
  metalness: model.steel.metalness,
  roughness: model.steel.roughness,
});
/** Translucent guarding panels, light-curtain beams, welding screens. */
export const glassMaterial = new MeshStandardMaterial({
  vertexColors: true,
  transparent: true,
  opacity: model.glass.opacity ?? 1,
  metalness: model.glass.metalness,
  roughness: model.glass.roughness,
  side: DoubleSide,
  depthWrite: false,
});
/** Emissive indicators (lamps, light curtain beams). */
export const glowMaterial = new MeshBasicMaterial({ vertexColors: true, toneMapped: false });
