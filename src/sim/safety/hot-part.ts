// Hot-part model after welding: one lumped temperature for the part (Newton cooling + grey-body radiation),
// heated by the weld's net heat (heat input Q [kJ/mm] × travel speed [mm/s] × 1000 = W, EN 1011-1 via
// domain/welding.md §2.3). Bulk temperature only: the bead itself is far hotter for the first minutes, so the
// warning threshold errs on the safe side. Lumped capacitance holds for steel plates (Biot = h·t/2k ≈ 20·0.005/50
// ≪ 0.1, Incropera §5.1).
import type { HotPartConfig } from './safety-config.ts';

/** Stefan–Boltzmann constant, W/(m²·K⁴) (CODATA). */
const STEFAN_BOLTZMANN = 5.670374419e-8;
const KELVIN_OFFSET = 273.15;

/**
 * Advance the part temperature by dtS with `netHeatW` going in (explicit Euler; τ = m·c/(h·A) ≈ 10 min ≫ the
 * 1/180 s step). Writes `target.partTemperatureC` (no boxed return value on the per-step path).
 */
export function stepPartTemperature(
  target: { partTemperatureC: number },
  netHeatW: number,
  cfg: HotPartConfig,
  dtS: number,
): void {
  const temperatureC = target.partTemperatureC;
  const tK = temperatureC + KELVIN_OFFSET;
  const aK = cfg.ambientC + KELVIN_OFFSET;
  const convectionW = cfg.convectionWPerM2K * cfg.surfaceAreaM2 * (temperatureC - cfg.ambientC);
  const radiationW =
    cfg.emissivity * STEFAN_BOLTZMANN * cfg.surfaceAreaM2 * (tK * tK * tK * tK - aK * aK * aK * aK);
  const heatCapacityJPerK = cfg.heatedMassKg * cfg.specificHeatJPerKgK;
  target.partTemperatureC = temperatureC + ((netHeatW - convectionW - radiationW) * dtS) / heatCapacityJPerK;
}

/** Net heat into the part, W, from the weld model's heat input and travel speed. */
export function netArcHeatW(heatInputKJPerMm: number, travelSpeedMmPerS: number): number {
  return heatInputKJPerMm * 1000 * travelSpeedMmPerS;
}
