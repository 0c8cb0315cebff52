// The quiet fast path (src/sim/systems/quiet-step.ts) must give the same world, bit for bit, as the full schedule:
// every test runs the same inputs twice, once with the fast path and once forced through the full step, and
// compares the world hash at many points along the way.
import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createWorld, hashWorld, setQuietFastPath, step, wakeWorld } from '../../../src/sim/world.ts';
import type { WorldInit, WorldState } from '../../../src/sim/world-state.ts';
import type { Intent, LoggedIntent } from '../../../src/sim/intents.ts';
import { benchInit, benchLog } from '../../../src/sim/bench/bench-cell.ts';
import { parkJoints, seamWeldProgram, standardCell } from '../../../src/sim/cell/standard-cells.ts';
import { canStepQuietly } from '../../../src/sim/systems/quiet-step.ts';
import { cobotFilletInit } from './cobot-cell.ts';

afterEach(() => setQuietFastPath(true));

/** Hashes after every `every` steps (and at the end) of `log` run for `ticks` steps; counts the quiet steps. */
function hashes(
  init: WorldInit,
  log: readonly LoggedIntent[],
  ticks: number,
  every: number,
  fast: boolean,
  between?: (w: WorldState) => void,
): { hashes: string[]; quiet: number } {
  setQuietFastPath(fast);
  const w = createWorld(init);
  const out: string[] = [];
  let quiet = 0;
  let i = 0;
  const batch: Intent[] = [];
  while (w.tick < ticks) {
    batch.length = 0;
    while (i < log.length && log[i]!.tick <= w.tick) batch.push(log[i++]!.intent);
    between?.(w);
    if (canStepQuietly(w) && batch.length === 0) quiet++;
    step(w, batch);
    if (w.tick % every === 0 || w.tick === ticks) out.push(`${w.tick}:${hashWorld(w)}`);
  }
  setQuietFastPath(true);
  return { hashes: out, quiet };
}

function sameBothWays(
  init: () => WorldInit,
  log: readonly LoggedIntent[],
  ticks: number,
  every: number,
  between?: (w: WorldState) => void,
): number {
  const fast = hashes(init(), log, ticks, every, true, between);
  const slow = hashes(init(), log, ticks, every, false, between);
  expect(slow.quiet).toBe(0);
  expect(fast.hashes).toEqual(slow.hashes);
  return fast.quiet;
}

function industrialInit(): WorldInit {
  const cell = standardCell('industrial', {
    material: 'carbon-steel',
    thicknessMm: 12,
    joint: 'fillet',
    position: 'PB',
  });
  return {
    seed: 7,
    cell,
    settings: cobotFilletInit().settings,
    joints: parkJoints('industrial'),
    program: seamWeldProgram(cell, { speedMmPerS: 6 }),
    ...(cell.positionerId ? { positionerJoints: [0, 0] } : {}),
  };
}

