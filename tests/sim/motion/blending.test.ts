import { describe, expect, it } from 'vitest';
import { TestCell } from './harness.ts';
import { M10IA, UR10E, offset } from './fixtures.ts';
import { downPose } from './poses.ts';
import type { MotionProgram, Zone } from '../../../src/sim/motion/index.ts';

type P3 = [number, number, number];

function segmentDistance(p: number[], a: P3, b: P3): number {
  const d = [b[0] - a[0], b[1] - a[1], b[2] - a[2]];
  const len2 = d[0]! ** 2 + d[1]! ** 2 + d[2]! ** 2;
  let t = ((p[0]! - a[0]) * d[0]! + (p[1]! - a[1]) * d[1]! + (p[2]! - a[2]) * d[2]!) / len2;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(p[0]! - a[0] - t * d[0]!, p[1]! - a[1] - t * d[1]!, p[2]! - a[2] - t * d[2]!);
}

const tip = (s: { tcp: number[] }): number[] => [s.tcp[3]!, s.tcp[7]!, s.tcp[11]!];

describe.each([
  ['UR10e', UR10E],
  ['FANUC M-10iA', M10IA],
])('corner zones on the %s', (_name, fx) => {
  const start = fx.start;
  const corner = offset(start, fx.along, 0.2);
  const end = offset(corner, [1, 0, 0], fx === UR10E ? 0.2 : -0.2);
  const corners = (zone: Zone, arcOnSecond = false, first: 'MoveL' | 'MoveJ' = 'MoveL'): MotionProgram => ({
    targets: {
      corner: { kind: 'pose', pose: downPose(...corner) },
      end: { kind: 'pose', pose: downPose(...end) },
    },
    instructions: [
      first === 'MoveL'
        ? { type: 'MoveL', to: 'corner', speedMmPerS: 100, zone }
        : { type: 'MoveJ', to: 'corner', speed: { kind: 'mmPerS', mmPerS: 100 }, zone },
      { type: 'MoveL', to: 'end', speedMmPerS: 100, zone: 'fine', arc: arcOnSecond },
    ],
  });

  it('z20 rounds the corner inside the 20 mm zone and stays on the programmed lines elsewhere', () => {
    const cell = new TestCell(fx.robot, corners(20), fx.q0).runToEnd(20);
    expect(cell.codes()).toEqual(['move-complete', 'move-complete', 'program-end']);
    expect(cell.events[0]!.data?.flyBy).toBe(true);
    let closest = Infinity;
    for (const s of cell.samples) {
      const p = tip(s);
      const toCorner = Math.hypot(p[0]! - corner[0], p[1]! - corner[1], p[2]! - corner[2]);
      closest = Math.min(closest, toCorner);
      const offLines = Math.min(segmentDistance(p, start, corner), segmentDistance(p, corner, end));
      if (toCorner > 0.02 + 1e-9) expect(offLines).toBeLessThan(1e-4);
    }
    // It cuts the corner (a 90° parabola with 20 mm arms passes ~7 mm from it) without reaching it.
    expect(closest).toBeGreaterThan(0.005);
    expect(closest).toBeLessThan(0.02);
  });

  it('z20 flies by: the torch never stops at the corner and the speed stays near the programmed 100 mm/s', () => {
    const cell = new TestCell(fx.robot, corners(20), fx.q0).runToEnd(20);
    const moving = cell.samples.filter((s) => s.tcpSpeed > 0);
    // After the first few steps the TCP speed is never zero until the final point.
    expect(cell.samples.findIndex((s, i) => i > 10 && s.tcpSpeed === 0)).toBe(-1);
    const mid = moving.slice(40, -40);
    for (const s of mid) {
      expect(s.tcpSpeed).toBeGreaterThan(0.09);
      expect(s.tcpSpeed).toBeLessThan(0.102);
    }
  });

  it('fine goes exactly through the corner and stops there', () => {
    const cell = new TestCell(fx.robot, corners('fine'), fx.q0).runToEnd(20);
    const atCorner = cell.samples.filter((s) => {
      const p = tip(s);
      return Math.hypot(p[0]! - corner[0], p[1]! - corner[1], p[2]! - corner[2]) < 1e-9;
    });
    expect(atCorner.length).toBeGreaterThan(0);
    expect(atCorner.some((s) => s.tcpSpeed === 0)).toBe(true);
  });

  it('never blends into an arc start point, even with z20 programmed', () => {
    const cell = new TestCell(fx.robot, corners(20, true), fx.q0).runToEnd(20);
    expect(cell.codes()).toEqual([
      'move-complete',
      'arc-start-point',
      'move-complete',
      'arc-end-point',
      'program-end',
    ]);
    const p = cell.samples.map(tip);
    expect(p.some((q) => Math.hypot(q[0]! - corner[0], q[1]! - corner[1], q[2]! - corner[2]) < 1e-9)).toBe(
      true,
    );
  });

  it('shrinks a zone larger than half a move to half of it (z200 on 200 mm moves → 100 mm)', () => {
    const cell = new TestCell(fx.robot, corners(200), fx.q0).runToEnd(20);
    let closest = Infinity;
    for (const s of cell.samples) {
      const p = tip(s);
      closest = Math.min(closest, Math.hypot(p[0]! - corner[0], p[1]! - corner[1], p[2]! - corner[2]));
    }
    expect(closest).toBeGreaterThan(0.03);
    expect(closest).toBeLessThan(0.1);
    expect(cell.codes().at(-1)).toBe('program-end');
  });

  it('blends a MoveJ into a MoveL in joint space without stopping', () => {
    const cell = new TestCell(fx.robot, corners(20, false, 'MoveJ'), fx.q0).runToEnd(20);
    expect(cell.codes()).toEqual(['move-complete', 'move-complete', 'program-end']);
    // After the first few steps the TCP speed is never zero until the final point.
    expect(cell.samples.findIndex((s, i) => i > 10 && s.tcpSpeed === 0)).toBe(-1);
    const last = tip(cell.samples.at(-1)!);
    expect(Math.hypot(last[0]! - end[0], last[1]! - end[1], last[2]! - end[2])).toBeLessThan(1e-9);
  });
});
