// What a trainee finds when looking at a part of the welding system (the diagnostic half of fault handling).
import type { FaultsState } from './faults-state.ts';
import type { InspectTarget } from './fault-intent-types.ts';
import { DRIVE_ROLL_TENSION_BAND } from './faults-state.ts';
import { tipWear } from './maintenance.ts';
import {
  GAS_LOW_ALARM_L_PER_MIN,
  REGULATOR_MIN_INLET_BAR,
  SEAM_TOLERANCE_MM,
  gasFlowAtNozzleLPerMin,
  nozzleCoverage,
  seamOffsetMm,
  tcpErrorMm,
} from './fault-diagnosis.ts';
import { TCP_ACCEPTANCE_MM } from './tcp-calibration.ts';
import { hypot3 } from '../core/fmath.ts';

/** A tip at 80 % of its life already shows an oval bore [sim tuning]. */
const TIP_VISIBLY_WORN = 0.8;
/** Spatter visible in the nozzle from 30 % of the bore [sim tuning]. */
const NOZZLE_VISIBLY_DIRTY = 0.3;
/** Liner drag noticeable from 80 % of its life [sim tuning]. */
const LINER_VISIBLY_WORN = 0.8;

export interface Finding {
  key: string;
  value?: number;
  vectorMm?: [number, number, number];
}

/** `setFlowLPerMin`: the flowmeter setting, for the flow tester at the nozzle. */
export function inspect(s: FaultsState, target: InspectTarget, setFlowLPerMin: number): Finding {
  const m = s.maintenance;
  switch (target) {
    case 'contact-tip':
      return {
        key: tipWear(m) >= TIP_VISIBLY_WORN ? 'finding.tipBoreWorn' : 'finding.tipOk',
        value: tipWear(m),
      };
    case 'nozzle':
      return {
        key: m.nozzleSpatter >= NOZZLE_VISIBLY_DIRTY ? 'finding.nozzleSpatter' : 'finding.nozzleClean',
        value: m.nozzleSpatter,
      };
    case 'drive-rolls':
      if (s.wire.birdNest) return { key: 'finding.birdNest' };
      if (s.wire.driveRollTension < DRIVE_ROLL_TENSION_BAND[0])
        return { key: 'finding.rollsSlipping', value: s.wire.driveRollTension };
      if (s.wire.driveRollTension > DRIVE_ROLL_TENSION_BAND[1])
        return { key: 'finding.rollsTooTight', value: s.wire.driveRollTension };
      return { key: 'finding.rollsOk', value: s.wire.driveRollTension };
    case 'liner':
      return {
        key: m.linerWear >= LINER_VISIBLY_WORN ? 'finding.linerWorn' : 'finding.linerOk',
        value: m.linerWear,
      };
    case 'wire-tip':
      return { key: s.wire.stuck ? 'finding.wireStuck' : 'finding.wireFree' };
    case 'gas-cylinder':
      if (!s.gas.cylinderValveOpen) return { key: 'finding.valveClosed', value: m.cylinderPressureBar };
      return {
        key: m.cylinderPressureBar < REGULATOR_MIN_INLET_BAR ? 'finding.cylinderEmpty' : 'finding.cylinderOk',
        value: m.cylinderPressureBar,
      };
    case 'gas-regulator':
      return { key: s.gas.leak === 'regulator' ? 'finding.leakAtRegulator' : 'finding.noLeak' };
    case 'gas-hose':
      return { key: s.gas.leak === 'hose' ? 'finding.leakAtHose' : 'finding.noLeak' };
    case 'torch-connection':
      return { key: s.gas.leak === 'torch-connection' ? 'finding.leakAtTorchConnection' : 'finding.noLeak' };
    case 'gas-flow-at-nozzle': {
      const q = gasFlowAtNozzleLPerMin(s, setFlowLPerMin) * nozzleCoverage(s);
      return { key: q < GAS_LOW_ALARM_L_PER_MIN ? 'finding.gasFlowLow' : 'finding.gasFlowOk', value: q };
    }
    case 'earth-clamp':
      return { key: s.earthClampTight ? 'finding.clampTight' : 'finding.clampLoose' };
    case 'collision-sensor':
      return { key: s.torch.collisionSensorTripped ? 'finding.collisionTripped' : 'finding.collisionOk' };
    case 'tcp-pointer': {
      const e = tcpErrorMm(s);
      return { key: e > TCP_ACCEPTANCE_MM ? 'finding.tcpOff' : 'finding.tcpOk', value: e };
    }
    case 'seam': {
      const v = seamOffsetMm(s, [0, 0, 0]);
      const mag = hypot3(v[0], v[1], v[2]);
      return {
        key: mag > SEAM_TOLERANCE_MM ? 'finding.seamOffset' : 'finding.seamOnPath',
        value: mag,
        vectorMm: v,
      };
    }
    case 'carriage-clamp':
      if (s.carriage.slipFraction > 0)
        return { key: 'finding.carriageSlipping', value: s.carriage.positionErrorMm };
      return {
        key:
          Math.abs(s.carriage.positionErrorMm) > SEAM_TOLERANCE_MM
            ? 'finding.carriagePositionLost'
            : 'finding.carriageOk',
        value: s.carriage.positionErrorMm,
      };
  }
}
