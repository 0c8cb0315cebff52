// Test harness for the motion layer: drive a robot program step by step like the world step does, and record
// what a trainee would see (TCP path, joints, events).
import type { RobotModel } from '../../../src/sim/robot/index.ts';
import { defaultTorch, solvePoseHint } from './poses.ts';
import { STEP_S } from '../../../src/sim/core/clock.ts';
import { mat34 } from '../../../src/sim/core/transform.ts';
import type { MotionEvent, MotionProgram, MotionState } from '../../../src/sim/motion/index.ts';
import { applyMotionCommand, createMotionState, stepMotion } from '../../../src/sim/motion/index.ts';

export interface Sample {
  tS: number;
  q: number[];
  qd: number[];
  tcp: number[];
  path: number[];
  weave: number[];
  tcpSpeed: number;
  pathSpeed: number;
  pc: number;
  phase: string;
}

export class TestCell {
  readonly st: MotionState;
  readonly samples: Sample[] = [];
  readonly events: MotionEvent[] = [];
  tool: number[] | Float64Array = defaultTorch();
  wobj: number[] | Float64Array = mat34();
  speedScale = 1;

  constructor(
    readonly robot: RobotModel,
    public program: MotionProgram,
    q0: readonly number[],
  ) {
    this.st = createMotionState(q0);
  }

  command(cmd: Parameters<typeof applyMotionCommand>[1]): MotionEvent | null {
    return applyMotionCommand(this.st, cmd, this.program);
  }

  step(n = 1): this {
    for (let i = 0; i < n; i++) {
      stepMotion(this.st, this.robot, this.program, this.tool, this.wobj, this.speedScale, STEP_S);
      this.events.push(...this.st.events);
      const s = this.st;
      this.samples.push({
        tS: s.timeS,
        q: s.q.slice(),
        qd: s.qd.slice(),
        tcp: s.tcp.slice(),
        path: s.pathPoint.slice(),
        weave: s.weaveOffsetM.slice(),
        tcpSpeed: s.tcpSpeedMPerS,
        pathSpeed: s.pathSpeedMPerS,
        pc: s.pc,
        phase: s.phase,
      });
    }
    return this;
  }

  /** Runs until the program is idle again (or errors), at most maxS seconds. */
  runToEnd(maxS = 60): this {
    this.command({ type: 'run' });
    const max = Math.round(maxS / STEP_S);
    for (let i = 0; i < max; i++) {
      this.step();
      if (this.st.exec !== 'running') break;
    }
    return this;
  }

  codes(): string[] {
    return this.events.map((e) => e.code);
  }
}

export { solvePoseHint };
