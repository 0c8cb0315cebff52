// State, per-step inputs and per-step output of the safety monitor. All plain JSON data: the world state is
// hashed and replayed. Positions in the cell/world frame, metres; speeds and distances reported in mm, mm/s.
import type { BodyRegion } from './body-regions.ts';
import type { Vec3 } from './geometry.ts';
import type { EnablingDeviceState, EnablingPosition } from './enabling-device.ts';
import type { SafetyRule, SafetySeverity } from './rules.ts';
import type { SafetyConfig, OperatingMode } from './safety-config.ts';
import type { SsmZone } from './separation-distance.ts';
import type { StopCategory } from './stopping.ts';
import { createEnablingDeviceState } from './enabling-device.ts';
import { SAFETY_RULES } from './rules.ts';
import { notePeakDistance, trackRule } from './safety-events.ts';
import { lightCurtainMinimumDistance } from './light-curtain.ts';

/** Tracked points of a person (names as the world's BodyPart). */
export type TrackedBodyPart = 'head' | 'leftHand' | 'rightHand' | 'torso';

export interface TrackedPoint {
  part: TrackedBodyPart;
  /** ISO/TS 15066 body region this point stands for (limits, effective mass). */
  region: BodyRegion;
  positionM: Vec3;
  /** Sphere radius around the point, m. */
  radiusM: number;
}

export interface TrackedPerson {
  present: boolean;
  /** Welding helmet lowered (filter in front of the eyes). */
  weldingHelmetDown: boolean;
  points: TrackedPoint[];
}

/** One robot link as a capsule (segment + radius), endpoints from forward kinematics each step. */
export interface LinkCapsule {
  aM: Vec3;
  bM: Vec3;
  radiusM: number;
}

/** A measured contact between the robot and a person (physics layer), PFL checks it against Table A.2. */
export interface ContactInput {
  active: boolean;
  region: BodyRegion;
  forceN: number;
  pressureNPerCm2: number;
  /** true = free impact (transient), false = clamping (quasi-static). */
  transient: boolean;
}

export interface SafetyInputs {
  operatingMode: OperatingMode;
  enablingDevice: EnablingPosition;
  eStopPressed: boolean;
  /** Reset button held (e-stop / guard reset); the monitor reacts to the press edge. */
  resetPressed: boolean;
  /** Restart intent (cycle start / "resume" on the pendant); the monitor reacts to the press edge. */
  restartRequested: boolean;
  doorClosed: boolean;
  lightCurtainInterrupted: boolean;
  /** Freedrive / guiding handle engaged. */
  handGuidingActive: boolean;
  /** Programmed (commanded) TCP speed, mm/s. */
  commandedSpeedMmPerS: number;
  /** Actual TCP speed, mm/s. */
  tcpSpeedMmPerS: number;
  tcpPositionM: Vec3;
  /** Tool axis (torch/wire direction, tool Z) in the world frame. */
  toolAxis: Vec3;
  links: LinkCapsule[];
  /** How many entries of `links` are valid this step. */
  linkCount: number;
  people: TrackedPerson[];
  contact: ContactInput;
  /** The arc is asked for (program or trigger). */
  arcOn: boolean;
  arcPositionM: Vec3;
  /** Net weld heat into the part this step, W = heat input (kJ/mm)·1000·travel speed (mm/s); 0 without arc. */
  netArcHeatW: number;
  /** Reference point of the part that gets hot (its centre), m. */
  partPositionM: Vec3;
}

export type SpeedLevel = 'full' | 'reduced' | 'stop';

export interface SafetyOutput {
  speedLevel: SpeedLevel;
  /** Highest TCP speed allowed now, mm/s (0 when stopping). */
  allowedSpeedMmPerS: number;
  /** Factor for the commanded speed: min(1, allowed / commanded); 0 = stop. */
  speedScale: number;
  speedRule: SafetyRule | null;
  stopCategory: StopCategory | null;
  /** Rule that decided the stop. */
  stopRule: SafetyRule | null;
  motionEnabled: boolean;
  /** Arc-on interlock: the arc may burn. */
  arcPermitted: boolean;
  /** Someone is tracked in the cell this step. */
  personTracked: boolean;
  /** Smallest person ↔ robot-link distance (surfaces), mm; −1 when nobody is tracked. */
  minSeparationMm: number;
  nearestBodyRegion: BodyRegion | null;
  /** Rate at which that distance shrinks, mm/s (positive = approaching). */
  closingSpeedMmPerS: number;
  tcpSpeedMmPerS: number;
  /** S_p the SSM check used this step, mm (0 when SSM did not run: see ssmZone). */
  protectiveSeparationMm: number;
  /** null when SSM did not run (mode off, manual, hand guiding, nobody tracked). */
  ssmZone: SsmZone | null;
  reducedMode: boolean;
  partTemperatureC: number;
  hotPart: boolean;
}

export interface SafetyEvent {
  /** Onset time, s. */
  tS: number;
  /** Clearance time, s (null while the condition lasts). */
  endS: number | null;
  kind: SafetyRule;
  /** What happened, as a short key (e.g. 'door-opened', 'person-too-close'). */
  cause: string;
  severity: SafetySeverity;
  /** The rule in words. */
  rule: string;
  /** The limit that applied (in `limitUnit`). */
  limit: number;
  limitUnit: string;
  stopCategory: StopCategory | null;
  person?: number;
  bodyRegion?: BodyRegion;
  /** Peak (smallest) distance during the event, mm. */
  distanceMm?: number;
  /** Peak force during the event, N. */
  forceN?: number;
  pressureNPerCm2?: number;
  /** Peak speed during the event, mm/s. */
  speedMmPerS?: number;
  /** Peak temperature during the event, °C. */
  temperatureC?: number;
  /** Peak accumulated dose, J/m² (arc radiation). */
  doseJPerM2?: number;
}

