// The power source's display predicts what the weld model gives for the dialled set-up at the nominal torch pose:
// the same figures `weldtwin weld` prints, and what the scenario engine's weld.* measurements read before the arc.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/sim/world.ts';
import type { WorldInit } from '../../../src/sim/world-state.ts';
import { parkJoints, standardCell } from '../../../src/sim/cell/standard-cells.ts';
import { panelPrediction, predictPanel } from '../../../src/sim/systems/panel-prediction.ts';
import { weldSetupOf } from '../../../src/sim/systems/weld-system.ts';
import { evaluateWeld } from '../../../src/sim/weld/index.ts';
import { WORLD_READERS } from '../../../src/scenario/world/measurements.ts';

const init: WorldInit = {
  seed: 1,
  cell: standardCell('cobot', { material: 'carbon-steel', thicknessMm: 10, joint: 'fillet', position: 'PB' }),
  settings: {
    process: 'GMAW',
    wireDiameterMm: 1.2,
    wireFeedSpeedMPerMin: 8,
    currentA: 0,
    voltageV: 29,
    travelSpeedMmPerS: 6,
    shieldingGas: 'Ar-18CO2',
    gasFlowLPerMin: 15,
    pulsed: false,
  },
  joints: parkJoints('cobot'),
};

describe('power source display', () => {
  it('predicts the weld model of the set-up (the CLI weld command) and the scenario measurements agree', () => {
    const w = createWorld(init);
    const p = panelPrediction(w);
    const cli = evaluateWeld(weldSetupOf(w, 100));
    expect(p.currentA).toBe(cli.currentA);
    expect(p.transferMode).toBe(cli.transferMode);
    expect(p.heatInputKJPerMm).toBe(cli.heatInputKJPerMm);
    // 8 m/min of 1.2 mm wire (~300 A, §2.1) at 29 V in Ar-18CO2: above the 220 A spray minimum (domain/welding.md §2.2).
    expect(p.transferMode).toBe('spray');
    expect(WORLD_READERS.get('weld.currentA')!(w)).toBe(p.currentA);
    expect(WORLD_READERS.get('weld.transferMode')!(w)).toBe(p.transferMode);
  });

  it('follows a knob before the setting reaches the world, and does not change the world', () => {
    const w = createWorld(init);
    const before = JSON.stringify(w.settings);
    const slower = predictPanel(w, { ...w.settings, wireFeedSpeedMPerMin: 4, voltageV: 19 });
    expect(JSON.stringify(w.settings)).toBe(before);
    expect(slower.currentA).toBeLessThan(panelPrediction(w).currentA);
    // 4 m/min (~150 A) at 19 V: inside the 1.2 mm short-circuit window 100–225 A, 17–22 V (domain/welding.md §2.2).
    expect(slower.transferMode).toBe('short-circuit');
  });
});
