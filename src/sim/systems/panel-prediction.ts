// What the power source's display predicts for the set-up on its panel before the arc strikes (a synergic
// display: current, arc voltage, transfer mode, heat input at the set travel speed): the weld model's steady
// state at the nominal torch pose. The scenario engine's `weld.currentA` etc. read it before the arc is on, and
// the app shows it on the power-source panel, so both say the same thing.
import { sameWeldSettings, type WeldSettings } from '../cell/weld-settings.ts';
import type { WorldState } from '../world-state.ts';
import { createBeadSample, sampleBead, steadyTorchState } from '../weld/index.ts';
import type { TransferMode } from '../weld/types.ts';
import { weldContextFor } from './bead.ts';
import { weldSetupOf } from './weld-system.ts';

export interface PanelPrediction {
  currentA: number;
  voltageV: number;
  transferMode: TransferMode;
  heatInputKJPerMm: number;
}

interface Cached extends PanelPrediction {
  key: WeldSettings;
  thicknessMm: number;
}

// Cached per world and settings: a 30 Hz read (rules) or a panel re-render must not rerun the weld model.
const cache = new WeakMap<WorldState, Cached>();

/** The display's prediction for the world's panel settings and workpiece (reads only; never changes `w`). */
export function panelPrediction(w: WorldState): PanelPrediction {
  const s = w.settings;
  const hit = cache.get(w);
  if (hit && hit.thicknessMm === w.cell.workpiece.thicknessMm && sameWeldSettings(hit.key, s)) return hit;
  const v: Cached = { ...predictFor(w), key: { ...s }, thicknessMm: w.cell.workpiece.thicknessMm };
  cache.set(w, v);
  return v;
}

/**
 * The prediction for `settings` dialled on this world's panel (the app's panel shows it while a knob turns,
 * before the setting reaches the world at the next step). Uncached; reads only.
 */
export function predictPanel(w: WorldState, settings: WeldSettings): PanelPrediction {
  return predictFor(settings === w.settings ? w : { ...w, settings });
}

function predictFor(w: WorldState): PanelPrediction {
  const setup = weldSetupOf(w, 100);
  const sample = sampleBead(weldContextFor(setup), steadyTorchState(setup), 0, createBeadSample());
  return {
    currentA: sample.currentA,
    voltageV: sample.voltageV,
    transferMode: sample.transferMode,
    heatInputKJPerMm: sample.heatInputKJPerMm,
  };
}
