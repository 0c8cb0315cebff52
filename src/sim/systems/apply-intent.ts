// Applies one trainee intent to the world between steps. Refusals become events with the reason, never throws:
// a glitching controller or a wrong button must not lose what the trainee already has.
import type { Intent } from '../intents.ts';
import type { WorldState } from '../world-state.ts';
import type { MoveInstruction, MotionCommand } from '../motion/index.ts';
import { applyMotionCommand } from '../motion/index.ts';
import { applyFaultIntent } from '../faults/index.ts';
import { WELD_SETTING_RANGES } from '../cell/weld-settings.ts';
import { pushEvent } from '../events.ts';
import { worldToBase, baseToWork, tcpInWork } from './frames.ts';
import { setOrbitalProgram } from './orbital.ts';
import { ticksToSeconds } from '../core/clock.ts';
import { DIAGNOSTIC_FAULT_INTENTS, REMEDY_FAULT_INTENTS } from '../faults/fault-intent-types.ts';

const FAULT_INTENTS = new Set<string>([...DIAGNOSTIC_FAULT_INTENTS, ...REMEDY_FAULT_INTENTS]);

function reject(w: WorldState, intent: Intent, why: string): void {
  pushEvent(w.events, { tick: w.tick, kind: 'intent-rejected', code: intent.type, text: why });
}

function motion(w: WorldState, intent: Intent, cmd: MotionCommand): void {
  const refused = applyMotionCommand(w.motion, cmd, w.program);
  if (refused) reject(w, intent, refused.text);
}

function inRange(v: unknown, range: readonly [number, number]): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= range[0] && v <= range[1];
}

/** `n` finite numbers (a tracked pose or joint list from a controller that may glitch: NaN, Infinity). */
function finiteList(v: unknown, n: number): boolean {
  if (!Array.isArray(v) || v.length !== n) return false;
  for (let i = 0; i < n; i++) if (typeof v[i] !== 'number' || !Number.isFinite(v[i])) return false;
  return true;
}

/** A rotation given as three rows of three finite numbers. */
function finiteRows(r: unknown): boolean {
  return Array.isArray(r) && r.length === 3 && r.every((row) => finiteList(row, 3));
}

export function robotStopped(w: WorldState): boolean {
  const m = w.motion;
  return m.exec !== 'running' && m.tcpSpeedMPerS < 1e-4 && (m.mode !== 'jog' || m.jog.rate === 0);
}

