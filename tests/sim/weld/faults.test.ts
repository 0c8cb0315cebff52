// Each parameter pushed out of its chart window gives the imperfection a welding teacher expects
// (domain/welding.md §5 causes and "Suggested simulator thresholds").
import { describe, expect, it } from 'vitest';
import type { WeldSetup } from '../../../src/sim/weld/index.ts';
import { evaluateWeld, nominalWindow, renderAdvice } from '../../../src/sim/weld/index.ts';
import { deg, lPerMin, mm, mmPerS, volts } from '../../../src/sim/core/units.ts';
import { chartRow, setupAtWindow, setupFromRow } from './chart-setups.ts';

const refs = (s: WeldSetup) => evaluateWeld(s).imperfections.map((i) => i.iso6520);
const tenMmFillet = (() => {
  const base = setupFromRow(chartRow(11), { thicknessMm: mm(10) });
  return setupAtWindow(base, nominalWindow(base));
})();

describe('faults pushed out of the window', () => {
  it('the 10 mm fillet at its interpolated chart settings is acceptable', () => {
    expect(['B', 'C']).toContain(evaluateWeld(tenMmFillet).qualityLevel);
  });

  it('2.5× travel speed on a 10 mm fillet gives continuous undercut (5011), advice: slow down', () => {
    const res = evaluateWeld({
      ...tenMmFillet,
      travelSpeedMmPerS: mmPerS(tenMmFillet.travelSpeedMmPerS * 2.5),
    });
    expect(res.imperfections.map((i) => i.iso6520)).toContain(5011);
    expect(res.qualityLevel).toBe('reject');
    const advice = res.advice.map((a) => renderAdvice(a));
    expect(advice).toContain(
      'Undercut: travel speed is 2.5× the chart value (6.1 mm/s); slow down to about 6.1 mm/s.',
    );
  });

  it('too slow (0.4×) piles metal up: overlap (506) on the fillet, excess weld metal (502) on a butt', () => {
    expect(
      refs({ ...tenMmFillet, travelSpeedMmPerS: mmPerS(tenMmFillet.travelSpeedMmPerS * 0.4) }),
    ).toContain(506);
    const butt = setupFromRow(chartRow(7));
    const slow = refs({ ...butt, travelSpeedMmPerS: mmPerS(butt.travelSpeedMmPerS * 0.4) });
    expect(slow).toContain(502);
    expect(slow).toContain(506);
  });

  it('voltage 5 V over the chart gives undercut (5011) and spatter (602)', () => {
    const row11 = setupFromRow(chartRow(11));
    const res = evaluateWeld({ ...row11, voltageV: volts(row11.voltageV + 5) });
    expect(res.imperfections.map((i) => i.iso6520)).toEqual(expect.arrayContaining([5011, 602]));
    expect(res.advice.map((a) => a.key)).toContain('advice.undercut.voltageHigh');
  });

  it('voltage 4.5 V under the chart: wire stubs, lack of fusion (401x), convex bead (503) and spatter', () => {
    const row11 = setupFromRow(chartRow(11));
    const found = refs({ ...row11, voltageV: volts(row11.voltageV - 4.5) });
    expect(found).toEqual(expect.arrayContaining([4011, 503, 602]));
  });

  it('current too low for the thickness (0.55× on 9 mm two-sided butt) gives lack of fusion and penetration (401/402)', () => {
    const row8 = setupFromRow(chartRow(8));
    const found = refs({ ...row8, wireFeedSpeedMPerMin: (row8.wireFeedSpeedMPerMin! * 0.55) as never });
    expect(found).toEqual(expect.arrayContaining([4013, 402]));
  });

  it('current too low on a 3.2 mm single-sided butt leaves the root unpenetrated (4021)', () => {
    const row5 = setupFromRow(chartRow(5));
    expect(refs({ ...row5, wireFeedSpeedMPerMin: (row5.wireFeedSpeedMPerMin! * 0.7) as never })).toContain(
      4021,
    );
  });

  it('excessive heat on 1.6 mm sheet: 2× drops the root through (504), 3× burns through (510)', () => {
    const row3 = setupFromRow(chartRow(3));
    expect(refs({ ...row3, travelSpeedMmPerS: mmPerS(row3.travelSpeedMmPerS / 2) })).toContain(504);
    const res = evaluateWeld({ ...row3, travelSpeedMmPerS: mmPerS(row3.travelSpeedMmPerS / 3) });
    expect(res.imperfections.map((i) => i.iso6520)).toContain(510);
    expect(res.advice.map((a) => a.key)).toContain('advice.burnThrough.heatHighThin');
    // 0.8 mm sheet goes straight through at half speed (§5: 510/504 when t ≤ 3 mm at < 0.5× travel).
    const row1 = setupFromRow(chartRow(1));
    expect(refs({ ...row1, travelSpeedMmPerS: mmPerS(row1.travelSpeedMmPerS / 2) })).toContain(510);
  });

  it('no gas gives gas pores and surface pores (2011/2012 + 2017); so do too little and too much flow', () => {
    const row11 = setupFromRow(chartRow(11));
    for (const s of [
      { ...row11, shieldingGas: 'none' as const },
      { ...row11, gasFlowLPerMin: lPerMin(3) },
      { ...row11, gasFlowLPerMin: lPerMin(60) },
    ]) {
      const found = refs(s);
      expect(found).toContain(2017);
      expect(found.some((r) => r === 2011 || r === 2012)).toBe(true);
    }
    expect(evaluateWeld({ ...row11, shieldingGas: 'none' }).advice.map((a) => a.key)).toContain(
      'advice.porosity.gasMissing',
    );
  });

  it('a draught above the AWS D1.1 8 km/h limit blows the gas away (porosity)', () => {
    expect(
      refs({ ...setupFromRow(chartRow(11)), draughtMPerS: 3 }).some((r) => r === 2011 || r === 2012),
    ).toBe(true);
    expect(refs({ ...setupFromRow(chartRow(11)), draughtMPerS: 0.5 })).toEqual([]);
  });

  it('self-shielded flux-cored wire (FCAW, gas "none") does not need gas', () => {
    expect(
      refs({ ...setupFromRow(chartRow(17)), shieldingGas: 'none', gasFlowLPerMin: lPerMin(0) }).filter(
        (r) => r >= 2011 && r <= 2017,
      ),
    ).toEqual([]);
  });

  it('30 mm stick-out in short arc: porosity, spatter and lack of fusion; current drops', () => {
    const row10 = setupFromRow(chartRow(10));
    const res = evaluateWeld({ ...row10, ctwdMm: mm(30) });
    const found = res.imperfections.map((i) => i.iso6520);
    expect(found).toEqual(expect.arrayContaining([602, 4013]));
    expect(found.some((r) => r === 2011 || r === 2012)).toBe(true);
    expect(res.currentA).toBeLessThan(evaluateWeld(row10).currentA);
  });

  it('30° push angle gives lack of fusion (401x) and spatter (602)', () => {
    expect(refs({ ...setupFromRow(chartRow(11)), travelAngleDeg: deg(30) })).toEqual(
      expect.arrayContaining([4013, 602]),
    );
  });

  it('work angle 25° off on a fillet gives unequal legs (512) and undercut (5011)', () => {
    expect(refs({ ...setupFromRow(chartRow(11)), workAngleDeg: deg(70) })).toEqual(
      expect.arrayContaining([512, 5011]),
    );
  });

  it('flat-position current in vertical-up (PF) sags (509) with overlap (506); 0.8× current fixes it (§3 rule)', () => {
    const row11 = setupFromRow(chartRow(11));
    expect(refs({ ...row11, position: 'PF' })).toEqual(expect.arrayContaining([509, 506]));
    const reduced = evaluateWeld({
      ...row11,
      position: 'PF',
      wireFeedSpeedMPerMin: (row11.wireFeedSpeedMPerMin! * 0.8) as never,
    });
    expect(reduced.imperfections.map((i) => i.iso6520)).not.toContain(509);
  });

  it('spray transfer out of position (PF, Ar-18CO2 at 265 A) sags', () => {
    const res = evaluateWeld({
      ...setupFromRow(chartRow(11)),
      position: 'PF',
      shieldingGas: 'Ar-18CO2',
      voltageV: volts(26),
    });
    expect(res.transferMode).toBe('spray');
    expect(res.advice.map((a) => a.key)).toContain('advice.sagging.sprayOutOfPosition');
  });

  it('high CE without preheat cracks (100); the CE-based preheat prevents it', () => {
    const thick = { ...setupFromRow(chartRow(12)), thicknessMm: mm(12), carbonEquivalent: 0.6 };
    expect(refs(thick)).toContain(100);
    expect(refs({ ...thick, preheatC: 200 as never })).not.toContain(100);
  });

  it('pulsed GMAW reports "pulsed" with an argon mix and cannot pulse on CO2', () => {
    const row11 = setupFromRow(chartRow(11));
    expect(evaluateWeld({ ...row11, shieldingGas: 'Ar-18CO2', pulsed: true }).transferMode).toBe('pulsed');
    expect(evaluateWeld({ ...row11, pulsed: true }).transferMode).toBe('globular');
  });

  it('TIG with an active gas porosity-fails and says to use argon', () => {
    const row24 = setupFromRow(chartRow(24));
    const res = evaluateWeld({ ...row24, shieldingGas: 'Ar-18CO2' });
    expect(res.advice.map((a) => a.key)).toContain('advice.porosity.gasWrong');
  });
});
