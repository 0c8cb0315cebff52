import { describe, expect, it } from 'vitest';
import {
  TIP_LIFE_ARC_MIN,
  createMaintenanceState,
  cylinderContentL,
  stepMaintenance,
  tcpCheckDue,
  tipWear,
} from '../../../src/sim/faults/index.ts';
import { FaultTestCell } from './fault-test-cell.ts';

describe('maintenance state evolves with arc time', () => {
  it('tip age, nozzle spatter, liner wear and calibration age grow with arc-on time only', () => {
    const m = createMaintenanceState();
    for (let i = 0; i < 600; i++) stepMaintenance(m, false, 0, 0.1);
    expect(m.tipAgeArcMin).toBe(0);
    expect(m.nozzleSpatter).toBe(0);
    for (let i = 0; i < 6000; i++) stepMaintenance(m, true, 15, 0.1); // 10 arc-min at 15 L/min
    expect(m.tipAgeArcMin).toBeCloseTo(10, 9);
    expect(m.nozzleSpatter).toBeCloseTo(10 / 40, 9);
    expect(m.linerWear).toBeGreaterThan(0);
    expect(m.calibrationAgeArcMin).toBeCloseTo(10, 9);
    expect(tipWear(m)).toBeCloseTo(10 / TIP_LIFE_ARC_MIN, 9);
  });
  it('anti-spatter slows the build-up', () => {
    const a = createMaintenanceState();
    const b = createMaintenanceState();
    b.antiSpatterArcMinLeft = 10;
    for (let i = 0; i < 3000; i++) {
      stepMaintenance(a, true, 0, 0.1);
      stepMaintenance(b, true, 0, 0.1);
    }
    expect(b.nozzleSpatter).toBeLessThan(a.nozzleSpatter / 2);
  });
  it('a 50 L / 200 bar cylinder loses 18 bar for an hour at 15 L/min (900 L of its 10 000 L)', () => {
    const m = createMaintenanceState();
    expect(cylinderContentL(m)).toBe(10000);
    for (let i = 0; i < 36000; i++) stepMaintenance(m, false, 15, 0.1);
    expect(m.cylinderPressureBar).toBeCloseTo(182, 6);
  });
  it('the weekly TCP check falls due after five shifts of arc time', () => {
    const m = createMaintenanceState();
    m.calibrationAgeArcMin = 5 * TIP_LIFE_ARC_MIN;
    expect(tcpCheckDue(m)).toBe(true);
  });
});

describe('wear strengthens the symptoms', () => {
  it('a tip near the end of its life makes the current noisier and ignition less sure than a fresh one', () => {
    const cell = new FaultTestCell();
    const fresh = cell.mean(5, (s) => s.currentNoiseA);
    const freshStart = cell.symptoms.arcStartSuccessProbability;
    cell.state.maintenance.tipAgeArcMin = 0.9 * TIP_LIFE_ARC_MIN;
    const worn = cell.mean(5, (s) => s.currentNoiseA);
    expect(worn).toBeGreaterThan(fresh * 2);
    expect(cell.symptoms.arcStartSuccessProbability).toBeLessThan(freshStart);
  });
  it('spatter building up over 20 arc-minutes halves the gas reaching the arc', () => {
    const cell = new FaultTestCell();
    const before = cell.mean(1, (s) => s.gasFlowAtArcLPerMin);
    cell.weld(20 * 60);
    const after = cell.mean(1, (s) => s.gasFlowAtArcLPerMin);
    expect(before).toBeCloseTo(15, 1);
    expect(after).toBeLessThan(0.55 * before);
    // …and the nozzle fault has appeared by itself, with its onset while welding.
    const f = cell.record('nozzle-spatter')!;
    expect(f.cause).toBe('wear');
    expect(f.onsetS).not.toBeNull();
  });
  it('a shift of arc time brings tip wear on as a fault by itself', () => {
    const cell = new FaultTestCell();
    cell.state.maintenance.tipAgeArcMin = TIP_LIFE_ARC_MIN - 0.5;
    cell.weld(60);
    expect(cell.record('contact-tip-wear')?.cause).toBe('wear');
  });
});
