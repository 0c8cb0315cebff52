import { describe, expect, it } from 'vitest';
import { TestCell } from './harness.ts';
import { M10IA, UR10E } from './fixtures.ts';
import type { MotionProgram } from '../../../src/sim/motion/index.ts';
import { STEP_S } from '../../../src/sim/core/clock.ts';

describe.each([
  ['UR10e', UR10E],
  ['FANUC M-10iA', M10IA],
])('MoveJ on the %s', (_name, fx) => {
  const q1 = fx.q0.map((v, j) => v + [0.8, -0.3, 0.4, 1.2, -0.6, 2.0][j]!);
  const program = (percent: number): MotionProgram => ({
    targets: { home: { kind: 'joints', joints: q1 } },
    instructions: [{ type: 'MoveJ', to: 'home', speed: { kind: 'percent', percent }, zone: 'fine' }],
  });

  it('reaches the joint target exactly', () => {
    const cell = new TestCell(fx.robot, program(100), fx.q0).runToEnd(20);
    expect(cell.codes()).toEqual(['move-complete', 'program-end']);
    cell.st.q.forEach((v, j) => expect(v).toBeCloseTo(q1[j]!, 12));
  });

  it('never drives a joint faster than its max speed nor accelerates it harder than its max acceleration', () => {
    const cell = new TestCell(fx.robot, program(100), fx.q0).runToEnd(20);
    const { maxJointSpeed, maxJointAccel } = fx.robot;
    let prev = cell.samples[0]!.qd;
    for (const s of cell.samples) {
      s.qd.forEach((v, j) => {
        expect(Math.abs(v)).toBeLessThanOrEqual(maxJointSpeed[j]! * (1 + 1e-9));
        expect(Math.abs(v - prev[j]!) / STEP_S).toBeLessThanOrEqual(maxJointAccel[j]! * 1.02);
      });
      prev = s.qd;
    }
  });

  it.each([100, 30])('at %i %% takes the time-optimal trapezoid time of its slowest joint', (percent) => {
    const cell = new TestCell(fx.robot, program(percent), fx.q0).runToEnd(20);
    // Common parameter limits: rate ≤ v_j·f/|Δq_j|, acceleration ≤ a_j/|Δq_j| for every joint j.
    let rate = Infinity,
      acc = Infinity;
    q1.forEach((v, j) => {
      const d = Math.abs(v - fx.q0[j]!);
      rate = Math.min(rate, (fx.robot.maxJointSpeed[j]! * percent) / 100 / d);
      acc = Math.min(acc, fx.robot.maxJointAccel[j]! / d);
    });
    const expected = rate * rate < acc ? 1 / rate + rate / acc : 2 / Math.sqrt(acc);
    const moving = cell.samples.filter((s) => s.qd.some((v) => v !== 0)).length;
    expect(Math.abs(moving * STEP_S - expected)).toBeLessThan(3 * STEP_S);
  });

  it('moves all joints in sync: every joint is the same fraction of the way at any instant', () => {
    const cell = new TestCell(fx.robot, program(50), fx.q0).runToEnd(20);
    for (const s of cell.samples) {
      const fractions = s.q.map((v, j) => (v - fx.q0[j]!) / (q1[j]! - fx.q0[j]!));
      for (const f of fractions) expect(f).toBeCloseTo(fractions[0]!, 9);
    }
  });
});

describe('MoveJ speed forms', () => {
  it('URScript-style leading-axis speed (rad/s): the joint moving furthest peaks at the programmed speed', () => {
    const q1 = UR10E.q0.map((v, j) => v + [1.5, 0.2, -0.3, 0.4, 0.1, 0.2][j]!);
    const program: MotionProgram = {
      targets: { P: { kind: 'joints', joints: q1 } },
      instructions: [{ type: 'MoveJ', to: 'P', speed: { kind: 'radPerS', radPerS: 0.5 }, zone: 'fine' }],
    };
    const cell = new TestCell(UR10E.robot, program, UR10E.q0).runToEnd(20);
    const peak = Math.max(...cell.samples.map((s) => Math.abs(s.qd[0]!)));
    expect(peak).toBeCloseTo(0.5, 6);
  });
});
