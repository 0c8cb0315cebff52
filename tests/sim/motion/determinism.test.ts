import { describe, expect, it } from 'vitest';
import { TestCell } from './harness.ts';
import { UR10E } from './fixtures.ts';
import { weldProgram } from './weld-program.ts';
import { ur10e } from '../../../src/sim/robot/index.ts';
import { hashState } from '../../../src/sim/core/hash.ts';
import { STEP_S } from '../../../src/sim/core/clock.ts';
import { createMotionState, stepMotion, validateProgram } from '../../../src/sim/motion/index.ts';
import type { MotionState } from '../../../src/sim/motion/index.ts';

function runHashes(): { hashes: string[]; codes: string[] } {
  const cell = new TestCell(ur10e, weldProgram, UR10E.q0);
  cell.command({ type: 'run' });
  const hashes: string[] = [];
  for (let i = 0; i < 180 * 80 && cell.st.exec === 'running'; i++) {
    cell.step();
    if (i % 30 === 0) hashes.push(hashState(cell.st));
  }
  hashes.push(hashState(cell.st));
  return { hashes, codes: cell.codes() };
}

describe('determinism and serialisable state', () => {
  it('the weld program is valid and runs to its end', () => {
    expect(validateProgram(weldProgram, ur10e)).toEqual([]);
    const { codes } = runHashes();
    expect(codes).toEqual([
      'move-complete', // MoveJ approach, flown by
      'move-complete',
      'arc-start-point',
      'move-complete', // p1, flown by inside the weld
      'move-complete', // p2, flown by into the arc
      'move-complete',
      'arc-end-point',
      'move-complete',
      'program-end',
    ]);
  });

  it('the same program twice gives the same joint trajectory, bit for bit (state hash every 30 steps)', () => {
    const a = runHashes();
    const b = runHashes();
    expect(a.hashes.length).toBeGreaterThan(100);
    expect(b.hashes).toEqual(a.hashes);
  });

  it('a fresh state at given joints already knows its TCP when given the robot and tool', () => {
    const tool = new TestCell(ur10e, weldProgram, UR10E.q0).tool;
    const st = createMotionState(UR10E.q0, ur10e, tool);
    const cell = new TestCell(ur10e, weldProgram, UR10E.q0).step();
    expect(st.tcp).toEqual(cell.st.tcp);
  });

  it('state is plain JSON: a serialised copy continues exactly like the original (replay from a snapshot)', () => {
    const cell = new TestCell(ur10e, weldProgram, UR10E.q0);
    cell.command({ type: 'run' });
    cell.step(180 * 12);
    const copy = JSON.parse(JSON.stringify(cell.st)) as MotionState;
    expect(copy).toEqual(cell.st);
    expect(hashState(copy)).toBe(hashState(cell.st));
    for (let i = 0; i < 180 * 10; i++) {
      stepMotion(cell.st, ur10e, weldProgram, cell.tool, cell.wobj, 1, STEP_S);
      stepMotion(copy, ur10e, weldProgram, cell.tool, cell.wobj, 1, STEP_S);
    }
    expect(hashState(copy)).toBe(hashState(cell.st));
    expect(cell.st.phase).not.toBe('none');
  });
});
