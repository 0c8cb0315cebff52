import { describe, expect, it } from 'vitest';
import { TestCell } from './harness.ts';
import { UR10E, offset } from './fixtures.ts';
import { downPose } from './poses.ts';
import { ur10e } from '../../../src/sim/robot/index.ts';
import type { MotionProgram } from '../../../src/sim/motion/index.ts';

const A = offset(UR10E.start, UR10E.along, 0.1);
const B = offset(A, [1, 0, 0], 0.1);
const C = offset(B, UR10E.along, 0.1);
const program: MotionProgram = {
  targets: {
    A: { kind: 'pose', pose: downPose(...A) },
    B: { kind: 'pose', pose: downPose(...B) },
    C: { kind: 'pose', pose: downPose(...C) },
  },
  instructions: [
    { type: 'MoveL', to: 'A', speedMmPerS: 100, zone: 10 },
    { type: 'MoveL', to: 'B', speedMmPerS: 100, zone: 10 },
    { type: 'MoveL', to: 'C', speedMmPerS: 100, zone: 'fine' },
  ],
};
const tipAt = (cell: TestCell, p: number[]): number =>
  Math.hypot(cell.st.tcp[3]! - p[0]!, cell.st.tcp[7]! - p[1]!, cell.st.tcp[11]! - p[2]!);

