import { describe, expect, it } from 'vitest';
import { TestCell } from './harness.ts';
import { M10IA, UR10E, offset } from './fixtures.ts';
import { downPose } from './poses.ts';
import type { MotionProgram } from '../../../src/sim/motion/index.ts';

describe.each([
  ['UR10e', UR10E],
  ['FANUC M-10iA', M10IA],
])('MoveC on the %s', (_name, fx) => {
  // Half circle of radius 0.1 m in the horizontal plane: start → via (apex) → end.
  const r = 0.1;
  const centre = offset(fx.start, fx.along, r);
  const across: [number, number, number] = [fx.along[1], -fx.along[0], 0];
  const via = offset(centre, across, r);
  const end = offset(fx.start, fx.along, 2 * r);
  const program: MotionProgram = {
    targets: { via: { kind: 'pose', pose: downPose(...via) }, end: { kind: 'pose', pose: downPose(...end) } },
    instructions: [{ type: 'MoveC', via: 'via', to: 'end', speedMmPerS: 50, zone: 'fine' }],
  };

  it('keeps the torch tip on the circle through start, via and end (< 0.1 mm)', () => {
    const cell = new TestCell(fx.robot, program, fx.q0).runToEnd(20);
    expect(cell.codes()).toEqual(['move-complete', 'program-end']);
    let worst = 0;
    let nearestToVia = Infinity;
    for (const s of cell.samples) {
      const p = [s.tcp[3]!, s.tcp[7]!, s.tcp[11]!];
      worst = Math.max(
        worst,
        Math.abs(Math.hypot(p[0]! - centre[0], p[1]! - centre[1]) - r),
        Math.abs(p[2]! - centre[2]),
      );
      nearestToVia = Math.min(nearestToVia, Math.hypot(p[0]! - via[0], p[1]! - via[1], p[2]! - via[2]));
    }
    expect(worst).toBeLessThan(1e-4);
    expect(nearestToVia).toBeLessThan(0.05 / 180);
    const last = cell.samples.at(-1)!.tcp;
    expect(Math.hypot(last[3]! - end[0], last[7]! - end[1], last[11]! - end[2])).toBeLessThan(1e-9);
  });

  it('travels the arc at the programmed 50 mm/s', () => {
    const cell = new TestCell(fx.robot, program, fx.q0).runToEnd(20);
    const moving = cell.samples.filter((s) => s.tcpSpeed > 0);
    for (const s of moving.slice(moving.length * 0.3, moving.length * 0.7)) {
      expect(s.tcpSpeed).toBeGreaterThan(0.049);
      expect(s.tcpSpeed).toBeLessThan(0.051);
    }
    expect(moving.length / 180).toBeCloseTo((Math.PI * r) / 0.05 + 0.05 / 1.2, 1);
  });

  it('reports three points on a line as an invalid instruction instead of throwing', () => {
    const straight: MotionProgram = {
      targets: {
        via: { kind: 'pose', pose: downPose(...offset(fx.start, fx.along, 0.1)) },
        end: { kind: 'pose', pose: downPose(...end) },
      },
      instructions: [{ type: 'MoveC', via: 'via', to: 'end', speedMmPerS: 50, zone: 'fine' }],
    };
    const cell = new TestCell(fx.robot, straight, fx.q0).runToEnd(2);
    expect(cell.codes()).toEqual(['invalid-instruction']);
    expect(cell.st.exec).toBe('error');
    expect(cell.events[0]!.text).toMatch(/line 1.*via point on the arc/);
  });
});
