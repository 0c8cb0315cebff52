// Power source and wire feeder: current from wire feed speed (domain/welding.md §2.1).
import { describe, expect, it } from 'vitest';
import {
  currentAtReferenceCtwd,
  ctwdCurrentFactor,
  evaluateWeld,
  wireFeedForCurrent,
  wireMeltRateK,
} from '../../../src/sim/weld/index.ts';
import { amps, mPerMin, mm } from '../../../src/sim/core/units.ts';
import { chartRow, setupFromRow } from './chart-setups.ts';

describe('current from wire feed speed (§2.1 anchors, steel solid wire, CTWD in band)', () => {
  it.each([
    [0.8, 5.1, 100],
    [0.9, 6.1, 150],
    [1.0, 5.0, 150],
    [1.2, 5.1, 200],
    [1.2, 6.35, 250],
    [1.6, 4.0, 300],
    [3.2, 1.6, 465],
    [4.0, 1.35, 600],
  ])('%s mm wire at %s m/min runs at about %s A (within 2 %%)', (d, wfs, amps_) => {
    const i = currentAtReferenceCtwd(d > 2 ? 'SAW' : 'GMAW', 'carbon-steel', mm(d), mPerMin(wfs));
    expect(Math.abs(i - amps_) / amps_).toBeLessThan(0.02);
  });

  it('Miller/Hobart rule of thumb: 0.035 in wire 1.6 in/min per A (245 in/min ≈ 150 A, Lincoln STT check)', () => {
    const wfs = mPerMin(245 * 0.0254);
    expect(currentAtReferenceCtwd('GMAW', 'carbon-steel', mm(0.9), wfs)).toBeGreaterThan(145);
    expect(currentAtReferenceCtwd('GMAW', 'carbon-steel', mm(0.9), wfs)).toBeLessThan(160);
  });

  it('k falls with wire size between the tabulated diameters', () => {
    expect(wireMeltRateK(mm(1.1))).toBeLessThan(wireMeltRateK(mm(1.0)));
    expect(wireMeltRateK(mm(1.1))).toBeGreaterThan(wireMeltRateK(mm(1.2)));
  });

  it('aluminium needs 2.5× and flux-cored 1.3× the wire speed per ampere (§2.1 [est]); chart WFS columns follow', () => {
    expect(wireFeedForCurrent('GMAW', 'aluminium', mm(1.2), amps(130))).toBeCloseTo(8.3, 1); // row 20
    expect(wireFeedForCurrent('FCAW', 'carbon-steel', mm(1.2), amps(250))).toBeCloseTo(8.3, 1); // row 17
    expect(wireFeedForCurrent('FCAW', 'carbon-steel', mm(1.6), amps(380))).toBeCloseTo(6.5, 1); // row 19
  });

  it('stick-out outside the band lowers current 1.25 %/mm; inside the band it does not', () => {
    expect(ctwdCurrentFactor(12, [10, 15])).toBe(1);
    expect(ctwdCurrentFactor(25, [10, 15])).toBeCloseTo(0.875, 6);
    expect(ctwdCurrentFactor(8, [10, 15])).toBeCloseTo(1.025, 6);
  });

  it('every chart row reproduces its tabulated current from its WFS', () => {
    for (const n of [1, 5, 8, 11, 12, 17, 19, 21]) {
      const row = chartRow(n);
      const res = evaluateWeld(setupFromRow(row));
      expect(res.currentA).toBeGreaterThanOrEqual(row.currentA[0] - 1);
      expect(res.currentA).toBeLessThanOrEqual(row.currentA[1] + 1);
    }
  });

  it('TIG and stick current is what the power source is set to', () => {
    expect(evaluateWeld(setupFromRow(chartRow(24), { currentA: amps(137) })).currentA).toBe(137);
  });
});