export function applyIntent(w: WorldState, intent: Intent): void {
  switch (intent.type) {
    case 'setWeld': {
      const { key, value } = intent;
      const s = w.settings as unknown as Record<string, unknown>;
      if (key === 'process' || key === 'shieldingGas') {
        if (typeof value !== 'string') return reject(w, intent, `${key} must be a name`);
        s[key] = value;
      } else if (key === 'pulsed') {
        if (typeof value !== 'boolean') return reject(w, intent, 'pulsed must be true or false');
        s[key] = value;
      } else {
        const range = WELD_SETTING_RANGES[key];
        if (!inRange(value, range))
          return reject(w, intent, `${key} must be a number within ${range[0]}–${range[1]}`);
        s[key] = value;
      }
      return;
    }
    case 'setMode':
      w.controls.operatingMode = intent.mode;
      return;
    case 'setSpeedOverride':
      if (!inRange(intent.percent, [0, 100])) return reject(w, intent, 'speed override must be 0–100 %');
      return motion(w, intent, { type: 'set-override', percent: intent.percent });
    case 'enablingDevice':
      w.controls.enabling = intent.position;
      return;
    case 'jog':
      if (w.motion.mode !== 'jog') motion(w, intent, { type: 'set-mode', mode: 'jog' });
      return motion(w, intent, {
        type: 'jog',
        frame: intent.frame,
        axis: intent.axis,
        direction: intent.direction,
      });
    case 'freedrive':
      w.controls.freedrive = intent.on;
      if (intent.on) return motion(w, intent, { type: 'set-mode', mode: 'hand-guide' });
      motion(w, intent, { type: 'guide-target', pose: null });
      return motion(w, intent, { type: 'set-mode', mode: 'program' });
    case 'handGuide': {
      if (!w.controls.freedrive)
        return reject(w, intent, 'hold the freedrive button to hand-guide the torch');
      // A tracking glitch must not move the torch: the last good target stays.
      if (!finiteList(intent.position, 3) || (intent.rotation !== undefined && !finiteRows(intent.rotation)))
        return reject(
          w,
          intent,
          'hand pose ignored: position and rotation must be finite numbers (tracking lost?)',
        );
      const pose = worldToBase(w, intent.position, intent.rotation);
      return motion(w, intent, { type: 'guide-target', pose });
    }
    case 'recordPoint': {
      const name = intent.name ?? nextPointName(w);
      w.program.targets[name] = { kind: 'pose', pose: tcpInWork(w), jointsHint: w.motion.q.slice() };
      pushEvent(w.events, {
        tick: w.tick,
        kind: 'program',
        code: 'point-recorded',
        text: `Point ${name} recorded`,
        data: { name },
      });
      return;
    }
    case 'setTarget':
      if (intent.joints.length !== w.motion.dof || !intent.joints.every(Number.isFinite)) {
        return reject(w, intent, `a joint target needs ${w.motion.dof} finite joint values`);
      }
      w.program.targets[intent.name] = { kind: 'joints', joints: intent.joints.slice() };
      return;
    case 'addMove': {
      if (!w.program.targets[intent.target])
        return reject(w, intent, `no point named ${intent.target}: record it first`);
      if (intent.move === 'C' && (!intent.via || !w.program.targets[intent.via]))
        return reject(w, intent, 'MoveC needs a recorded via point');
      if (!inRange(intent.speedMmPerS, [0.1, 2000])) return reject(w, intent, 'speed must be 0.1–2000 mm/s');
      const common = {
        zone: intent.zoneMm,
        arc: intent.arc,
        ...(intent.weave
          ? {
              weave: {
                pattern: intent.weave.pattern,
                widthMm: intent.weave.widthMm,
                frequencyHz: intent.weave.frequencyHz,
                ...(intent.weave.dwellS
                  ? { leftDwellS: intent.weave.dwellS, rightDwellS: intent.weave.dwellS }
                  : {}),
              },
            }
          : {}),
      };
      let ins: MoveInstruction;
      if (intent.move === 'J')
        ins = {
          type: 'MoveJ',
          to: intent.target,
          speed: { kind: 'mmPerS', mmPerS: intent.speedMmPerS },
          ...common,
        };
      else if (intent.move === 'L')
        ins = { type: 'MoveL', to: intent.target, speedMmPerS: intent.speedMmPerS, ...common };
      else
        ins = {
          type: 'MoveC',
          via: intent.via!,
          to: intent.target,
          speedMmPerS: intent.speedMmPerS,
          ...common,
        };
      w.program.instructions.push(ins);
      return;
    }
    case 'deleteMove':
      if (
        !Number.isInteger(intent.index) ||
        intent.index < 0 ||
        intent.index >= w.program.instructions.length
      ) {
        return reject(w, intent, `no instruction ${intent.index}`);
      }
      if (w.motion.exec === 'running') return reject(w, intent, 'stop the program before editing it');
      w.program.instructions.splice(intent.index, 1);
      return;
    case 'clearProgram':
      if (w.motion.exec === 'running') return reject(w, intent, 'stop the program before editing it');
      w.program.instructions.length = 0;
      return motion(w, intent, { type: 'reset', pc: 0 });
    case 'runProgram':
      if (w.cell.family === 'orbital') {
        if (!w.orbital) return reject(w, intent, 'no orbital program');
        w.orbital.running = true;
        w.controls.restartPulse = true;
        return;
      }
      if (w.motion.mode !== 'program') motion(w, intent, { type: 'set-mode', mode: 'program' });
      w.controls.restartPulse = true;
      return motion(w, intent, { type: 'run' });
    case 'stepProgram':
      if (w.motion.mode !== 'program') motion(w, intent, { type: 'set-mode', mode: 'program' });
      w.controls.restartPulse = true;
      return motion(w, intent, { type: 'step' });
    case 'pauseProgram':
      if (w.orbital) w.orbital.running = false;
      return motion(w, intent, { type: 'pause' });
    case 'stopProgram':
      if (w.orbital) w.orbital.running = false;
      w.arc.requested = false;
      return motion(w, intent, { type: 'stop' });
    case 'setPositioner':
      if (!w.positioner) return reject(w, intent, 'this cell has no positioner');
      if (!finiteList(intent.joints, w.positioner.q.length))
        return reject(w, intent, `the positioner needs ${w.positioner.q.length} finite axis values`);
      w.positioner.target = intent.joints.slice();
      return;
    case 'setOrbitalProgram':
      if (!w.orbital) return reject(w, intent, 'only the pipe cell has a sector program');
      return setOrbitalProgram(w.orbital, intent.sectors, (why) => reject(w, intent, why));
    case 'arc':
      w.controls.manualArc = intent.on;
      return;
    case 'eStop':
      w.controls.eStopPressed = true;
      return;
    case 'resetEStop':
      w.controls.eStopPressed = false;
      w.controls.resetPulse = true;
      return;
    case 'resetProtectiveStop':
      w.controls.resetPulse = true;
      w.controls.restartPulse = true;
      return motion(w, intent, { type: 'reset' });
    case 'bodyPose':
      // Tracking lost for a frame: keep the last known position rather than a person nowhere (or everywhere).
      if (!finiteList(intent.position, 3))
        return reject(
          w,
          intent,
          `${intent.part} pose ignored: position must be 3 finite numbers (tracking lost?)`,
        );
      w.people[intent.part] = [intent.position[0], intent.position[1], intent.position[2]];
      w.people.present = true;
      return;
    case 'helmet':
      w.people.helmetDown = intent.down;
      return;
    case 'door':
      w.controls.doorClosed = !intent.open;
      return;
    default:
      if (FAULT_INTENTS.has(intent.type)) {
        if (intent.type === 'holdProgram') motion(w, intent, { type: 'pause' });
        const result = applyFaultIntent(w.faults, intent, {
          tS: ticksToSeconds(w.tick),
          arcOn: w.arc.phase === 'welding' || w.arc.phase === 'crater',
          robotStopped: robotStopped(w),
          gasFlowSetLPerMin: w.settings.shieldingGas === 'none' ? 0 : w.settings.gasFlowLPerMin,
        });
        if (!result.accepted) reject(w, intent, result.reason);
        return;
      }
      return reject(w, intent as Intent, `unknown intent ${(intent as { type: string }).type}`);
  }
}

function nextPointName(w: WorldState): string {
  let i = Object.keys(w.program.targets).length + 1;
  while (w.program.targets[`P${i}`]) i++;
  return `P${i}`;
}

export { baseToWork };
