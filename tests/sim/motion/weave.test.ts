import { describe, expect, it } from 'vitest';
import { TestCell } from './harness.ts';
import { UR10E, M10IA, offset } from './fixtures.ts';
import { downPose } from './poses.ts';
import type { MotionProgram, WeaveData } from '../../../src/sim/motion/index.ts';
import { weaveOffset } from '../../../src/sim/motion/index.ts';
import { STEP_S } from '../../../src/sim/core/clock.ts';

const out = [0, 0];
const sample = (w: WeaveData, t: number): [number, number] => {
  weaveOffset(w, t, out);
  return [out[0]!, out[1]!];
};

describe('weave patterns', () => {
  it('sine without dwell is exactly (w/2)·sin(2πft), starting at the seam centre going left', () => {
    const w: WeaveData = { pattern: 'sine', widthMm: 6, frequencyHz: 2.5 };
    for (let t = 0; t < 2; t += 0.013)
      expect(sample(w, t)[0]).toBeCloseTo(0.003 * Math.sin(2 * Math.PI * 2.5 * t), 12);
  });

  it('zigzag moves linearly between the walls and reaches ±w/2 at the quarter periods', () => {
    const w: WeaveData = { pattern: 'zigzag', widthMm: 8, frequencyHz: 1 };
    expect(sample(w, 0.25)[0]).toBeCloseTo(0.004, 12);
    expect(sample(w, 0.75)[0]).toBeCloseTo(-0.004, 12);
    expect(sample(w, 0.125)[0]).toBeCloseTo(0.002, 12);
    expect(sample(w, 1.125)[0]).toBeCloseTo(0.002, 12);
  });

  it('holds the wall for the left, right and centre dwells and keeps the full cycle at 1/f', () => {
    const w: WeaveData = {
      pattern: 'zigzag',
      widthMm: 6,
      frequencyHz: 1,
      leftDwellS: 0.2,
      rightDwellS: 0.1,
      centreDwellS: 0.05,
    };
    // Moves share 1 − 0.2 − 0.1 − 2·0.05 = 0.6 s: 0.15 s per quarter.
    expect(sample(w, 0.15)[0]).toBeCloseTo(0.003, 12);
    expect(sample(w, 0.34)[0]).toBeCloseTo(0.003, 12);
    expect(sample(w, 0.35 + 0.15)[0]).toBeCloseTo(0, 12);
    expect(sample(w, 0.5 + 0.04)[0]).toBeCloseTo(0, 12);
    expect(sample(w, 0.55 + 0.15 + 0.09)[0]).toBeCloseTo(-0.003, 12);
    expect(sample(w, 1 + 0.15)[0]).toBeCloseTo(0.003, 12);
  });

  it('circular traces a circle of the programmed width in the cross-section, never below the seam', () => {
    const w: WeaveData = { pattern: 'circular', widthMm: 4, frequencyHz: 2 };
    for (let t = 0; t < 0.5; t += 0.01) {
      const [l, v] = sample(w, t);
      expect(Math.hypot(l, v - 0.002)).toBeCloseTo(0.002, 12);
      expect(v).toBeGreaterThanOrEqual(0);
    }
  });

  it('triangle rises to its apex between the left and right feet', () => {
    const w: WeaveData = { pattern: 'triangle', widthMm: 6, frequencyHz: 1, heightMm: 2 };
    expect(sample(w, 0.25)).toEqual([0.003, 0]);
    expect(sample(w, 0.5)[1]).toBeCloseTo(0.002, 12);
    expect(sample(w, 0.75)[0]).toBeCloseTo(-0.003, 12);
    expect(sample(w, 0.75)[1]).toBeCloseTo(0, 12);
  });
});

