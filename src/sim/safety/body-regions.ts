// Power and force limiting (PFL): biomechanical limits per body region, ISO/TS 15066:2016 Annex A Table A.2
// (force, pressure) and Table A.3 (effective spring constant k, effective mass), as reproduced in
// domain/robots.md §4.5. Transient (free impact) limits = 2 × quasi-static (clamping) limits, and no designed-in
// transient contact with skull/forehead or face (§4.5).

export type BodyRegion =
  | 'skull-forehead'
  | 'face'
  | 'neck'
  | 'back-shoulders'
  | 'chest'
  | 'abdomen'
  | 'pelvis'
  | 'upper-arm-elbow'
  | 'lower-arm-wrist'
  | 'hand-fingers'
  | 'thigh-knee'
  | 'lower-leg';

export const BODY_REGIONS: readonly BodyRegion[] = [
  'skull-forehead',
  'face',
  'neck',
  'back-shoulders',
  'chest',
  'abdomen',
  'pelvis',
  'upper-arm-elbow',
  'lower-arm-wrist',
  'hand-fingers',
  'thigh-knee',
  'lower-leg',
];

export interface BodyRegionLimits {
  /** Quasi-static (clamping) maximum force, N (Table A.2). */
  quasiStaticForceN: number;
  /**
   * Quasi-static maximum pressure, N/cm²: the lowest of the region's specific areas in Table A.2 (conservative,
   * since the sim does not resolve which muscle or bone is hit).
   */
  quasiStaticPressureNPerCm2: number;
  /** Effective spring constant k of the region, N/mm (Table A.3). */
  springConstantNPerMm: number;
  /** Effective mass of the region, kg (Table A.3). */
  effectiveMassKg: number;
  /** Designed-in transient contact is not permitted for skull/forehead and face (§4.5). */
  transientContactAllowed: boolean;
}

// Every row: domain/robots.md §4.5 (ISO/TS 15066 Tables A.2/A.3). Pressure = minimum over the listed areas.
export const BODY_REGION_LIMITS: Readonly<Record<BodyRegion, BodyRegionLimits>> = {
  // forehead 130, temple 110 N/cm²
  'skull-forehead': {
    quasiStaticForceN: 130,
    quasiStaticPressureNPerCm2: 110,
    springConstantNPerMm: 150,
    effectiveMassKg: 4.4,
    transientContactAllowed: false,
  },
  // masticatory muscle 110 N/cm²
  face: {
    quasiStaticForceN: 65,
    quasiStaticPressureNPerCm2: 110,
    springConstantNPerMm: 75,
    effectiveMassKg: 4.4,
    transientContactAllowed: false,
  },
  // neck muscle 140, 7th neck muscle 210 N/cm²
  neck: {
    quasiStaticForceN: 150,
    quasiStaticPressureNPerCm2: 140,
    springConstantNPerMm: 50,
    effectiveMassKg: 1.2,
    transientContactAllowed: true,
  },
  // shoulder joint 160, 5th lumbar 210 N/cm²
  'back-shoulders': {
    quasiStaticForceN: 210,
    quasiStaticPressureNPerCm2: 160,
    springConstantNPerMm: 35,
    effectiveMassKg: 40,
    transientContactAllowed: true,
  },
  // sternum 120, pectoral 170 N/cm²
  chest: {
    quasiStaticForceN: 140,
    quasiStaticPressureNPerCm2: 120,
    springConstantNPerMm: 25,
    effectiveMassKg: 40,
    transientContactAllowed: true,
  },
  // abdominal muscle 140 N/cm²
  abdomen: {
    quasiStaticForceN: 110,
    quasiStaticPressureNPerCm2: 140,
    springConstantNPerMm: 10,
    effectiveMassKg: 40,
    transientContactAllowed: true,
  },
  // pelvic bone 210 N/cm²
  pelvis: {
    quasiStaticForceN: 180,
    quasiStaticPressureNPerCm2: 210,
    springConstantNPerMm: 25,
    effectiveMassKg: 40,
    transientContactAllowed: true,
  },
  // deltoid 190, humerus 220 N/cm²
  'upper-arm-elbow': {
    quasiStaticForceN: 150,
    quasiStaticPressureNPerCm2: 190,
    springConstantNPerMm: 30,
    effectiveMassKg: 3,
    transientContactAllowed: true,
  },
  // radial bone 190, forearm muscle 180, arm nerve 180 N/cm²
  'lower-arm-wrist': {
    quasiStaticForceN: 160,
    quasiStaticPressureNPerCm2: 180,
    springConstantNPerMm: 40,
    effectiveMassKg: 2,
    transientContactAllowed: true,
  },
  // finger pad 270–300, end joint 220–280, thenar 200, palm 260, back of hand 190–200 N/cm²
  'hand-fingers': {
    quasiStaticForceN: 140,
    quasiStaticPressureNPerCm2: 190,
    springConstantNPerMm: 75,
    effectiveMassKg: 0.6,
    transientContactAllowed: true,
  },
  // thigh muscle 250, kneecap 220 N/cm²
  'thigh-knee': {
    quasiStaticForceN: 220,
    quasiStaticPressureNPerCm2: 220,
    springConstantNPerMm: 50,
    effectiveMassKg: 75,
    transientContactAllowed: true,
  },
  // shin 220, calf 210 N/cm²
  'lower-leg': {
    quasiStaticForceN: 130,
    quasiStaticPressureNPerCm2: 210,
    springConstantNPerMm: 60,
    effectiveMassKg: 75,
    transientContactAllowed: true,
  },
};

