// The results screen's data, from real replays of golden attempts: plot series, checkpoint scrubbing, the
// imperfection list and the macro section must be exactly what the engine and the weld model give.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { macroAt, type DimensionKey } from '../../../src/app/results/macro-model.ts';
import { MacroSvg } from '../../../src/app/results/macro-svg.tsx';
import { buildReplayTimeline, type ReplayTimeline } from '../../../src/app/results/replay-timeline.ts';
import { seamQuality } from '../../../src/app/results/seam-quality.ts';
import { seamSeries } from '../../../src/app/results/seam-series.ts';
import type { Attempt } from '../../../src/scenario/engine/replay.ts';
import { createScenarioRun, replayAttempt, type Scenario } from '../../../src/scenario/index.ts';
import { asAnyIntent } from '../../../src/scenario/schema/intent.ts';
import { beadQuality } from '../../../src/scenario/world/bead-quality.ts';
import { worldPort } from '../../../src/scenario/world/port.ts';
import type { WorldState } from '../../../src/sim/world-state.ts';
import { hashWorld } from '../../../src/sim/world.ts';
import { goldenAttempt, goldenEntry, scenarioById } from './support.ts';

/** The world after a straight replay (no checkpoints) up to `tick`, or to the end. */
function straightWorld(scenario: Scenario, attempt: Attempt, tick = Infinity): WorldState {
  const run = createScenarioRun(scenario, worldPort);
  run.start(attempt.seed);
  let k = 0;
  while (!run.finished && run.tick < tick && run.tick < (attempt.endTick ?? Infinity)) {
    while (k < attempt.log.length && attempt.log[k]!.tick <= run.tick)
      run.applyIntent(asAnyIntent(attempt.log[k++]!.intent));
    run.step();
  }
  return run.world;
}