describe.each([
  ['UR10e', UR10E],
  ['FANUC M-10iA', M10IA],
])('weaving a MoveL weld on the %s', (_name, fx) => {
  const end = offset(fx.start, fx.along, 0.15);
  const weave: WeaveData = { pattern: 'sine', widthMm: 6, frequencyHz: 2, leftDwellS: 0.1, rightDwellS: 0.1 };
  const program: MotionProgram = {
    targets: { end: { kind: 'pose', pose: downPose(...end) } },
    instructions: [{ type: 'MoveL', to: 'end', speedMmPerS: 8, zone: 'fine', arc: true, weave }],
  };
  const cell = new TestCell(fx.robot, program, fx.q0).runToEnd(40);
  // Lateral offset of the torch tip from the nominal seam point, along the weave's lateral axis.
  const lateral = cell.samples.map((s, i) => {
    const st = cell.samples[i]!;
    const d = [s.tcp[3]! - st.path[0]!, s.tcp[7]! - st.path[1]!, s.tcp[11]! - st.path[2]!];
    return { t: s.tS, lat: s.weave[0]!, measured: Math.hypot(d[0]!, d[1]!, d[2]!) * Math.sign(s.weave[0]!) };
  });
  const body = lateral.slice(Math.floor(lateral.length * 0.2), Math.floor(lateral.length * 0.8));

  it('keeps the seam (nominal path) on the line while the tip weaves', () => {
    expect(cell.codes()).toEqual(['arc-start-point', 'move-complete', 'arc-end-point', 'program-end']);
    for (const s of cell.samples) {
      const p = s.path;
      const v = [p[0]! - fx.start[0], p[1]! - fx.start[1], p[2]! - fx.start[2]];
      const t = v[0]! * fx.along[0] + v[1]! * fx.along[1] + v[2]! * fx.along[2];
      expect(
        Math.hypot(v[0]! - t * fx.along[0], v[1]! - t * fx.along[1], v[2]! - t * fx.along[2]),
      ).toBeLessThan(1e-4);
    }
  });

  it('weaves across the seam with the programmed width: peaks at ±3 mm (±1 %), measured on the torch tip', () => {
    const max = Math.max(...body.map((s) => s.measured));
    const min = Math.min(...body.map((s) => s.measured));
    expect(max).toBeGreaterThan(0.003 * 0.99);
    expect(max).toBeLessThan(0.003 * 1.01);
    expect(min).toBeLessThan(-0.003 * 0.99);
    expect(min).toBeGreaterThan(-0.003 * 1.01);
    // The weave direction is across the seam and across the torch: horizontal, perpendicular to travel.
    const s = cell.st;
    expect(Math.abs(s.weaveLateral[0]! * fx.along[0] + s.weaveLateral[1]! * fx.along[1])).toBeLessThan(1e-9);
    expect(Math.abs(s.weaveLateral[2]!)).toBeLessThan(1e-9);
  });

  it('weaves at the programmed 2 Hz: two centre crossings per cycle (±1 %)', () => {
    const crossings: number[] = [];
    for (let i = 1; i < body.length; i++)
      if (Math.sign(body[i]!.measured) !== Math.sign(body[i - 1]!.measured) && body[i]!.measured !== 0)
        crossings.push(body[i]!.t);
    const cycles = (crossings.length - 1) / 2;
    const f = cycles / (crossings.at(-1)! - crossings[0]!);
    expect(f).toBeGreaterThan(2 * 0.99);
    expect(f).toBeLessThan(2 * 1.01);
  });

  it('dwells 0.1 s at each wall', () => {
    const runs: number[] = [];
    let run = 0;
    for (const s of body) {
      if (Math.abs(s.measured) > 0.003 * (1 - 1e-6)) run++;
      else if (run > 0) {
        runs.push(run);
        run = 0;
      }
    }
    const inner = runs.slice(1, -1);
    expect(inner.length).toBeGreaterThan(10);
    for (const r of inner) expect(Math.abs(r * STEP_S - 0.1)).toBeLessThanOrEqual(STEP_S * 1.01);
  });

  it('keeps travelling along the seam at the programmed 8 mm/s while weaving', () => {
    const mid = cell.samples.slice(cell.samples.length * 0.2, cell.samples.length * 0.8);
    for (const s of mid) expect(s.pathSpeed).toBeCloseTo(0.008, 9);
  });
});

describe('circular weave on the robot', () => {
  it('lifts the torch away from the work (along the reversed torch axis) up to the programmed circle', () => {
    const end = offset(UR10E.start, UR10E.along, 0.05);
    const program: MotionProgram = {
      targets: { end: { kind: 'pose', pose: downPose(...end) } },
      instructions: [
        {
          type: 'MoveL',
          to: 'end',
          speedMmPerS: 5,
          zone: 'fine',
          weave: { pattern: 'circular', widthMm: 4, frequencyHz: 1 },
        },
      ],
    };
    const cell = new TestCell(UR10E.robot, program, UR10E.q0).runToEnd(20);
    const lift = cell.samples.map((s) => s.tcp[11]! - s.path[2]!);
    expect(Math.min(...lift)).toBeGreaterThanOrEqual(-1e-12);
    expect(Math.max(...lift)).toBeCloseTo(0.004, 4);
  });
});
