// The quiet step: a fast path for the steps where nothing happens (the robot at rest, no program, jog or
// hand-guiding in motion, the arc off and not asked for, nobody in the cell, no fault due, no intent). Most of a
// trainee's 10-minute attempt is such steps (reading, thinking, waiting), and the server replays every one.
//
// Bit-identical by construction. A full step whose world looks quiet (`quietCandidate`) is checked afterwards:
// when it left every part of the state unchanged except the clocks, the random stream and the cooling part
// (the `ticking` fields below), the world is at a fixed point. The step is a pure function of the state, and under
// the quiet conditions the ticking fields feed nothing else (fault triggers need pending injections, the arc
// phase time only counts in a burning or starting arc, random draws move the arc only with a worn tip, the part
// temperature only matters to a person reaching for it), so the next step would again change only the ticking
// fields, in the same way: `quietStep` does exactly that and nothing more. Anything that breaks a condition, an
// intent, or a change made to the world from outside a step (`wakeWorld`) sends the world back to full steps.
// tests/sim/world/quiet-step.test.ts compares both paths step by step.
import type { Intent } from '../intents.ts';
import type { WorldState } from '../world-state.ts';
import { nextU32 } from '../core/prng.ts';
import { arcWanders } from '../faults/index.ts';
import { stepPartTemperature } from '../safety/index.ts';

interface QuietMemo {
  /** The world's tick when its last step was a verified or fast quiet step (−1: none). */
  tick: number;
  /** No verification before this tick (after a failed one), so a slowly settling world is not checked every step. */
  retryAt: number;
  /** Steps to the next try after this failure (doubles on each failure in a row, back to the start on success). */
  backoff: number;
  /** The world's tick at its last step that did not look quiet. */
  busyTick: number;
}

/** Steps to wait after a quiet-looking step that still changed the state (e.g. a decaying filter), doubling up to
 *  the maximum while it keeps changing (a hand-guided arm, a cooling filter) [perf tuning]. */
const RETRY_AFTER_STEPS = 16;
const RETRY_MAX_STEPS = 1024;
/**
 * Quiet-looking full steps in a row before a verification: a verification costs about as much as a dozen full
 * steps, so between intents that come a few frames apart (knob clicks, a hand-guided torch) it would not pay.
 * [perf tuning]
 */
const VERIFY_AFTER_QUIET_STEPS = 24;
/** Random numbers a step draws when nothing happens: applyFaultsToArc 3 (nextFloat, nextGaussian), stepWeld 1. */
const QUIET_DRAWS = 4;

const memos = new WeakMap<WorldState, QuietMemo>();
let fastPathEnabled = true;

/** Tests: force every step through the full schedule (false) or allow the quiet fast path (true, the default). */
export function setQuietFastPath(enabled: boolean): void {
  fastPathEnabled = enabled;
}

/** Call after changing a world from outside `step` (scenario injections): its next step is a full one. */
export function wakeWorld(w: WorldState): void {
  memos.delete(w);
}

/** Conditions under which a step cannot start anything (checked on the state as it is, every step). */
export function quietCandidate(w: WorldState, intents: readonly Intent[]): boolean {
  if (intents.length !== 0) return false;
  const c = w.controls;
  if (c.resetPulse || c.restartPulse || c.manualArc) return false;
  if (w.people.present) return false;
  const a = w.arc;
  if (a.phase !== 'off' || a.requested) return false;
  const m = w.motion;
  if (m.exec === 'running' || m.events.length !== 0) return false;
  if (w.orbital && w.orbital.running) return false;
  const f = w.faults;
  if (f.pending.length !== 0 || arcWanders(f)) return false;
  return true;
}

/** True when the previous step of `w` left it at a verified quiet fixed point (and the fast path is on). */
export function canStepQuietly(w: WorldState): boolean {
  if (!fastPathEnabled) return false;
  const m = memos.get(w);
  return m !== undefined && m.tick === w.tick;
}

/** Whether a full quiet-looking step of `w` should be verified now (not within the back-off after a failure). */
export function shouldVerify(w: WorldState): boolean {
  if (!fastPathEnabled) return false;
  let m = memos.get(w);
  if (m === undefined) {
    m = { tick: -1, retryAt: 0, backoff: RETRY_AFTER_STEPS, busyTick: w.tick - 1 };
    memos.set(w, m);
  }
  return m.retryAt <= w.tick && w.tick - m.busyTick > VERIFY_AFTER_QUIET_STEPS;
}

/** A step that does not look quiet: the count of quiet-looking steps before a verification starts again. */
export function noteBusy(w: WorldState): void {
  const m = memos.get(w);
  if (m !== undefined) {
    m.busyTick = w.tick;
    m.retryAt = 0;
  }
}

