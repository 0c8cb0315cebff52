// Heat input, t8/5, heat accumulation over passes and preheat need (domain/welding.md §2.3, §7).
import { describe, expect, it } from 'vitest';
import {
  arcEnergy,
  coolingTime85,
  heatInput,
  interpassTemperatures,
  maxInterpassC,
  preheatNeed,
  waitForInterpass,
  weldLineTemperature,
} from '../../../src/sim/weld/index.ts';

describe('heat input and cooling', () => {
  it('EN 1011-1 worked example: 27.5 V × 265 A at 7.5 mm/s → E 0.97, Q 0.78 kJ/mm; TIG k = 0.6, SAW k = 1', () => {
    expect(arcEnergy(27.5, 265, 7.5)).toBeCloseTo(0.972, 3);
    expect(heatInput('GMAW', 27.5, 265, 7.5)).toBeCloseTo(0.777, 3);
    expect(heatInput('GTAW', 12, 130, 5)).toBeCloseTo(0.6 * 0.312, 6);
    expect(heatInput('SAW', 30, 600, 9.17)).toBeCloseTo(1.96, 2); // §2.3: typical SAW ≈ 2 kJ/mm
  });

  it('t8/5 uses the thick-plate formula on thick plate and the thin-plate one on thin sheet', () => {
    const q = 1;
    const thick3d = (6700 - 5 * 20) * q * (1 / 480 - 1 / 780);
    expect(coolingTime85(q, 40, 20, 'butt')).toBeCloseTo(thick3d, 6);
    const thin2d = (((4300 - 4.3 * 20) * 1e5 * (q * q)) / (5 * 5)) * (1 / 480 ** 2 - 1 / 780 ** 2);
    expect(coolingTime85(q, 5, 20, 'butt')).toBeCloseTo(thin2d, 6);
    expect(coolingTime85(q, 40, 150, 'butt')).toBeGreaterThan(coolingTime85(q, 40, 20, 'butt')); // preheat slows cooling
    expect(coolingTime85(q, 40, 20, 'fillet')).toBeLessThan(coolingTime85(q, 40, 20, 'butt')); // F3 < 1
  });

  it('heat accumulates pass after pass and dissipates with waiting', () => {
    const passes = [0, 60, 120, 180].map((timeS) => ({ heatInputKJPerMm: 1.2, timeS }));
    const temps = interpassTemperatures(passes, 10, 20, 'butt');
    expect(temps[0]).toBe(20);
    expect(temps[1]!).toBeGreaterThan(20);
    expect(temps[3]!).toBeGreaterThan(temps[1]!);
    expect(weldLineTemperature(passes, 1000, 10, 20, 'butt')).toBeLessThan(temps[3]!);
    const wait = waitForInterpass(passes, 181, 10, 20, 'butt', maxInterpassC('carbon-steel'));
    expect(weldLineTemperature(passes, 181 + wait, 10, 20, 'butt')).toBeLessThanOrEqual(250 + 1e-6);
    expect(maxInterpassC('stainless-steel')).toBe(150);
  });

  it('preheat from CE(IIW): none ≤ 0.40, thick joints 0.40–0.55, always above 0.55', () => {
    expect(preheatNeed(0.38, 40, 'butt').band).toBe('none');
    expect(preheatNeed(0.45, 10, 'butt').band).toBe('none');
    expect(preheatNeed(0.45, 30, 'butt')).toMatchObject({ band: 'thick-or-restrained', minPreheatC: 93 });
    expect(preheatNeed(0.6, 6, 'fillet')).toMatchObject({ band: 'required', minPreheatC: 204 });
  });
});
