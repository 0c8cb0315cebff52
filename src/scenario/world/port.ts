// The scenario engine's view of the digital twin (src/sim/world.ts): build the world a scenario describes,
// step it, inject faults and safety events, read measurements, teach seam points by inverse kinematics.
import type { WorldInit, WorldState } from '../../sim/world-state.ts';
import type { WeldSettings } from '../../sim/cell/weld-settings.ts';
import type { Vec3Tuple } from '../../sim/cell/types.ts';
import { createWorld, hashWorld, step } from '../../sim/world.ts';
import { parkJoints, torchPoseOnSeam } from '../../sim/cell/standard-cells.ts';
import { seamFrame } from '../../sim/cell/seam-geometry.ts';
import { getRobot } from '../../sim/robot/index.ts';
import { followIk, FOLLOW_OK } from '../../sim/motion/ik-follow.ts';
import { injectFault, type FaultSpec, type MaintenanceState } from '../../sim/faults/index.ts';
import { STEP_S } from '../../sim/core/clock.ts';
import { invert34, mat34, multiply34 } from '../../sim/core/transform.ts';
import { workObjectInWorld } from '../../sim/systems/frames.ts';
import type { Injection, ScenarioWorldInit, SimPort } from '../engine/sim-port.ts';
import type { MacroIntent } from '../schema/intent.ts';
import { scenarioCell } from './cell.ts';
import { WORLD_READERS } from './measurements.ts';
import { beadAdvice } from './bead-quality.ts';

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

const scratch = mat34();
const fromFlange = mat34();
const toFlange = mat34();
const stepFlange = mat34();
/** Path-following increments when teaching one point after another (≤ 1 cm or ≈ 1° per increment). */
const TEACH_STEPS = 60;
const solutions = new Float64Array(8 * 9);

/** Flange pose (robot base frame) that puts the TCP at `poseInWork`: base⁻¹ · wobj · pose · tool⁻¹. */
function flangeFor(w: WorldState, poseInWork: ArrayLike<number>, out: Float64Array): Float64Array {
  workObjectInWorld(w, scratch);
  multiply34(scratch, poseInWork, out);
  invert34(w.cell.tool, scratch);
  multiply34(out, scratch, out);
  invert34(w.cell.robotBase, scratch);
  multiply34(scratch, out, out);
  return out;
}

/** Blend two rigid poses (position linear, rotation by re-orthonormalised linear blend of its columns). */
function blendPose(a: ArrayLike<number>, b: ArrayLike<number>, t: number, out: Float64Array): void {
  for (let i = 0; i < 12; i++) out[i] = a[i]! + (b[i]! - a[i]!) * t;
  // Gram–Schmidt on the rotation columns x, z (y = z × x).
  const x = [out[0]!, out[4]!, out[8]!];
  const z = [out[2]!, out[6]!, out[10]!];
  const zl = Math.hypot(z[0]!, z[1]!, z[2]!);
  for (let i = 0; i < 3; i++) z[i]! /= zl;
  const d = x[0]! * z[0]! + x[1]! * z[1]! + x[2]! * z[2]!;
  for (let i = 0; i < 3; i++) x[i] = x[i]! - d * z[i]!;
  const xl = Math.hypot(x[0]!, x[1]!, x[2]!);
  for (let i = 0; i < 3; i++) x[i]! /= xl;
  const y = [z[1]! * x[2]! - z[2]! * x[1]!, z[2]! * x[0]! - z[0]! * x[2]!, z[0]! * x[1]! - z[1]! * x[0]!];
  for (let i = 0; i < 3; i++) {
    out[i * 4] = x[i]!;
    out[i * 4 + 1] = y[i]!;
    out[i * 4 + 2] = z[i]!;
  }
}

/**
 * Joints that put the torch on the seam as the shortcut describes. After a previous point the arm follows a
 * straight line from it, as hand-guiding or jogging would, so the taught points share one arm configuration
 * and the linear moves between them run without a configuration change.
 */
function seamTargetJoints(
  w: WorldState,
  init: ScenarioWorldInit,
  m: MacroIntent,
  near: readonly number[] | undefined,
): number[] | undefined {
  const robot = getRobot(w.cell.robotId);
  if (!robot || w.cell.family === 'orbital') return undefined;
  const wp = scenarioCell(init, m.seam === 'nominal').workpiece;
  const f = seamFrame(wp.seamStart, wp.seamEnd, wp.seamNormal);
  const at = [0, 1, 2].map((i) => wp.seamStart[i]! + f.dir[i]! * f.lengthM * m.along);
  // Tilt across the seam: rotate the normal about the seam direction.
  const a = (m.workTiltDeg * Math.PI) / 180;
  const n = [0, 1, 2].map((i) => f.normal[i]! * Math.cos(a) + f.lateral[i]! * Math.sin(a));
  flangeFor(w, torchPoseOnSeam(at, n, f.dir, m.travelAngleDeg, m.standoffMm), toFlange);
  if (near) {
    const q = near.slice();
    return followLine(robot, q, toFlange) ? q : undefined;
  }
  // The first point: of the arm configurations that reach it, the one nearest the parked arm from which the
  // torch can also follow the seam to its far end (a welder picks the posture the whole seam can be welded in).
  const dof = robot.dof;
  const count = robot.ik(toFlange, solutions, w.motion.q);
  const seamEnd = mat34();
  flangeFor(
    w,
    torchPoseOnSeam(
      [0, 1, 2].map((i) => at[i]! + f.dir[i]! * f.lengthM * (1 - 2 * m.along)),
      n,
      f.dir,
      m.travelAngleDeg,
      m.standoffMm,
    ),
    seamEnd,
  );
  let best: number[] | undefined;
  let bestCost = Infinity;
  for (let s = 0; s < count; s++) {
    const own = seatNear(robot, solutions.subarray(s * dof, s * dof + dof), w.motion.q);
    if (!own) continue;
    const probe = own.slice();
    if (!followLine(robot, probe, seamEnd)) continue;
    let cost = 0;
    for (let j = 0; j < dof; j++) cost += (own[j]! - w.motion.q[j]!) ** 2;
    if (cost < bestCost) {
      bestCost = cost;
      best = own;
    }
  }
  return best;
}

/** Each revolute joint as its 2π-equivalent inside the limits nearest `near` (undefined if one has none). */
function seatNear(
  robot: NonNullable<ReturnType<typeof getRobot>>,
  q: ArrayLike<number>,
  near: ArrayLike<number>,
): number[] | undefined {
  const out: number[] = [];
  for (let j = 0; j < robot.dof; j++) {
    const [lo, hi] = robot.jointLimits[j]!;
    let v = q[j]!;
    if (robot.jointTypes?.[j] !== 'prismatic') v += 2 * Math.PI * Math.round((near[j]! - v) / (2 * Math.PI));
    while (v > hi + 1e-9) v -= 2 * Math.PI;
    while (v < lo - 1e-9) v += 2 * Math.PI;
    if (v > hi + 1e-9) return undefined;
    out.push(v);
  }
  return out;
}

/** Follow a straight line from the pose of joints `q` to `toFlange`, updating `q`; false if the arm cannot. */
function followLine(
  robot: NonNullable<ReturnType<typeof getRobot>>,
  q: number[],
  toFlange: ArrayLike<number>,
): boolean {
  robot.fk(q, fromFlange);
  for (let k = 1; k <= TEACH_STEPS; k++) {
    blendPose(fromFlange, toFlange, k / TEACH_STEPS, stepFlange);
    if (followIk(robot, stepFlange, q, q) !== FOLLOW_OK) return false;
  }
  return true;
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
