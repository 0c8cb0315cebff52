// Human-readable wording for motion events: what happened, where, and what would be right.
import type { RobotModel } from '../robot/index.ts';
import type { MotionProgram } from './program.ts';
import {
  TARGET_JOINT_LIMIT,
  TARGET_MALFORMED,
  TARGET_MISSING,
  TARGET_UNREACHABLE,
  targetLimitJoint,
} from './targets.ts';
import {
  PLAN_BAD_SPEED,
  PLAN_CONFIG_CHANGE,
  PLAN_INVALID_CIRCLE,
  PLAN_NO_INSTRUCTION,
  PLAN_PATH_JOINT_LIMIT,
  PLAN_PATH_SINGULAR,
  PLAN_PATH_UNREACHABLE,
} from './instruction-plan.ts';
import { lookaheadResult } from './lookahead.ts';
import type { MotionEventCode } from './motion-events.ts';

/** "MoveL to P3 (line 4)". */
export function instructionLabel(program: MotionProgram, i: number): string {
  const ins = program.instructions[i];
  if (!ins) return `line ${i + 1}`;
  const via = ins.type === 'MoveC' ? ` via ${ins.via}` : '';
  return `${ins.type}${via} to ${ins.to} (line ${i + 1})`;
}

export function jointLabel(robot: RobotModel, j: number): string {
  return robot.jointNames?.[j] ?? `J${j + 1}`;
}

/** Event code and text for a planning failure code from targets.ts / instruction-plan.ts. */
export function planFailure(
  program: MotionProgram,
  robot: RobotModel,
  i: number,
  status: number,
): { code: MotionEventCode; text: string; data?: Record<string, number | string> } {
  const where = instructionLabel(program, i);
  const ins = program.instructions[i];
  const at = `${where} at ${(lookaheadResult.fraction * 100).toFixed(0)} % of the path`;
  switch (status) {
    case PLAN_PATH_UNREACHABLE:
      return {
        code: 'unreachable',
        text: `${at}: the path leaves the robot's workspace; the robot did not start. Move the part or the points closer.`,
        data: { pathFraction: lookaheadResult.fraction },
      };
    case PLAN_PATH_JOINT_LIMIT:
      return {
        code: 'joint-limit',
        text: `${at}: ${jointLabel(robot, lookaheadResult.joint)} would pass its limit; the robot did not start. Re-teach the points with the joint unwound, or use MoveJ.`,
        data: { pathFraction: lookaheadResult.fraction, joint: lookaheadResult.joint },
      };
    case PLAN_PATH_SINGULAR:
      return {
        code: 'singularity',
        text: `${at}: the path passes through the ${lookaheadResult.singularity} singularity; the robot did not start. Tilt the torch or move the path away from it.`,
        data: { pathFraction: lookaheadResult.fraction, singularity: lookaheadResult.singularity },
      };
    case PLAN_CONFIG_CHANGE:
      return {
        code: 'configuration-change',
        text: `${where}: the linear move would end in another arm configuration than the target was taught in (${jointLabel(robot, lookaheadResult.joint)} differs); use MoveJ to the point or re-teach it.`,
        data: { joint: lookaheadResult.joint },
      };
    case TARGET_MISSING:
      return {
        code: 'invalid-instruction',
        text: `${where}: target is not defined; teach it or pick one of ${Object.keys(program.targets).join(', ') || 'no targets yet'}.`,
      };
    case TARGET_MALFORMED:
      return {
        code: 'invalid-instruction',
        text: `${where}: target data is malformed; expected ${robot.dof} joint values or a 12-number pose.`,
      };
    case TARGET_UNREACHABLE:
      return {
        code: 'unreachable',
        text: `${where}: the target is out of reach of the ${robot.name}; move the part or the target closer.`,
      };
    case TARGET_JOINT_LIMIT: {
      const j = targetLimitJoint;
      const lim = robot.jointLimits[j];
      return {
        code: 'joint-limit',
        text: `${where}: ${jointLabel(robot, j)} of the target is outside its limits [${lim?.[0].toFixed(3)}, ${lim?.[1].toFixed(3)}].`,
      };
    }
    case PLAN_INVALID_CIRCLE:
      return {
        code: 'invalid-instruction',
        text: `${where}: start, via and end points lie on a line or coincide; teach a via point on the arc.`,
      };
    case PLAN_BAD_SPEED:
      return { code: 'invalid-instruction', text: `${where}: speed must be a positive number.` };
    case PLAN_NO_INSTRUCTION:
    default:
      return {
        code: 'invalid-instruction',
        text: `${where}: ${ins ? 'cannot be planned' : 'no such instruction'}.`,
      };
  }
}
