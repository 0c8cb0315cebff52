// Shared materials: one per surface kind, so meshes with vertex colours batch into few programs.
import { DoubleSide, MeshBasicMaterial, MeshStandardMaterial } from 'three';

/** Painted metal and plastics; colour comes from the geometry's vertex colours. */
export const paintedMaterial = new MeshStandardMaterial({
  vertexColors: true,
  metalness: 0.2,
  roughness: 0.55,
});
/** Bare steel (plates, pipe, table top). */
export const steelMaterial = new MeshStandardMaterial({
  vertexColors: true,
  metalness: 0.6,
  roughness: 0.42,
});
/** Translucent guarding panels, light-curtain beams, welding screens. */
export const glassMaterial = new MeshStandardMaterial({
  vertexColors: true,
  transparent: true,
  opacity: 0.28,
  metalness: 0.1,
  roughness: 0.2,
  side: DoubleSide,
  depthWrite: false,
});
/** Emissive indicators (lamps, light curtain beams). */
export const glowMaterial = new MeshBasicMaterial({ vertexColors: true, toneMapped: false });
