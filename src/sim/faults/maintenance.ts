// Consumable wear and supplies that evolve with arc time (domain/robots.md §5 preventive-maintenance rhythm, after
// Binzel "Robotic MIG Torch Maintenance Guide": every cycle reamer + anti-spatter; each shift tip/nozzle/gas/ground/
// rolls; weekly liner blow-out and TCP check; per spool/monthly liner). Wear raises the matching fault's symptoms.

/** Arc-on minutes in one shift: 8 h at 50 % robot arc-on time [assumption; robot cells run 40–60 %]. */
export const ARC_MIN_PER_SHIFT = 8 * 60 * 0.5;
/** Contact tip: replaced each shift (§5 rhythm), so its life is one shift of arc time. */
export const TIP_LIFE_ARC_MIN = ARC_MIN_PER_SHIFT;
/**
 * Spatter build-up, fraction of the nozzle bore closed per arc-minute. §5: reaming every cycle, up to several
 * times per large part; without it the bore is half closed after ~20 arc-min [sim tuning].
 */
export const NOZZLE_SPATTER_PER_ARC_MIN = 1 / 40;
/** One anti-spatter dip/spray protects for ~10 arc-min and cuts adhesion to 30 % [sim tuning]. */
export const ANTI_SPATTER_PROTECTION_ARC_MIN = 10;
export const ANTI_SPATTER_RATE_FACTOR = 0.3;
/** Liner: replaced monthly (§5): 21 shifts of arc time. */
export const LINER_LIFE_ARC_MIN = 21 * ARC_MIN_PER_SHIFT;
/** TCP check weekly (§5): 5 shifts of arc time. */
export const TCP_CHECK_INTERVAL_ARC_MIN = 5 * ARC_MIN_PER_SHIFT;
/** Largest common cylinder: 50 L water capacity at 200 bar (industrial gas cylinders 0.6–50 L at 200 bar). */
export const CYLINDER_WATER_CAPACITY_L = 50;
export const CYLINDER_FULL_BAR = 200;

export interface MaintenanceState {
  /** Arc-on minutes on the fitted contact tip. */
  tipAgeArcMin: number;
  /** Fraction of the nozzle bore closed by spatter, 0 clean … 1 closed. */
  nozzleSpatter: number;
  /** Arc-minutes of anti-spatter protection left. */
  antiSpatterArcMinLeft: number;
  /** Liner wear, 0 new … 1 end of life (drag, jerky feed). */
  linerWear: number;
  /** Cylinder pressure, bar. */
  cylinderPressureBar: number;
  cylinderWaterCapacityL: number;
  /** Total arc-on minutes of the cell. */
  arcOnMin: number;
  /** Arc-on minutes since the last TCP calibration/check. */
  calibrationAgeArcMin: number;
}

export function createMaintenanceState(): MaintenanceState {
  return {
    tipAgeArcMin: 0,
    nozzleSpatter: 0,
    antiSpatterArcMinLeft: 0,
    linerWear: 0,
    cylinderPressureBar: CYLINDER_FULL_BAR,
    cylinderWaterCapacityL: CYLINDER_WATER_CAPACITY_L,
    arcOnMin: 0,
    calibrationAgeArcMin: 0,
  };
}

/**
 * Advance wear and supplies by dtS. `gasFlowLPerMin` is everything drawn from the cylinder this step (shielding
 * flow plus any leak). Cylinder pressure falls as an ideal gas at constant temperature: the free gas content at
 * ~1 bar is p·V_water, so dp = Q·dt / V_water (bar, with Q in L/min and dt in min). Zero allocation.
 */
export function stepMaintenance(
  state: MaintenanceState,
  arcOn: boolean,
  gasFlowLPerMin: number,
  dtS: number,
): void {
  const dtMin = dtS / 60;
  if (arcOn) {
    state.arcOnMin += dtMin;
    state.tipAgeArcMin += dtMin;
    state.calibrationAgeArcMin += dtMin;
    state.linerWear = Math.min(1.5, state.linerWear + dtMin / LINER_LIFE_ARC_MIN);
    const protectedNow = state.antiSpatterArcMinLeft > 0;
    const rate = NOZZLE_SPATTER_PER_ARC_MIN * (protectedNow ? ANTI_SPATTER_RATE_FACTOR : 1);
    state.nozzleSpatter = Math.min(1, state.nozzleSpatter + rate * dtMin);
    if (protectedNow) state.antiSpatterArcMinLeft = Math.max(0, state.antiSpatterArcMinLeft - dtMin);
  }
  if (gasFlowLPerMin > 0) {
    const dp = (gasFlowLPerMin * dtMin) / state.cylinderWaterCapacityL;
    state.cylinderPressureBar = Math.max(0, state.cylinderPressureBar - dp);
  }
}

/** Tip wear as a fraction of its life (1 = due for replacement). */
export function tipWear(state: MaintenanceState): number {
  return state.tipAgeArcMin / TIP_LIFE_ARC_MIN;
}

/** Free gas left in the cylinder, litres at ~1 bar. */
export function cylinderContentL(state: MaintenanceState): number {
  return state.cylinderPressureBar * state.cylinderWaterCapacityL;
}

export function tcpCheckDue(state: MaintenanceState): boolean {
  return state.calibrationAgeArcMin >= TCP_CHECK_INTERVAL_ARC_MIN;
}
