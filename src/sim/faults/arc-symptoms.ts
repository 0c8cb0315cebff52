// Symptom functions the world applies each step: what the faults and wear do to the arc the weld model sees.
// Reads the fault state, draws a fixed number of random numbers (3) from the world PRNG, writes into `out`.
// Zero allocation.
import type { PrngState } from '../core/prng.ts';
import type { FaultsState, Xyz } from './faults-state.ts';
import { nextFloat, nextGaussian } from '../core/prng.ts';
import { DRIVE_ROLL_TENSION_BAND } from './faults-state.ts';
import { tipWear } from './maintenance.ts';
import { gasFlowAtNozzleLPerMin, nozzleCoverage, seamOffsetMm } from './fault-diagnosis.ts';
import { ALARMS } from './alarms.ts';

/** Healthy GMAW current ripple, 1σ as a fraction of the current [sim tuning]. */
const BASE_CURRENT_NOISE = 0.02;
/** Added ripple from a fully worn tip (poor current transfer, §5 "erratic arc") [sim tuning]. */
const WORN_TIP_CURRENT_NOISE = 0.1;
/** Added ripple from a loose earth clamp (§5 "unstable/no arc") [sim tuning]. */
const LOOSE_EARTH_CURRENT_NOISE = 0.15;
/** Arc wander (1σ) from a fully worn, ovalised tip bore: the wire leaves off-centre (§5) [sim tuning]. */
const WORN_TIP_WANDER_MM = 1;
/** First-touch ignition success of a healthy set-up; the controller retries the rest (§3.4) [sim tuning]. */
const BASE_ARC_START = 0.98;
/** A fully worn tip lowers ignition success by 30 % (§5 tip wear → burnbacks, poor starts) [sim tuning]. */
const WORN_TIP_START_PENALTY = 0.3;
/** A loose earth clamp leaves 35 % of ignitions working (§5 "arc start failure: bad ground") [sim tuning]. */
const LOOSE_EARTH_START_FACTOR = 0.35;
/** Wear below half life has no visible effect; the effect is full at end of life and grows to 1.5× beyond. */
const WEAR_EFFECT_START = 0.5;
const WEAR_EFFECT_MAX = 1.5;
/** A worn liner (> 70 % life) adds drag; at end of life half the feed can slip [sim tuning with §5 "liner wear"]. */
const LINER_DRAG_START = 0.7;
const LINER_MAX_SLIP = 0.5;

export interface ArcNominal {
  wireFeedSpeedMPerMin: number;
  /** Flowmeter setting, L/min. */
  gasFlowLPerMin: number;
  currentA: number;
}

export interface ArcSymptoms {
  /** Wire feed speed that actually reaches the arc, m/min (erratic when slipping, 0 with a bird-nest). */
  wireFeedSpeedMPerMin: number;
  gasFlowAtNozzleLPerMin: number;
  /** Effective shielding at the arc, L/min: nozzle flow × coverage. */
  gasFlowAtArcLPerMin: number;
  /** 0…1: spatter in the nozzle. */
  gasCoverage: number;
  /** 1σ current noise amplitude, A. */
  currentNoiseA: number;
  /** This step's lateral arc wander sample, mm (worn tip). */
  arcWanderMm: number;
  /** Actual wire tip − controller TCP, flange frame, mm (bent neck after a crash). */
  tcpOffsetMm: Xyz;
  /** Seam of the part vs the (compensated) program path, mm. */
  seamOffsetMm: Xyz;
  /** Carriage position lost round the pipe, mm. */
  travelPositionErrorMm: number;
  /** Chance that one ignition attempt succeeds (the arc sequence's `ignitionSuccess`). */
  arcStartSuccessProbability: number;
  /** The wire will freeze in the crater when this weld ends (the arc sequence's `wireStick`). */
  wireStick: boolean;
  /** Wire frozen in the crater now. */
  wireStuck: boolean;
  /** An active alarm holds the program. */
  programHalted: boolean;
  /** The robot must not move (wire stuck in the part, collision sensor open). */
  motionInhibited: boolean;
}

