// Scene objects other parts of the app need to find (XR grabbing the torch grip, pressing panel buttons).
// Plain module state: registered on mount, read in frame loops, no React involved.
import type { Object3D } from 'three';

export interface Pressable {
  /** The mesh a pointer ray must hit. */
  object: Object3D;
  /** Press starts (trigger or click down). */
  down: () => void;
  /** Press ends; only for hold buttons. */
  up?: () => void;
}

export const sceneRefs = {
  /** The cobot torch grip (its origin is where a hand holds it). */
  torchHandle: null as Object3D | null,
  pressables: new Set<Pressable>(),
};

/** Registers a pressable; returns its cleanup. */
export function addPressable(p: Pressable): () => void {
  sceneRefs.pressables.add(p);
  return () => {
    sceneRefs.pressables.delete(p);
  };
}
