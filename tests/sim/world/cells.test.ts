import { describe, expect, it } from 'vitest';
import { createWorld, step } from '../../../src/sim/world.ts';
import type { WorldInit, WorldState } from '../../../src/sim/world-state.ts';
import { secondsToTicks } from '../../../src/sim/core/clock.ts';
import { standardCell, parkJoints, seamWeldProgram } from '../../../src/sim/cell/standard-cells.ts';

function run(w: WorldState, maxS: number, until: (w: WorldState) => boolean): WorldState {
  while (w.tick < secondsToTicks(maxS) && !until(w)) step(w);
  return w;
}

describe('industrial cell: FANUC M-10iA class arm with a 2-axis positioner', () => {
  const cell = standardCell('industrial', {
    material: 'carbon-steel',
    thicknessMm: 12,
    joint: 'fillet',
    position: 'PB',
  });
  const init: WorldInit = {
    seed: 3,
    cell,
    settings: {
      process: 'GMAW',
      wireDiameterMm: 1.2,
      wireFeedSpeedMPerMin: 8.1,
      currentA: 0,
      voltageV: 33,
      travelSpeedMmPerS: 5.4,
      shieldingGas: 'CO2',
      gasFlowLPerMin: 22,
      pulsed: false,
    },
    joints: parkJoints('industrial'),
    program: seamWeldProgram(cell, { speedMmPerS: 5.4 }),
  };

  it('welds the seam on the positioner faceplate in automatic mode (chart row 12: 12 mm fillet, CO2)', () => {
    const w = createWorld(init);
    step(w, [{ type: 'runProgram' }]);
    run(w, 90, (w) => w.motion.exec === 'idle' && w.arc.phase === 'off' && w.tick > 200);
    const codes = w.events.map((e) => e.code);
    expect(codes).toContain('arc-established');
    expect(codes).toContain('program-end');
    expect(w.bead.seamMm.length).toBeGreaterThan(290);
    const mid = Math.floor(w.bead.seamMm.length / 2);
    expect(w.bead.workAngleDeg[mid]!).toBeCloseTo(45, 0);
    expect(w.bead.travelSpeedMmPerS[mid]!).toBeCloseTo(5.4, 1);
  });

  it('opening the cell door stops the arm and the arc (guard interlock)', () => {
    const w = createWorld(init);
    step(w, [{ type: 'runProgram' }]);
    run(w, 30, (w) => w.arc.phase === 'welding');
    expect(w.arc.phase).toBe('welding');
    step(w, [{ type: 'door', open: true }]);
    run(w, 32, () => false);
    expect(w.arc.phase === 'off' || w.arc.phase === 'postflow').toBe(true);
    expect(w.motion.tcpSpeedMPerS).toBeLessThan(1e-6);
    expect(w.safety.events.some((e) => e.kind === 'door-interlock')).toBe(true);
  });

  it('the positioner turns the faceplate at no more than its rated speed', () => {
    const w = createWorld(init);
    step(w, [{ type: 'setPositioner', joints: [0.5, 1.0] }]);
    const q0 = w.positioner!.q.slice();
    step(w);
    const dq = w.positioner!.q.map((q, i) => Math.abs(q - q0[i]!) * 180);
    expect(dq[0]!).toBeLessThanOrEqual(70 * (Math.PI / 180) + 1e-9); // tilt 70°/s
    run(w, 10, () => false);
    expect(w.positioner!.q[0]!).toBeCloseTo(0.5, 6);
    expect(w.positioner!.q[1]!).toBeCloseTo(1.0, 6);
  });
});

