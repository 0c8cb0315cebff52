// Power-source settings a new attempt starts from when the scenario gives none.
import type { WeldSettings } from '../../sim/cell/weld-settings.ts';

/** 1.2 mm G3Si1 wire in Ar-18CO2, 8 m/min at 24 V: a mid-range short/spray setting for 8–10 mm fillets. */
export const DEFAULT_WELD_SETTINGS: WeldSettings = {
  process: 'GMAW',
  wireDiameterMm: 1.2,
  wireFeedSpeedMPerMin: 8,
  currentA: 180,
  voltageV: 24,
  travelSpeedMmPerS: 8,
  shieldingGas: 'Ar-18CO2',
  gasFlowLPerMin: 15,
  pulsed: false,
};