export interface StopLatch {
  active: boolean;
  rule: SafetyRule | null;
  category: StopCategory;
  /** Reset done after the cause went away (e-stop, guards). */
  resetDone: boolean;
}

export interface SafetyState {
  tS: number;
  enabling: EnablingDeviceState;
  /** Emergency stop: reset + restart. */
  eStop: StopLatch;
  /** Door / light curtain: cause cleared + reset + restart. */
  guard: StopLatch;
  /** Limit violations and PFL contact above the limits: cause cleared + restart (no reset). */
  protective: StopLatch;
  prevResetPressed: boolean;
  prevRestartRequested: boolean;
  /** −1 when nobody was tracked. */
  prevMinSeparationMm: number;
  partTemperatureC: number;
  /** Accumulated effective UV dose per tracked-person slot, J/m². */
  uvDoseJPerM2: number[];
  /** Index in `events` of the open event per rule, −1 when none. */
  openEvents: Record<SafetyRule, number>;
  events: SafetyEvent[];
  output: SafetyOutput;
}

function createLatch(): StopLatch {
  return { active: false, rule: null, category: 2, resetDone: false };
}

function createOutput(ambientC: number): SafetyOutput {
  return {
    speedLevel: 'stop',
    allowedSpeedMmPerS: 0,
    speedScale: 0,
    speedRule: null,
    stopCategory: null,
    stopRule: null,
    motionEnabled: false,
    arcPermitted: false,
    personTracked: false,
    minSeparationMm: -1,
    nearestBodyRegion: null,
    closingSpeedMmPerS: 0,
    tcpSpeedMmPerS: 0,
    protectiveSeparationMm: 0,
    ssmZone: null,
    reducedMode: false,
    partTemperatureC: ambientC,
    hotPart: false,
  };
}

export function createSafetyState(config: SafetyConfig): SafetyState {
  // Built in one go (Object.fromEntries): an object grown key by key past a dozen keys drops into V8's slow
  // dictionary mode, and trackRule looks a rule up here several times per step.
  const openEvents = Object.fromEntries(
    (Object.keys(SAFETY_RULES) as SafetyRule[]).map((rule) => [rule, -1]),
  ) as Record<SafetyRule, number>;
  const state: SafetyState = {
    tS: 0,
    enabling: createEnablingDeviceState(),
    eStop: createLatch(),
    guard: createLatch(),
    protective: createLatch(),
    prevResetPressed: false,
    prevRestartRequested: false,
    prevMinSeparationMm: -1,
    partTemperatureC: config.hotPart.ambientC,
    uvDoseJPerM2: new Array<number>(config.maxPeople).fill(0),
    openEvents,
    events: [],
    output: createOutput(config.hotPart.ambientC),
  };
  // A light curtain mounted closer than ISO 13855 allows is a set-up fault the scenario can grade (§4.4).
  const lc = config.lightCurtain;
  if (lc) {
    const required = lightCurtainMinimumDistance(lc.totalStoppingTimeS, lc.resolutionMm).minimumDistanceMm;
    const tooClose = lc.installedDistanceMm < required;
    const e = trackRule(state, 'light-curtain-distance', tooClose, 'curtain-too-close', required, 'mm', null);
    notePeakDistance(e, lc.installedDistanceMm);
  }
  return state;
}

/** Default body points (sim radii: head 0.10 m, hands 0.05 m, torso 0.20 m [anthropometric approximation]). */
export function createTrackedPerson(): TrackedPerson {
  return {
    present: false,
    weldingHelmetDown: false,
    points: [
      { part: 'head', region: 'skull-forehead', positionM: [0, 0, 0], radiusM: 0.1 },
      { part: 'leftHand', region: 'hand-fingers', positionM: [0, 0, 0], radiusM: 0.05 },
      { part: 'rightHand', region: 'hand-fingers', positionM: [0, 0, 0], radiusM: 0.05 },
      { part: 'torso', region: 'chest', positionM: [0, 0, 0], radiusM: 0.2 },
    ],
  };
}

/** Reusable inputs object: fill it each step and pass it in (no per-step allocation). */
export function createSafetyInputs(linkCapacity = 7, people = 1): SafetyInputs {
  const links: LinkCapsule[] = [];
  // 0.06 m: half the ~120 mm tube of a UR10e upper arm [approximation from the arm’s outline]
  for (let i = 0; i < linkCapacity; i++) links.push({ aM: [0, 0, 0], bM: [0, 0, 0], radiusM: 0.06 });
  const persons: TrackedPerson[] = [];
  for (let i = 0; i < people; i++) persons.push(createTrackedPerson());
  return {
    operatingMode: 'auto',
    enablingDevice: 'released',
    eStopPressed: false,
    resetPressed: false,
    restartRequested: false,
    doorClosed: true,
    lightCurtainInterrupted: false,
    handGuidingActive: false,
    commandedSpeedMmPerS: 0,
    tcpSpeedMmPerS: 0,
    tcpPositionM: [0, 0, 0],
    toolAxis: [0, 0, -1],
    links,
    linkCount: 0,
    people: persons,
    contact: { active: false, region: 'hand-fingers', forceN: 0, pressureNPerCm2: 0, transient: true },
    arcOn: false,
    arcPositionM: [0, 0, 0],
    netArcHeatW: 0,
    partPositionM: [0, 0, 0],
  };
}
