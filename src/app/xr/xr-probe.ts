// Headset diagnostics end-to-end tests read on window.__weldtwinXR (hands, pokes, helmet gesture), beside the
// app-wide window.__weldtwin probe. Mutated in place from per-frame code: no allocations.
import type { Vec3Tuple } from '../../sim/cell/types.ts';

export interface XRHandsProbe {
  /** Which input each hand is: a controller, a tracked hand, or nothing. */
  leftKind: 'none' | 'controller' | 'hand';
  rightKind: 'none' | 'controller' | 'hand';
  /** Right hand: pinch value and points (three.js world). */
  rightPinch: number;
  rightPinchPoint: Vec3Tuple;
  rightIndexTip: Vec3Tuple;
  /** Pendant buttons pressed by poking them with the index finger. */
  pokes: number;
  /** Helmet flips by the hand gesture (pinch at the brow). */
  helmetGestures: number;
}

export const xrProbe: XRHandsProbe = {
  leftKind: 'none',
  rightKind: 'none',
  rightPinch: 0,
  rightPinchPoint: [0, 0, 0],
  rightIndexTip: [0, 0, 0],
  pokes: 0,
  helmetGestures: 0,
};

declare global {
  interface Window {
    __weldtwinXR?: XRHandsProbe;
  }
}

if (typeof window !== 'undefined') window.__weldtwinXR = xrProbe;
