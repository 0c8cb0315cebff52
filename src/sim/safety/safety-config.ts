// Cell safety configuration as plain data (hashed with the world state). Distances in the standards' unit (mm)
// unless a field says M; geometry (boxes, planes) is in the cell/world frame in metres like the robot layer.
import type { Box, Vec3 } from './geometry.ts';
import type { StopCategory, TcpStopData } from './stopping.ts';
import { UR5_TCP_STOP_DATA } from './stopping.ts';
import { APPROACH_SPEED_BODY_MM_PER_S, lightCurtainIntrusionMm } from './light-curtain.ts';
import { robotEffectiveMassKg } from './body-regions.ts';

/** The four collaborative operation methods of ISO/TS 15066 → ISO 10218-2:2025 (domain/robots.md §4.2). */
export type CollaborativeMode = 'srms' | 'hand-guiding' | 'ssm' | 'pfl';
export type OperatingMode = 'auto' | 'manual';

/** Manual reduced speed (T1/teach): TCP ≤ 250 mm/s (ISO 10218-1, domain/robots.md §4.1). */
export const REDUCED_SPEED_MM_PER_S = 250;
/** UR CB3 safety-function accuracy for TCP speed, 50 mm/s (domain/robots.md §1.3): monitoring tolerance. */
export const SPEED_MONITOR_TOLERANCE_MM_PER_S = 50;

export interface SsmConfig {
  /** v_h: ISO 13855 walking speed 1600 mm/s (§4.3). */
  humanSpeedMmPerS: number;
  /** T_r: sensor + controller reaction, s. */
  reactionTimeS: number;
  /** C, mm. */
  intrusionDistanceMm: number;
  /** Z_d, mm. */
  humanUncertaintyMm: number;
  /** Z_r, mm. */
  robotUncertaintyMm: number;
  /** Category of the SSM protective stop (UR safeguard stop: category 2, SS2-type, §4.1). */
  stopCategory: StopCategory;
  /** Speed allowed in the reduced-speed zone, mm/s. */
  slowSpeedMmPerS: number;
  /**
   * Outer edge of the reduced-speed zone, mm. null = S_p at the full TCP speed limit plus v_h·(T_r + T_s) at that
   * speed: the person's travel while the robot brakes, so it is slow by the time they reach S_p.
   */
  reducedSpeedZoneMm: number | null;
  /** Width of the warning field outside the reduced-speed zone, mm. */
  warningMarginMm: number;
}

export interface PflConfig {
  /** m_R for the transient-contact speed limit, kg (ISO/TS 15066 Annex A: M/2 + payload). */
  robotEffectiveMassKg: number;
  /** Category of the stop after a contact above the body-region limit. */
  stopCategory: StopCategory;
  /** Within this separation the transient-contact speed limit v_max of the nearest body region applies, mm. */
  contactRangeMm: number;
}

export interface SafetyPlane {
  name: string;
  /** Unit normal pointing into the allowed side (world frame). */
  normal: Vec3;
  /** Plane: normal·x = offsetM. */
  offsetM: number;
  /** 'limit': the tool (and links) must stay on the allowed side. 'trigger-reduced': beyond it, reduced mode. */
  kind: 'limit' | 'trigger-reduced';
  /** Whether the robot link capsules are checked too (UR "restrict elbow"), or only the TCP. */
  includeLinks: boolean;
}

export interface ToolOrientationLimit {
  /** Unit axis of the allowed cone (e.g. straight down [0,0,-1] for a torch), world frame. */
  axis: Vec3;
  maxTiltDeg: number;
}

export interface LightCurtainConfig {
  /** Detection capability d, mm. */
  resolutionMm: number;
  /** T = curtain response + safety relay/controller + machine stopping time, s. */
  totalStoppingTimeS: number;
  /** Distance from the detection field to the nearest hazard as installed, mm. */
  installedDistanceMm: number;
}

export interface ArcSafetyConfig {
  /** Any body point inside this box stops the arc from striking (industrial cell: the fenced area). */
  hazardZone: Box | null;
  /** Any body point within this distance of the arc stops it from striking, mm. */
  hazardRadiusMm: number;
  /** ACGIH-weighted UV irradiance 1 m from the arc, W/m² (Okuno et al. 2001, CO2 robot arc: 0.28–7.85). */
  uvIrradianceAt1mWPerM2: number;
  /** Daily exposure limit, J/m² effective (ACGIH TLV 3 mJ/cm²; Okuno: 4–100 s/day at 1 m). */
  uvDailyLimitJPerM2: number;
  /** Welding screens/curtains (EN ISO 25980) that block line of sight. */
  screens: Box[];
}

