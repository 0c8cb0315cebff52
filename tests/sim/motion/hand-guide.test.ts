import { describe, expect, it } from 'vitest';
import { TestCell } from './harness.ts';
import { UR10E } from './fixtures.ts';
import { ur5e, ur10e } from '../../../src/sim/robot/index.ts';
import { GUIDE_DAMPING_N_S_PER_M, REDUCED_SPEED_M_PER_S } from '../../../src/sim/motion/index.ts';
import type { MotionProgram } from '../../../src/sim/motion/index.ts';

const empty: MotionProgram = { targets: {}, instructions: [] };

function freedrive(): TestCell {
  const cell = new TestCell(ur10e, empty, UR10E.q0);
  cell.step();
  expect(cell.command({ type: 'set-mode', mode: 'hand-guide' })).toBeNull();
  return cell;
}

describe('hand guiding (freedrive) through the admittance M·a + D·v = F', () => {
  it('a steady 5 N push moves the torch along the push at F/D, smoothly from rest', () => {
    const cell = freedrive();
    const start = cell.st.tcp.slice();
    cell.command({ type: 'guide-wrench', forceN: [0, 5, 0], torqueNm: [0, 0, 0] });
    cell.step(180);
    const d = [cell.st.tcp[3]! - start[3]!, cell.st.tcp[7]! - start[7]!, cell.st.tcp[11]! - start[11]!];
    expect(d[1]).toBeGreaterThan(0);
    expect(Math.hypot(d[0]!, d[2]!)).toBeLessThan(1e-9);
    // Steady state v = F/D after many time constants (τ = 0.1 s).
    expect(cell.st.tcpSpeedMPerS).toBeCloseTo(5 / GUIDE_DAMPING_N_S_PER_M, 4);
    // Orientation is unchanged without a torque.
    for (const i of [0, 1, 2, 4, 5, 6, 8, 9, 10]) expect(cell.st.tcp[i]).toBeCloseTo(start[i]!, 9);
    // It started from rest: the first step is slower than the steady state.
    expect(cell.samples[1]!.tcpSpeed).toBeLessThan(0.5 * cell.st.tcpSpeedMPerS);
  });

  it('never exceeds the 250 mm/s hand-guiding limit, however hard the push', () => {
    const cell = freedrive();
    cell.command({ type: 'guide-wrench', forceN: [60, -80, 0], torqueNm: [0, 0, 0] });
    cell.step(120);
    for (const s of cell.samples) expect(s.tcpSpeed).toBeLessThanOrEqual(REDUCED_SPEED_M_PER_S + 1e-12);
    expect(cell.st.tcpSpeedMPerS).toBeCloseTo(REDUCED_SPEED_M_PER_S, 6);
    // Direction still follows the push: (0.6, −0.8).
    const v = cell.st.guide.twist;
    expect(v[0]! / Math.hypot(v[0]!, v[1]!)).toBeCloseTo(0.6, 6);
  });

  it('letting go brings the torch to rest within a few time constants', () => {
    const cell = freedrive();
    cell.command({ type: 'guide-wrench', forceN: [0, 0, 10], torqueNm: [0, 0, 0] });
    cell.step(60);
    cell.command({ type: 'guide-wrench', forceN: [0, 0, 0], torqueNm: [0, 0, 0] });
    cell.step(180);
    expect(cell.st.tcpSpeedMPerS).toBeLessThan(1e-6);
  });

  it('"translation" freedrive keeps the torch angle while pushed and twisted', () => {
    const cell = freedrive();
    cell.command({ type: 'guide-constraint', constraint: 'translation' });
    const start = cell.st.tcp.slice();
    cell.command({ type: 'guide-wrench', forceN: [3, 0, 2], torqueNm: [0.5, 0.5, 0] });
    cell.step(90);
    for (const i of [0, 1, 2, 4, 5, 6, 8, 9, 10]) expect(cell.st.tcp[i]).toBeCloseTo(start[i]!, 9);
    expect(cell.st.tcp[3]! - start[3]!).toBeGreaterThan(0.01);
  });

  it('"plane" freedrive keeps the torch in its plane (height locked with a vertical normal)', () => {
    const cell = freedrive();
    cell.command({ type: 'guide-constraint', constraint: 'plane', planeNormal: [0, 0, 1] });
    const start = cell.st.tcp.slice();
    cell.command({ type: 'guide-wrench', forceN: [3, 3, -20], torqueNm: [0, 0, 0] });
    cell.step(90);
    expect(cell.st.tcp[11]).toBeCloseTo(start[11]!, 9);
    expect(cell.st.tcp[3]! - start[3]!).toBeGreaterThan(0.01);
  });

  it('"free" freedrive turns the torch about the TCP under a wrist torque, the tip staying put', () => {
    const cell = freedrive();
    cell.command({ type: 'guide-constraint', constraint: 'free' });
    const start = cell.st.tcp.slice();
    cell.command({ type: 'guide-wrench', forceN: [0, 0, 0], torqueNm: [0, 0.3, 0] });
    cell.step(90);
    expect(
      Math.hypot(cell.st.tcp[3]! - start[3]!, cell.st.tcp[7]! - start[7]!, cell.st.tcp[11]! - start[11]!),
    ).toBeLessThan(1e-9);
    expect(Math.abs(cell.st.tcp[2]! - start[2]!)).toBeGreaterThan(0.05);
  });

  it('follows the VR hand through the virtual coupling and settles on it without overshoot to speak of', () => {
    const cell = freedrive();
    const target = cell.st.tcp.slice();
    target[3] = target[3]! + 0.05;
    cell.command({ type: 'guide-target', pose: target });
    cell.step(360);
    expect(Math.abs(cell.st.tcp[3]! - target[3]!)).toBeLessThan(1e-4);
    const maxX = Math.max(...cell.samples.map((s) => s.tcp[3]!));
    expect(maxX - target[3]!).toBeLessThan(0.05 * 0.05);
  });

  it('stops at the edge of the workspace with a "guiding-limit" event instead of throwing', () => {
    const cell = new TestCell(ur5e, empty, UR10E.q0);
    cell.step();
    cell.command({ type: 'set-mode', mode: 'hand-guide' });
    cell.command({ type: 'guide-wrench', forceN: [-30, 0, 0], torqueNm: [0, 0, 0] });
    cell.step(30 * 180);
    expect(cell.codes()).toContain('guiding-limit');
    expect(cell.st.tcpSpeedMPerS).toBe(0);
  });

  it('the safety layer stops freedrive with speedScale 0', () => {
    const cell = freedrive();
    cell.command({ type: 'guide-wrench', forceN: [0, 10, 0], torqueNm: [0, 0, 0] });
    cell.step(30);
    cell.speedScale = 0;
    cell.step(2);
    expect(cell.st.tcpSpeedMPerS).toBe(0);
  });
});
