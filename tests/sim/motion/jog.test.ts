import { describe, expect, it } from 'vitest';
import { TestCell } from './harness.ts';
import { UR10E } from './fixtures.ts';
import { ur10e } from '../../../src/sim/robot/index.ts';
import { REDUCED_SPEED_M_PER_S } from '../../../src/sim/motion/index.ts';
import type { MotionProgram } from '../../../src/sim/motion/index.ts';

const empty: MotionProgram = { targets: {}, instructions: [] };

function jogCell(): TestCell {
  const cell = new TestCell(ur10e, empty, UR10E.q0);
  cell.step();
  cell.command({ type: 'set-mode', mode: 'jog' });
  return cell;
}

describe('jogging from the pendant', () => {
  it('joint jog turns only the selected joint, ramps up, and keeps the TCP under 250 mm/s', () => {
    const cell = jogCell();
    cell.command({ type: 'set-override', percent: 20 });
    cell.command({ type: 'jog', frame: 'joint', axis: 5, direction: 1 });
    cell.step(180);
    cell.st.q.forEach((v, j) =>
      j === 5 ? expect(v).toBeGreaterThan(UR10E.q0[j]! + 0.3) : expect(v).toBe(UR10E.q0[j]),
    );
    expect(cell.st.qd[5]).toBeCloseTo(0.2 * ur10e.maxJointSpeed[5]!, 9);
    cell.command({ type: 'set-override', percent: 100 });
    cell.command({ type: 'jog', frame: 'joint', axis: 0, direction: -1 });
    cell.step(360);
    for (const s of cell.samples) expect(s.tcpSpeed).toBeLessThanOrEqual(REDUCED_SPEED_M_PER_S + 1e-9);
  });

  it('releasing the jog key decelerates to a stop', () => {
    const cell = jogCell();
    cell.command({ type: 'jog', frame: 'joint', axis: 1, direction: 1 });
    cell.step(60);
    cell.command({ type: 'jog', frame: 'joint', axis: 1, direction: 0 });
    cell.step(180);
    expect(cell.st.jog.rate).toBe(0);
    expect(cell.st.tcpSpeedMPerS).toBe(0);
  });

  it('base-frame jog along +Y moves the torch straight along base Y at the override speed', () => {
    const cell = jogCell();
    cell.command({ type: 'set-override', percent: 40 });
    const start = cell.st.tcp.slice();
    cell.command({ type: 'jog', frame: 'base', axis: 1, direction: 1 });
    cell.step(180);
    expect(cell.st.tcp[7]! - start[7]!).toBeGreaterThan(0.05);
    expect(Math.abs(cell.st.tcp[3]! - start[3]!)).toBeLessThan(1e-9);
    expect(Math.abs(cell.st.tcp[11]! - start[11]!)).toBeLessThan(1e-9);
    expect(cell.st.tcpSpeedMPerS).toBeCloseTo(0.4 * REDUCED_SPEED_M_PER_S, 6);
  });

  it('tool-frame jog along tool Z moves the torch along its own axis (towards the work)', () => {
    const cell = jogCell();
    const start = cell.st.tcp.slice();
    cell.command({ type: 'jog', frame: 'tool', axis: 2, direction: 1 });
    cell.step(60);
    const d = [cell.st.tcp[3]! - start[3]!, cell.st.tcp[7]! - start[7]!, cell.st.tcp[11]! - start[11]!];
    const n = Math.hypot(d[0]!, d[1]!, d[2]!);
    expect(d[0]! / n).toBeCloseTo(start[2]!, 6);
    expect(d[2]! / n).toBeCloseTo(start[10]!, 6);
  });

  it('work-object jog follows the rotated work-object frame', () => {
    const cell = jogCell();
    // Work object turned 90° about Z: its X is base Y.
    cell.wobj = [0, -1, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0];
    const start = cell.st.tcp.slice();
    cell.command({ type: 'jog', frame: 'work', axis: 0, direction: 1 });
    cell.step(60);
    expect(cell.st.tcp[7]! - start[7]!).toBeGreaterThan(0.005);
    expect(Math.abs(cell.st.tcp[3]! - start[3]!)).toBeLessThan(1e-9);
  });

  it('joint jog stops at the joint limit with an event', () => {
    const cell = jogCell();
    cell.command({ type: 'jog', frame: 'joint', axis: 5, direction: 1 });
    cell.step(180 * 8);
    expect(cell.codes()).toContain('guiding-limit');
    expect(cell.st.q[5]).toBe(ur10e.jointLimits[5]![1]);
  });
});