describe('teach pendant and safety speed scale', () => {
  it('speedScale 0 from the safety layer brings the torch to a controlled stop on the path; 1 resumes', () => {
    const cell = new TestCell(ur10e, program, UR10E.q0);
    cell.command({ type: 'run' });
    cell.step(90);
    cell.speedScale = 0;
    cell.step(60);
    // Stopped within v/a = 0.1/1.2 s (15 steps) and stays stopped, still on the first line, program still running.
    expect(cell.samples.slice(-40).every((s) => s.tcpSpeed === 0)).toBe(true);
    expect(cell.st.exec).toBe('running');
    expect(Math.abs(cell.st.tcp[3]! - UR10E.start[0])).toBeLessThan(1e-9);
    cell.speedScale = 1;
    cell.step(60 * 180);
    expect(cell.codes()).toEqual(['move-complete', 'move-complete', 'move-complete', 'program-end']);
    expect(tipAt(cell, C)).toBeLessThan(1e-9);
  });

  it('a reduced speedScale (0.5) halves the travel speed', () => {
    const cell = new TestCell(ur10e, program, UR10E.q0);
    cell.speedScale = 0.5;
    cell.command({ type: 'run' });
    cell.step(150);
    expect(cell.st.tcpSpeedMPerS).toBeCloseTo(0.05, 6);
  });

  it('the pendant override (percent) scales the programmed speed', () => {
    const cell = new TestCell(ur10e, program, UR10E.q0);
    cell.command({ type: 'set-override', percent: 25 });
    cell.command({ type: 'run' });
    cell.step(150);
    expect(cell.st.tcpSpeedMPerS).toBeCloseTo(0.025, 6);
  });

  it('pause stops on the path and run resumes from there to the same end point', () => {
    const cell = new TestCell(ur10e, program, UR10E.q0);
    cell.command({ type: 'run' });
    cell.step(60);
    cell.command({ type: 'pause' });
    cell.step(40);
    expect(cell.st.exec).toBe('paused');
    expect(cell.codes()).toEqual(['paused']);
    const held = cell.st.tcp.slice();
    cell.step(20);
    expect(cell.st.tcp).toEqual(held);
    cell.command({ type: 'run' });
    cell.step(60 * 180);
    expect(cell.codes().slice(-2)).toEqual(['move-complete', 'program-end']);
    expect(tipAt(cell, C)).toBeLessThan(1e-9);
  });

  it('stop discards the current move; the next run re-plans it from where the robot stands', () => {
    const cell = new TestCell(ur10e, program, UR10E.q0);
    cell.command({ type: 'run' });
    cell.step(60);
    cell.command({ type: 'stop' });
    cell.step(40);
    expect(cell.st.exec).toBe('idle');
    expect(cell.codes()).toEqual(['stopped']);
    expect(cell.st.pc).toBe(0);
    cell.runToEnd(60);
    expect(cell.codes().slice(-2)).toEqual(['move-complete', 'program-end']);
  });

  it('single step runs one instruction to an exact stop (zones act as fine), then waits', () => {
    const cell = new TestCell(ur10e, program, UR10E.q0);
    cell.command({ type: 'step' });
    cell.step(5 * 180);
    expect(cell.codes()).toEqual(['move-complete']);
    expect(cell.events[0]!.data?.flyBy).toBeUndefined();
    expect(tipAt(cell, A)).toBeLessThan(1e-9);
    expect(cell.st.exec).toBe('idle');
    expect(cell.st.pc).toBe(1);
    cell.command({ type: 'step' });
    cell.step(5 * 180);
    expect(tipAt(cell, B)).toBeLessThan(1e-9);
    expect(cell.st.pc).toBe(2);
  });

  it('step back returns to the previous point with the same motion type, arc off', () => {
    const cell = new TestCell(ur10e, program, UR10E.q0);
    cell.command({ type: 'step' });
    cell.step(5 * 180);
    cell.command({ type: 'step' });
    cell.step(5 * 180);
    cell.command({ type: 'step-back' });
    const from = cell.samples.length;
    cell.step(5 * 180);
    expect(tipAt(cell, A)).toBeLessThan(1e-9);
    expect(cell.st.pc).toBe(1);
    // Straight back along the A–B line.
    for (const s of cell.samples.slice(from)) expect(Math.abs(s.tcp[7]! - A[1])).toBeLessThan(1e-9);
    // Nothing before the first point: refused with a reason.
    cell.command({ type: 'step-back' });
    cell.step(2);
    expect(cell.codes().at(-1)).toBe('command-rejected');
  });

  it('with the arc interlock on, the program waits at the arc start until the weld sequence releases it', () => {
    const weld: MotionProgram = {
      ...program,
      instructions: [
        { type: 'MoveL', to: 'A', speedMmPerS: 100, zone: 'fine' },
        { type: 'MoveL', to: 'B', speedMmPerS: 10, zone: 'fine', arc: true },
      ],
    };
    const cell = new TestCell(ur10e, weld, UR10E.q0);
    cell.command({ type: 'arc-interlock', on: true });
    cell.command({ type: 'run' });
    cell.step(5 * 180);
    expect(cell.codes()).toEqual(['move-complete', 'arc-start-point']);
    expect(cell.st.arcWait).toBe('start');
    expect(cell.st.arcOn).toBe(true);
    expect(tipAt(cell, A)).toBeLessThan(1e-9);
    cell.command({ type: 'release-arc-wait' });
    cell.step(20 * 180);
    expect(cell.codes().slice(2)).toEqual(['move-complete', 'arc-end-point', 'program-end']);
    expect(cell.st.arcWait).toBe('end');
    expect(cell.st.arcOn).toBe(false);
  });

  it('resuming a paused weld strikes the arc again before moving; stop and alarms put the arc out', () => {
    const weld: MotionProgram = {
      ...program,
      instructions: [{ type: 'MoveL', to: 'A', speedMmPerS: 10, zone: 'fine', arc: true }],
    };
    const cell = new TestCell(ur10e, weld, UR10E.q0);
    cell.command({ type: 'arc-interlock', on: true });
    cell.command({ type: 'run' });
    cell.step(2);
    cell.command({ type: 'release-arc-wait' });
    cell.step(180);
    cell.command({ type: 'pause' });
    cell.step(30);
    expect(cell.st.exec).toBe('paused');
    expect(cell.st.arcOn).toBe(true);
    cell.command({ type: 'run' });
    expect(cell.st.arcWait).toBe('start');
    const held = cell.st.tcp.slice();
    cell.step(20);
    expect(cell.st.tcp).toEqual(held);
    cell.command({ type: 'stop' });
    cell.step(1);
    expect(cell.st.exec).toBe('idle');
    expect(cell.st.arcOn).toBe(false);
    expect(cell.st.arcWait).toBe('none');
  });

  it('refuses to switch to jog or freedrive while the program moves the robot', () => {
    const cell = new TestCell(ur10e, program, UR10E.q0);
    cell.command({ type: 'run' });
    cell.step(30);
    expect(cell.command({ type: 'set-mode', mode: 'hand-guide' })?.text).toMatch(/Stop the robot/);
    cell.command({ type: 'pause' });
    cell.step(30);
    expect(cell.command({ type: 'set-mode', mode: 'hand-guide' })).toBeNull();
  });
});
