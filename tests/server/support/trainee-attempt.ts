// Realistic attempts of a shipped scenario, for the load benchmark and for profiling replay: a trainee plays the
// scenario's reference solution, but at a trainee's pace. They read the briefing and each instruction, turn the
// power-source knobs click by click to the WPS values, lift and lower the helmet, hand-guide the cobot torch to
// get a feel for it before teaching, and look at the bead before moving on: mostly idle time, padded to about
// 10 minutes. The attempt is played live through the scenario engine (so every `waitFor` of the solution is
// honoured), and its recorded input log is what a station would submit. Seeded: same seed, same log.
import type { Scenario } from '../../../src/scenario/index.ts';
import { createScenarioRun, type AnyIntent, type LoggedAnyIntent } from '../../../src/scenario/index.ts';
import { asAnyIntent } from '../../../src/scenario/schema/intent.ts';
import { worldPort } from '../../../src/scenario/world/port.ts';
import { STEP_HZ } from '../../../src/sim/core/clock.ts';
import { nextFloat, seedPrng, type PrngState } from '../../../src/sim/core/prng.ts';
import type { WorldState } from '../../../src/sim/world-state.ts';

export interface TraineeOptions {
  /** Length the attempt is padded to (capped 10 s under the scenario's time limit). @default 600 */
  durationS?: number;
  /** Seconds of hand-guiding the torch before teaching (cobot cells only). @default 60 */
  handGuideS?: number;
  /** Hand-guide targets per second (a VR controller pose sampled at 10 Hz by the app's intent throttle). @default 10 */
  handGuideHz?: number;
}

export interface TraineeAttempt {
  log: LoggedAnyIntent[];
  /** Tick of the step after the last one that ran (the attempt's length in steps). */
  endTick: number;
  score: number;
  passed: boolean;
}

/** One knob click per this many units of each numeric weld setting (power source encoder steps). [model] */
const KNOB_CLICK: Record<string, number> = {
  wireFeedSpeedMPerMin: 0.1,
  voltageV: 0.1,
  travelSpeedMmPerS: 0.1,
  gasFlowLPerMin: 1,
  currentA: 1,
};

const round3 = (x: number) => Math.round(x * 1000) / 1000;
const uniform = (rng: PrngState, lo: number, hi: number) => lo + (hi - lo) * nextFloat(rng);

/** Play `scenario`'s reference solution like a trainee for about `durationS` seconds and record the input log. */
export function traineeAttempt(
  scenario: Scenario,
  seed: number,
  variant: number,
  opts: TraineeOptions = {},
): TraineeAttempt {
  const spec = scenario.spec;
  const rng = seedPrng(variant);
  const durationS = Math.min(opts.durationS ?? 600, spec.timeLimitS - 10);
  const guideS = opts.handGuideS ?? 60;
  const guideHz = opts.handGuideHz ?? 10;
  const run = createScenarioRun(scenario, worldPort);
  run.start(seed);
  const steps = spec.solutions.reference.steps;
  const waits = scenario.solutions.reference;
  // Extra trainee actions, in time order.
  const extra: { atS: number; intent: AnyIntent }[] = [];
  const schedule = (atS: number, intent: AnyIntent) => extra.push({ atS, intent });
  let guided = false;
  let next = 0;
  let lastStepS = 0;
  let padUntilS: number | undefined;
  let waitingSinceS: number | undefined;
  let endAtS: number | undefined;
  const maxTicks = Math.ceil(spec.timeLimitS * STEP_HZ) + 2;
  for (let guard = 0; guard <= maxTicks && !run.finished; guard++) {
    const t = run.timeS;
    while (extra.length && extra[0]!.atS <= t) run.applyIntent(extra.shift()!.intent);
    while (next < steps.length) {
      const s = steps[next]!;
      const notBefore = Math.max(s.at ?? 0, s.after !== undefined ? lastStepS + s.after : 0);
      if (t < notBefore) break;
      if (padUntilS === undefined) {
        const st = run.state;
        const phase = spec.phases[st.phaseIndex];
        const limit = phase?.timeLimitS;
        const last = next === steps.length - 1;
        let pad = s.waitFor ? 0 : uniform(rng, 8, 30);
        if (limit !== undefined) pad = Math.min(pad, Math.max(0, 0.2 * limit - st.phaseElapsedS));
        else if (last) pad = Math.max(pad, durationS - t - 0.5);
        else if (phase?.kind === 'briefing') pad = uniform(rng, 40, 70);
        const intents = (Array.isArray(s.do) ? s.do : [s.do]) as AnyIntent[];
        const w = run.world as WorldState;
        // Hand-guide first (cobot, teaching), then the knobs, each in its own share of the pad.
        if (!guided && phase?.kind === 'teach' && w.cell.family === 'cobot' && limit !== undefined) {
          const room = Math.max(0, 0.5 * limit - st.phaseElapsedS);
          if (room > guideS + 5) {
            guided = true;
            pad = Math.max(pad, guideS + 5);
            handGuide(w, t + 1, guideS, guideHz, rng, schedule);
          }
        }
        if (pad > 2) turnKnobs(w, intents, t + pad * 0.3, t + pad - 1, schedule);
        if (pad > 6 && !s.waitFor) {
          schedule(t + 1, { type: 'helmet', down: true });
          schedule(t + pad - 2, { type: 'helmet', down: false });
        }
        extra.sort((a, b) => a.atS - b.atS);
        padUntilS = t + pad;
      }
      if (t < padUntilS) break;
      waitingSinceS ??= t;
      const wait = waits[next];
      if (wait && run.evaluate(wait) !== true) {
        if (t - waitingSinceS >= s.timeoutS) next = steps.length;
        break;
      }
      for (const intent of Array.isArray(s.do) ? s.do : [s.do]) run.applyIntent(asAnyIntent(intent));
      lastStepS = t;
      waitingSinceS = undefined;
      padUntilS = undefined;
      next++;
    }
    if (next >= steps.length) {
      endAtS ??= Math.max(t, lastStepS + spec.solutions.reference.endAfterS);
      if (t >= endAtS) run.applyIntent({ type: 'finish' });
    }
    run.step();
  }
  const result = run.result();
  return { log: [...run.log], endTick: run.tick, score: result.score, passed: result.passed };
}

