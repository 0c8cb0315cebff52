// Cooling time t8/5, heat accumulation over multi-pass welds and preheat need (domain/welding.md §7).
// The t8/5 formulas are EN 1011-2 Annex D. Their constants are those of Rosenthal's moving line/point source
// (ΔT·τ = K3·Q in 3-D, ΔT²·τ = K2·Q²/d² in 2-D), so the same constants give the temperature left at the weld
// line τ seconds after a pass; summing passes is the lumped multi-pass model (infinite plate, no surface loss:
// an upper bound for small coupons, which also lose heat to fixtures and air).
import type { Joint, Material } from './types.ts';
import { pow } from '../core/fmath.ts';

/** EN 1011-2 Annex D shape factor (domain §7: ≈ 1 bead-on-plate/butt, fillets 0.67–0.9; lower end used). */
export function jointShapeFactor(joint: Joint): number {
  return joint === 'butt' ? 1 : 0.67;
}

const k3 = (t0: number, f3: number) => (6700 - 5 * t0) * f3; // EN 1011-2 D, 3-D constant
const k2 = (t0: number, f2: number) => (4300 - 4.3 * t0) * 1e5 * f2; // EN 1011-2 D, 2-D constant

/** t8/5 in s: the larger of the 3-D (thick) and 2-D (thin) EN 1011-2 solutions; Q kJ/mm, d mm, T0 °C. */
export function coolingTime85(
  heatInputKJPerMm: number,
  thicknessMm: number,
  preheatC: number,
  joint: Joint,
): number {
  const f = jointShapeFactor(joint);
  const t0 = preheatC;
  const q = heatInputKJPerMm;
  const t3d = k3(t0, f) * q * (1 / (500 - t0) - 1 / (800 - t0));
  const t2d =
    ((k2(t0, f) * q * q) / (thicknessMm * thicknessMm)) * (1 / pow(500 - t0, 2) - 1 / pow(800 - t0, 2));
  return Math.max(t3d, t2d);
}

// Temperature rise is capped at the melting range of steel (~1500 °C): the line source diverges at τ → 0.
const MAX_TEMPERATURE_C = 1500;
// The formulas are not used closer than 1 s behind the arc.
const MIN_ELAPSED_S = 1;

/** Temperature rise on the weld line `elapsedS` after one pass (same constants as t8/5). */
export function residualRise(
  heatInputKJPerMm: number,
  thicknessMm: number,
  ambientC: number,
  joint: Joint,
  elapsedS: number,
): number {
  const f = jointShapeFactor(joint);
  const tau = Math.max(elapsedS, MIN_ELAPSED_S);
  const rise3d = (k3(ambientC, f) * heatInputKJPerMm) / tau;
  const rise2d = (heatInputKJPerMm * Math.sqrt(k2(ambientC, f) / tau)) / thicknessMm;
  return Math.min(MAX_TEMPERATURE_C - ambientC, Math.max(rise3d, rise2d));
}

/** A pass as seen from the measuring point: heat input and the time the arc passed it. */
export interface PassRecord {
  heatInputKJPerMm: number;
  timeS: number;
}

/** Temperature at the measuring point at `timeS`, from every earlier pass (superposition). */
export function weldLineTemperature(
  passes: readonly PassRecord[],
  timeS: number,
  thicknessMm: number,
  ambientC: number,
  joint: Joint,
): number {
  let t = ambientC;
  for (const p of passes) {
    if (p.timeS < timeS) t += residualRise(p.heatInputKJPerMm, thicknessMm, ambientC, joint, timeS - p.timeS);
  }
  return Math.min(t, MAX_TEMPERATURE_C);
}

/** Interpass temperature just before each pass (the first is the preheat/ambient). */
export function interpassTemperatures(
  passes: readonly PassRecord[],
  thicknessMm: number,
  ambientC: number,
  joint: Joint,
): number[] {
  return passes.map((p, i) => weldLineTemperature(passes.slice(0, i), p.timeS, thicknessMm, ambientC, joint));
}

// domain §7 interpass max: C-steel ≤ 250 °C; austenitic stainless ≤ 150 °C; 5xxx aluminium: stay below the
// 65–200 °C band (NAVSEA S9074).
const MAX_INTERPASS_C: Record<Material, number> = {
  'carbon-steel': 250,
  'stainless-steel': 150,
  aluminium: 65,
};

export function maxInterpassC(material: Material): number {
  return MAX_INTERPASS_C[material];
}

/** Seconds to wait after `nowS` before the weld line is at or below `limitC` (0 if it already is). */
export function waitForInterpass(
  passes: readonly PassRecord[],
  nowS: number,
  thicknessMm: number,
  ambientC: number,
  joint: Joint,
  limitC: number,
): number {
  const at = (s: number) => weldLineTemperature(passes, nowS + s, thicknessMm, ambientC, joint);
  if (at(0) <= limitC) return 0;
  if (limitC <= ambientC) return Infinity;
  let lo = 0;
  let hi = 60;
  while (at(hi) > limitC) {
    hi *= 2;
    if (hi > 1e7) return Infinity;
  }
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (at(mid) > limitC) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** Combined thickness of the heat paths (EN 1011-2 Method A as explained by gowelding.com: butt 2t, T-fillet 3t). */
export function combinedThicknessMm(thicknessMm: number, joint: Joint): number {
  return joint === 'butt' ? 2 * thicknessMm : 3 * thicknessMm;
}

export type PreheatBand = 'none' | 'thick-or-restrained' | 'required';

export interface PreheatNeed {
  band: PreheatBand;
  combinedThicknessMm: number;
  /** Minimum preheat/interpass temperature, °C (0 = none needed). */
  minPreheatC: number;
}

// domain §7 CE(IIW) bands: ≤ 0.40 none; 0.40–0.55 preheat for thick/restrained joints + low-H; > 0.55 preheat.
const CE_NO_PREHEAT = 0.4;
const CE_ALWAYS_PREHEAT = 0.55;
// [model] combined thickness from which a joint counts as "thick" in the 0.40–0.55 band; EN 1011-2 Method A
// charts give the exact value per hydrogen scale and arc energy.
const THICK_COMBINED_MM = 50;
// flamemet.com carbon-equivalent rule of thumb: CE 0.45–0.60 → 200–400 °F (93–204 °C); > 0.60 → 400–700 °F
// (204–371 °C). Used for the temperature once preheat is needed.
const PREHEAT_CE = [0.45, 0.6, 0.75];
const PREHEAT_C = [93, 204, 371];

export function preheatNeed(carbonEquivalent: number, thicknessMm: number, joint: Joint): PreheatNeed {
  const combined = combinedThicknessMm(thicknessMm, joint);
  let band: PreheatBand = 'none';
  if (carbonEquivalent > CE_ALWAYS_PREHEAT) band = 'required';
  else if (carbonEquivalent > CE_NO_PREHEAT && combined >= THICK_COMBINED_MM) band = 'thick-or-restrained';
  if (band === 'none') return { band, combinedThicknessMm: combined, minPreheatC: 0 };
  const ce = Math.min(Math.max(carbonEquivalent, PREHEAT_CE[0]!), PREHEAT_CE[2]!);
  const i = ce <= PREHEAT_CE[1]! ? 1 : 2;
  const f = (ce - PREHEAT_CE[i - 1]!) / (PREHEAT_CE[i]! - PREHEAT_CE[i - 1]!);
  const minPreheatC = Math.round(PREHEAT_C[i - 1]! + f * (PREHEAT_C[i]! - PREHEAT_C[i - 1]!));
  return { band, combinedThicknessMm: combined, minPreheatC };
}
