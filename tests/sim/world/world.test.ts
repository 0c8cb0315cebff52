import { describe, expect, it } from 'vitest';
import { createWorld, step, hashWorld, runLog } from '../../../src/sim/world.ts';
import type { WorldState } from '../../../src/sim/world-state.ts';
import type { LoggedIntent } from '../../../src/sim/intents.ts';
import { secondsToTicks } from '../../../src/sim/core/clock.ts';
import { cobotFilletInit } from './cobot-cell.ts';
import { seamWeldProgram } from '../../../src/sim/cell/standard-cells.ts';
import type { WeldProgramOptions } from '../../../src/sim/cell/standard-cells.ts';

function autoInit(opts: Partial<WeldProgramOptions> = {}) {
  const init = cobotFilletInit();
  init.program = seamWeldProgram(init.cell, { speedMmPerS: 7.5, ...opts });
  return init;
}

/** Run the program in automatic mode (trainee outside the cell) until it ends or `maxS` passes. */
function runProgram(w: WorldState, maxS = 70, at?: (w: WorldState) => void): WorldState {
  step(w, [{ type: 'setMode', mode: 'auto' }, { type: 'runProgram' }]);
  while (w.tick < secondsToTicks(maxS)) {
    at?.(w);
    step(w);
    if (w.motion.exec === 'idle' && w.arc.phase === 'off' && w.tick > 200) break;
  }
  return w;
}

describe('the cobot cell welds a fillet from a taught program', () => {
  it('strikes the arc at the start point and lays a bead along the whole 300 mm seam', () => {
    const w = runProgram(createWorld(autoInit()));
    const codes = w.events.map((e) => e.code);
    expect(codes).toContain('arc-established');
    expect(codes).toContain('arc-ended');
    expect(codes).toContain('program-end');
    expect(w.bead.seamMm.length).toBeGreaterThan(290);
    expect(w.bead.seamMm[0]!).toBeLessThan(2);
    expect(w.bead.seamMm.at(-1)!).toBeGreaterThan(295);
    // The robot holds the torch as programmed: CTWD 15 mm, 45° work angle, 10° push, speed 7.5 mm/s.
    const mid = Math.floor(w.bead.seamMm.length / 2);
    expect(w.bead.ctwdMm[mid]!).toBeCloseTo(15, 1);
    expect(w.bead.workAngleDeg[mid]!).toBeCloseTo(45, 1);
    expect(w.bead.travelAngleDeg[mid]!).toBeCloseTo(10, 1);
    expect(w.bead.travelSpeedMmPerS[mid]!).toBeCloseTo(7.5, 1);
    // 6.7 m/min of 1.2 mm wire at 27 V: a chart-row-11 class weld, around 265 A.
    expect(w.bead.currentA[mid]!).toBeGreaterThan(230);
    expect(w.bead.currentA[mid]!).toBeLessThan(300);
  });

  it('is deterministic: the same start and inputs give the same hash', () => {
    const a = runProgram(createWorld(autoInit()), 20);
    const b = runProgram(createWorld(autoInit()), 20);
    expect(hashWorld(a)).toBe(hashWorld(b));
    const c = runProgram(createWorld({ ...autoInit(), seed: 2 }), 20);
    expect(c.rng).not.toEqual(a.rng);
  });

  it('replaying the recorded input log reproduces the state bit for bit', () => {
    const init = autoInit();
    const log: LoggedIntent[] = [
      { tick: 0, intent: { type: 'setMode', mode: 'auto' } },
      { tick: 0, intent: { type: 'runProgram' } },
      { tick: secondsToTicks(8), intent: { type: 'setWeld', key: 'voltageV', value: 28 } },
      { tick: secondsToTicks(12), intent: { type: 'pauseProgram' } },
      { tick: secondsToTicks(13), intent: { type: 'runProgram' } },
    ];
    const live = createWorld(init);
    let i = 0;
    while (live.tick < secondsToTicks(20)) {
      const batch = [];
      while (i < log.length && log[i]!.tick <= live.tick) batch.push(log[i++]!.intent);
      step(live, batch);
    }
    const replayed = runLog(init, log, secondsToTicks(20));
    expect(hashWorld(replayed)).toBe(hashWorld(live));
    // The state survives a JSON round trip (save/resume) and continues identically.
    const resumed = JSON.parse(JSON.stringify(live)) as WorldState;
    for (let k = 0; k < 360; k++) {
      step(live);
      step(resumed);
    }
    expect(hashWorld(resumed)).toBe(hashWorld(live));
  });

  it('refuses an out-of-order input log with a message naming the entry', () => {
    expect(() =>
      runLog(autoInit(), [
        { tick: 5, intent: { type: 'runProgram' } },
        { tick: 2, intent: { type: 'eStop' } },
      ]),
    ).toThrow(/log\[1\]\.tick/);
  });
});

describe('stepping in: stops and interlocks', () => {
  it('an emergency stop mid-weld stops the robot and puts the arc out; it stays stopped until reset', () => {
    const w = createWorld(autoInit());
    let stoppedAt = -1;
    runProgram(w, 30, (w) => {
      if (w.tick === secondsToTicks(10)) {
        expect(w.arc.phase).toBe('welding');
        step(w, [{ type: 'eStop' }]);
        stoppedAt = w.tick;
      }
    });
    expect(stoppedAt).toBeGreaterThan(0);
    expect(w.arc.phase === 'off' || w.arc.phase === 'postflow').toBe(true);
    expect(w.motion.tcpSpeedMPerS).toBeLessThan(1e-6);
    expect(w.safety.events.some((e) => e.kind === 'emergency-stop')).toBe(true);
    const q = w.motion.q.slice();
    for (let k = 0; k < 180; k++) step(w, k === 0 ? [{ type: 'runProgram' }] : []);
    expect(w.motion.q).toEqual(q);
  });

  it('in manual mode the robot moves only while the enabling switch is in its middle position', () => {
    const init = autoInit();
    const w = createWorld(init);
    step(w, [
      { type: 'setMode', mode: 'manual' },
      { type: 'enablingDevice', position: 'enabled' },
      { type: 'runProgram' },
    ]);
    for (let k = 0; k < 360; k++) step(w);
    expect(w.motion.tcpSpeedMPerS).toBeGreaterThan(0);
    step(w, [{ type: 'enablingDevice', position: 'released' }]);
    for (let k = 0; k < 180; k++) step(w);
    const q = w.motion.q.slice();
    for (let k = 0; k < 90; k++) step(w);
    expect(w.motion.q).toEqual(q);
    // Squeezing through to the panic position stops it as well.
    step(w, [{ type: 'enablingDevice', position: 'panic' }]);
    for (let k = 0; k < 90; k++) step(w);
    expect(w.motion.q).toEqual(q);
  });

  it('a bad intent is refused with a reason and loses nothing', () => {
    const w = createWorld(autoInit());
    const before = JSON.stringify(w.settings);
    step(w, [{ type: 'setWeld', key: 'voltageV', value: 400 }]);
    expect(JSON.stringify(w.settings)).toBe(before);
    const ev = w.events.find((e) => e.kind === 'intent-rejected');
    expect(ev?.text).toMatch(/voltageV must be a number within 8–50/);
  });
});
