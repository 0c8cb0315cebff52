// The motion system's per-step entry point: program execution, jogging or hand guiding, by mode.
import type { RobotModel } from '../robot/index.ts';
import type { MotionProgram } from './program.ts';
import type { MotionState } from './motion-state.ts';
import { stepProgram } from './executor.ts';
import { stepJog } from './jog.ts';
import { stepHandGuide } from './hand-guide.ts';
import { holdStill } from './hold-still.ts';

/**
 * Advances the robot by one fixed step (dtS, normally 1/180 s). Zero allocation in normal running.
 * @param tool flange → TCP transform (Mat34)
 * @param wobj robot base → work-object frame (Mat34); may change every step (coordinated positioner)
 * @param speedScale safety layer factor in [0, 1]: 1 normal, < 1 reduced speed, 0 = controlled stop on the path
 * Events of this step replace st.events.
 */
export function stepMotion(
  st: MotionState,
  robot: RobotModel,
  program: MotionProgram,
  tool: ArrayLike<number>,
  wobj: ArrayLike<number>,
  speedScale: number,
  dtS: number,
): void {
  if (st.events.length !== 0) st.events.length = 0;
  const safety = speedScale > 1 ? 1 : speedScale > 0 ? speedScale : 0;
  const override = st.overridePercent >= 100 ? 1 : st.overridePercent > 0 ? st.overridePercent / 100 : 0;
  if (st.mode === 'program') stepProgram(st, robot, program, tool, wobj, safety * override, dtS);
  else {
    // Start from the actual pose so Cartesian jogging and guiding never drift from the joints.
    holdStill(st, robot, tool);
    if (st.mode === 'jog') stepJog(st, robot, tool, wobj, safety * override, dtS);
    else stepHandGuide(st, robot, tool, safety, dtS);
  }
  st.timeS += dtS;
}