/** Transient limits are twice the quasi-static ones (ISO/TS 15066 Annex A, §4.5). */
export const TRANSIENT_LIMIT_FACTOR = 2;

/** Maximum permissible contact force, N; 0 for transient contact where none is permitted. */
export function forceLimitN(region: BodyRegion, transient: boolean): number {
  const r = BODY_REGION_LIMITS[region];
  if (!transient) return r.quasiStaticForceN;
  return r.transientContactAllowed ? TRANSIENT_LIMIT_FACTOR * r.quasiStaticForceN : 0;
}

/** Maximum permissible contact pressure, N/cm²; 0 for transient contact where none is permitted. */
export function pressureLimitNPerCm2(region: BodyRegion, transient: boolean): number {
  const r = BODY_REGION_LIMITS[region];
  if (!transient) return r.quasiStaticPressureNPerCm2;
  return r.transientContactAllowed ? TRANSIENT_LIMIT_FACTOR * r.quasiStaticPressureNPerCm2 : 0;
}

/** Reduced mass of the two-body impact, μ = (1/m_H + 1/m_R)⁻¹ (ISO/TS 15066 Annex A energy model, §4.5). */
export function reducedMassKg(humanMassKg: number, robotMassKg: number): number {
  return 1 / (1 / humanMassKg + 1 / robotMassKg);
}

/**
 * Effective robot mass for the transient-contact model: m_R = M/2 + m_L, with M the total mass of the moving
 * parts and m_L the payload (ISO/TS 15066 Annex A.3 [standard text not opened; widely reproduced]).
 */
export function robotEffectiveMassKg(movingMassKg: number, payloadKg: number): number {
  return movingMassKg / 2 + payloadKg;
}

/**
 * Highest relative speed at which a transient contact with `region` stays within its transient force limit:
 * v_max = F_max / √(μ·k) (ISO/TS 15066 Annex A, §4.5), in mm/s. 0 where transient contact is not permitted.
 */
export function maxTransientContactSpeedMmPerS(region: BodyRegion, robotMassKg: number): number {
  const r = BODY_REGION_LIMITS[region];
  const forceN = forceLimitN(region, true);
  if (forceN === 0) return 0;
  const mu = reducedMassKg(r.effectiveMassKg, robotMassKg);
  const kNPerM = r.springConstantNPerMm * 1000;
  return (forceN / Math.sqrt(mu * kNPerM)) * 1000;
}

export interface ContactCheck {
  forceLimitN: number;
  pressureLimitNPerCm2: number;
  withinLimits: boolean;
  /** Which quantity broke its limit (force first when both did). */
  exceeded: 'none' | 'force' | 'pressure' | 'both';
}

export function createContactCheck(): ContactCheck {
  return { forceLimitN: 0, pressureLimitNPerCm2: 0, withinLimits: true, exceeded: 'none' };
}

/** Compare a measured contact with the body-region limits (written into `out`, no allocation). */
export function checkContact(
  region: BodyRegion,
  forceN: number,
  pressureNPerCm2: number,
  transient: boolean,
  out: ContactCheck,
): ContactCheck {
  out.forceLimitN = forceLimitN(region, transient);
  out.pressureLimitNPerCm2 = pressureLimitNPerCm2(region, transient);
  // A limit of 0 means no contact of this kind is permitted at all: any force counts as exceeding it.
  const forceOver = out.forceLimitN === 0 ? forceN > 0 : forceN > out.forceLimitN;
  const pressureOver =
    out.pressureLimitNPerCm2 === 0 ? pressureNPerCm2 > 0 : pressureNPerCm2 > out.pressureLimitNPerCm2;
  out.withinLimits = !forceOver && !pressureOver;
  out.exceeded =
    forceOver && pressureOver ? 'both' : forceOver ? 'force' : pressureOver ? 'pressure' : 'none';
  return out;
}
