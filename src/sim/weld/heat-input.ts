// Arc energy and heat input, EN 1011-1 / ISO/TR 17671-1 (domain/welding.md §2.3).
import type { KJPerMm } from '../core/units.ts';
import type { Process } from './types.ts';

// domain §2.3 thermal efficiency k: SAW 1.0; SMAW 0.8; GMAW/FCAW 0.8; GTAW 0.6 (TWI FAQ, SSAB).
const THERMAL_EFFICIENCY: Record<Process, number> = { SAW: 1.0, SMAW: 0.8, GMAW: 0.8, FCAW: 0.8, GTAW: 0.6 };

export function thermalEfficiency(process: Process): number {
  return THERMAL_EFFICIENCY[process];
}

/** E [kJ/mm] = U·I / (1000·v[mm/s]) (domain §2.3). */
export function arcEnergy(voltageV: number, currentA: number, travelMmPerS: number): KJPerMm {
  return ((voltageV * currentA) / (1000 * Math.max(travelMmPerS, 1e-6))) as KJPerMm;
}

/** Q = k·E (domain §2.3). */
export function heatInput(
  process: Process,
  voltageV: number,
  currentA: number,
  travelMmPerS: number,
): KJPerMm {
  return (THERMAL_EFFICIENCY[process] * arcEnergy(voltageV, currentA, travelMmPerS)) as KJPerMm;
}