describe('results of the known-bad cobot fillet (undercut, lack of fusion, small throat)', () => {
  const scenario = scenarioById('cobot-commands-fillet');
  const entry = goldenEntry('cobot-commands-fillet', 'knownBad');
  const attempt = goldenAttempt(entry);
  let timeline: ReplayTimeline;
  let straight: WorldState;
  beforeAll(() => {
    timeline = buildReplayTimeline(scenario, attempt);
    straight = straightWorld(scenario, attempt);
  });

  it('replays to the golden score and grade, ending on the same world', () => {
    expect(timeline.result.score).toBe(entry.expected.score);
    expect(timeline.result.grade).toBe(entry.expected.grade);
    expect(hashWorld(timeline.finalWorld)).toBe(hashWorld(straight));
    expect(replayAttempt(attempt, scenario, worldPort).score).toBe(timeline.result.score);
  });

  it('plots one point per bead record, in seam order, with the recorded values', () => {
    const s = seamSeries(timeline.finalWorld, scenario);
    const b = straight.bead;
    expect(b.seamMm.length).toBeGreaterThan(200);
    expect(s.xMm).toHaveLength(b.seamMm.length);
    for (let i = 1; i < s.xMm.length; i++) expect(s.xMm[i]!).toBeGreaterThanOrEqual(s.xMm[i - 1]!);
    for (const key of [
      'currentA',
      'voltageV',
      'travelSpeedMmPerS',
      'workAngleDeg',
      'travelAngleDeg',
      'ctwdMm',
    ] as const) {
      expect(s.values[key]).toHaveLength(b.seamMm.length);
      // Each plotted point is the record laid at that seam position.
      const byPos = new Map(b.seamMm.map((x, i) => [x, b[key][i]!]));
      s.xMm.forEach((x, i) => expect(s.values[key][i], `${key} at ${x} mm`).toBe(byPos.get(x)));
    }
    // The known-bad run travels too fast: its travel speed leaves the nominal band.
    expect(Math.max(...s.values.travelSpeedMmPerS)).toBeGreaterThan(s.bands.travelSpeedMmPerS!.max);
  });

  it('draws the scenario technique band where it is a constant, else the weld model window', () => {
    const s = seamSeries(timeline.finalWorld, scenario);
    // scenarios/cobot-commands-fillet.yaml: work angle 40–50 deg, travel angle 5–15 deg.
    expect(s.bands.workAngleDeg).toMatchObject({
      min: 40,
      max: 50,
      source: { kind: 'scenario', bandId: 'workAngle' },
    });
    expect(s.bands.travelAngleDeg).toMatchObject({ min: 5, max: 15, source: { kind: 'scenario' } });
    expect(s.bands.currentA?.source.kind).toBe('weld-model');
    expect(s.bands.currentA!.max).toBeGreaterThan(s.bands.currentA!.min);
  });

  it('scrubbing from checkpoints gives the same world as a straight replay to that tick', () => {
    // Forward, backward, across checkpoints, on a checkpoint, during the weld and at the ends.
    const weldTick = timeline.recordTicks[100]!;
    const ticks = [
      weldTick,
      0,
      1,
      weldTick + 37,
      timeline.checkpointTicks[3]!,
      weldTick - 500,
      timeline.endTick - 1,
      777,
    ];
    for (const tick of ticks) {
      const got = hashWorld(timeline.worldAt(tick));
      expect(got, `tick ${tick}`).toBe(hashWorld(straightWorld(scenario, attempt, tick)));
    }
    expect(timeline.worldAt(weldTick).bead.seamMm.length).toBe(101);
  });

  it('lists the imperfections the seam evaluation finds, with the limit and a cause', () => {
    const q = seamQuality(timeline.finalWorld, scenario);
    const ev = beadQuality(straight).evaluation!;
    expect(q.level).toBe(ev.qualityLevel);
    expect(q.level).toBe('reject');
    expect(q.imperfections.map((i) => [i.iso6520, i.slot, i.startMm, i.endMm, i.sizeMm, i.level])).toEqual(
      ev.imperfections.map((i) => [i.iso6520, i.slot, i.startMm, i.endMm, i.sizeMm, i.level]),
    );
    const undercut = q.imperfections.find((i) => i.slot === 'undercut')!;
    // ISO 5817 level C (required by the scenario): undercut ≤ 0.5 mm (h ≤ 0.1 t, max 0.5 on 10 mm plate).
    expect(undercut.limit).toMatchObject({ level: 'C', permitted: true, maxMm: 0.5 });
    expect(undercut.sizeMm).toBeGreaterThan(undercut.limit.maxMm!);
    expect(undercut.atMm).toBeGreaterThanOrEqual(undercut.startMm);
    expect(undercut.atMm).toBeLessThanOrEqual(undercut.endMm);
    expect(undercut.cause.reproduced).toBe(true);
    expect(undercut.cause.advice[0]!.en).toMatch(/^Undercut: /);
    expect(undercut.cause.advice[0]!['zh-CN']).toMatch(/^咬边：/);
  });

  it('draws the macro section with its dimensions labelled in mm', () => {
    const at = seamQuality(timeline.finalWorld, scenario).imperfections.find(
      (i) => i.slot === 'undercut',
    )!.atMm;
    const model = macroAt(timeline.finalWorld, at)!;
    const b = timeline.finalWorld.bead;
    expect(model.fillet).toBe(true);
    expect(b.seamMm[model.record]).toBe(model.seamMm);
    const labels: Record<DimensionKey, string> = {
      legA: 'z1 leg',
      legB: 'z2 leg',
      throat: 'a throat',
      penetration: 'p penetration',
      reinforcement: 'h reinforcement',
      width: 'b width',
      thickness: 't thickness',
    };
    const svg = renderToStaticMarkup(createElement(MacroSvg, { model, labels, title: 'macro' }));
    const mm = (x: number) => `${(Math.round(x * 10) / 10).toFixed(1)} mm`;
    expect(svg).toContain(`a throat ${mm(b.throatMm[model.record]!)}`);
    expect(svg).toContain(`p penetration ${mm(b.penetrationMm[model.record]!)}`);
    expect(svg).toContain(`h reinforcement ${mm(b.reinforcementMm[model.record]!)}`);
    // Mean leg = bead width / √2 (bead-sampler.ts): the two legs average to it.
    const legs = model.dimensions.filter((d) => d.key === 'legA' || d.key === 'legB').map((d) => d.valueMm);
    expect((legs[0]! + legs[1]!) / 2).toBeCloseTo(b.widthMm[model.record]! / Math.SQRT2, 9);
    for (const l of legs) expect(svg).toContain(mm(l));
    // Undercut notches are drawn in the section.
    expect(model.section.undercuts.length).toBeGreaterThan(0);
    expect(svg).toContain('<polygon');
  });
});

describe('results of the orbital gas-loss known-bad attempt (porosity, a butt on a pipe)', () => {
  it('lists porosity, marks the gas fault on the timeline and labels the butt macro', () => {
    const scenario = scenarioById('orbital-anomaly-gas-loss');
    const attempt = goldenAttempt(goldenEntry('orbital-anomaly-gas-loss', 'knownBad'));
    const timeline = buildReplayTimeline(scenario, attempt);
    const q = seamQuality(timeline.finalWorld, scenario);
    expect(q.imperfections.map((i) => i.iso6520)).toEqual(
      beadQuality(timeline.finalWorld).evaluation!.imperfections.map((i) => i.iso6520),
    );
    expect(q.imperfections.some((i) => i.slot === 'porosity')).toBe(true);
    expect(timeline.markers.some((m) => m.kind === 'fault')).toBe(true);
    expect(timeline.markers.some((m) => m.kind === 'arc-on')).toBe(true);
    expect(timeline.recordTip).toHaveLength(3 * timeline.finalWorld.bead.seamMm.length);
    const model = macroAt(timeline.finalWorld, q.imperfections[0]!.atMm)!;
    expect(model.fillet).toBe(false);
    expect(model.dimensions.map((d) => d.key).sort()).toEqual([
      'penetration',
      'reinforcement',
      'thickness',
      'width',
    ]);
    expect(model.section.pores.length).toBeGreaterThan(0);
  });
});
