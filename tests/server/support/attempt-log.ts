// Realistic input logs for server tests and the load benchmark: a trainee sets up the power source, hand-guides
// the cobot along a seam to teach points, programs and runs the weld, steps in on a worn tip, and inspects.
// A 10-minute attempt is 108 000 steps at 180 Hz, but the log holds only the intents (a few hundred to a few
// thousand). Seeded, so every run of a test generates the same logs.
import { STEP_HZ } from '../../../src/sim/core/clock.ts';
import { nextFloat, nextInt, seedPrng, type PrngState } from '../../../src/sim/core/prng.ts';
import type { Intent, LoggedIntent } from '../../../src/sim/intents.ts';

export interface LogOptions {
  /** Simulated length of the attempt. @default 600 */
  durationS?: number;
  /** Roughly how many intents. @default 1200 */
  intents?: number;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

function guidePath(rng: PrngState, from: number, to: number, count: number, out: LoggedIntent[]): void {
  // A 300 mm fillet seam along x at 0.8 m reach, with hand tremor of about 1 mm.
  for (let i = 0; i < count; i++) {
    const tick = from + Math.floor(((to - from) * i) / count);
    const s = i / Math.max(1, count - 1);
    const position: [number, number, number] = [
      round6(0.45 + 0.3 * s + (nextFloat(rng) - 0.5) * 0.002),
      round6(-0.2 + (nextFloat(rng) - 0.5) * 0.002),
      round6(0.012 + (nextFloat(rng) - 0.5) * 0.002),
    ];
    out.push({ tick, intent: { type: 'handGuide', position } });
  }
}

export function generateAttemptLog(seed: number, opts: LogOptions = {}): LoggedIntent[] {
  const rng = seedPrng(seed);
  const total = Math.round((opts.durationS ?? 600) * STEP_HZ);
  const want = opts.intents ?? 1200;
  const log: LoggedIntent[] = [];
  const at = (fraction: number) => Math.floor(total * fraction) + nextInt(rng, 0, 30);
  const push = (tick: number, intent: Intent) => log.push({ tick, intent });

  // Set-up: parameters from the WPS, with a little trainee variation.
  push(at(0.0), { type: 'setMode', mode: 'manual' });
  push(at(0.01), { type: 'setWeld', key: 'process', value: 'GMAW' });
  push(at(0.02), { type: 'setWeld', key: 'wireDiameterMm', value: 1.2 });
  push(at(0.03), { type: 'setWeld', key: 'wireFeedSpeedMPerMin', value: round6(7.5 + nextFloat(rng)) });
  push(at(0.04), { type: 'setWeld', key: 'voltageV', value: round6(24 + 2 * nextFloat(rng)) });
  push(at(0.05), { type: 'setWeld', key: 'travelSpeedMmPerS', value: round6(5.5 + nextFloat(rng)) });
  push(at(0.06), { type: 'setWeld', key: 'shieldingGas', value: 'Ar-18CO2' });
  push(at(0.07), { type: 'setWeld', key: 'gasFlowLPerMin', value: 15 });
  push(at(0.08), { type: 'helmet', down: true });

  // Teach: hand-guide along the seam and record points (most of the intents).
  const guided = Math.max(10, want - 40);
  push(at(0.1), { type: 'freedrive', on: true });
  const teachStart = at(0.11);
  const teachEnd = Math.floor(total * 0.45);
  guidePath(rng, teachStart, teachEnd, Math.floor(guided * 0.6), log);
  for (let p = 0; p < 6; p++) push(teachEnd + p * 40, { type: 'recordPoint', name: `p${p + 1}` });
  push(teachEnd + 300, { type: 'freedrive', on: false });
  for (let p = 1; p < 6; p++) {
    push(teachEnd + 400 + p * 60, {
      type: 'addMove',
      move: p === 1 ? 'J' : 'L',
      target: `p${p + 1}`,
      speedMmPerS: p === 1 ? 250 : 6,
      zoneMm: 'fine',
      arc: p > 1,
      ...(p > 1 ? { weave: { pattern: 'zigzag' as const, widthMm: 3, frequencyHz: 2 } } : {}),
    });
  }

  // Weld: run the program; a worn tip mid-weld, stop, replace, resume.
  const weldStart = Math.floor(total * 0.5);
  push(weldStart, { type: 'setMode', mode: 'auto' });
  push(weldStart + 90, { type: 'door', open: false });
  push(weldStart + 180, { type: 'runProgram' });
  push(weldStart + 200, { type: 'arc', on: true });
  const faultAt = Math.floor(total * 0.65);
  guidePath(rng, weldStart + 200, faultAt, Math.floor(guided * 0.2), log);
  push(faultAt, { type: 'arc', on: false });
  push(faultAt + 20, { type: 'stopProgram' });
  push(faultAt + 200, { type: 'inspect', target: 'contact-tip' });
  push(faultAt + 400, { type: 'door', open: true });
  push(faultAt + 900, { type: 'replaceContactTip' });
  push(faultAt + 1400, { type: 'cleanNozzle' });
  push(faultAt + 1800, { type: 'door', open: false });
  push(faultAt + 1900, { type: 'runProgram' });
  push(faultAt + 1920, { type: 'arc', on: true });
  const weldEnd = Math.floor(total * 0.9);
  guidePath(rng, faultAt + 1920, weldEnd, guided - Math.floor(guided * 0.6) - Math.floor(guided * 0.2), log);
  push(weldEnd, { type: 'arc', on: false });
  push(weldEnd + 30, { type: 'stopProgram' });
  push(Math.floor(total * 0.95), { type: 'helmet', down: false });
  push(total, { type: 'setMode', mode: 'manual' });

  log.sort((a, b) => a.tick - b.tick);
  return log;
}
