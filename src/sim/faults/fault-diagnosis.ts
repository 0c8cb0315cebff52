// Whether each fault is physically there, whether the trainee can see it, and which remedies would act on its
// present cause. Pure reads of FaultsState; zero allocation except usefulRemedies' small result.
import type { FaultId } from './fault-catalog.ts';
import type { FaultIntentType } from './fault-intent-types.ts';
import type { FaultsState, Xyz } from './faults-state.ts';
import { DRIVE_ROLL_TENSION_BAND, NOMINAL_BURNBACK_MS } from './faults-state.ts';
import { tipWear } from './maintenance.ts';
import { TCP_ACCEPTANCE_MM } from './tcp-calibration.ts';

/** Flow below which the weld is porous and the flow switch alarms: < 5 L/min (domain/welding.md imperfection rules). */
export const GAS_LOW_ALARM_L_PER_MIN = 5;
/** Cylinders are changed with a residual pressure left so no air gets in [trade practice; ≈ 2 bar]. */
export const CYLINDER_EMPTY_BAR = 2;
/** Below this inlet pressure the flowmeter-regulator can no longer hold the set flow [sim tuning]. */
export const REGULATOR_MIN_INLET_BAR = 10;
/** A split gas hose loses about half of a 15 L/min setting [sim tuning]; it leaks whenever the valve is open. */
export const HOSE_LEAK_L_PER_MIN = 8;
/** A loose torch/feeder gas connection loses 60 % of the flow and aspirates air [sim tuning]. */
export const TORCH_CONNECTION_LEAK_FRACTION = 0.6;
/** A leaking regulator inlet fitting: hisses, drains 20 L/min and the flowmeter loses 30 % [sim tuning]. */
export const REGULATOR_LEAK_DRAIN_L_PER_MIN = 20;
export const REGULATOR_LEAK_FRACTION = 0.3;
/** Nozzle half closed by spatter: gas coverage halved, porosity at normal flows [sim tuning with §5]. */
export const NOZZLE_FAULT_SPATTER = 0.5;
/** Joint position tolerance of robotic GMAW: ± half the 1.2 mm wire diameter [trade rule, unverified]. */
export const SEAM_TOLERANCE_MM = 0.6;
/** Burnback shorter than this freezes the wire in the crater [sim tuning around the 70 ms typical]. */
export const MIN_BURNBACK_MS = 0.7 * NOMINAL_BURNBACK_MS;

/** Share of the set flow the supply can deliver (cylinder valve and pressure). */
export function gasSupplyFraction(s: FaultsState): number {
  if (!s.gas.cylinderValveOpen) return 0;
  const p = s.maintenance.cylinderPressureBar;
  const f = (p - CYLINDER_EMPTY_BAR) / (REGULATOR_MIN_INLET_BAR - CYLINDER_EMPTY_BAR);
  return f <= 0 ? 0 : f >= 1 ? 1 : f;
}

/**
 * Shielding gas for the set flow, L/min (before nozzle spatter): at the nozzle, or at the feeder's flow switch,
 * which sits after the gas hose but before the torch connection and so does not see a leak there.
 */
function gasFlowLPerMin(s: FaultsState, setFlowLPerMin: number, atNozzle: boolean): number {
  let q = setFlowLPerMin * gasSupplyFraction(s);
  if (s.gas.leak === 'hose') q = Math.max(0, q - HOSE_LEAK_L_PER_MIN);
  else if (s.gas.leak === 'regulator') q *= 1 - REGULATOR_LEAK_FRACTION;
  else if (s.gas.leak === 'torch-connection' && atNozzle) q *= 1 - TORCH_CONNECTION_LEAK_FRACTION;
  return q;
}

export function gasFlowAtNozzleLPerMin(s: FaultsState, setFlowLPerMin: number): number {
  return gasFlowLPerMin(s, setFlowLPerMin, true);
}

export function gasFlowAtFlowSwitchLPerMin(s: FaultsState, setFlowLPerMin: number): number {
  return gasFlowLPerMin(s, setFlowLPerMin, false);
}

/** Seam of the part in the fixture vs the program path after sensing or a program offset, mm, into `out`. */
export function seamOffsetMm(s: FaultsState, out: Xyz): Xyz {
  const seam = s.seam;
  const compensated = seam.touchSensing || seam.seamTracking;
  for (let i = 0; i < 3; i++) out[i] = compensated ? 0 : seam.partOffsetMm[i]! - seam.programOffsetMm[i]!;
  return out;
}

/** Gas drawn from the cylinder this step, L/min (shielding flow while the solenoid is open, plus leaks). */
export function cylinderDrawLPerMin(s: FaultsState, setFlowLPerMin: number, gasOn: boolean): number {
  if (!s.gas.cylinderValveOpen) return 0;
  let q = gasOn ? setFlowLPerMin * gasSupplyFraction(s) : 0;
  if (s.gas.leak === 'regulator') q += REGULATOR_LEAK_DRAIN_L_PER_MIN;
  else if (s.gas.leak === 'hose' && !gasOn) q += HOSE_LEAK_L_PER_MIN; // the hose stays pressurised up to the solenoid
  return q;
}

/** Gas coverage at the arc, 0…1: spatter closes the nozzle bore. */
export function nozzleCoverage(s: FaultsState): number {
  return Math.max(0, 1 - s.maintenance.nozzleSpatter);
}

