// What end-to-end tests read of the results screen (on window.__weldtwin.results); the app never reads it.
// Mutated in place from per-frame code.
import { probe } from '../probe.ts';

export interface ResultsProbe {
  /** Parse `scenarioYaml`, read the attempt file JSON and open the results for them (lazy chunk). */
  open: ((attemptJson: unknown, scenarioYaml: string, file: string) => Promise<void>) | null;
  /** The screen has replayed the attempt and rendered. */
  ready: boolean;
  /** Replay tick on screen and the robot joints drawn there. */
  tick: number;
  joints: number[];
  /** Results camera position (three.js world). */
  camera: [number, number, number];
  /** Plots that have drawn their canvas. */
  plotsDrawn: number;
  /** Renders one frame of the results 3D view and reads it back. */
  sampleCanvas: (() => { width: number; height: number; distinctColors: number; lumaStdDev: number }) | null;
}

declare module '../probe.ts' {
  interface WeldTwinProbe {
    results?: ResultsProbe;
  }
}

export const resultsProbe: ResultsProbe = {
  open: null,
  ready: false,
  tick: 0,
  joints: [],
  camera: [0, 0, 0],
  plotsDrawn: 0,
  sampleCanvas: null,
};

probe.results = resultsProbe;
