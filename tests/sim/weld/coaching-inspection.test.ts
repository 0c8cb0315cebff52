// Technique scoring, advice text, macro section and bend test.
import { describe, expect, it } from 'vitest';
import type { BeadSample } from '../../../src/sim/weld/index.ts';
import {
  SLOTS,
  accumulateTechnique,
  adviceKeys,
  bendTest,
  createBeadSample,
  createTechniqueAccumulator,
  defaultTechniqueBands,
  evaluateSeam,
  macroSection,
  prepareWeld,
  renderAdvice,
  sampleBead,
  seamSpecOf,
  steadyTorchState,
  techniqueScore,
  visualInspection,
} from '../../../src/sim/weld/index.ts';
import { CAUSES } from '../../../src/sim/weld/causes.ts';
import { chartRow, setupFromRow } from './chart-setups.ts';

describe('technique score (VRTEX-style, §8 bands)', () => {
  it('a steady, in-band path scores 100; half the time out of band scores less, with its spread', () => {
    const bands = defaultTechniqueBands('GMAW', 'fillet', 7.5);
    const good = createTechniqueAccumulator(bands);
    const shaky = createTechniqueAccumulator(bands);
    for (let i = 0; i < 900; i++) {
      accumulateTechnique(
        good,
        bands,
        { workAngleDeg: 45, travelAngleDeg: 10, ctwdMm: 12, travelSpeedMmPerS: 7.5, aimOffsetMm: 0 },
        1 / 180,
      );
      accumulateTechnique(
        shaky,
        bands,
        {
          workAngleDeg: i % 2 ? 45 : 58,
          travelAngleDeg: 10,
          ctwdMm: 12,
          travelSpeedMmPerS: 7.5,
          aimOffsetMm: 0,
        },
        1 / 180,
      );
    }
    expect(techniqueScore(good, bands).score).toBeCloseTo(100, 6);
    const s = techniqueScore(shaky, bands);
    const work = s.measures.find((m) => m.measure === 'workAngleDeg')!;
    expect(work.timeInBandPct).toBeCloseTo(50, 0);
    expect(work.mean).toBeCloseTo(51.5, 1);
    expect(work.std).toBeCloseTo(6.5, 1);
    expect(s.score).toBeCloseTo(90, 0);
    expect(s.durationS).toBeCloseTo(5, 6);
  });

  it('dragging a MIG torch that should be pushed counts as the wrong direction', () => {
    const bands = defaultTechniqueBands('GMAW', 'butt', 6);
    const acc = createTechniqueAccumulator(bands);
    accumulateTechnique(
      acc,
      bands,
      { workAngleDeg: 90, travelAngleDeg: -10, ctwdMm: 12, travelSpeedMmPerS: 6, aimOffsetMm: 0 },
      1,
    );
    expect(techniqueScore(acc, bands).wrongDirectionPct).toBe(100);
    expect(defaultTechniqueBands('SMAW', 'fillet', 3).travelAngleDeg.max).toBeLessThan(0); // slag: drag
  });
});

describe('advice text', () => {
  it('every imperfection label and cause has English and Chinese text', () => {
    for (const locale of ['en', 'zh-CN'] as const) {
      const keys = adviceKeys(locale);
      for (const slot of SLOTS) expect(keys.labels).toContain(slot.key);
      for (const c of CAUSES.filter(
        (c) => !['currentHigh', 'currentLow', 'ctwdLong', 'travelAngleSteep'].includes(c),
      ))
        expect(keys.causes).toContain(c);
      for (const c of [
        'wireFeedHigh',
        'wireFeedLow',
        'arcLong',
        'pushSteep',
        'dragSteep',
        'currentHigh',
        'currentLow',
        'ctwdLong',
      ])
        expect(keys.causes).toContain(c);
    }
    expect(
      renderAdvice({
        key: 'advice.undercut.voltageHigh',
        params: { delta: 4, lo: 24, hi: 30, current: 250, wire: 1.2 },
      }),
    ).toBe(
      'Undercut: voltage is 4 V above the 24–30 V window for 250 A on 1.2 mm wire; lower it or slow down.',
    );
    expect(
      renderAdvice(
        { key: 'advice.undercut.voltageHigh', params: { delta: 4, lo: 24, hi: 30, current: 250, wire: 1.2 } },
        'zh-CN',
      ),
    ).toContain('咬边');
  });
});

describe('inspection', () => {
  const setup = setupFromRow(chartRow(5));
  const ctx = prepareWeld(setup);
  const seamOf = (edit: (x: number, s: ReturnType<typeof steadyTorchState>) => void): BeadSample[] => {
    const out: BeadSample[] = [];
    for (let x = 0; x <= 150; x += 1) {
      const t = steadyTorchState(setup);
      edit(x, t);
      out.push(sampleBead(ctx, t, x, createBeadSample()));
    }
    return out;
  };

  it('the macro section of a full-penetration butt shows both plates, the face and the root', () => {
    const sample = sampleBead(ctx, steadyTorchState(setup), 0, createBeadSample());
    const m = macroSection(sample, 'butt', 3.2, ctx.rootGapMm);
    expect(m.plates).toHaveLength(2);
    expect(m.face.length).toBeGreaterThan(3);
    expect(Math.max(...m.face.map((p) => p[1]))).toBeCloseTo(sample.reinforcementMm, 1);
    expect(Math.min(...m.fusionLine.map((p) => p[1]))).toBeCloseTo(-3.2, 6);
  });

  it('the macro of a fillet with undercut and pores draws the notch and the pores', () => {
    const fctx = prepareWeld(setupFromRow(chartRow(11)));
    const s = sampleBead(
      fctx,
      { ...steadyTorchState(setupFromRow(chartRow(11))), travelSpeedMmPerS: 16, gasFlowLPerMin: 3 },
      42,
      createBeadSample(),
    );
    const m = macroSection(s, 'fillet', 6);
    expect(m.undercuts.length).toBeGreaterThan(0);
    expect(m.pores.length).toBeGreaterThan(0);
    expect(macroSection(s, 'fillet', 6)).toEqual(m); // reproducible
  });

  it('root bend fails on a 10 mm stretch of incomplete root penetration; a sound weld passes both bends', () => {
    const sound = evaluateSeam(
      seamOf(() => {}),
      seamSpecOf(ctx),
    );
    expect(bendTest(sound, 'root').passed).toBe(true);
    expect(bendTest(sound, 'face').passed).toBe(true);
    const bad = evaluateSeam(
      seamOf((x, t) => {
        if (x > 60 && x < 70) t.travelSpeedMmPerS *= 2;
      }),
      seamSpecOf(ctx),
    );
    const root = bendTest(bad, 'root');
    expect(root.passed).toBe(false);
    expect(root.cause?.iso6520).toBe(4021);
    expect(bendTest(bad, 'root', 130).passed).toBe(true); // a specimen cut away from the defect
  });

  it('visual inspection reports surface imperfections and counts hidden ones', () => {
    const seam = evaluateSeam(
      seamOf((x, t) => {
        if (x > 60 && x < 70) t.travelSpeedMmPerS *= 2;
      }),
      seamSpecOf(ctx),
    );
    const report = visualInspection(seam);
    expect(report.items.every((i) => ![2011, 2012, 4011, 4012, 4013, 402].includes(i.iso6520))).toBe(true);
    expect(report.items.length + report.hiddenCount).toBe(seam.imperfections.length);
  });
});
