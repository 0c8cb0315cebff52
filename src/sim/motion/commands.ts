// Teach-pendant commands and trainee inputs, applied between steps (from intents). They may allocate; they
// never move the robot themselves. A refused command answers with the reason instead of throwing.
import type { MotionProgram } from './program.ts';
import type { GuideConstraint, JogFrame, MotionMode, MotionState } from './motion-state.ts';
import type { MotionEvent } from './motion-events.ts';

export type MotionCommand =
  /** Run the program continuously from the program pointer (restarts at line 1 after the end). */
  | { type: 'run' }
  /** Single step (FANUC STEP / ABB step mode): run to the end of the current instruction, exact stop. */
  | { type: 'step' }
  /** Backward step (BWD): move back to the previous point with the same motion type, arc and weave off. */
  | { type: 'step-back' }
  /** Controlled stop on the path; run resumes where it stopped. */
  | { type: 'pause' }
  /** Controlled stop, then the current move is discarded (next run re-plans from the robot's position). */
  | { type: 'stop' }
  /** Clear an error or a stop and optionally move the program pointer. */
  | { type: 'reset'; pc?: number }
  | { type: 'set-pc'; pc: number }
  | { type: 'set-override'; percent: number }
  | { type: 'set-mode'; mode: MotionMode }
  | { type: 'jog'; frame: JogFrame; axis: number; direction: -1 | 0 | 1 }
  /** Hand wrench on the torch, robot base frame (N, N·m). */
  | { type: 'guide-wrench'; forceN: number[]; torqueNm: number[] }
  /** Hand pose target (TCP pose the hand pulls towards, robot base frame Mat34), or null to let go. */
  | { type: 'guide-target'; pose: number[] | null }
  | { type: 'guide-constraint'; constraint: GuideConstraint; planeNormal?: number[] }
  /** Weld sequence done at an arc start / end point: the program may move on. */
  | { type: 'release-arc-wait' }
  | { type: 'arc-interlock'; on: boolean };

function rejected(st: MotionState, text: string): MotionEvent {
  return { code: 'command-rejected', tS: st.timeS, instruction: st.pc, text };
}

function standingStill(st: MotionState): boolean {
  if (st.mode === 'program') return st.exec !== 'running';
  if (st.mode === 'jog') return st.jog.rate === 0;
  return st.guide.twist.every((v) => Math.abs(v) < 1e-9);
}