describe('pipe cell: orbital carriage on an NPS 8 pipe (5G, fixed)', () => {
  const cell = standardCell('orbital', {
    material: 'carbon-steel',
    thicknessMm: 8.18,
    joint: 'butt',
    position: 'PH',
    pipeOdMm: 219.1,
  });
  const init: WorldInit = {
    seed: 4,
    cell,
    settings: {
      process: 'GMAW',
      wireDiameterMm: 1.0,
      wireFeedSpeedMPerMin: 4.5,
      currentA: 0,
      voltageV: 19,
      travelSpeedMmPerS: 4,
      shieldingGas: 'Ar-18CO2',
      gasFlowLPerMin: 15,
      pulsed: false,
    },
    joints: [0, 0, 0.003],
  };

  it('runs a sector program round the clock with the current of each sector', () => {
    const w = createWorld(init);
    step(w, [
      {
        type: 'setOrbitalProgram',
        sectors: [
          {
            fromDeg: 0,
            toDeg: 60,
            currentPercent: 100,
            travelSpeedMmPerS: 4,
            oscillationWidthMm: 4,
            oscillationHz: 1.5,
          },
          {
            fromDeg: 60,
            toDeg: 120,
            currentPercent: 90,
            travelSpeedMmPerS: 3.5,
            oscillationWidthMm: 4,
            oscillationHz: 1.5,
          },
          {
            fromDeg: 120,
            toDeg: 180,
            currentPercent: 85,
            travelSpeedMmPerS: 3.5,
            oscillationWidthMm: 4,
            oscillationHz: 1.5,
          },
        ],
      },
      { type: 'runProgram' },
    ]);
    run(w, 200, (w) => !!w.orbital?.finished && w.arc.phase === 'off');
    expect(w.orbital!.finished).toBe(true);
    // Half the circumference: π·219.1/2 ≈ 344 mm of bead.
    expect(w.bead.seamMm.at(-1)!).toBeGreaterThan(300);
    const first = w.bead.currentA[20]!;
    const last = w.bead.currentA[w.bead.currentA.length - 20]!;
    expect(last).toBeLessThan(first);
    // Carriage torch stays radial: 90° work angle, no lean.
    expect(w.bead.workAngleDeg[50]).toBe(90);
  });

  it('refuses a sector table with a gap and keeps the previous program', () => {
    const w = createWorld(init);
    step(w, [
      {
        type: 'setOrbitalProgram',
        sectors: [
          {
            fromDeg: 0,
            toDeg: 90,
            currentPercent: 100,
            travelSpeedMmPerS: 4,
            oscillationWidthMm: 0,
            oscillationHz: 0,
          },
        ],
      },
    ]);
    step(w, [
      {
        type: 'setOrbitalProgram',
        sectors: [
          {
            fromDeg: 0,
            toDeg: 90,
            currentPercent: 100,
            travelSpeedMmPerS: 4,
            oscillationWidthMm: 0,
            oscillationHz: 0,
          },
          {
            fromDeg: 100,
            toDeg: 180,
            currentPercent: 100,
            travelSpeedMmPerS: 4,
            oscillationWidthMm: 0,
            oscillationHz: 0,
          },
        ],
      },
    ]);
    expect(w.orbital!.sectors).toHaveLength(1);
    expect(w.events.at(-1)!.text).toMatch(/sector 2: must start where sector 1 ends/);
  });
});

