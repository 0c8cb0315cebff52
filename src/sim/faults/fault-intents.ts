// Applying a trainee's fault intent: checks it is safe to do now (arc off, robot stopped), records detection of
// visible faults, flags remedies that address none of the visible faults as wrong actions (diagnosis grading),
// changes the physical state, and time-stamps any fault it fixed. A fault clears only when its cause is gone.
import type { FaultId } from './fault-catalog.ts';
import type { FaultIntent, FaultIntentContext, FaultIntentType } from './fault-intent-types.ts';
import type { FaultsState } from './faults-state.ts';
import type { Finding } from './inspect.ts';
import { FAULTS } from './fault-catalog.ts';
import { faultPresent, usefulRemedies } from './fault-diagnosis.ts';
import { clearAlarm, logFaultEvent, refreshFaults } from './fault-log.ts';
import { inspect } from './inspect.ts';
import { ANTI_SPATTER_PROTECTION_ARC_MIN, CYLINDER_FULL_BAR } from './maintenance.ts';
import { fitTcpFourPoint } from './tcp-calibration.ts';

/** Drive-roll tension dial range [sim scale 0–5]. */
const TENSION_DIAL_MAX = 5;
/** Burnback settings a power source accepts, ms [sim range; Kemppi typical 70 ms]. */
const BURNBACK_RANGE_MS: readonly [number, number] = [0, 500];

export interface FaultIntentResult {
  accepted: boolean;
  /** Why it was refused ('reject.arcOn', 'reject.robotMoving', …) or '' when accepted. */
  reason: string;
  /** A remedy that addresses none of the visible faults. */
  wrongAction: boolean;
  /** Faults this intent fixed. */
  fixed: FaultId[];
  finding: Finding | null;
}

interface Needs {
  arcOff: boolean;
  stopped: boolean;
}
const BOTH: Needs = { arcOff: true, stopped: true };
const ARC_OFF: Needs = { arcOff: true, stopped: false };
const STOPPED: Needs = { arcOff: false, stopped: true };
const ANY: Needs = { arcOff: false, stopped: false };

/** Work on the torch, wire or circuit needs a dead arc and a stopped robot (robot cell lock-out practice, §5). */
const NEEDS: Readonly<Record<FaultIntentType, Needs>> = {
  inspect: BOTH,
  holdProgram: ANY,
  resetAlarms: ANY,
  replaceContactTip: BOTH,
  cleanNozzle: BOTH,
  antiSpatter: BOTH,
  replaceTorchNeck: BOTH,
  setDriveRollTension: ARC_OFF,
  rethreadWire: BOTH,
  replaceLiner: BOTH,
  cutWire: BOTH,
  setBurnback: ANY,
  openGasValve: ANY,
  replaceGasBottle: ARC_OFF,
  repairGasLeak: ARC_OFF,
  resetCollisionSensor: STOPPED,
  tcpCalibrationPoint: ARC_OFF,
  tcpCalibrationApply: BOTH,
  tightenEarthClamp: BOTH,
  enableTouchSensing: STOPPED,
  enableSeamTracking: STOPPED,
  setProgramOffset: STOPPED,
  reseatRing: BOTH,
  rehomeCarriage: BOTH,
};

/** Gauges on the cylinder and hoses can be read while welding; the torch end cannot be touched. */
function needsFor(intent: FaultIntent): Needs {
  if (intent.type === 'inspect') {
    const t = intent.target;
    if (t === 'gas-cylinder' || t === 'gas-regulator' || t === 'gas-hose') return ANY;
  }
  return NEEDS[intent.type];
}

/** Intents that only look, hold or prevent: never graded as a wrong remedy. */
const DIAGNOSTIC: ReadonlySet<FaultIntentType> = new Set<FaultIntentType>([
  'inspect',
  'holdProgram',
  'resetAlarms',
  'antiSpatter',
]);

function relevantTo(id: FaultId, intent: FaultIntent): boolean {
  if (intent.type === 'holdProgram') return true;
  if (intent.type === 'inspect') return FAULTS[id].inspectTargets.includes(intent.target);
  return FAULTS[id].remedyIntents.includes(intent.type);
}

/** Does the remedy act on the present cause of some present fault? */
function addressesAPresentFault(s: FaultsState, intent: FaultIntent): boolean {
  for (const f of s.faults) {
    if (f.fixedS !== null || !faultPresent(f.id, s)) continue;
    if (!usefulRemedies(f.id, s).includes(intent.type)) continue;
    if (intent.type === 'repairGasLeak' && s.gas.leak !== intent.location) continue;
    return true;
  }
  return false;
}

function reject(s: FaultsState, intent: FaultIntent, reason: string, tS: number): FaultIntentResult {
  logFaultEvent(s, { tS, kind: 'rejected', fault: null, intent: intent.type, key: reason });
  return { accepted: false, reason, wrongAction: false, fixed: [], finding: null };
}

function validPose(p: unknown): p is number[] {
  return Array.isArray(p) && p.length === 12 && p.every((x) => typeof x === 'number' && Number.isFinite(x));
}