/** After a full step that began with `quietSnapshot`: remember whether it left the state at a fixed point. */
export function recordVerification(w: WorldState): void {
  const same = sameAsSnapshot(w);
  const m = memos.get(w)!;
  if (same) {
    m.tick = w.tick;
    m.retryAt = 0;
    m.backoff = RETRY_AFTER_STEPS;
  } else {
    m.backoff = m.retryAt > 0 ? Math.min(RETRY_MAX_STEPS, m.backoff * 2) : RETRY_AFTER_STEPS;
    m.tick = -1;
    m.retryAt = w.tick + m.backoff;
  }
}

/** The quiet step: exactly what a full step changes at a quiet fixed point. */
export function quietStep(w: WorldState, dt: number): void {
  const rng = w.rng;
  for (let i = 0; i < QUIET_DRAWS; i++) nextU32(rng);
  // Safety monitor: its clock, and the part cooling (no arc heat; nobody there to touch it).
  const s = w.safety;
  s.tS += dt;
  const hp = w.safetyConfig.hotPart;
  stepPartTemperature(s, 0, hp, dt);
  s.output.partTemperatureC = s.partTemperatureC;
  s.output.hotPart = s.partTemperatureC > hp.hotThresholdC;
  // The motion clock (the orbital carriage has none), the weld sequence's phase time.
  if (!w.orbital) w.motion.timeS += dt;
  w.arc.phaseS += dt;
  w.tick++;
  memos.get(w)!.tick = w.tick;
}

// ---- the snapshot: every value a quiet step could change, except the ticking fields ----
// One pass records the values (`record`), a second pass after the step compares with them in place (`compare`),
// stopping at the first difference. Plain loops, no allocation once the buffer has grown.
const snap: unknown[] = [];
let n = 0;
let comparing = false;
let differs = false;
/** Top-level parts a step never writes (set only by intents) or that are handled apart. */
const SKIP_TOP = new Set(['tick', 'rng', 'cell', 'settings', 'program', 'safetyConfig', 'events']);
/** Number arrays longer than this are append-only records (bead): their length and ends stand for them. */
const SHORT_ARRAY = 16;
let ignoreA: object | null = null;
let ignoreB: object | null = null;
let ignoreC: object | null = null;
let ignoreD: object | null = null;

function ignored(o: object, k: string): boolean {
  return (
    // The program's segment plans: only a running program or a run/step command (an intent) writes them.
    (o === ignoreA && (k === 'timeS' || k === 'seg' || k === 'blend')) ||
    (o === ignoreB && (k === 'tS' || k === 'partTemperatureC')) ||
    (o === ignoreC && (k === 'partTemperatureC' || k === 'hotPart')) ||
    (o === ignoreD && k === 'phaseS')
  );
}

function put(v: unknown): void {
  if (comparing) {
    if (n >= snap.length || !Object.is(snap[n], v)) differs = true;
    n++;
  } else snap[n++] = v;
}

function walk(v: unknown): void {
  if (differs) return;
  if (v === null || typeof v !== 'object') return put(v);
  if (Array.isArray(v)) {
    put(v.length);
    if (v.length > SHORT_ARRAY && typeof v[0] === 'number') {
      put(v[0]);
      put(v[v.length - 1]);
      return;
    }
    for (let i = 0; i < v.length; i++) walk(v[i]);
    return;
  }
  if (ArrayBuffer.isView(v)) {
    const a = v as unknown as ArrayLike<number>;
    put(a.length);
    for (let i = 0; i < a.length; i++) put(a[i]);
    return;
  }
  const o = v as Record<string, unknown>;
  const watched = o === ignoreA || o === ignoreB || o === ignoreC || o === ignoreD;
  for (const k in o) {
    if (watched && ignored(o, k)) continue;
    put(k);
    walk(o[k]);
  }
}

function snapshot(w: WorldState): void {
  n = 0;
  differs = false;
  ignoreA = w.motion;
  ignoreB = w.safety;
  ignoreC = w.safety.output;
  ignoreD = w.arc;
  const o = w as unknown as Record<string, unknown>;
  for (const k in o) {
    if (SKIP_TOP.has(k)) continue;
    put(k);
    walk(o[k]);
  }
  put(w.events.length);
}

/** Record the state a quiet step must leave unchanged (before a full step that is to be verified). */
export function quietSnapshot(w: WorldState): void {
  comparing = false;
  snapshot(w);
  snap.length = n;
}

/** Whether the state still equals the last `quietSnapshot` (in the parts a quiet step must leave unchanged). */
export function sameAsSnapshot(w: WorldState): boolean {
  comparing = true;
  snapshot(w);
  comparing = false;
  return !differs && n === snap.length;
}
