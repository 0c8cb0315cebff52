import { describe, expect, it } from 'vitest';
import { TestCell } from './harness.ts';
import { M10IA, UR10E, offset } from './fixtures.ts';
import { defaultTorch, downPose, solvePoseHint } from './poses.ts';
import { fanucM10ia, noTool, ur10e } from '../../../src/sim/robot/index.ts';
import type { MotionProgram } from '../../../src/sim/motion/index.ts';

const flangeTool = Array.from(noTool.tcp);

function moveL(pose: number[], speedMmPerS = 100): MotionProgram {
  return {
    targets: { P: { kind: 'pose', pose } },
    instructions: [{ type: 'MoveL', to: 'P', speedMmPerS, zone: 'fine' }],
  };
}

describe('motion alarms are events, never exceptions', () => {
  it('a target out of reach raises "unreachable" before the robot moves', () => {
    const cell = new TestCell(fanucM10ia, moveL(downPose(3, 0, 0.3)), M10IA.q0);
    expect(() => cell.runToEnd(2)).not.toThrow();
    expect(cell.codes()).toEqual(['unreachable']);
    expect(cell.events[0]!.text).toMatch(/MoveL to P \(line 1\).*out of reach/);
    expect(cell.st.exec).toBe('error');
    expect(cell.st.q).toEqual(M10IA.q0);
  });

  it('a line that sweeps J1 past ±180° behind the FANUC raises "joint-limit" naming J1', () => {
    const q0 = solvePoseHint(fanucM10ia, downPose(-0.8, 0.3, 0.3), flangeTool, [2.8, 0.3, -0.2, 0, -1.2, 0])!;
    const cell = new TestCell(fanucM10ia, moveL(downPose(-0.8, -0.3, 0.3)), q0);
    cell.tool = flangeTool;
    cell.runToEnd(10);
    expect(cell.codes()).toEqual(['joint-limit']);
    expect(cell.events[0]!.data?.joint).toBe(0);
    expect(cell.events[0]!.text).toMatch(/J1 would pass its limit/);
  });

  it('a MoveL whose straight line crosses the UR wrist singularity (θ5 = 0) is reported, not executed', () => {
    const qa = [0, -1.2, 1.6, -0.4, 0.2, 0];
    const f = new Float64Array(12);
    ur10e.fk([0, -1.2, 1.6, -0.4, -0.2, 0], f);
    const cell = new TestCell(ur10e, moveL(Array.from(f)), qa);
    cell.tool = flangeTool;
    cell.runToEnd(10);
    expect(cell.codes()).toEqual(['singularity']);
    expect(cell.events[0]!.data?.singularity).toBe('wrist');
    expect(cell.st.q).toEqual(qa);
  });

  it('a MoveL to a point taught in another wrist configuration raises "configuration-change"', () => {
    const tool = defaultTorch();
    const endPose = downPose(...offset(UR10E.start, UR10E.along, 0.2));
    const same = solvePoseHint(ur10e, endPose, tool, UR10E.q0)!;
    // The same pose with the wrist flipped: θ5 → −θ5, θ4 and θ6 half a turn round.
    const flipped = solvePoseHint(ur10e, endPose, tool, [
      same[0]!,
      same[1]!,
      same[2]!,
      same[3]! + Math.PI,
      -same[4]!,
      same[5]! + Math.PI,
    ])!;
    expect(Math.abs(flipped[4]! + same[4]!)).toBeLessThan(0.1);
    const program: MotionProgram = {
      targets: { P: { kind: 'joints', joints: flipped } },
      instructions: [{ type: 'MoveL', to: 'P', speedMmPerS: 100, zone: 'fine' }],
    };
    const cell = new TestCell(ur10e, program, UR10E.q0).runToEnd(10);
    expect(cell.codes()).toEqual(['configuration-change']);
    // MoveJ is the remedy: it goes there in joint space.
    const ok = new TestCell(
      ur10e,
      {
        ...program,
        instructions: [{ type: 'MoveJ', to: 'P', speed: { kind: 'percent', percent: 50 }, zone: 'fine' }],
      },
      UR10E.q0,
    ).runToEnd(20);
    expect(ok.codes()).toEqual(['move-complete', 'program-end']);
  });

  it('a fast MoveL is slowed so no joint exceeds its max speed, reported once, and stays on the line', () => {
    // A 0.8 m line passing 0.35 m from the base axis: at 1.1 m/s the base joint would need > 3 rad/s.
    const a: [number, number, number] = [-0.35, -0.4, 0.2];
    const q0 = solvePoseHint(ur10e, downPose(...a), defaultTorch(), UR10E.q0)!;
    const cell = new TestCell(ur10e, moveL(downPose(-0.35, 0.4, 0.2), 2000), q0).runToEnd(10);
    expect(cell.codes()).toEqual(['joint-speed-limited', 'move-complete', 'program-end']);
    for (const s of cell.samples) {
      s.qd.forEach((v, j) => expect(Math.abs(v)).toBeLessThanOrEqual(ur10e.maxJointSpeed[j]! * (1 + 1e-9)));
      const p = [s.tcp[3]! - a[0], s.tcp[7]! - a[1], s.tcp[11]! - a[2]];
      expect(Math.hypot(p[0]!, p[2]!)).toBeLessThan(1e-4);
    }
  });

  it('an undefined target names the line and the targets that exist', () => {
    const program: MotionProgram = {
      targets: { home: { kind: 'joints', joints: UR10E.q0 } },
      instructions: [{ type: 'MoveL', to: 'P9', speedMmPerS: 100, zone: 'fine' }],
    };
    const cell = new TestCell(ur10e, program, UR10E.q0).runToEnd(1);
    expect(cell.codes()).toEqual(['invalid-instruction']);
    expect(cell.events[0]!.text).toBe(
      'MoveL to P9 (line 1): target is not defined; teach it or pick one of home.',
    );
  });

  it('after an alarm, reset clears the error and the corrected program runs', () => {
    const cell = new TestCell(fanucM10ia, moveL(downPose(3, 0, 0.3)), M10IA.q0).runToEnd(1);
    expect(cell.command({ type: 'run' })?.code).toBe('command-rejected');
    cell.command({ type: 'reset', pc: 0 });
    cell.program = moveL(downPose(...offset(M10IA.start, M10IA.along, 0.1)));
    cell.runToEnd(10);
    expect(cell.codes().slice(-2)).toEqual(['move-complete', 'program-end']);
  });
});