/** |actual − controller| TCP, mm. */
export function tcpErrorMm(s: FaultsState): number {
  const a = s.torch.actualTcpM,
    c = s.torch.controllerTcpM;
  const dx = a[0] - c[0],
    dy = a[1] - c[1],
    dz = a[2] - c[2];
  return Math.sqrt(dx * dx + dy * dy + dz * dz) * 1000;
}

/** Worst seam position error the current compensation leaves, mm. */
export function seamResidualBoundMm(s: FaultsState): number {
  const seam = s.seam;
  if (seam.touchSensing || seam.seamTracking) return 0;
  const dx = seam.systematicOffsetMm[0] - seam.programOffsetMm[0];
  const dy = seam.systematicOffsetMm[1] - seam.programOffsetMm[1];
  const dz = seam.systematicOffsetMm[2] - seam.programOffsetMm[2];
  // Uniform random ±a on each axis: the worst corner is a·√3 away.
  return Math.sqrt(dx * dx + dy * dy + dz * dz) + seam.randomAmplitudeMm * Math.sqrt(3);
}

function tensionInBand(t: number): boolean {
  return t >= DRIVE_ROLL_TENSION_BAND[0] && t <= DRIVE_ROLL_TENSION_BAND[1];
}

/** The fault's cause is physically present. */
export function faultPresent(id: FaultId, s: FaultsState): boolean {
  switch (id) {
    case 'contact-tip-wear':
      return tipWear(s.maintenance) >= 1;
    case 'wire-feed-slip':
      return !tensionInBand(s.wire.driveRollTension) || s.maintenance.linerWear >= 1;
    case 'bird-nest':
      return s.wire.birdNest;
    case 'gas-supply-loss':
      return gasSupplyFraction(s) < 1 || s.gas.leak !== null;
    case 'nozzle-spatter':
      return s.maintenance.nozzleSpatter >= NOZZLE_FAULT_SPATTER;
    case 'wire-stick':
      return s.wire.stuck || s.wire.burnbackMs < MIN_BURNBACK_MS;
    case 'tcp-drift':
      return s.torch.collisionSensorTripped || tcpErrorMm(s) > TCP_ACCEPTANCE_MM;
    case 'earth-clamp-loose':
      return !s.earthClampTight;
    case 'seam-variation':
      return seamResidualBoundMm(s) > SEAM_TOLERANCE_MM;
    case 'carriage-slip':
      return s.carriage.slipFraction > 0 || Math.abs(s.carriage.positionErrorMm) > SEAM_TOLERANCE_MM;
  }
}

/** The trainee could notice it now (symptom showing, or its alarm up). */
export function symptomVisible(id: FaultId, s: FaultsState, arcOn: boolean): boolean {
  if (!faultPresent(id, s)) return false;
  switch (id) {
    case 'wire-stick':
      return s.wire.stuck;
    case 'tcp-drift':
      return s.torch.collisionSensorTripped || arcOn;
    case 'bird-nest':
    case 'earth-clamp-loose':
      return arcOn || hasAlarm(s, id === 'bird-nest' ? 'feed-fault' : 'arc-start-failure');
    case 'gas-supply-loss':
      return arcOn || hasAlarm(s, 'gas-low');
    default:
      return arcOn;
  }
}

export function hasAlarm(s: FaultsState, id: FaultsState['alarms'][number]['id']): boolean {
  for (let i = 0; i < s.alarms.length; i++) if (s.alarms[i]!.id === id) return true;
  return false;
}

/** Remedies that act on the fault's cause as it is now (e.g. a closed valve needs opening, a leak needs repair). */
export function usefulRemedies(id: FaultId, s: FaultsState): FaultIntentType[] {
  const r: FaultIntentType[] = [];
  switch (id) {
    case 'contact-tip-wear':
      r.push('replaceContactTip');
      break;
    case 'wire-feed-slip':
      if (!tensionInBand(s.wire.driveRollTension)) r.push('setDriveRollTension');
      if (s.maintenance.linerWear >= 1) r.push('replaceLiner');
      break;
    case 'bird-nest':
      r.push('rethreadWire');
      break;
    case 'gas-supply-loss':
      if (!s.gas.cylinderValveOpen) r.push('openGasValve');
      if (s.maintenance.cylinderPressureBar < REGULATOR_MIN_INLET_BAR) r.push('replaceGasBottle');
      if (s.gas.leak !== null) r.push('repairGasLeak');
      break;
    case 'nozzle-spatter':
      r.push('cleanNozzle');
      break;
    case 'wire-stick':
      if (s.wire.stuck) r.push('cutWire');
      if (s.wire.burnbackMs < MIN_BURNBACK_MS) r.push('setBurnback');
      break;
    case 'tcp-drift':
      if (s.torch.collisionSensorTripped) r.push('resetCollisionSensor');
      if (tcpErrorMm(s) > TCP_ACCEPTANCE_MM)
        r.push('tcpCalibrationPoint', 'tcpCalibrationApply', 'replaceTorchNeck');
      break;
    case 'earth-clamp-loose':
      r.push('tightenEarthClamp');
      break;
    case 'seam-variation':
      r.push('enableTouchSensing', 'enableSeamTracking', 'setProgramOffset');
      break;
    case 'carriage-slip':
      if (s.carriage.slipFraction > 0) r.push('reseatRing');
      if (Math.abs(s.carriage.positionErrorMm) > SEAM_TOLERANCE_MM) r.push('rehomeCarriage');
      break;
  }
  return r;
}
