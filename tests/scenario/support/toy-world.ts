// A tiny deterministic stand-in for the twin, so engine tests can state exactly what happens when
// (arc on at 8 s, a person in the zone at 10 s…) without the full weld and robot models.
import type { Intent } from '../../../src/sim/intents.ts';
import type { SimPort, ScenarioWorldInit, Injection } from '../../../src/scenario/index.ts';
import type { Value } from '../../../src/scenario/expr/index.ts';
import { hashState } from '../../../src/sim/core/hash.ts';

export interface ToyWorld {
  tick: number;
  init: ScenarioWorldInit;
  voltageV: number;
  travelSpeedMmPerS: number;
  wireFeedSpeedMPerMin: number;
  gasFlowLPerMin: number;
  arcRequested: boolean;
  programRunning: boolean;
  progressMm: number;
  personInZone: boolean;
  eStop: boolean;
  gasValveOpen: boolean;
  alarm: string;
  tempC: number;
  tipArcMin: number;
  safety: Array<{ kind: string; tS: number }>;
  /** The arc interlock (a person in the zone keeps the arc out); tests switch it off to see the rule act. */
  interlock: boolean;
}

const DT = 1 / 180;
const LENGTH_MM = 100;

function arcOn(w: ToyWorld): boolean {
  return (
    w.arcRequested &&
    !w.eStop &&
    !(w.interlock && w.personInZone) &&
    w.gasValveOpen &&
    w.progressMm < LENGTH_MM
  );
}

function apply(w: ToyWorld, i: Intent): void {
  switch (i.type) {
    case 'setWeld':
      if (i.key === 'voltageV') w.voltageV = i.value as number;
      if (i.key === 'travelSpeedMmPerS') w.travelSpeedMmPerS = i.value as number;
      if (i.key === 'wireFeedSpeedMPerMin') w.wireFeedSpeedMPerMin = i.value as number;
      if (i.key === 'gasFlowLPerMin') w.gasFlowLPerMin = i.value as number;
      return;
    case 'runProgram':
      w.programRunning = true;
      w.arcRequested = true;
      return;
    case 'stopProgram':
    case 'holdProgram':
      w.programRunning = false;
      w.arcRequested = false;
      return;
    case 'eStop':
      w.eStop = true;
      w.programRunning = false;
      w.arcRequested = false;
      return;
    case 'resetEStop':
      w.eStop = false;
      return;
    case 'bodyPose':
      w.personInZone = Math.hypot(...i.position) < 1;
      return;
    case 'openGasValve':
      w.gasValveOpen = true;
      return;
    case 'resetAlarms':
      if (w.gasValveOpen) w.alarm = '';
      return;
    case 'replaceContactTip':
      w.tipArcMin = 0;
      return;
    default:
      return;
  }
}

const readers = new Map<string, (w: ToyWorld) => Value>([
  ['arc.on', arcOn],
  ['weld.voltageV', (w) => w.voltageV],
  ['weld.travelSpeedMmPerS', (w) => w.travelSpeedMmPerS],
  ['weld.wireFeedSpeedMPerMin', (w) => w.wireFeedSpeedMPerMin],
  ['weld.gasFlowLPerMin', (w) => w.gasFlowLPerMin],
  ['weld.currentA', (w) => w.wireFeedSpeedMPerMin / 0.0254],
  ['weld.seamProgressPercent', (w) => (w.progressMm / LENGTH_MM) * 100],
  ['weld.seamComplete', (w) => w.progressMm >= LENGTH_MM],
  ['weld.position', (w) => w.init.workpiece.position],
  [
    'weld.qualityLevel',
    (w) => (w.progressMm === 0 ? 'none' : w.voltageV >= 26 && w.voltageV <= 29 ? 'B' : 'D'),
  ],
  ['torch.travelSpeedMmPerS', (w) => (arcOn(w) ? w.travelSpeedMmPerS : 0)],
  ['workpiece.thicknessMm', (w) => w.init.workpiece.thicknessMm],
  ['workpiece.interpassTempC', (w) => w.tempC],
  ['person.inHazardZone', (w) => w.personInZone],
  ['safety.eStop', (w) => w.eStop],
  ['program.running', (w) => w.programRunning],
  ['program.moveCount', () => 4],
  ['alarm.active', (w) => w.alarm !== ''],
  ['alarm.code', (w) => w.alarm],
  ['gas.flowLPerMin', (w) => (w.gasValveOpen && arcOn(w) ? w.gasFlowLPerMin : 0)],
  ['maintenance.tipArcTimeMin', (w) => w.tipArcMin],
]);

export const toyPort: SimPort<ToyWorld> = {
  createWorld: (init) => ({
    tick: 0,
    init,
    voltageV: init.weld.voltageV ?? 20,
    travelSpeedMmPerS: init.weld.travelSpeedMmPerS ?? 5,
    wireFeedSpeedMPerMin: init.weld.wireFeedSpeedMPerMin ?? 5,
    gasFlowLPerMin: init.weld.gasFlowLPerMin ?? 15,
    arcRequested: false,
    programRunning: false,
    progressMm: 0,
    personInZone: false,
    eStop: false,
    gasValveOpen: true,
    alarm: '',
    tempC: 20,
    tipArcMin: init.maintenance.tipArcTimeMin ?? 0,
    safety: [],
    interlock: true,
  }),
  step(w, intents) {
    for (const i of intents) apply(w, i);
    if (
      w.arcRequested &&
      w.personInZone &&
      !w.safety.some((e) => e.kind === 'arc-interlock' && e.tS === w.tick * DT)
    ) {
      w.safety.push({ kind: 'arc-interlock', tS: w.tick * DT });
    }
    if (arcOn(w)) {
      w.progressMm = Math.min(LENGTH_MM, w.progressMm + w.travelSpeedMmPerS * DT);
      // Heat builds while welding: +1 °C per 0.1 s of arc (a toy figure for rule tests).
      w.tempC += 10 * DT;
      w.tipArcMin += DT / 60;
    }
    if (w.progressMm >= LENGTH_MM) w.programRunning = false;
    w.tick++;
    return w;
  },
  inject(w, inj: Injection) {
    if (inj.type === 'gas-supply-loss') {
      w.gasValveOpen = false;
      w.alarm = 'gas-low';
      w.programRunning = false;
      w.arcRequested = false;
    }
    if (inj.type === 'person-enters-zone') w.personInZone = true;
    return w;
  },
  readers,
  safetyEvents: (w) => w.safety,
  hash: (w) => hashState({ ...w, init: null }),
};
