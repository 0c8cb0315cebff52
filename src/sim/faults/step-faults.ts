// Per-step fault system: fire pending injections, react to simulation events (crash, new part, arc start/end),
// advance maintenance, keep the controller's alarms, and time-stamp onsets and fixes. Zero allocation per step
// except when something happens (an injection fires, an alarm or event is recorded).
import type { PrngState } from '../core/prng.ts';
import type { FaultTrigger, FaultsState } from './faults-state.ts';
import { nextFloat } from '../core/prng.ts';
import { stepMaintenance } from './maintenance.ts';
import {
  GAS_LOW_ALARM_L_PER_MIN,
  MIN_BURNBACK_MS,
  cylinderDrawLPerMin,
  faultPresent,
  gasFlowAtFlowSwitchLPerMin,
  gasSupplyFraction,
} from './fault-diagnosis.ts';
import { activateFault, crashTorch, drawPartOffset, randomCrashOffsetMm } from './inject-fault.ts';
import { clearAlarm, openFault, openFaultRecord, raiseAlarm, refreshFaults } from './fault-log.ts';

/** Chance that a weld ends with the wire frozen in the crater when burnback is too short [sim tuning]. */
const STICK_PROBABILITY_SHORT_BURNBACK = 0.5;

/** What the world tells the fault system each step. Reuse one object (createFaultStepContext). */
export interface FaultStepContext {
  tS: number;
  /** Arc burning. */
  arcOn: boolean;
  /** Gas solenoid open (preflow, weld, postflow). */
  gasOn: boolean;
  /** Flowmeter setting, L/min (the weld settings' gas flow). */
  gasFlowSetLPerMin: number;
  /** The arc went out this step (end of weld or interruption). */
  arcEnded: boolean;
  /** The arc sequence gave up on an ignition this step (arc-start failure). */
  arcStartFailed: boolean;
  /** The arc was established this step. */
  arcEstablished: boolean;
  /** Physics: the torch hit the part/fixture this step. */
  torchCollision: boolean;
  /** A new part was loaded into the fixture this step. */
  newPart: boolean;
  /** Carriage/positioner travel this step along the joint, mm (orbital cell). */
  travelMm: number;
  /** Scenario-named conditions that hold now (injections with `{condition}` fire on them). */
  conditions: Record<string, boolean>;
}

export function createFaultStepContext(): FaultStepContext {
  return {
    tS: 0,
    arcOn: false,
    gasOn: false,
    gasFlowSetLPerMin: 0,
    arcEnded: false,
    arcStartFailed: false,
    arcEstablished: false,
    torchCollision: false,
    newPart: false,
    travelMm: 0,
    conditions: {},
  };
}

/** Built-in condition names, then the scenario's own. */
function conditionHolds(name: string, s: FaultsState, ctx: FaultStepContext): boolean {
  switch (name) {
    case 'arcOn':
      return ctx.arcOn;
    case 'arcStarted':
      return ctx.arcOn && !s.prevArcOn;
    case 'arcEnded':
      return ctx.arcEnded;
    case 'arcStartFailed':
      return ctx.arcStartFailed;
    case 'torchCollision':
      return ctx.torchCollision;
    case 'newPart':
      return ctx.newPart;
    default:
      return ctx.conditions[name] === true;
  }
}

function triggered(t: FaultTrigger, s: FaultsState, ctx: FaultStepContext): boolean {
  return 'atS' in t ? ctx.tS >= t.atS : conditionHolds(t.condition, s, ctx);
}

export function stepFaults(s: FaultsState, ctx: FaultStepContext, dtS: number, rng: PrngState): void {
  // 1. Injections whose time or condition has come.
  for (let i = 0; i < s.pending.length;) {
    const inj = s.pending[i]!;
    if (triggered(inj.trigger, s, ctx)) {
      s.pending.splice(i, 1);
      activateFault(s, inj.spec, ctx, rng);
    } else i++;
  }

  // 2. Events from the simulation.
  if (ctx.torchCollision) crashTorch(s, randomCrashOffsetMm(rng), ctx, 'event');
  if (ctx.newPart) drawPartOffset(s, rng);
  if (ctx.arcOn && !s.prevArcOn) {
    // Decide at arc start whether this weld's end will freeze the wire (burnback too short, or injected).
    const u = nextFloat(rng);
    s.wire.stickAtArcEnd =
      s.wire.forceStick || (s.wire.burnbackMs < MIN_BURNBACK_MS && u < STICK_PROBABILITY_SHORT_BURNBACK);
    s.wire.forceStick = false;
  }
  if (ctx.arcEnded && s.wire.stickAtArcEnd) {
    s.wire.stuck = true;
    s.wire.stickAtArcEnd = false;
    if (!openFaultRecord(s, 'wire-stick')) openFault(s, 'wire-stick', 'event', null, ctx);
  }
  if (s.carriage.slipFraction > 0) s.carriage.positionErrorMm += ctx.travelMm * s.carriage.slipFraction;

  // 3. Wear and supplies.
  stepMaintenance(s.maintenance, ctx.arcOn, cylinderDrawLPerMin(s, ctx.gasFlowSetLPerMin, ctx.gasOn), dtS);

  // 4. Alarms.
  const gasLow = gasFlowAtFlowSwitchLPerMin(s, ctx.gasFlowSetLPerMin) < GAS_LOW_ALARM_L_PER_MIN;
  if (ctx.gasOn && gasLow) raiseAlarm(s, 'gas-low', ctx);
  else if (!gasLow) clearAlarm(s, 'gas-low', ctx);
  if (s.wire.stuck) raiseAlarm(s, 'wire-stick', ctx);
  if (s.wire.birdNest && (ctx.gasOn || ctx.arcOn || ctx.arcStartFailed)) raiseAlarm(s, 'feed-fault', ctx);
  else if (!s.wire.birdNest) clearAlarm(s, 'feed-fault', ctx);
  if (ctx.arcStartFailed) raiseAlarm(s, 'arc-start-failure', ctx);
  else if (ctx.arcEstablished) clearAlarm(s, 'arc-start-failure', ctx);

  // 5. Faults that wear brings on by itself.
  if (faultPresent('contact-tip-wear', s)) openFault(s, 'contact-tip-wear', 'wear', null, ctx);
  if (faultPresent('nozzle-spatter', s)) openFault(s, 'nozzle-spatter', 'wear', null, ctx);
  if (s.maintenance.linerWear >= 1) openFault(s, 'wire-feed-slip', 'wear', 'liner-worn', ctx);
  if (gasSupplyFraction(s) < 1 && s.gas.cylinderValveOpen)
    openFault(s, 'gas-supply-loss', 'wear', 'cylinder-empty', ctx);

  // 6. Onsets and fixes.
  refreshFaults(s, ctx, ctx.arcOn);
  s.prevArcOn = ctx.arcOn;
}
