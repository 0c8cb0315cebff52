// A glitching headset or controller (NaN or infinite poses for a frame, tracking lost) must not move the torch,
// corrupt the world, or make the person in the cell disappear from the safety model: the pose is ignored with a
// reason, and what the trainee already had stays.
import { describe, expect, it } from 'vitest';
import { createWorld, step } from '../../../src/sim/world.ts';
import type { WorldInit, WorldState } from '../../../src/sim/world-state.ts';
import { parkJoints, standardCell } from '../../../src/sim/cell/standard-cells.ts';
import { cobotFilletInit } from './cobot-cell.ts';

// The test cobot's settings, on the standard cobot cell in its park pose.
const init: WorldInit = cobotFilletInit({
  seed: 3,
  cell: standardCell('cobot', { material: 'carbon-steel', thicknessMm: 6, joint: 'fillet', position: 'PB' }),
  joints: parkJoints('cobot'),
});

const tcp = (w: WorldState) => [w.tcpWorld[3]!, w.tcpWorld[7]!, w.tcpWorld[11]!];
const allFinite = (xs: ArrayLike<number>) => Array.from(xs).every(Number.isFinite);
const lastRejection = (w: WorldState) => w.events.filter((e) => e.kind === 'intent-rejected').at(-1)?.text;

describe('controller glitches', () => {
  it('a non-finite hand pose mid-guide is ignored: the torch keeps following the last good target', () => {
    const w = createWorld(init);
    step(w, [
      { type: 'enablingDevice', position: 'enabled' },
      { type: 'freedrive', on: true },
    ]);
    const p0 = tcp(w);
    const target: [number, number, number] = [p0[0]! + 0.05, p0[1]!, p0[2]! - 0.03];
    step(w, [{ type: 'handGuide', position: target }]);
    for (const bad of [
      { type: 'handGuide' as const, position: [Number.NaN, 0, 0] as [number, number, number] },
      { type: 'handGuide' as const, position: [0, Number.POSITIVE_INFINITY, 0] as [number, number, number] },
      {
        type: 'handGuide' as const,
        position: target,
        rotation: [
          [1, 0, 0],
          [0, Number.NaN, 0],
          [0, 0, 1],
        ] as [[number, number, number], [number, number, number], [number, number, number]],
      },
    ]) {
      step(w, [bad]);
      expect(lastRejection(w)).toMatch(/hand pose ignored: .*finite/);
    }
    for (let k = 0; k < 360; k++) step(w);
    expect(allFinite(w.motion.q)).toBe(true);
    const p1 = tcp(w);
    expect(Math.hypot(p1[0]! - target[0], p1[1]! - target[1], p1[2]! - target[2])).toBeLessThan(0.005);
  });

  it('a lost head pose keeps the person where they were last seen (the safety model still sees them)', () => {
    const w = createWorld(init);
    const base = [w.cell.robotBase[3]!, w.cell.robotBase[7]!, w.cell.robotBase[11]!];
    const head: [number, number, number] = [base[0]! + 0.4, base[1]!, base[2]! + 0.5];
    step(w, [{ type: 'bodyPose', part: 'head', position: head }]);
    step(w, [{ type: 'bodyPose', part: 'head', position: [Number.NaN, Number.NaN, Number.NaN] }]);
    expect(lastRejection(w)).toMatch(/head pose ignored/);
    expect(w.people.head).toEqual(head);
    expect(w.people.present).toBe(true);
  });

  it('positioner targets must be finite', () => {
    const cell = standardCell('industrial', {
      material: 'carbon-steel',
      thicknessMm: 12,
      joint: 'fillet',
      position: 'PB',
    });
    const w = createWorld({ ...init, cell, joints: parkJoints('industrial') });
    const before = w.positioner!.target.slice();
    step(w, [{ type: 'setPositioner', joints: [Number.NaN, 0] }]);
    expect(lastRejection(w)).toMatch(/positioner needs 2 finite axis values/);
    expect(w.positioner!.target).toEqual(before);
  });
});