export function applyFaultIntent(
  s: FaultsState,
  intent: FaultIntent,
  ctx: FaultIntentContext,
): FaultIntentResult {
  const tS = ctx.tS;
  // Detection: the first relevant action after a symptom showed.
  for (const f of s.faults) {
    if (f.fixedS === null && f.onsetS !== null && f.detectedS === null && relevantTo(f.id, intent)) {
      f.detectedS = tS;
      logFaultEvent(s, { tS, kind: 'detected', fault: f.id, intent: intent.type, key: 'fault.detected' });
    }
  }

  const needs = needsFor(intent);
  if (needs.arcOff && ctx.arcOn) return reject(s, intent, 'reject.arcOn', tS);
  if (needs.stopped && !ctx.robotStopped) return reject(s, intent, 'reject.robotMoving', tS);
  if (intent.type === 'tcpCalibrationPoint' && s.torch.collisionSensorTripped) {
    return reject(s, intent, 'reject.collisionSensorTripped', tS);
  }
  if (intent.type === 'tcpCalibrationPoint' && !validPose(intent.flangePose))
    return reject(s, intent, 'reject.badPose', tS);

  // Diagnosis grading: with a fault showing, a remedy that addresses none of the present causes is wrong.
  const anyVisible = s.faults.some((f) => f.fixedS === null && f.onsetS !== null);
  const wrongAction = !DIAGNOSTIC.has(intent.type) && anyVisible && !addressesAPresentFault(s, intent);
  if (wrongAction)
    logFaultEvent(s, {
      tS,
      kind: 'wrong-action',
      fault: null,
      intent: intent.type,
      key: 'fault.wrongAction',
    });

  let finding: Finding | null = null;
  const m = s.maintenance;
  switch (intent.type) {
    case 'inspect':
      finding = inspect(s, intent.target, ctx.gasFlowSetLPerMin);
      break;
    case 'holdProgram':
      break;
    case 'resetAlarms':
      // Only alarms whose cause is gone can be reset; arc-start failure is a record of past attempts.
      clearAlarm(s, 'arc-start-failure', ctx);
      break;
    case 'replaceContactTip':
      m.tipAgeArcMin = 0;
      break;
    case 'cleanNozzle':
      m.nozzleSpatter = 0;
      break;
    case 'antiSpatter':
      m.antiSpatterArcMinLeft = ANTI_SPATTER_PROTECTION_ARC_MIN;
      break;
    case 'replaceTorchNeck': {
      // A new keyed neck puts the wire tip back where the torch was built to have it (§5 "keyed repeatable necks").
      const t = s.torch;
      for (let i = 0; i < 3; i++) t.actualTcpM[i] = t.nominalTcpM[i]!;
      break;
    }
    case 'setDriveRollTension':
      s.wire.driveRollTension = Math.min(TENSION_DIAL_MAX, Math.max(0, intent.value));
      break;
    case 'rethreadWire':
      s.wire.birdNest = false;
      break;
    case 'replaceLiner':
      m.linerWear = 0;
      break;
    case 'cutWire':
      s.wire.stuck = false;
      clearAlarm(s, 'wire-stick', ctx);
      break;
    case 'setBurnback':
      s.wire.burnbackMs = Math.min(BURNBACK_RANGE_MS[1], Math.max(BURNBACK_RANGE_MS[0], intent.valueMs));
      break;
    case 'openGasValve':
      s.gas.cylinderValveOpen = true;
      break;
    case 'replaceGasBottle':
      // A fresh cylinder arrives full with its valve shut: opening it is a separate step.
      m.cylinderPressureBar = CYLINDER_FULL_BAR;
      s.gas.cylinderValveOpen = false;
      break;
    case 'repairGasLeak':
      if (s.gas.leak === intent.location) s.gas.leak = null;
      break;
    case 'resetCollisionSensor':
      s.torch.collisionSensorTripped = false;
      clearAlarm(s, 'collision', ctx);
      break;
    case 'tcpCalibrationPoint':
      s.torch.calibrationPoses.push(intent.flangePose.slice());
      break;
    case 'tcpCalibrationApply': {
      const fit = fitTcpFourPoint(s.torch.calibrationPoses);
      s.torch.lastCalibration = fit;
      if (fit.ok) {
        s.torch.controllerTcpM = [fit.tcpM[0], fit.tcpM[1], fit.tcpM[2]];
        m.calibrationAgeArcMin = 0;
      }
      if (fit.reason !== 'too-few-poses') s.torch.calibrationPoses = [];
      logFaultEvent(s, {
        tS,
        kind: fit.ok ? 'action' : 'rejected',
        fault: null,
        intent: intent.type,
        key: fit.ok ? 'action.tcpCalibrated' : `reject.calibration.${fit.reason}`,
        value: fit.rmsResidualMm,
      });
      break;
    }
    case 'tightenEarthClamp':
      s.earthClampTight = true;
      break;
    case 'enableTouchSensing':
      s.seam.touchSensing = true;
      break;
    case 'enableSeamTracking':
      s.seam.seamTracking = true;
      break;
    case 'setProgramOffset':
      s.seam.programOffsetMm = [intent.offsetMm[0], intent.offsetMm[1], intent.offsetMm[2]];
      break;
    case 'reseatRing':
      s.carriage.slipFraction = 0;
      break;
    case 'rehomeCarriage':
      s.carriage.positionErrorMm = 0;
      break;
  }
  if (finding) {
    logFaultEvent(s, {
      tS,
      kind: 'inspection',
      fault: null,
      intent: 'inspect',
      key: finding.key,
      ...(finding.value !== undefined ? { value: finding.value } : {}),
      ...(finding.vectorMm ? { vectorMm: finding.vectorMm } : {}),
    });
  } else if (intent.type !== 'tcpCalibrationApply') {
    logFaultEvent(s, { tS, kind: 'action', fault: null, intent: intent.type, key: `action.${intent.type}` });
  }

  const before = s.faults.length;
  const unfixed: boolean[] = s.faults.map((f) => f.fixedS === null);
  refreshFaults(s, ctx, null);
  const fixed: FaultId[] = [];
  for (let i = 0; i < before; i++)
    if (unfixed[i] && s.faults[i]!.fixedS !== null) fixed.push(s.faults[i]!.id);
  return { accepted: true, reason: '', wrongAction, fixed, finding };
}