export function createArcSymptoms(): ArcSymptoms {
  return {
    wireFeedSpeedMPerMin: 0,
    gasFlowAtNozzleLPerMin: 0,
    gasFlowAtArcLPerMin: 0,
    gasCoverage: 1,
    currentNoiseA: 0,
    arcWanderMm: 0,
    tcpOffsetMm: [0, 0, 0],
    seamOffsetMm: [0, 0, 0],
    travelPositionErrorMm: 0,
    arcStartSuccessProbability: 1,
    wireStick: false,
    wireStuck: false,
    programHalted: false,
    motionInhibited: false,
  };
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** Whether the arc wanders this step (a tip worn past half its life): only then do the random draws move the arc. */
export function arcWanders(s: FaultsState): boolean {
  return tipWear(s.maintenance) > WEAR_EFFECT_START;
}

export function applyFaultsToArc(
  s: FaultsState,
  nominal: ArcNominal,
  rng: PrngState,
  out: ArcSymptoms,
): ArcSymptoms {
  // Always the same three draws, so a fault switching on does not shift other systems' random streams.
  const feedJitter = nextFloat(rng);
  const wander = nextGaussian(rng);

  // Contact tip wear and earth clamp.
  const tipEffect = clamp(
    (tipWear(s.maintenance) - WEAR_EFFECT_START) / (1 - WEAR_EFFECT_START),
    0,
    WEAR_EFFECT_MAX,
  );
  const earthLoose = !s.earthClampTight;
  const noiseFraction =
    BASE_CURRENT_NOISE + WORN_TIP_CURRENT_NOISE * tipEffect + (earthLoose ? LOOSE_EARTH_CURRENT_NOISE : 0);
  out.currentNoiseA = noiseFraction * nominal.currentA;
  out.arcWanderMm = WORN_TIP_WANDER_MM * tipEffect * wander;

  // Wire feed: loose rolls or a worn liner slip; a bird-nest stops the wire.
  const tensionDeficit = clamp(
    (DRIVE_ROLL_TENSION_BAND[0] - s.wire.driveRollTension) / DRIVE_ROLL_TENSION_BAND[0],
    0,
    1,
  );
  const linerDrag =
    LINER_MAX_SLIP * clamp((s.maintenance.linerWear - LINER_DRAG_START) / (1 - LINER_DRAG_START), 0, 1);
  const slip = Math.max(tensionDeficit, linerDrag);
  out.wireFeedSpeedMPerMin = s.wire.birdNest ? 0 : nominal.wireFeedSpeedMPerMin * (1 - slip * feedJitter);

  // Shielding gas: supply, leaks, nozzle spatter.
  out.gasFlowAtNozzleLPerMin = gasFlowAtNozzleLPerMin(s, nominal.gasFlowLPerMin);
  out.gasCoverage = nozzleCoverage(s);
  out.gasFlowAtArcLPerMin = out.gasFlowAtNozzleLPerMin * out.gasCoverage;

  // Geometry: bent neck, part fit-up, carriage slip.
  const a = s.torch.actualTcpM,
    c = s.torch.controllerTcpM;
  out.tcpOffsetMm[0] = (a[0] - c[0]) * 1000;
  out.tcpOffsetMm[1] = (a[1] - c[1]) * 1000;
  out.tcpOffsetMm[2] = (a[2] - c[2]) * 1000;
  seamOffsetMm(s, out.seamOffsetMm);
  out.travelPositionErrorMm = s.carriage.positionErrorMm;

  // Ignition.
  let start = BASE_ARC_START * (1 - WORN_TIP_START_PENALTY * Math.min(1, tipEffect));
  if (earthLoose) start *= LOOSE_EARTH_START_FACTOR;
  if (s.wire.birdNest || s.wire.stuck) start = 0;
  out.arcStartSuccessProbability = start;

  // Wire stick and holds.
  out.wireStick = s.wire.stickAtArcEnd;
  out.wireStuck = s.wire.stuck;
  let halted = false;
  for (let i = 0; i < s.alarms.length; i++) if (ALARMS[s.alarms[i]!.id].holdsProgram) halted = true;
  out.programHalted = halted;
  out.motionInhibited = s.wire.stuck || s.torch.collisionSensorTripped;
  return out;
}
