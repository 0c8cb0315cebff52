// Monotonic tendencies (domain/welding.md §2.8) as properties over random in-range set-ups.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateWeld } from '../../../src/sim/weld/index.ts';
import { mPerMin, mmPerS, volts } from '../../../src/sim/core/units.ts';
import { chartRow, setupFromRow } from './chart-setups.ts';

const rows = [3, 5, 7, 10, 11, 12, 17, 21];
const base = fc.record({
  row: fc.constantFrom(...rows),
  scale: fc.double({ min: 0.6, max: 1.6, noNaN: true }),
  bump: fc.double({ min: 1.02, max: 1.5, noNaN: true }),
});

describe('tendencies a welder knows', () => {
  it('faster travel gives a narrower bead, less heat input and less deposit per mm', () => {
    fc.assert(
      fc.property(base, ({ row, scale, bump }) => {
        const s = setupFromRow(chartRow(row));
        const slow = evaluateWeld({ ...s, travelSpeedMmPerS: mmPerS(s.travelSpeedMmPerS * scale) });
        const fast = evaluateWeld({ ...s, travelSpeedMmPerS: mmPerS(s.travelSpeedMmPerS * scale * bump) });
        return fast.bead.widthMm < slow.bead.widthMm && fast.heatInputKJPerMm < slow.heatInputKJPerMm;
      }),
    );
  });

  it('more wire feed gives more current, more heat input and deeper penetration', () => {
    fc.assert(
      fc.property(base, ({ row, scale, bump }) => {
        const s = setupFromRow(chartRow(row));
        const lo = evaluateWeld({ ...s, wireFeedSpeedMPerMin: mPerMin(s.wireFeedSpeedMPerMin! * scale) });
        const hi = evaluateWeld({
          ...s,
          wireFeedSpeedMPerMin: mPerMin(s.wireFeedSpeedMPerMin! * scale * bump),
        });
        return (
          hi.currentA > lo.currentA &&
          hi.heatInputKJPerMm > lo.heatInputKJPerMm &&
          hi.bead.penetrationMm >= lo.bead.penetrationMm
        );
      }),
    );
  });

  it('more voltage widens and flattens the bead', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...rows),
        fc.double({ min: -3, max: 3, noNaN: true }),
        fc.double({ min: 0.5, max: 4, noNaN: true }),
        (row, dv, step) => {
          const s = setupFromRow(chartRow(row));
          const lo = evaluateWeld({ ...s, voltageV: volts(s.voltageV + dv) });
          const hi = evaluateWeld({ ...s, voltageV: volts(s.voltageV + dv + step) });
          return hi.bead.widthMm > lo.bead.widthMm && hi.bead.reinforcementMm < lo.bead.reinforcementMm;
        },
      ),
    );
  });

  it('drag gives a narrower, deeper bead than push (§2.6)', () => {
    const s = setupFromRow(chartRow(11));
    const push = evaluateWeld({ ...s, travelAngleDeg: 15 as never });
    const drag = evaluateWeld({ ...s, travelAngleDeg: -15 as never });
    expect(drag.bead.widthMm).toBeLessThan(push.bead.widthMm);
    expect(drag.bead.penetrationMm).toBeGreaterThan(push.bead.penetrationMm);
  });

  it('longer stick-out at the same wire feed lowers current and penetration, raises the bead', () => {
    const s = setupFromRow(chartRow(10));
    const near = evaluateWeld({ ...s, ctwdMm: 15 as never });
    const far = evaluateWeld({ ...s, ctwdMm: 22 as never });
    expect(far.currentA).toBeLessThan(near.currentA);
    expect(far.bead.penetrationMm).toBeLessThan(near.bead.penetrationMm);
    expect(far.bead.reinforcementMm).toBeGreaterThan(near.bead.reinforcementMm);
  });

  it('CO2 gives a narrower, deeper bead than an argon mix at the same settings', () => {
    const s = setupFromRow(chartRow(10));
    const co2 = evaluateWeld(s);
    const mix = evaluateWeld({ ...s, shieldingGas: 'Ar-18CO2' });
    expect(co2.bead.widthMm).toBeLessThan(mix.bead.widthMm);
    expect(co2.bead.penetrationMm).toBeGreaterThan(mix.bead.penetrationMm);
  });
});
