// Nominal parameter window for a set-up, derived from the published chart rows (domain/welding.md §4):
// the nearest rows by process, material, joint, gas and position, interpolated in plate thickness.
// Imperfections are judged relative to this window (§5 "Suggested simulator thresholds").
import type { Joint, Material, Process, ShieldingGas, WeldPosition } from './types.ts';
import { gasFamily, isFilletLike } from './types.ts';
import type { ChartRow } from './chart-rows.ts';
import { CHART_ROWS } from './chart-rows.ts';
import { interpolateTable } from './transfer-mode.ts';
import { ARC_LENGTH_BAND_MM, CTWD_BAND_SAW_MM } from './wire-feeder.ts';
import {
  defaultRootGapMm,
  idealWorkAngleDeg,
  isTwoSidedButt,
  nominalTravelAngleDeg,
  requiredPenetrationMm,
} from './joint-design.ts';

export interface NominalWindow {
  /** Chart rows (domain §4 numbers) the window was derived from. */
  rows: number[];
  /** Flat/horizontal reference current (before the position factor), A. */
  currentA: number;
  currentRangeA: [number, number];
  /** Voltage window at `currentA`; it moves with current along `voltageSlopeVPerA`. */
  voltageRangeV: [number, number];
  voltageSlopeVPerA: number;
  travelMmPerS: number;
  travelRangeMmPerS: [number, number];
  ctwdRangeMm: [number, number];
  gasFlowRangeLPerMin: [number, number];
  travelAngleDeg: number;
  workAngleDeg: number;
  rootGapMm: number;
  twoSided: boolean;
  /** Gas and position of the rows, to which gas/position effects are relative. */
  referenceGas: ShieldingGas;
  referencePosition: WeldPosition;
  /** Wire of the rows (the GMAW-equivalent bead uses it for GTAW/SMAW). */
  referenceWireMm: number;
  legMm?: [number, number];
}

type Range = [number, number];
const mid = (r: readonly [number, number]) => (r[0] + r[1]) / 2;

// IEC 974 conventional load lines (ESAB Welding Handbook §4.01): MIG/MAG U = 14 + 0.05·I, MMA U = 20 + 0.04·I,
// TIG U = 10 + 0.04·I. Their slopes move the voltage window with current; SAW's slope comes from rows 27/28.
const LOAD_LINE_SLOPE_V_PER_A: Record<Process, number> = {
  GMAW: 0.05,
  FCAW: 0.05,
  GTAW: 0.04,
  SMAW: 0.04,
  SAW: (30 - 26.5) / (600 - 335),
};
const MMA_LOAD_LINE = (i: number) => 20 + 0.04 * i;
// domain §2.2: "good window ≈ 2 V wide" — narrower chart windows are widened to 2 V about their centre.
const MIN_VOLTAGE_WINDOW_V = 2;
// domain §4 rows 3/15 (1.6 mm: 18.5 V CO2 vs 16.5 V Ar+CO2) and 5/16 (3.2 mm: 20.5 vs 18 V): Ar-rich ≈ 2 V lower.
const ARGON_VS_CO2_VOLTAGE_V = -2;
// domain §7 notes: stainless needs ~10–15 % less current than mild steel (stated for TIG; applied to all arcs).
const STAINLESS_CURRENT_FACTOR = 0.875;
// welders-supply rule "1 A per 0.001 in of thickness" (domain §4), used for GTAW aluminium (no chart row).
const TIG_RULE_A_PER_MM = 1 / 0.0254;
// engineerfix E7018 ranges (domain §4): 2.4 mm 80–100 A, 3.2 mm 90–150 A, 4.0 mm 110–230 A.
const SMAW_D = [2.4, 3.2, 4.0];
const SMAW_MIN_A = [80, 90, 110];
const SMAW_MAX_A = [100, 150, 230];
// domain §8 [model]: travel speed ±15 % of the WPS value.
const TRAVEL_BAND = 0.15;
// informatiitehnice (domain §2.8): SAW ≈ 1 mm penetration per 100 A on a square butt.
const SAW_A_PER_MM_PENETRATION = 100;
// §4 rows 27/28 as a line in current for SAW voltage and travel: (335 A, 26.5 V, 6.67 mm/s), (600 A, 30 V, 9.17 mm/s).
const SAW_LINE_A = [335, 600];
const SAW_LINE_V = [26.5, 30];
const SAW_LINE_TRAVEL = [6.67, 9.17];

interface Interpolated {
  rows: number[];
  current: Range;
  voltage: Range;
  travel: Range;
  flow: Range;
  ctwd: Range;
  gap: number;
  twoSided: boolean;
  gas: ShieldingGas;
  position: WeldPosition;
  wire: number;
  leg?: Range;
}

function lerpRange(a: readonly [number, number], b: readonly [number, number], f: number): Range {
  return [a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1])];
}

