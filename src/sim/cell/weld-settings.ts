// What is set on the power source and wire feeder (the `weld` contract's set-up fields that are not torch geometry).
import type { Process, ShieldingGas } from './types.ts';

export interface WeldSettings {
  process: Process;
  wireDiameterMm: number;
  /** GMAW, FCAW, SAW: the current follows from it. */
  wireFeedSpeedMPerMin: number;
  /** GTAW, SMAW: set on the power source. */
  currentA: number;
  voltageV: number;
  /** Programmed travel speed of the weld segments, mm/s. */
  travelSpeedMmPerS: number;
  shieldingGas: ShieldingGas;
  gasFlowLPerMin: number;
  pulsed: boolean;
}

/** Every setting equal (the weld model's caches are keyed on this). */
export function sameWeldSettings(a: WeldSettings, b: WeldSettings): boolean {
  return (
    a.process === b.process &&
    a.wireDiameterMm === b.wireDiameterMm &&
    a.wireFeedSpeedMPerMin === b.wireFeedSpeedMPerMin &&
    a.currentA === b.currentA &&
    a.voltageV === b.voltageV &&
    a.travelSpeedMmPerS === b.travelSpeedMmPerS &&
    a.shieldingGas === b.shieldingGas &&
    a.gasFlowLPerMin === b.gasFlowLPerMin &&
    a.pulsed === b.pulsed
  );
}

/** Physical ranges a power source panel accepts (what the knobs can reach). */
export const WELD_SETTING_RANGES = {
  // Wire feeders cover about 1.5–25 m/min (e.g. Fronius TPS/i wire feeder spec 1–25 m/min); SAW down to 0.5.
  wireFeedSpeedMPerMin: [0.5, 25],
  // Domain §4: GTAW 60 A to SAW 600 A+; SAW up to 2000 A (ESAB SAW handbook, domain §1).
  currentA: [5, 2000],
  // Domain §2.2/§4: 10–36 V in the tables; power sources reach ~50 V open-circuit-side.
  voltageV: [8, 50],
  // Domain §2.4: robot welding 2–25 mm/s; orbital GTAW 1 mm/s.
  travelSpeedMmPerS: [0.5, 50],
  // Domain §7: 0 (gas off) to 50 L/min (CO2 high current).
  gasFlowLPerMin: [0, 50],
  // Domain §1: wires 0.8–1.6 mm, SAW 3.2/4.0 mm, tungsten 1.0–4.0 mm.
  wireDiameterMm: [0.6, 5],
} as const;
