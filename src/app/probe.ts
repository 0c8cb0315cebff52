// A plain diagnostic object on window.__weldtwin that end-to-end tests read (the app never reads it back).
// It is mutated in place, so writing to it from per-frame code allocates nothing.
import type { Vec3Tuple } from '../sim/cell/types.ts';

export interface WeldTwinProbe {
  /** True once the first frame of the 3D view has rendered. */
  ready: boolean;
  /** The cell on screen once its models are mounted (cells load lazily). */
  cell: string | null;
  frames: number;
  xrSupport: 'checking' | 'supported' | 'unsupported';
  xrSessionActive: boolean;
  /** The IWER emulated device when the page was opened with ?xr=emulate (tests drive it directly). */
  xrDevice: unknown;
  rightController: { connected: boolean; position: Vec3Tuple; updates: number };
  /** Arc effects of the last frame: live sparks and the arc light's intensity. */
  arc: { sparks: number; lightIntensity: number };
  /** Arc sound: whether the audio graph runs and its current gain. */
  audio: { running: boolean; gain: number };
  /** The bead records drawn. */
  beadShown: number;
  /** Projects a sim-world point (Z up, m) to CSS pixels of the canvas's page position. */
  project: ((x: number, y: number, z: number) => [number, number]) | null;
  /** Screen position (CSS px) of the cobot torch grip, for tests that drag it. */
  torchHandleScreen: (() => [number, number]) | null;
  /**
   * Read-only looks into the simulation for assertions (the live objects, not copies), with the store's change
   * counters (discrete view values, scenario run state) and the run's simulated time (null in free play).
   */
  sim:
    | (() => {
        view: unknown;
        world: unknown;
        log: unknown[];
        revision: number;
        runRevision: number;
        runTimeS: number | null;
      })
    | null;
  /** Where the last desktop torch drag grabbed the grip (sim world, m). */
  dragGrab: [number, number, number] | null;
  /** XR interaction state: torch grab, freedrive guiding, enabling switch. */
  xr: {
    grabbing: boolean;
    guiding: boolean;
    nearTorch: boolean;
    enabling: string;
    pendantPresses: number;
    teleports: number;
  };
  /** World position (three.js, Y-up) of a named scene object, e.g. 'torch-handle' or 'pendant-record'. */
  objectWorld: ((name: string) => [number, number, number] | null) | null;
  /** Whether a named scene object and all its ancestors are visible (null when there is no such object). */
  objectVisible: ((name: string) => boolean | null) | null;
  /** The right controller's pointing ray (three.js world). */
  rightRay: { origin: [number, number, number]; direction: [number, number, number] };
  /** Every visible mesh in the scene, culled or not: draw calls and triangles if all were in view. */
  sceneStats: (() => { meshes: number; triangles: number }) | null;
  /** renderer.info of the last rendered frame. */
  render: { calls: number; triangles: number; geometries: number; textures: number; programs: number };
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
  cell: null,
  frames: 0,
  xrSupport: 'checking',
  xrSessionActive: false,
  xrDevice: null,
  rightController: { connected: false, position: [0, 0, 0], updates: 0 },
  render: { calls: 0, triangles: 0, geometries: 0, textures: 0, programs: 0 },
  arc: { sparks: 0, lightIntensity: 0 },
  audio: { running: false, gain: 0 },
  beadShown: 0,
  project: null,
  torchHandleScreen: null,
  sim: null,
  objectWorld: null,
  objectVisible: null,
  sceneStats: null,
  rightRay: { origin: [0, 0, 0], direction: [0, 0, -1] },
  xr: {
    grabbing: false,
    guiding: false,
    nearTorch: false,
    enabling: 'released',
    pendantPresses: 0,
    teleports: 0,
  },
  dragGrab: null,
  sampleCanvas: null,
};

if (typeof window !== 'undefined') window.__weldtwin = probe;