/** Linear interpolation in thickness between the bracketing rows, clamped outside the tabulated range. */
function interpolateRows(rows: readonly ChartRow[], t: number): Interpolated {
  const sorted = [...rows].sort((x, y) => x.thicknessMm - y.thicknessMm);
  let lo = sorted[0]!;
  let hi = sorted[sorted.length - 1]!;
  for (const row of sorted) {
    if (row.thicknessMm <= t) lo = row;
  }
  for (let i = sorted.length - 1; i >= 0; i--) {
    if (sorted[i]!.thicknessMm >= t) hi = sorted[i]!;
  }
  if (t < sorted[0]!.thicknessMm) lo = hi = sorted[0]!;
  if (t > sorted[sorted.length - 1]!.thicknessMm) lo = hi = sorted[sorted.length - 1]!;
  const f = hi.thicknessMm === lo.thicknessMm ? 0 : (t - lo.thicknessMm) / (hi.thicknessMm - lo.thicknessMm);
  const near = f < 0.5 ? lo : hi;
  const out: Interpolated = {
    rows: lo === hi ? [lo.row] : [lo.row, hi.row],
    current: lerpRange(lo.currentA, hi.currentA, f),
    voltage: lerpRange(lo.voltageV, hi.voltageV, f),
    travel: lerpRange(lo.travelMmPerS, hi.travelMmPerS, f),
    flow: lerpRange(lo.gasFlowLPerMin, hi.gasFlowLPerMin, f),
    ctwd: lerpRange(lo.ctwdMm, hi.ctwdMm, f),
    gap: lo.rootGapMm + f * (hi.rootGapMm - lo.rootGapMm),
    twoSided: near.twoSided,
    gas: near.gas,
    position: near.position,
    wire: near.wireMm,
  };
  if (lo.legMm && hi.legMm) out.leg = lerpRange(lo.legMm, hi.legMm, f);
  return out;
}

const isCo2 = (g: ShieldingGas) => gasFamily(g) === 'co2';
const coversThickness = (rows: readonly ChartRow[], t: number, slackMm = 0) =>
  rows.length > 0 &&
  t >= Math.min(...rows.map((r) => r.thicknessMm)) - slackMm &&
  t <= Math.max(...rows.map((r) => r.thicknessMm)) + slackMm;

function pick(
  process: Process,
  material: Material,
  joint: Joint,
  position: WeldPosition,
  gas: ShieldingGas,
  t: number,
): ChartRow[] {
  const wantFillet = isFilletLike(joint);
  const ofJoint = (rows: readonly ChartRow[]) => rows.filter((r) => (r.joint === 'fillet') === wantFillet);
  // Same process and material; GTAW has stainless rows only, the others carbon steel (material factors apply).
  const byProcess = CHART_ROWS.filter((r) => r.process === process);
  const sameMaterial = byProcess.filter((r) => r.material === material);
  let pool = sameMaterial.length
    ? sameMaterial
    : byProcess.filter((r) => r.material === (process === 'GTAW' ? 'stainless-steel' : 'carbon-steel'));
  // No row of this joint for the process (SMAW, FCAW butts, SAW fillets): the GMAW rows of the material.
  if (!ofJoint(pool).length)
    pool = CHART_ROWS.filter(
      (r) => r.process === 'GMAW' && r.material === (material === 'aluminium' ? 'aluminium' : 'carbon-steel'),
    );
  if (ofJoint(pool).length) pool = ofJoint(pool);
  // Same gas family only where those rows cover the thickness (rows 14–16: Ar+CO2 butts 1.0–3.2 mm).
  const sameGas = pool.filter((r) => isCo2(r.gas) === isCo2(gas));
  const otherGas = pool.filter((r) => isCo2(r.gas) !== isCo2(gas));
  if (coversThickness(sameGas, t)) pool = sameGas;
  else if (otherGas.length) pool = otherGas;
  // Exact-position rows (row 13, PA fillet) only near their thickness; otherwise the PB (fillet) / PA (butt) rows.
  const samePos = pool.filter((r) => r.position === position);
  if (coversThickness(samePos, t, 0.5)) return samePos;
  const main = pool.filter((r) => r.position === (wantFillet ? 'PB' : 'PA'));
  return main.length ? main : pool;
}

function widenVoltage(v: Range): Range {
  if (v[1] - v[0] >= MIN_VOLTAGE_WINDOW_V) return v;
  const c = mid(v);
  return [c - MIN_VOLTAGE_WINDOW_V / 2, c + MIN_VOLTAGE_WINDOW_V / 2];
}

export interface WindowQuery {
  process: Process;
  material: Material;
  joint: Joint;
  position: WeldPosition;
  shieldingGas: ShieldingGas;
  thicknessMm: number;
  wireDiameterMm: number;
  rootGapMm?: number;
}

