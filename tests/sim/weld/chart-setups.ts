// Test helper: a weld set-up that runs a domain/welding.md §4 chart row at the middle of its ranges.
import type { WeldSetup } from '../../../src/sim/weld/index.ts';
import {
  CHART_ROWS,
  isWireProcess,
  nominalTravelAngleDeg,
  idealWorkAngleDeg,
  wireFeedForCurrent,
} from '../../../src/sim/weld/index.ts';
import type { ChartRow } from '../../../src/sim/weld/index.ts';
import { amps, deg, lPerMin, mm, mmPerS, volts } from '../../../src/sim/core/units.ts';

const mid = (r: readonly [number, number]) => (r[0] + r[1]) / 2;

export function chartRow(n: number): ChartRow {
  const row = CHART_ROWS.find((r) => r.row === n);
  if (!row) throw new Error(`no chart row ${n}`);
  return row;
}

/** The row's settings at mid-range, with the torch angles the process expects. */
export function setupFromRow(row: ChartRow, over: Partial<WeldSetup> = {}): WeldSetup {
  const setup: WeldSetup = {
    process: row.process,
    material: row.material,
    thicknessMm: mm(row.thicknessMm),
    joint: row.joint,
    position: row.position,
    wireDiameterMm: mm(row.wireMm),
    voltageV: volts(mid(row.voltageV)),
    travelSpeedMmPerS: mmPerS(mid(row.travelMmPerS)),
    ctwdMm: mm(mid(row.ctwdMm)),
    workAngleDeg: deg(idealWorkAngleDeg(row.joint)),
    travelAngleDeg: deg(nominalTravelAngleDeg(row.process)),
    shieldingGas: row.gas,
    gasFlowLPerMin: lPerMin(mid(row.gasFlowLPerMin)),
  };
  if (isWireProcess(row.process))
    setup.wireFeedSpeedMPerMin = wireFeedForCurrent(
      row.process,
      row.material,
      mm(row.wireMm),
      amps(mid(row.currentA)),
    );
  else setup.currentA = amps(mid(row.currentA));
  return { ...setup, ...over };
}

/** A set-up exactly at the nominal window the model derives for a thickness (e.g. a 10 mm fillet between rows). */
export function setupAtWindow(
  base: WeldSetup,
  window: { currentA: number; voltageRangeV: [number, number]; travelMmPerS: number },
): WeldSetup {
  const s: WeldSetup = {
    ...base,
    voltageV: volts((window.voltageRangeV[0] + window.voltageRangeV[1]) / 2),
    travelSpeedMmPerS: mmPerS(window.travelMmPerS),
  };
  if (isWireProcess(base.process))
    s.wireFeedSpeedMPerMin = wireFeedForCurrent(
      base.process,
      base.material,
      base.wireDiameterMm,
      amps(window.currentA),
    );
  else s.currentA = amps(window.currentA);
  return s;
}
