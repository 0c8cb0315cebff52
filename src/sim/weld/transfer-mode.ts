// Metal-transfer mode from current, voltage, wire and gas with the published transitions (domain/welding.md §2.2).
import type { Material, Process, ShieldingGas, TransferMode } from './types.ts';
import { gasFamily } from './types.ts';

/** Piecewise-linear table lookup with linear extrapolation past the ends (x ascending). */
export function interpolateTable(xs: readonly number[], ys: readonly number[], x: number): number {
  const n = xs.length;
  let i = 1;
  while (i < n - 1 && xs[i]! < x) i++;
  const x0 = xs[i - 1]!,
    x1 = xs[i]!;
  const y0 = ys[i - 1]!,
    y1 = ys[i]!;
  return y0 + ((y1 - y0) * (x - x0)) / (x1 - x0);
}

// ESAB MIG handbook Table 1-2, minimum spray current (domain §2.2).
const SPRAY_MIN_STEEL = { d: [0.8, 0.9, 1.2, 1.3, 1.6], a: [150, 165, 220, 240, 275] }; // mild steel, Ar-2O2
const SPRAY_MIN_STAINLESS = { d: [0.9, 1.2, 1.6], a: [170, 225, 285] }; // stainless, Ar-1O2
const SPRAY_MIN_ALUMINIUM = { d: [0.8, 1.19, 1.6], a: [95, 135, 180] }; // aluminium, Ar
// domain §2.2: "Ar-CO2 mixtures need somewhat more current than Ar-O2" (TWI) — [model] +5 % for 8 % CO2, +10 % for 18 %.
const AR_CO2_SPRAY_CURRENT_FACTOR: Partial<Record<ShieldingGas, number>> = {
  'Ar-8CO2': 1.05,
  'Ar-18CO2': 1.1,
};

// Spray windows (upper current and lower voltage): Miller System 9 T6-2 (steel), G-W figs 8-17/8-18 (domain §2.2).
const SPRAY_STEEL = { d: [0.8, 0.9, 1.2], maxA: [265, 290, 315], minV: [24, 24, 24], maxV: [28, 28, 30] };
const SPRAY_STAINLESS = { d: [0.9, 1.2, 1.6], maxA: [255, 300, 325], minV: [24, 24, 24], maxV: [29, 30, 32] };
const SPRAY_ALUMINIUM = { d: [0.8, 1.2, 1.6], maxA: [150, 200, 300], minV: [19, 22, 24], maxV: [22, 28, 30] };

// Short-circuit windows: Miller T6-1 mild steel CO2; G-W fig 8-16 stainless (domain §2.2).
const SHORT_STEEL = {
  d: [0.8, 0.9, 1.2],
  minA: [70, 80, 100],
  maxA: [130, 190, 225],
  minV: [15, 16, 17],
  maxV: [21, 22, 22],
};
const SHORT_STAINLESS = {
  d: [0.8, 0.9, 1.2],
  minA: [50, 65, 100],
  maxA: [145, 175, 210],
  minV: [17, 17, 17],
  maxV: [22, 22, 22],
};

/** Minimum current for axial spray, or Infinity where the gas cannot spray (CO2, domain §2.2). */
export function minimumSprayCurrent(material: Material, gas: ShieldingGas, diameterMm: number): number {
  const fam = gasFamily(gas);
  if (fam === 'co2' || fam === 'none') return Infinity;
  if (material === 'aluminium')
    return interpolateTable(SPRAY_MIN_ALUMINIUM.d, SPRAY_MIN_ALUMINIUM.a, diameterMm);
  const t = material === 'stainless-steel' ? SPRAY_MIN_STAINLESS : SPRAY_MIN_STEEL;
  return interpolateTable(t.d, t.a, diameterMm) * (AR_CO2_SPRAY_CURRENT_FACTOR[gas] ?? 1);
}

export interface ArcWindow {
  minA: number;
  maxA: number;
  minV: number;
  maxV: number;
}

/** Spray window (current from the ESAB minimum to the tabulated upper end; voltage as tabulated). */
export function sprayWindow(
  material: Material,
  gas: ShieldingGas,
  diameterMm: number,
  out: ArcWindow,
): ArcWindow {
  const t =
    material === 'aluminium'
      ? SPRAY_ALUMINIUM
      : material === 'stainless-steel'
        ? SPRAY_STAINLESS
        : SPRAY_STEEL;
  out.minA = minimumSprayCurrent(material, gas, diameterMm);
  out.maxA = interpolateTable(t.d, t.maxA, diameterMm);
  out.minV = interpolateTable(t.d, t.minV, diameterMm);
  out.maxV = interpolateTable(t.d, t.maxV, diameterMm);
  return out;
}

/** Short-circuit window; diameters above 1.2 mm keep the 1.2 mm window (no published row). */
export function shortCircuitWindow(material: Material, diameterMm: number, out: ArcWindow): ArcWindow {
  const t = material === 'stainless-steel' ? SHORT_STAINLESS : SHORT_STEEL;
  const d = Math.min(diameterMm, 1.2);
  out.minA = interpolateTable(t.d, t.minA, d);
  out.maxA = interpolateTable(t.d, t.maxA, d);
  out.minV = interpolateTable(t.d, t.minV, d);
  out.maxV = interpolateTable(t.d, t.maxV, d);
  return out;
}

const scratchSpray: ArcWindow = { minA: 0, maxA: 0, minV: 0, maxV: 0 };
const scratchShort: ArcWindow = { minA: 0, maxA: 0, minV: 0, maxV: 0 };

/**
 * Transfer mode of a consumable-wire arc. GTAW has no metal transfer across the arc and SMAW/SAW are slag
 * processes outside the GMAW mode map: they report "none".
 */
export function classifyTransfer(
  process: Process,
  material: Material,
  gas: ShieldingGas,
  diameterMm: number,
  currentA: number,
  voltageV: number,
  pulsed: boolean,
): TransferMode {
  const spray = sprayWindow(material, gas, diameterMm, scratchSpray);
  const sc = shortCircuitWindow(material, diameterMm, scratchShort);
  return transferInWindows(process, material, gas, spray, sc, currentA, voltageV, pulsed);
}

/** classifyTransfer with the wire's windows already looked up (the per-step path). */
export function transferInWindows(
  process: Process,
  material: Material,
  gas: ShieldingGas,
  spray: ArcWindow,
  shortArc: ArcWindow,
  currentA: number,
  voltageV: number,
  pulsed: boolean,
): TransferMode {
  if (process !== 'GMAW' && process !== 'FCAW') return 'none';
  const fam = gasFamily(gas);
  const argonRich = fam === 'argon-rich' || fam === 'inert';
  // domain §2.2 "Pulsed": needs an Ar-rich gas; one drop per pulse.
  if (pulsed && argonRich) return 'pulsed';
  if (argonRich && currentA >= spray.minA && voltageV >= spray.minV) return 'spray';
  // domain §2.2: "Al is welded in spray/pulse, not short arc" — below the transition aluminium is globular.
  if (material !== 'aluminium' && voltageV <= shortArc.maxV && currentA <= shortArc.maxA)
    return 'short-circuit';
  return 'globular';
}
