// A plain diagnostic object on window.__weldtwin that end-to-end tests read (the app never reads it back).
// It is mutated in place, so writing to it from per-frame code allocates nothing.
import type { Vec3Tuple } from '../sim/cell/types.ts';

export interface WeldTwinProbe {
  /** True once the first frame of the 3D view has rendered. */
  ready: boolean;
  frames: number;
  xrSupport: 'checking' | 'supported' | 'unsupported';
  xrSessionActive: boolean;
  /** The IWER emulated device when the page was opened with ?xr=emulate (tests drive it directly). */
  xrDevice: unknown;
  rightController: { connected: boolean; position: Vec3Tuple; updates: number };
  /** renderer.info of the last rendered frame. */
  render: { calls: number; triangles: number; geometries: number; textures: number };
  /** Renders one frame and reads it back: count of distinct colours and luminance spread of a pixel grid. */
  sampleCanvas: (() => { width: number; height: number; distinctColors: number; lumaStdDev: number }) | null;
}

declare global {
  interface Window {
    __weldtwin?: WeldTwinProbe;
  }
}

export const probe: WeldTwinProbe = {
  ready: false,
  frames: 0,
  xrSupport: 'checking',
  xrSessionActive: false,
  xrDevice: null,
  rightController: { connected: false, position: [0, 0, 0], updates: 0 },
  render: { calls: 0, triangles: 0, geometries: 0, textures: 0 },
  sampleCanvas: null,
};

if (typeof window !== 'undefined') window.__weldtwin = probe;
