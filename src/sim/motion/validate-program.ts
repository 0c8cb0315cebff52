// Static checks of a program before it runs: every problem names where it is, what is wrong and what is right.
import type { RobotModel } from '../robot/index.ts';
import type { MotionProgram, WeaveData } from './program.ts';

export interface ProgramProblem {
  /** JSON path, e.g. `instructions[3].weave.frequencyHz`. */
  path: string;
  severity: 'error' | 'warning';
  message: string;
}

const PATTERNS = ['zigzag', 'triangle', 'circular', 'sine'];

function positive(v: unknown): boolean {
  return typeof v === 'number' && Number.isFinite(v) && v > 0;
}

function checkWeave(w: WeaveData, at: string, out: ProgramProblem[]): void {
  if (!PATTERNS.includes(w.pattern))
    out.push({ path: `${at}.pattern`, severity: 'error', message: `expected one of ${PATTERNS.join(', ')}` });
  if (!positive(w.widthMm))
    out.push({ path: `${at}.widthMm`, severity: 'error', message: 'expected a width > 0 mm' });
  if (!positive(w.frequencyHz))
    out.push({ path: `${at}.frequencyHz`, severity: 'error', message: 'expected a frequency > 0 Hz' });
  const dwell = (w.leftDwellS ?? 0) + (w.rightDwellS ?? 0) + 2 * (w.centreDwellS ?? 0);
  for (const key of ['leftDwellS', 'rightDwellS', 'centreDwellS'] as const) {
    const v = w[key];
    if (v !== undefined && !(Number.isFinite(v) && v >= 0))
      out.push({ path: `${at}.${key}`, severity: 'error', message: 'expected a dwell ≥ 0 s' });
  }
  if (positive(w.frequencyHz) && dwell > 0.9 / w.frequencyHz)
    out.push({
      path: at,
      severity: 'warning',
      message: `dwells (${dwell.toFixed(3)} s per cycle) leave no time to move at ${w.frequencyHz} Hz; they are shortened to fit 90 % of the ${(1 / w.frequencyHz).toFixed(3)} s cycle`,
    });
}

/** Problems of `program` for `robot`; an empty list means it can run. */
export function validateProgram(program: MotionProgram, robot: RobotModel): ProgramProblem[] {
  const out: ProgramProblem[] = [];
  for (const [name, t] of Object.entries(program.targets)) {
    const at = `targets.${name}`;
    if (t.kind === 'joints') {
      if (t.joints.length !== robot.dof)
        out.push({
          path: `${at}.joints`,
          severity: 'error',
          message: `expected ${robot.dof} numbers, got ${t.joints.length}`,
        });
      else
        t.joints.forEach((v, j) => {
          const lim = robot.jointLimits[j]!;
          if (!Number.isFinite(v) || v < lim[0] || v > lim[1])
            out.push({
              path: `${at}.joints[${j}]`,
              severity: 'error',
              message: `expected a value in [${lim[0]}, ${lim[1]}], got ${v}`,
            });
        });
    } else if (t.pose.length !== 12 || !t.pose.every(Number.isFinite))
      out.push({
        path: `${at}.pose`,
        severity: 'error',
        message: 'expected 12 finite numbers (row-major 3x4)',
      });
  }
  program.instructions.forEach((ins, i) => {
    const at = `instructions[${i}]`;
    const names =
      ins.type === 'MoveC' ? [['via', ins.via] as const, ['to', ins.to] as const] : [['to', ins.to] as const];
    for (const [key, name] of names)
      if (!Object.prototype.hasOwnProperty.call(program.targets, name))
        out.push({ path: `${at}.${key}`, severity: 'error', message: `target "${name}" is not defined` });
    if (ins.type === 'MoveJ') {
      const s = ins.speed;
      const v = s.kind === 'percent' ? s.percent : s.kind === 'radPerS' ? s.radPerS : s.mmPerS;
      if (!positive(v)) out.push({ path: `${at}.speed`, severity: 'error', message: 'expected a speed > 0' });
      if (s.kind === 'percent' && v > 100)
        out.push({
          path: `${at}.speed.percent`,
          severity: 'warning',
          message: 'more than 100 % is clamped to 100 %',
        });
    } else if (!positive(ins.speedMmPerS))
      out.push({ path: `${at}.speedMmPerS`, severity: 'error', message: 'expected a speed > 0 mm/s' });
    if (ins.zone !== 'fine' && !(typeof ins.zone === 'number' && Number.isFinite(ins.zone) && ins.zone >= 0))
      out.push({
        path: `${at}.zone`,
        severity: 'error',
        message: "expected 'fine' or a corner radius ≥ 0 mm",
      });
    const next = program.instructions[i + 1];
    if (ins.zone !== 'fine' && next && (ins.arc ?? false) !== (next.arc ?? false))
      out.push({
        path: `${at}.zone`,
        severity: 'warning',
        message: `the end point is an arc ${ins.arc ? 'end' : 'start'} point, which is always an exact stop; use fine`,
      });
    if (ins.weave) {
      checkWeave(ins.weave, `${at}.weave`, out);
      if (ins.type === 'MoveJ')
        out.push({
          path: `${at}.weave`,
          severity: 'warning',
          message: 'a joint move cannot weave; use MoveL or MoveC',
        });
    }
    if (ins.arc && ins.type === 'MoveJ')
      out.push({
        path: `${at}.arc`,
        severity: 'warning',
        message: 'welding on a joint move gives no defined travel path; use MoveL or MoveC',
      });
  });
  return out;
}