describe('cobot cell: hand-guided teaching (freedrive)', () => {
  const cell = standardCell('cobot', {
    material: 'carbon-steel',
    thicknessMm: 6,
    joint: 'fillet',
    position: 'PB',
  });
  const init: WorldInit = {
    seed: 5,
    cell,
    settings: {
      process: 'GMAW',
      wireDiameterMm: 1.2,
      wireFeedSpeedMPerMin: 6.7,
      currentA: 0,
      voltageV: 27,
      travelSpeedMmPerS: 7.5,
      shieldingGas: 'Ar-18CO2',
      gasFlowLPerMin: 15,
      pulsed: false,
    },
    joints: parkJoints('cobot'),
  };

  it('the torch follows the hand while freedrive is held, never faster than 250 mm/s, and points can be recorded', () => {
    const w = createWorld(init);
    step(w, [
      { type: 'enablingDevice', position: 'enabled' },
      { type: 'freedrive', on: true },
    ]);
    const p0 = [w.tcpWorld[3]!, w.tcpWorld[7]!, w.tcpWorld[11]!];
    const target: [number, number, number] = [p0[0]! + 0.1, p0[1]! - 0.05, p0[2]! - 0.05];
    let maxSpeed = 0;
    for (let k = 0; k < 360; k++) {
      step(w, [{ type: 'handGuide', position: target }]);
      maxSpeed = Math.max(maxSpeed, w.motion.tcpSpeedMPerS);
    }
    const p1 = [w.tcpWorld[3]!, w.tcpWorld[7]!, w.tcpWorld[11]!];
    expect(Math.hypot(p1[0]! - target[0], p1[1]! - target[1], p1[2]! - target[2])).toBeLessThan(0.005);
    expect(maxSpeed).toBeLessThanOrEqual(0.25 + 1e-9);
    step(w, [{ type: 'recordPoint', name: 'P1' }]);
    expect(w.program.targets['P1']).toBeDefined();
    // Without the freedrive button, hand-guiding is refused and the arm stays put.
    step(w, [{ type: 'freedrive', on: false }]);
    step(w, [{ type: 'handGuide', position: p0 as [number, number, number] }]);
    expect(w.events.at(-1)!.text).toMatch(/hold the freedrive button/);
  });
});

describe('torch collision', () => {
  const cell = standardCell('cobot', {
    material: 'carbon-steel',
    thicknessMm: 6,
    joint: 'fillet',
    position: 'PB',
  });
  const program = seamWeldProgram(cell, { speedMmPerS: 7.5 });
  // A mis-taught point 25 mm inside the part: the torch drives into the plate.
  const bad = structuredClone(program);
  const start = bad.targets['start']!;
  if (start.kind === 'pose') start.pose[11] = start.pose[11]! - 0.025;
  const init: WorldInit = {
    seed: 6,
    cell,
    settings: {
      process: 'GMAW',
      wireDiameterMm: 1.2,
      wireFeedSpeedMPerMin: 6.7,
      currentA: 0,
      voltageV: 27,
      travelSpeedMmPerS: 7.5,
      shieldingGas: 'Ar-18CO2',
      gasFlowLPerMin: 15,
      pulsed: false,
    },
    joints: parkJoints('cobot'),
    program: bad,
  };

  it('driving the torch into the part trips the collision sensor, stops the robot and bends the TCP', () => {
    const w = createWorld(init);
    step(w, [{ type: 'setMode', mode: 'auto' }, { type: 'runProgram' }]);
    run(w, 20, (w) => w.events.some((e) => e.kind === 'collision'));
    const hit = w.events.find((e) => e.kind === 'collision');
    expect(hit?.text).toMatch(/Torch hit (plate|clamp)/);
    expect(w.faults.torch.collisionSensorTripped).toBe(true);
    const drift = w.faults.torch.actualTcpM.map((v, i) => (v - w.faults.torch.nominalTcpM[i]!) * 1000);
    expect(Math.hypot(...drift)).toBeGreaterThanOrEqual(1);
    run(w, 22, () => false);
    expect(w.motion.tcpSpeedMPerS).toBeLessThan(1e-6);
    expect(w.events.filter((e) => e.kind === 'collision')).toHaveLength(1);
  });

  it('the unmodified program welds without touching the part', () => {
    const w = createWorld({ ...init, program });
    step(w, [{ type: 'setMode', mode: 'auto' }, { type: 'runProgram' }]);
    run(w, 70, (w) => w.motion.exec === 'idle' && w.arc.phase === 'off' && w.tick > 200);
    expect(w.events.some((e) => e.kind === 'collision')).toBe(false);
    expect(w.bead.seamMm.length).toBeGreaterThan(290);
  });
});
