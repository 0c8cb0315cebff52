// Arc radiation: unprotected eyes in line of sight of a burning arc accumulate an ACGIH-weighted UV dose.
// Irradiance falls with the square of the distance (Okuno, Ojima, Saito, Ann. Occup. Hyg. 45(7) 2001:
// 0.28–7.85 W/m² at 1 m from a CO2 robot arc, "inversely proportional to the square of the distance").
// Welding screens/curtains (EN ISO 25980) and a lowered helmet block it (domain/robots.md §4.7).
import type { ArcSafetyConfig } from './safety-config.ts';
import type { Vec3 } from './geometry.ts';
import { segmentIntersectsBox } from './geometry.ts';

/** Closest distance used in the inverse-square law, m: nearer than this the arc is not a point source [sim bound]. */
const MIN_SOURCE_DISTANCE_M = 0.1;

/** Effective UV irradiance at distance d from the arc, W/m². */
export function uvIrradianceWPerM2(cfg: ArcSafetyConfig, distanceM: number): number {
  const d = Math.max(distanceM, MIN_SOURCE_DISTANCE_M);
  return cfg.uvIrradianceAt1mWPerM2 / (d * d);
}

/** Seconds until the daily limit is reached at that distance (Okuno: 4 s at 7.85 W/m²). */
export function permissibleExposureS(cfg: ArcSafetyConfig, distanceM: number): number {
  return cfg.uvDailyLimitJPerM2 / uvIrradianceWPerM2(cfg, distanceM);
}

/** True when no welding screen lies between the eye and the arc. */
export function arcInLineOfSight(cfg: ArcSafetyConfig, eyeM: Vec3, arcM: Vec3): boolean {
  for (let i = 0; i < cfg.screens.length; i++) {
    if (segmentIntersectsBox(eyeM, arcM, cfg.screens[i]!)) return false;
  }
  return true;
}