/** Applies a command to the motion state; returns null, or the event saying why it was refused. */
export function applyMotionCommand(
  st: MotionState,
  cmd: MotionCommand,
  program: MotionProgram,
): MotionEvent | null {
  const n = program.instructions.length;
  switch (cmd.type) {
    case 'run':
    case 'step':
    case 'step-back': {
      if (st.mode !== 'program')
        return rejected(st, `Switch the pendant to program mode first (now ${st.mode}).`);
      if (st.exec === 'error') return rejected(st, 'Acknowledge the error (reset) before starting.');
      if (cmd.type === 'step-back') {
        if (st.exec === 'running') return rejected(st, 'Step back only from a stop: pause first.');
        st.phase = 'none';
        st.uRate = 0;
        st.backward = true;
        st.stepMode = true;
        st.exec = 'running';
        return null;
      }
      if (n === 0) return rejected(st, 'The program is empty: add a move first.');
      if (st.exec === 'running' && !st.holdRequested) return null;
      // Resuming a paused weld: the arc is struck again at the pause point before the torch moves on.
      if (st.exec === 'paused' && st.arcOn && st.arcInterlock && st.phase !== 'none') st.arcWait = 'start';
      if (st.pc >= n && st.phase === 'none') {
        st.pc = 0;
        st.atEndOfPrevious = false;
      }
      st.holdRequested = false;
      st.abortOnHold = false;
      st.backward = false;
      st.stepMode = cmd.type === 'step';
      if (st.stepMode) {
        // Step mode treats zones as fine: the current move ends with an exact stop.
        // In a blend, st.seg is already the next instruction: it too ends with an exact stop.
        if (st.phase !== 'none') {
          st.seg.blendOut = false;
          st.seg.uEnd = 1;
          st.seg.exitSpeedMPerS = 0;
        }
      }
      st.exec = 'running';
      return null;
    }
    case 'pause':
    case 'stop':
      if (st.exec === 'running') {
        st.holdRequested = true;
        st.abortOnHold = cmd.type === 'stop';
      } else if (cmd.type === 'stop' && st.exec === 'paused') {
        st.exec = 'idle';
        st.phase = 'none';
        st.uRate = 0;
      }
      return null;
    case 'reset':
      st.exec = 'idle';
      st.phase = 'none';
      st.uRate = 0;
      st.holdRequested = false;
      st.abortOnHold = false;
      st.backward = false;
      st.stepMode = false;
      st.arcWait = 'none';
      st.arcOn = false;
      if (cmd.pc !== undefined) {
        st.pc = Math.max(0, Math.min(n, Math.floor(cmd.pc)));
        st.atEndOfPrevious = false;
      }
      return null;
    case 'set-pc':
      if (st.exec === 'running') return rejected(st, 'Stop the program before moving the program pointer.');
      st.pc = Math.max(0, Math.min(n, Math.floor(cmd.pc)));
      st.phase = 'none';
      st.uRate = 0;
      st.atEndOfPrevious = false;
      if (st.exec === 'paused') st.exec = 'idle';
      return null;
    case 'set-override':
      if (!Number.isFinite(cmd.percent)) return rejected(st, 'Override must be a number of percent (0–100).');
      st.overridePercent = Math.max(0, Math.min(100, cmd.percent));
      return null;
    case 'set-mode':
      if (cmd.mode === st.mode) return null;
      if (!standingStill(st))
        return rejected(st, `Stop the robot before switching from ${st.mode} to ${cmd.mode}.`);
      st.mode = cmd.mode;
      st.exec = 'idle';
      st.phase = 'none';
      st.uRate = 0;
      st.holdRequested = false;
      st.abortOnHold = false;
      st.jog.direction = 0;
      st.jog.rate = 0;
      st.guide.twist.fill(0);
      st.guide.forceN.fill(0);
      st.guide.torqueNm.fill(0);
      st.guide.targetActive = false;
      st.guide.blocked = false;
      st.atEndOfPrevious = false;
      return null;
    case 'jog':
      if (st.mode !== 'jog') return rejected(st, 'Select jog mode on the pendant first.');
      if (cmd.direction !== 0 && (cmd.frame !== st.jog.frame || cmd.axis !== st.jog.axis)) st.jog.rate = 0;
      st.jog.frame = cmd.frame;
      st.jog.axis = cmd.axis;
      st.jog.direction = cmd.direction;
      return null;
    case 'guide-wrench':
      if (st.mode !== 'hand-guide') return rejected(st, 'Freedrive is off: hold the freedrive button first.');
      for (let i = 0; i < 3; i++) {
        st.guide.forceN[i] = cmd.forceN[i] ?? 0;
        st.guide.torqueNm[i] = cmd.torqueNm[i] ?? 0;
      }
      st.guide.targetActive = false;
      return null;
    case 'guide-target':
      if (st.mode !== 'hand-guide') return rejected(st, 'Freedrive is off: hold the freedrive button first.');
      if (cmd.pose === null || cmd.pose.length !== 12) {
        st.guide.targetActive = false;
        st.guide.forceN.fill(0);
        st.guide.torqueNm.fill(0);
        return null;
      }
      for (let i = 0; i < 12; i++) st.guide.handTarget[i] = cmd.pose[i]!;
      st.guide.targetActive = true;
      return null;
    case 'guide-constraint':
      st.guide.constraint = cmd.constraint;
      if (cmd.planeNormal && cmd.planeNormal.length === 3)
        for (let i = 0; i < 3; i++) st.guide.planeNormal[i] = cmd.planeNormal[i]!;
      return null;
    case 'release-arc-wait':
      st.arcWait = 'none';
      return null;
    case 'arc-interlock':
      st.arcInterlock = cmd.on;
      if (!cmd.on) st.arcWait = 'none';
      return null;
  }
}