describe('quiet fast path', () => {
  it('gives the same world as full steps for a robot standing idle (and actually takes the fast path)', () => {
    const quiet = sameBothWays(benchInit, [], 20 * 180, 90);
    expect(quiet).toBeGreaterThan(19 * 180);
  });

  it('gives the same world through 3 minutes of the weld-heavy bench job (welds, cooling part, idle)', () => {
    sameBothWays(benchInit, benchLog(3), 3 * 60 * 180, 900);
  });

  it('gives the same world in an industrial cell with its positioner', () => {
    const log: LoggedIntent[] = [
      { tick: 300, intent: { type: 'setPositioner', joints: [0.3, -0.2] } },
      { tick: 2000, intent: { type: 'setMode', mode: 'auto' } },
      { tick: 2100, intent: { type: 'runProgram' } },
    ];
    sameBothWays(industrialInit, log, 120 * 180, 450);
  });

  it('gives the same world in the orbital cell', () => {
    const init = (): WorldInit => ({
      seed: 3,
      cell: standardCell('orbital', {
        material: 'carbon-steel',
        thicknessMm: 8,
        joint: 'butt',
        position: 'PF',
      }),
      settings: { ...cobotFilletInit().settings, process: 'GTAW', currentA: 120, shieldingGas: 'Ar' },
      joints: parkJoints('orbital'),
    });
    const log: LoggedIntent[] = [
      {
        tick: 200,
        intent: {
          type: 'setOrbitalProgram',
          sectors: [
            {
              fromDeg: 0,
              toDeg: 90,
              currentPercent: 100,
              travelSpeedMmPerS: 3,
              oscillationWidthMm: 4,
              oscillationHz: 1,
            },
          ],
        },
      },
      { tick: 1000, intent: { type: 'runProgram' } },
    ];
    sameBothWays(init, log, 200 * 180, 450);
  });

  it('wakes up when the world is changed from outside a step (a door opened by a scenario injection)', () => {
    const open = (w: WorldState) => {
      if (w.tick === 900) {
        w.controls.doorClosed = false;
        wakeWorld(w);
      }
    };
    sameBothWays(industrialInit, [], 10 * 180, 30, open);
  });

  it('gives the same world for random trainee input with idle stretches (property)', () => {
    const at = (x: [number, number, number]) => x;
    const intent = fc.oneof(
      fc.constantFrom<Intent>(
        { type: 'setMode', mode: 'auto' },
        { type: 'setMode', mode: 'manual' },
        { type: 'runProgram' },
        { type: 'stopProgram' },
        { type: 'pauseProgram' },
        { type: 'arc', on: true },
        { type: 'arc', on: false },
        { type: 'helmet', down: true },
        { type: 'helmet', down: false },
        { type: 'door', open: true },
        { type: 'door', open: false },
        { type: 'eStop' },
        { type: 'resetEStop' },
        { type: 'resetProtectiveStop' },
        { type: 'freedrive', on: true },
        { type: 'freedrive', on: false },
        { type: 'enablingDevice', position: 'enabled' },
        { type: 'enablingDevice', position: 'released' },
        { type: 'inspect', target: 'contact-tip' },
        { type: 'replaceContactTip' },
        { type: 'resetAlarms' },
        { type: 'recordPoint' },
      ),
      fc.record({
        type: fc.constant('setWeld' as const),
        key: fc.constantFrom('voltageV' as const, 'gasFlowLPerMin' as const),
        value: fc.double({ min: 5, max: 35, noNaN: true }),
      }),
      fc.record({
        type: fc.constant('jog' as const),
        frame: fc.constantFrom('joint' as const, 'base' as const),
        axis: fc.integer({ min: 0, max: 5 }),
        direction: fc.constantFrom(-1 as const, 0 as const, 1 as const),
      }),
      fc.record({
        type: fc.constant('handGuide' as const),
        position: fc
          .tuple(
            fc.double({ min: -0.2, max: 0.2, noNaN: true }),
            fc.double({ min: -0.75, max: -0.45, noNaN: true }),
            fc.double({ min: 0.05, max: 0.3, noNaN: true }),
          )
          .map(at),
      }),
      fc.record({
        type: fc.constant('bodyPose' as const),
        part: fc.constantFrom('head' as const, 'rightHand' as const),
        position: fc
          .tuple(
            fc.double({ min: -1, max: 1, noNaN: true }),
            fc.double({ min: -2, max: 0, noNaN: true }),
            fc.double({ min: 0.5, max: 1.8, noNaN: true }),
          )
          .map(at),
      }),
    );
    const entry = fc.record({ gap: fc.integer({ min: 0, max: 400 }), intent });
    // Worn tip (the arc wanders), gas leak (the cylinder drains while idle), a fault due later.
    const variant = fc.constantFrom('plain', 'worn-tip', 'leak', 'due-fault');
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 25 }), variant, (entries, v) => {
        const init = (): WorldInit => {
          const base = cobotFilletInit({
            program: seamWeldProgram(cobotFilletInit().cell, { speedMmPerS: 8 }),
          });
          if (v === 'worn-tip') base.maintenance = { tipAgeArcMin: 200 };
          if (v === 'leak')
            base.faults = [
              {
                spec: { fault: 'gas-supply-loss', cause: 'leak', location: 'regulator' },
                trigger: { atS: 0 },
              },
            ];
          if (v === 'due-fault')
            base.faults = [{ spec: { fault: 'earth-clamp-loose' }, trigger: { atS: 20 } }];
          return base;
        };
        let tick = 0;
        const log = entries.map((e) => ({ tick: (tick += e.gap), intent: e.intent }));
        sameBothWays(init, log, tick + 600, 37);
      }),
      { numRuns: 40, seed: 20261124 },
    );
  });
});