/** Nominal window of a set-up (flat/horizontal reference; position factors apply at sampling time). */
export function nominalWindow(q: WindowQuery): NominalWindow {
  const t = q.thicknessMm;
  const base: Interpolated = interpolateRows(
    pick(q.process, q.material, q.joint, q.position, q.shieldingGas, t),
    t,
  );
  let current = base.current;
  let voltage = base.voltage;
  let travel = base.travel;
  let ctwd = base.ctwd;
  let flow = base.flow;
  const usedRow = CHART_ROWS.find((r) => r.row === base.rows[0])!;
  // Material factor when the rows are of another steel (domain §7 notes).
  if (usedRow.material === 'stainless-steel' && q.material === 'carbon-steel')
    current = [current[0] / STAINLESS_CURRENT_FACTOR, current[1] / STAINLESS_CURRENT_FACTOR];
  else if (usedRow.material === 'carbon-steel' && q.material === 'stainless-steel')
    current = [current[0] * STAINLESS_CURRENT_FACTOR, current[1] * STAINLESS_CURRENT_FACTOR];

  if (q.process === 'SAW') {
    // IT rule: butt current follows the penetration the joint needs; fillets keep the chart current (the same
    // deposit per ampere, §2.1 k·d² ≈ constant). Voltage and travel along the rows 27/28 line.
    const i = isFilletLike(q.joint)
      ? mid(current)
      : SAW_A_PER_MM_PENETRATION * requiredPenetrationMm('SAW', q.joint, t);
    const onLine = Math.min(Math.max(i, SAW_LINE_A[0]!), SAW_LINE_A[1]!);
    const v = interpolateTable(SAW_LINE_A, SAW_LINE_V, onLine);
    const tr = interpolateTable(SAW_LINE_A, SAW_LINE_TRAVEL, onLine);
    current = [i * 0.95, i * 1.05];
    voltage = [v - 1, v + 1];
    travel = [tr * (1 - TRAVEL_BAND), tr * (1 + TRAVEL_BAND)];
    ctwd = [CTWD_BAND_SAW_MM[0], CTWD_BAND_SAW_MM[1]];
    flow = [0, 0];
  } else if (q.process === 'SMAW') {
    // Same arc energy per mm as the GMAW chart set-up for the joint [model]; current within the electrode's range.
    const d = Math.min(Math.max(q.wireDiameterMm, SMAW_D[0]!), SMAW_D[2]!);
    const lo = interpolateTable(SMAW_D, SMAW_MIN_A, d);
    const hi = interpolateTable(SMAW_D, SMAW_MAX_A, d);
    const i = Math.min(Math.max(mid(current), lo), hi);
    const u = MMA_LOAD_LINE(i);
    const energy = (mid(base.voltage) * mid(base.current)) / mid(base.travel);
    const tr = (u * i) / energy;
    current = [Math.max(lo, i * 0.95), Math.min(hi, i * 1.05)];
    voltage = [u - 1, u + 1];
    travel = [tr * (1 - TRAVEL_BAND), tr * (1 + TRAVEL_BAND)];
    ctwd = [ARC_LENGTH_BAND_MM[0], ARC_LENGTH_BAND_MM[1]];
    flow = [0, 0];
  } else if (q.process === 'GTAW' && q.material === 'aluminium') {
    const i = TIG_RULE_A_PER_MM * t;
    current = [i * 0.9, i * 1.1];
  }
  // Gas family differs from the rows' gas: shift the voltage window (rows 3/15, 5/16).
  const rowFam = gasFamily(base.gas);
  const userFam = gasFamily(q.shieldingGas);
  if (usedRow.process === 'GMAW' || usedRow.process === 'FCAW') {
    if (rowFam === 'co2' && (userFam === 'argon-rich' || userFam === 'inert'))
      voltage = [voltage[0] + ARGON_VS_CO2_VOLTAGE_V, voltage[1] + ARGON_VS_CO2_VOLTAGE_V];
    else if (rowFam !== 'co2' && userFam === 'co2' && q.material !== 'aluminium')
      voltage = [voltage[0] - ARGON_VS_CO2_VOLTAGE_V, voltage[1] - ARGON_VS_CO2_VOLTAGE_V];
  }
  const out: NominalWindow = {
    rows: base.rows,
    currentA: mid(current),
    currentRangeA: current,
    voltageRangeV: widenVoltage(voltage),
    voltageSlopeVPerA: LOAD_LINE_SLOPE_V_PER_A[q.process],
    travelMmPerS: mid(travel),
    travelRangeMmPerS: travel,
    ctwdRangeMm: ctwd,
    gasFlowRangeLPerMin: flow,
    travelAngleDeg: nominalTravelAngleDeg(q.process),
    workAngleDeg: idealWorkAngleDeg(q.joint),
    rootGapMm:
      q.rootGapMm ??
      (q.joint === 'butt' && !isTwoSidedButt(q.process, q.joint, t)
        ? Math.max(base.gap, defaultRootGapMm(q.process, q.joint, t))
        : 0),
    twoSided: isTwoSidedButt(q.process, q.joint, t),
    referenceGas: base.gas,
    referencePosition: base.position,
    referenceWireMm: base.wire,
  };
  if (base.leg) out.legMm = base.leg;
  return out;
}
