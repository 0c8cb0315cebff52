// Power source and wire feeder: current from wire feed speed on a constant-voltage source (domain/welding.md §2.1),
// with the material/process factors and the contact-tip-to-work-distance correction outside the reference band.
import type { A, MPerMin, Mm } from '../core/units.ts';
import type { Material, Process } from './types.ts';
import { exp, log } from '../core/fmath.ts';

// domain §2.1 canonical table: WFS [m/min] = k(d) · I [A] at CTWD 10–15 mm, carbon-steel solid wire.
const K_DIAMETER_MM = [0.8, 0.9, 1.0, 1.2, 1.6, 3.2, 4.0];
const K_M_PER_MIN_PER_A = [0.0508, 0.0406, 0.0335, 0.0254, 0.0132, 0.0034, 0.00225];

/** k(d) of domain §2.1, log-log interpolated between tabulated diameters (k scales ≈ 1/cross-section). */
export function wireMeltRateK(diameterMm: Mm): number {
  const n = K_DIAMETER_MM.length;
  if (diameterMm <= K_DIAMETER_MM[0]!) return K_M_PER_MIN_PER_A[0]!;
  if (diameterMm >= K_DIAMETER_MM[n - 1]!) return K_M_PER_MIN_PER_A[n - 1]!;
  let i = 1;
  while (K_DIAMETER_MM[i]! < diameterMm) i++;
  const d0 = K_DIAMETER_MM[i - 1]!,
    d1 = K_DIAMETER_MM[i]!;
  const k0 = K_M_PER_MIN_PER_A[i - 1]!,
    k1 = K_M_PER_MIN_PER_A[i]!;
  const f = log(diameterMm / d0) / log(d1 / d0);
  return exp(log(k0) + f * log(k1 / k0));
}

// domain §2.1 [est]: stainless solid ≈ ×1.0–1.1 (mid value), aluminium ≈ ×2.5, flux-cored ≈ ×1.3 WFS per A.
const STAINLESS_WFS_FACTOR = 1.05;
const ALUMINIUM_WFS_FACTOR = 2.5;
const FLUX_CORED_WFS_FACTOR = 1.3;

/** Multiplier on k(d) for the wire's material and construction (domain §2.1 [est]). */
export function wireFeedFactor(process: Process, material: Material): number {
  const m =
    material === 'aluminium'
      ? ALUMINIUM_WFS_FACTOR
      : material === 'stainless-steel'
        ? STAINLESS_WFS_FACTOR
        : 1;
  return process === 'FCAW' ? m * FLUX_CORED_WFS_FACTOR : m;
}

// domain §2.1/§2.5 reference CTWD bands: solid wire short arc 10–15 mm; FCAW, aluminium and spray 15–25; SAW 25–35.
export const CTWD_BAND_SHORT_ARC_MM: readonly [number, number] = [10, 15];
export const CTWD_BAND_LONG_MM: readonly [number, number] = [15, 25];
export const CTWD_BAND_SAW_MM: readonly [number, number] = [25, 35];
/** domain §0: GTAW/SMAW arc length is normally ≈ 2–4 mm. */
export const ARC_LENGTH_BAND_MM: readonly [number, number] = [2, 4];

/**
 * Reference CTWD band for a set-up. Solid steel wire above its minimum spray current uses the spray band
 * (19–25 mm spray stick-out, domain §2.5), below it the short-arc band.
 */
export function ctwdBand(
  process: Process,
  material: Material,
  sprayLikeCurrent: boolean,
): readonly [number, number] {
  if (process === 'SAW') return CTWD_BAND_SAW_MM;
  if (process === 'GTAW' || process === 'SMAW') return ARC_LENGTH_BAND_MM;
  if (process === 'FCAW' || material === 'aluminium' || sprayLikeCurrent) return CTWD_BAND_LONG_MM;
  return CTWD_BAND_SHORT_ARC_MM;
}

// domain §2.1 [model]: outside the band current falls ≈ 1–1.5 % per extra mm at constant WFS (resistive pre-heat).
const CTWD_CURRENT_SLOPE_PER_MM = 0.0125;
// Lower bound of the correction factor: the first-order model is not extrapolated below half the current.
const CTWD_FACTOR_MIN = 0.5;

/** Current multiplier for stick-out outside the band (shorter raises, longer lowers current). */
export function ctwdCurrentFactor(ctwdMm: number, band: readonly [number, number]): number {
  const excess = ctwdMm > band[1] ? ctwdMm - band[1] : ctwdMm < band[0] ? ctwdMm - band[0] : 0;
  return Math.max(CTWD_FACTOR_MIN, 1 - CTWD_CURRENT_SLOPE_PER_MM * excess);
}

/** Current at the reference band for a wire feed speed (domain §2.1: I = WFS / (k·factor)). */
export function currentAtReferenceCtwd(
  process: Process,
  material: Material,
  diameterMm: Mm,
  wfs: MPerMin,
): A {
  return (wfs / (wireMeltRateK(diameterMm) * wireFeedFactor(process, material))) as A;
}

/** Wire feed speed that gives a current at the reference band (the feeder setting for a chart current). */
export function wireFeedForCurrent(
  process: Process,
  material: Material,
  diameterMm: Mm,
  current: A,
): MPerMin {
  return (current * wireMeltRateK(diameterMm) * wireFeedFactor(process, material)) as MPerMin;
}