export interface HotPartConfig {
  /** Mass of the part that takes the weld heat, kg. */
  heatedMassKg: number;
  /** Surface that loses heat (both faces + edges), m². */
  surfaceAreaM2: number;
  /** Plain carbon steel 434 J/(kg·K) at 300 K (Incropera, Fundamentals of Heat and Mass Transfer, Table A.1). */
  specificHeatJPerKgK: number;
  /** Free convection in air 2–25 W/(m²·K) (Incropera Table 1.1); radiation is added separately. */
  convectionWPerM2K: number;
  /** Oxidised steel ≈ 0.79 (Incropera Table A.11). */
  emissivity: number;
  ambientC: number;
  /** 60 °C: ASTM C1055 guide, about 5 s contact without irreversible burn. Above it the part is "hot". */
  hotThresholdC: number;
  /** A hand within this distance of the part's reference point counts as reaching for it, mm. */
  touchDistanceMm: number;
}

export interface SafetyConfig {
  collaborativeModes: CollaborativeMode[];
  /** Emergency stop must be category 0 or 1 (IEC 60204-1, §4.1); UR e-Series uses 1 [manual stop table, unverified]. */
  eStopCategory: 0 | 1;
  /** Stop when the enabling device is released or squeezed (ISO 10218-1 protective stop). */
  enablingStopCategory: StopCategory;
  reducedSpeedMmPerS: number;
  tcpSpeedLimitMmPerS: number;
  speedToleranceMmPerS: number;
  ssm: SsmConfig | null;
  pfl: PflConfig | null;
  /** SRMS: the collaborative workspace; a person inside holds the robot. */
  srmsWorkspace: Box | null;
  handGuidingSpeedLimitMmPerS: number;
  safetyPlanes: SafetyPlane[];
  keepOutBoxes: Box[];
  toolOrientation: ToolOrientationLimit | null;
  lightCurtain: LightCurtainConfig | null;
  doorInterlock: boolean;
  arc: ArcSafetyConfig;
  hotPart: HotPartConfig;
  /** Stopping data of the robot (default: UR5/CB3 Cat 0 figures, §1.3). */
  stopping: TcpStopData;
  /** How many tracked people the state keeps slots for. */
  maxPeople: number;
}

// ---- Defaults ---------------------------------------------------------------------------------------------

/** UR10e link masses 7.369+13.051+3.989+2.1+1.98+0.615 kg (domain/robots.md §1.1). */
const UR10E_MOVING_MASS_KG = 7.369 + 13.051 + 3.989 + 2.1 + 1.98 + 0.615;
/** Cobot MIG torch + cable share carried by the flange [assumption: 1.5 kg, well inside the 12.5 kg payload, §1.3]. */
const COBOT_TORCH_MASS_KG = 1.5;

export function defaultSsmConfig(): SsmConfig {
  return {
    humanSpeedMmPerS: APPROACH_SPEED_BODY_MM_PER_S, // ISO 13855 1600 mm/s (§4.3)
    reactionTimeS: 0.1, // shared/CONTRACTS.md safety example T_r [set from scanner + controller data sheets]
    intrusionDistanceMm: lightCurtainIntrusionMm(40), // C = 8·(40 − 14) = 208 mm for a 40 mm detection capability (§4.4)
    humanUncertaintyMm: 50, // shared/CONTRACTS.md safety example Z_d
    robotUncertaintyMm: 20, // shared/CONTRACTS.md safety example Z_r
    stopCategory: 2, // UR safeguard stop = category 2 (UR e-Series manual, §4.1)
    slowSpeedMmPerS: REDUCED_SPEED_MM_PER_S, // slow zone at the 250 mm/s reduced speed (§4.1)
    reducedSpeedZoneMm: null,
    warningMarginMm: 500, // [sim default: one step of a walking person, 1600 mm/s × ~0.3 s]
  };
}

export function defaultArcSafety(): ArcSafetyConfig {
  return {
    hazardZone: null,
    hazardRadiusMm: 500, // [sim default: within arm's reach of the arc spatter and torch heat, §4.7]
    uvIrradianceAt1mWPerM2: 7.85, // Okuno, Ojima, Saito, Ann. Occup. Hyg. 45(7) 2001, upper value at 1 m
    uvDailyLimitJPerM2: 30, // ACGIH TLV 3 mJ/cm² effective per day (same paper)
    screens: [],
  };
}

