// Advances the simulation from the render loop, before anything reads the sim view this frame.
import { useFrame } from '@react-three/fiber';
import { useSimStore } from '../stores/sim-store.ts';

/** Runs before the default (0) priority so the rigs read this frame's joints. */
const BEFORE_VIEWS = -100;

export function SimDriver() {
  useFrame((_state, delta) => {
    useSimStore.getState().advance(delta);
  }, BEFORE_VIEWS);
  return null;
}
