// The scenario engine's view of the digital twin (src/sim/world.ts): build the world a scenario describes,
// step it, inject faults and safety events, read measurements; seam points are taught in teach-seam-point.ts.
import type { WorldInit, WorldState } from '../../sim/world-state.ts';
import type { WeldSettings } from '../../sim/cell/weld-settings.ts';
import type { Vec3Tuple } from '../../sim/cell/types.ts';
import { createWorld, hashWorld, step, wakeWorld } from '../../sim/world.ts';
import { parkJoints } from '../../sim/cell/standard-cells.ts';
import { injectFault, type FaultSpec, type MaintenanceState } from '../../sim/faults/index.ts';
import { STEP_S } from '../../sim/core/clock.ts';
import type { Injection, ScenarioWorldInit, SimPort } from '../engine/sim-port.ts';
import { scenarioCell } from './cell.ts';
import { WORLD_READERS } from './measurements.ts';
import { beadAdvice } from './bead-quality.ts';
import { seamTargetJoints } from './teach-seam-point.ts';

// The panel as the previous shift left it, for settings a scenario does not give (domain/welding.md):
// 1.2 mm wire at 5.1 m/min (§2.1 anchor 200 A → 5.1 m/min), 20 V (§2.2 short circuit 1.2 mm 17–22 V),
// 7.5 mm/s (§2.4 fillets 4–8 mm/s), Ar-18CO2 at 15 L/min (§7 all-round gas; CO2 thick wire 15–25 L/min).
const PANEL_DEFAULTS: WeldSettings = {
  process: 'GMAW',
  wireDiameterMm: 1.2,
  wireFeedSpeedMPerMin: 5.1,
  currentA: 150,
  voltageV: 20,
  travelSpeedMmPerS: 7.5,
  shieldingGas: 'Ar-18CO2',
  gasFlowLPerMin: 15,
  pulsed: false,
};

function maintenanceOf(init: ScenarioWorldInit): Partial<MaintenanceState> {
  const m = init.maintenance;
  const out: Partial<MaintenanceState> = {};
  if (m.tipArcTimeMin !== undefined) out.tipAgeArcMin = m.tipArcTimeMin;
  if (m.nozzleSpatterPercent !== undefined) out.nozzleSpatter = m.nozzleSpatterPercent / 100;
  if (m.linerWearPercent !== undefined) out.linerWear = m.linerWearPercent / 100;
  if (m.gasBottleBar !== undefined) out.cylinderPressureBar = m.gasBottleBar;
  return out;
}

/** Drop keys whose value is undefined (zod's optional fields) so they do not overwrite defaults. */
function definedOnly<T extends object>(o: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

export function worldInitOf(init: ScenarioWorldInit): WorldInit {
  const cell = scenarioCell(init);
  const wi: WorldInit = {
    seed: init.seed,
    cell,
    settings: { ...PANEL_DEFAULTS, process: init.process, ...definedOnly(init.weld) },
    joints: parkJoints(init.family),
    maintenance: maintenanceOf(init),
    faults: [],
  };
  // A start state with a loose clamp or an off TCP is a fault present from the first step.
  if (init.maintenance.earthClampOk === false)
    wi.faults!.push({ spec: { fault: 'earth-clamp-loose' }, trigger: { atS: 0 } });
  if (init.maintenance.tcpErrorMm !== undefined && init.maintenance.tcpErrorMm > 0) {
    wi.faults!.push({
      spec: { fault: 'tcp-drift', offsetMm: [init.maintenance.tcpErrorMm, 0, 0] },
      trigger: { atS: 0 },
    });
  }
  if (cell.positionerId) wi.positionerJoints = [0, 0];
  return wi;
}

/** A person (the tracked trainee) steps into the robot's hazard zone: the safety system sees them there. */
function enterHazardZone(w: WorldState): void {
  const zone = w.safetyConfig.arc.hazardZone;
  const target: Vec3Tuple = zone
    ? [
        (zone.minM[0] + zone.maxM[0]) / 2,
        (zone.minM[1] + zone.maxM[1]) / 2,
        (zone.minM[2] + zone.maxM[2]) / 2,
      ]
    : [w.tcpWorld[3]!, w.tcpWorld[7]!, w.tcpWorld[11]!];
  w.people.present = true;
  w.people.rightHand = [...target];
  w.people.leftHand = [target[0], target[1] + 0.2, target[2]];
  w.people.torso = [target[0], target[1] + 0.4, target[2]];
  w.people.head = [target[0], target[1] + 0.4, target[2] + 0.4];
}

function inject(w: WorldState, inj: Injection): WorldState {
  // Changed from outside a step: the next step runs in full (src/sim/systems/quiet-step.ts).
  wakeWorld(w);
  if (inj.kind === 'fault') {
    injectFault(w.faults, {
      spec: { fault: inj.type, ...inj.params } as FaultSpec,
      trigger: { atS: w.tick * STEP_S },
    });
    return w;
  }
  if (inj.type === 'door-opened') w.controls.doorClosed = false;
  else enterHazardZone(w);
  return w;
}

export const worldPort: SimPort<WorldState> = {
  createWorld: (init) => createWorld(worldInitOf(init)),
  step: (w, intents) => step(w, intents),
  inject,
  readers: WORLD_READERS,
  safetyEvents: (w) => w.safety.events,
  hash: hashWorld,
  advice: beadAdvice,
  seamTargetJoints,
};
