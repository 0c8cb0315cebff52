// The bead sample the weld model writes every step, and the torch state it reads (see bead-sampler.ts).
import type { TransferMode, WeldPosition } from './types.ts';
import { SLOT_COUNT } from './defect-slots.ts';

/** Instantaneous torch state, as the robot or the trainee's hand holds it. */
export interface TorchState {
  arcOn: boolean;
  ctwdMm: number;
  workAngleDeg: number;
  travelAngleDeg: number;
  travelSpeedMmPerS: number;
  /** Lateral offset of the aim from the joint line, mm (> 0 toward the second member / far plate). */
  aimOffsetMm: number;
  /** Peak-to-peak weave width and frequency (0 = stringer bead). */
  weaveWidthMm: number;
  weaveFrequencyHz: number;
  /** Gas flow actually reaching the arc (after hose leaks, nozzle spatter), L/min. */
  gasFlowLPerMin: number;
  draughtMPerS: number;
  position: WeldPosition;
  /** Pipe clock position, hours (12 = top); used for PH/PJ. */
  clockHour: number;
  /** 0 for the root run; > 0 for fill/cap runs (side-wall lack of fusion becomes inter-run). */
  passIndex: number;
  /** The power source's crater-fill sequence is running (seam evaluation checks it at arc stops). */
  craterFill?: boolean;
}

export interface BeadSample {
  seamMm: number;
  arcOn: boolean;
  craterFill: boolean;
  currentA: number;
  voltageV: number;
  transferMode: TransferMode;
  arcEnergyKJPerMm: number;
  heatInputKJPerMm: number;
  depositAreaMm2: number;
  widthMm: number;
  /** Butt: cap height; fillet: convexity above the flat face (negative = concave). */
  reinforcementMm: number;
  /** Butt: fusion depth (≤ t); fillet: root penetration. */
  penetrationMm: number;
  /** Fillet: throat of the smaller leg (concavity deducted); butt: penetrated thickness. */
  throatMm: number;
  legAMm: number;
  legBMm: number;
  rootReinforcementMm: number;
  rootWidthMm: number;
  /** Imperfection sizes per slot (defect-slots.ts), mm; 0 = absent. */
  sizes: Float64Array;
  /** Internal porosity, projected area %. */
  porosityAreaPct: number;
  /** Toe that undercuts: -1 first member, +1 second, 0 both. */
  undercutSide: number;
}

export function createBeadSample(): BeadSample {
  return {
    seamMm: 0,
    arcOn: false,
    craterFill: false,
    currentA: 0,
    voltageV: 0,
    transferMode: 'none',
    arcEnergyKJPerMm: 0,
    heatInputKJPerMm: 0,
    depositAreaMm2: 0,
    widthMm: 0,
    reinforcementMm: 0,
    penetrationMm: 0,
    throatMm: 0,
    legAMm: 0,
    legBMm: 0,
    rootReinforcementMm: 0,
    rootWidthMm: 0,
    sizes: new Float64Array(SLOT_COUNT),
    porosityAreaPct: 0,
    undercutSide: 0,
  };
}

export function clearSample(out: BeadSample): void {
  out.currentA = out.voltageV = out.arcEnergyKJPerMm = out.heatInputKJPerMm = out.depositAreaMm2 = 0;
  out.widthMm = out.reinforcementMm = out.penetrationMm = out.throatMm = out.legAMm = out.legBMm = 0;
  out.rootReinforcementMm = out.rootWidthMm = out.porosityAreaPct = out.undercutSide = 0;
  out.transferMode = 'none';
  out.sizes.fill(0);
}