export function defaultHotPart(): HotPartConfig {
  // Two 300 × 150 × 10 mm steel plates (a typical training fillet coupon): 7.07 kg, 0.198 m² of surface.
  return {
    heatedMassKg: 2 * 0.3 * 0.15 * 0.01 * 7850, // steel density 7850 kg/m³ (Incropera Table A.1 ≈ 7854)
    surfaceAreaM2: 2 * (2 * 0.3 * 0.15 + 2 * (0.3 + 0.15) * 0.01),
    specificHeatJPerKgK: 434,
    convectionWPerM2K: 10,
    emissivity: 0.79,
    ambientC: 20,
    hotThresholdC: 60,
    touchDistanceMm: 200, // half the 300 mm plate length + 50 mm reach [sim default]
  };
}

function baseConfig(): SafetyConfig {
  return {
    collaborativeModes: [],
    eStopCategory: 1,
    enablingStopCategory: 2, // ISO 10218-1 protective stop; cat 2 keeps the servo on for smooth teach [assumption]
    reducedSpeedMmPerS: REDUCED_SPEED_MM_PER_S,
    tcpSpeedLimitMmPerS: 1000, // UR cobots: typ. 1 m/s TCP (§1.3 [unverified])
    speedToleranceMmPerS: SPEED_MONITOR_TOLERANCE_MM_PER_S,
    ssm: null,
    pfl: null,
    srmsWorkspace: null,
    handGuidingSpeedLimitMmPerS: REDUCED_SPEED_MM_PER_S,
    safetyPlanes: [],
    keepOutBoxes: [],
    toolOrientation: null,
    lightCurtain: null,
    doorInterlock: false,
    arc: defaultArcSafety(),
    hotPart: defaultHotPart(),
    stopping: { ...UR5_TCP_STOP_DATA },
    maxPeople: 4,
  };
}

/** Cobot cell (UR10e class): PFL + hand guiding + SSM from an area scanner, no fence (§3.5, §4.2). */
export function cobotSafetyConfig(): SafetyConfig {
  const c = baseConfig();
  c.collaborativeModes = ['pfl', 'hand-guiding', 'ssm'];
  c.ssm = defaultSsmConfig();
  c.pfl = {
    robotEffectiveMassKg: robotEffectiveMassKg(UR10E_MOVING_MASS_KG, COBOT_TORCH_MASS_KG),
    stopCategory: 0, // UR: a limit violation stops with category 0
    contactRangeMm: 200, // [sim default: the last 200 mm before contact]
  };
  return c;
}

/** Industrial arc cell: fence with interlocked door, light curtain at the load station (§4.7). */
export function industrialSafetyConfig(): SafetyConfig {
  const c = baseConfig();
  c.tcpSpeedLimitMmPerS = 2000; // [sim default: set from the cell risk assessment]
  c.doorInterlock = true;
  // wenglor SEFG worked example (§4.4): 30 mm curtain, T = 16.2 ms + 15 ms + 300 ms → S = 658 mm; mounted at 700.
  c.lightCurtain = { resolutionMm: 30, totalStoppingTimeS: 0.0162 + 0.015 + 0.3, installedDistanceMm: 700 };
  c.arc.hazardZone = { minM: [-1.5, -1.5, 0], maxM: [1.5, 1.5, 2.5] }; // the fenced 3 × 3 m cell [sim default]
  return c;
}

/** Orbital pipe cell: slow carriage on a band, arc and hot pipe are the hazards (§2, §4.7). */
export function orbitalSafetyConfig(): SafetyConfig {
  const c = baseConfig();
  c.tcpSpeedLimitMmPerS = REDUCED_SPEED_MM_PER_S; // carriages travel at a few mm/s (§2.4)
  // 1 m of DN200 pipe (219.1 × 8.18 mm): π·0.2109 m·0.00818 m·7850 kg/m³ ≈ 42.5 kg; outer + inner surface ≈ 1.33 m².
  c.hotPart.heatedMassKg = Math.PI * (0.2191 - 0.00818) * 0.00818 * 7850;
  c.hotPart.surfaceAreaM2 = Math.PI * (0.2191 + (0.2191 - 2 * 0.00818));
  return c;
}
