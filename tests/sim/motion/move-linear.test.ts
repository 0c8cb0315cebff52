import { describe, expect, it } from 'vitest';
import { TestCell } from './harness.ts';
import { M10IA, UR10E, offset } from './fixtures.ts';
import { downPose } from './poses.ts';
import type { MotionProgram } from '../../../src/sim/motion/index.ts';

/** Distance (m) of point p from the line through a with unit direction d. */
function lineDistance(p: number[], a: number[], d: number[]): number {
  const v = [p[0]! - a[0]!, p[1]! - a[1]!, p[2]! - a[2]!];
  const t = v[0]! * d[0]! + v[1]! * d[1]! + v[2]! * d[2]!;
  return Math.hypot(v[0]! - t * d[0]!, v[1]! - t * d[1]!, v[2]! - t * d[2]!);
}

describe.each([
  ['UR10e', UR10E],
  ['FANUC M-10iA', M10IA],
])('MoveL on the %s', (_name, fx) => {
  const end = offset(fx.start, fx.along, 0.4);
  const program: MotionProgram = {
    targets: { seamEnd: { kind: 'pose', pose: downPose(...end) } },
    instructions: [{ type: 'MoveL', to: 'seamEnd', speedMmPerS: 100, zone: 'fine' }],
  };

  it('keeps the torch tip on the straight seam within 0.1 mm and ends exactly on the point', () => {
    const cell = new TestCell(fx.robot, program, fx.q0).runToEnd(20);
    expect(cell.codes()).toEqual(['move-complete', 'program-end']);
    let worst = 0;
    for (const s of cell.samples)
      worst = Math.max(worst, lineDistance([s.tcp[3]!, s.tcp[7]!, s.tcp[11]!], fx.start, fx.along));
    expect(worst).toBeLessThan(1e-4);
    const last = cell.samples.at(-1)!.tcp;
    expect(Math.hypot(last[3]! - end[0], last[7]! - end[1], last[11]! - end[2])).toBeLessThan(1e-9);
  });

  it('travels at the programmed 100 mm/s (±2 %) once accelerated, and the move takes L/v plus the ramps', () => {
    const cell = new TestCell(fx.robot, program, fx.q0).runToEnd(20);
    const moving = cell.samples.filter((s) => s.tcpSpeed > 0);
    const cruise = moving.slice(Math.floor(moving.length * 0.3), Math.floor(moving.length * 0.7));
    for (const s of cruise) {
      expect(s.tcpSpeed).toBeGreaterThan(0.098);
      expect(s.tcpSpeed).toBeLessThan(0.102);
    }
    // 0.4 m at 0.1 m/s = 4 s, plus v/a = 0.083 s for the acceleration and braking ramps together.
    expect(moving.length / 180).toBeCloseTo(4 + 0.1 / 1.2, 1);
  });

  it('keeps the torch orientation while moving (pure translation)', () => {
    const cell = new TestCell(fx.robot, program, fx.q0).runToEnd(20);
    for (const s of cell.samples) {
      expect(s.tcp[10]).toBeCloseTo(-1, 9);
      expect(s.tcp[0]).toBeCloseTo(1, 9);
    }
  });

  it('interpolates the orientation by slerp when the end pose is turned', () => {
    const c = Math.cos(0.3),
      sn = Math.sin(0.3);
    // Torch tilted 0.3 rad about the travel axis (y) at the end: tool X/Z rotate in the x–z plane.
    const turned = [c, 0, -sn, end[0], 0, -1, 0, end[1], -sn, 0, -c, end[2]];
    const p: MotionProgram = {
      targets: { seamEnd: { kind: 'pose', pose: turned } },
      instructions: [{ type: 'MoveL', to: 'seamEnd', speedMmPerS: 100, zone: 'fine' }],
    };
    const cell = new TestCell(fx.robot, p, fx.q0).runToEnd(20);
    let worst = 0;
    for (const s of cell.samples)
      worst = Math.max(worst, lineDistance([s.tcp[3]!, s.tcp[7]!, s.tcp[11]!], fx.start, fx.along));
    expect(worst).toBeLessThan(1e-4);
    // Halfway along the seam the torch has turned halfway (0.15 rad).
    const mid = cell.samples.reduce((a, s) =>
      Math.abs(s.tcp[7]! - (fx.start[1] + 0.2)) < Math.abs(a.tcp[7]! - (fx.start[1] + 0.2)) ? s : a,
    );
    expect(Math.atan2(-mid.tcp[8]!, mid.tcp[0]!)).toBeCloseTo(0.15, 2);
  });
});

describe('coordinated motion', () => {
  it('a MoveL in a moving work object (positioner) keeps the torch on the seam as the part moves', () => {
    const fx = UR10E;
    // Work object = base frame shifted along x by 10 mm/s; the seam is programmed in it.
    const end = offset(fx.start, fx.along, 0.1);
    const program: MotionProgram = {
      targets: { seamEnd: { kind: 'pose', pose: downPose(...end) } },
      instructions: [{ type: 'MoveL', to: 'seamEnd', speedMmPerS: 50, zone: 'fine' }],
    };
    const cell = new TestCell(fx.robot, program, fx.q0);
    cell.command({ type: 'run' });
    let worst = 0;
    for (let i = 0; i < 180 * 4 && cell.st.exec === 'running'; i++) {
      const shift = (0.01 * i) / 180;
      cell.wobj = [1, 0, 0, shift, 0, 1, 0, 0, 0, 0, 1, 0];
      cell.step();
      // Torch tip in the work object = tip − shift: on the programmed seam line.
      const s = cell.samples.at(-1)!;
      worst = Math.max(worst, lineDistance([s.tcp[3]! - shift, s.tcp[7]!, s.tcp[11]!], fx.start, fx.along));
    }
    expect(cell.codes()).toEqual(['move-complete', 'program-end']);
    expect(worst).toBeLessThan(1e-4);
  });
});