/** Knob clicks from the panel's current value to each value the step sets (the step then sets it exactly). */
function turnKnobs(
  w: WorldState,
  intents: readonly AnyIntent[],
  fromS: number,
  toS: number,
  schedule: (atS: number, intent: AnyIntent) => void,
): void {
  const clicks: { key: string; value: number }[] = [];
  for (const i of intents) {
    if (i.type !== 'setWeld' || typeof i.value !== 'number') continue;
    const click = KNOB_CLICK[i.key];
    const now = (w.settings as unknown as Record<string, unknown>)[i.key];
    if (!click || typeof now !== 'number') continue;
    const n = Math.min(200, Math.floor(Math.abs(i.value - now) / click));
    const dir = Math.sign(i.value - now);
    for (let k = 1; k <= n; k++) clicks.push({ key: i.key, value: round3(now + dir * k * click) });
  }
  clicks.forEach((c, k) =>
    schedule(fromS + ((toS - fromS) * k) / Math.max(1, clicks.length), {
      type: 'setWeld',
      key: c.key as 'voltageV',
      value: c.value,
    }),
  );
}

/**
 * Freedrive on, then the hand on the torch handle: lift 60 mm above where the torch is, draw a few slow loops of
 * 40 mm with a millimetre of tremor, come back down, freedrive off. Clear of the part (it only goes up).
 */
function handGuide(
  w: WorldState,
  fromS: number,
  seconds: number,
  hz: number,
  rng: PrngState,
  schedule: (atS: number, intent: AnyIntent) => void,
): void {
  const x0 = w.tcpWorld[3]!,
    y0 = w.tcpWorld[7]!,
    z0 = w.tcpWorld[11]!;
  schedule(fromS, { type: 'freedrive', on: true });
  const n = Math.floor(seconds * hz);
  for (let k = 1; k <= n; k++) {
    const s = k / n;
    // Up in the first 10 %, loops, down in the last 10 %.
    const lift = 0.06 * Math.min(1, s / 0.1, (1 - s) / 0.1);
    const a = 2 * Math.PI * 3 * s;
    const r = 0.04 * Math.min(1, s / 0.1, (1 - s) / 0.1);
    const jitter = () => (nextFloat(rng) - 0.5) * 0.002;
    schedule(fromS + k / hz, {
      type: 'handGuide',
      position: [
        round3(x0 + r * Math.sin(a) + jitter()),
        round3(y0 + r * (1 - Math.cos(a)) + jitter()),
        round3(z0 + lift + Math.abs(jitter())),
      ],
    });
  }
  schedule(fromS + seconds + 1, { type: 'freedrive', on: false });
}
