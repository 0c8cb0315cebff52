import { describe, expect, it } from 'vitest';
import {
  parseScenario,
  createScenarioRun,
  runSolution,
  replayAttempt,
  sampleVariation,
  type Scenario,
} from '../../src/scenario/index.ts';
import { secondsToTicks } from '../../src/sim/core/clock.ts';
import { toyPort } from './support/toy-world.ts';
import { TOY_SCENARIO } from './support/toy-scenario.ts';

function load(text = TOY_SCENARIO): Scenario {
  const r = parseScenario(text, 'toy.yaml');
  if (!r.scenario) throw new Error(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n'));
  return r.scenario;
}

/** Drive a run like a trainee: actions at given seconds, then step until `untilS`. */
function drive(
  s: Scenario,
  actions: Array<[number, Parameters<ReturnType<typeof createScenarioRun>['applyIntent']>[0]]>,
  untilS: number,
  seed = 1,
) {
  const run = createScenarioRun(s, toyPort);
  run.start(seed);
  let k = 0;
  while (!run.state.finished && run.state.timeS < untilS) {
    while (k < actions.length && actions[k]![0] <= run.state.timeS) run.applyIntent(actions[k++]![1]);
    run.step();
  }
  return run;
}

describe('phases', () => {
  it('a briefing without goals waits for the trainee; a set-up phase ends by itself once its goals are met', () => {
    const s = load();
    const run = drive(
      s,
      [
        [2, { type: 'advancePhase' }],
        [5, { type: 'setWeld', key: 'voltageV', value: 27 }],
      ],
      8,
    );
    const [briefing, setup, weld] = run.result().phases;
    expect(briefing).toMatchObject({ id: 'briefing', startS: 0, end: 'manual' });
    expect(briefing!.endS).toBeCloseTo(2, 1);
    expect(setup).toMatchObject({ id: 'setup', end: 'goals' });
    expect(setup!.endS).toBeGreaterThanOrEqual(5);
    expect(setup!.endS).toBeLessThan(5.1);
    expect(weld!.id).toBe('weld');
    expect(run.state.phaseId).toBe('weld');
  });

  it('a phase that runs out of time ends, and its unmet required goal fails the attempt', () => {
    const run = drive(load(), [[0, { type: 'advancePhase' }]], 40);
    const r = run.result();
    expect(r.phases[1]).toMatchObject({ id: 'setup', end: 'time-limit' });
    expect(r.phases[1]!.endS).toBeCloseTo(30, 1);
    expect(r.passed).toBe(false);
    expect(r.failReasons.map((f) => f.en)).toContain('Required goal not reached: Voltage 26–29 V');
  });

  it('the attempt ends at its time limit', () => {
    const run = drive(load(), [], 200);
    expect(run.state.finished).toBe(true);
    expect(run.result().endReason).toBe('time-limit');
    expect(run.result().durationS).toBeCloseTo(120, 2);
  });
});

describe('expert rules are edge-triggered', () => {
  it('a rule broken for 10 s is one violation lasting 10 s, not one per step', () => {
    const s = load();
    // Voltage right, but travel 10 mm/s (> 8 mm/s) from the start of the weld; slowed to 7 mm/s after 10 s.
    const run = drive(
      s,
      [
        [0, { type: 'advancePhase' }],
        [0.5, { type: 'setWeld', key: 'voltageV', value: 27 }],
        [1, { type: 'runProgram' }],
        [11, { type: 'setWeld', key: 'travelSpeedMmPerS', value: 7 }],
      ],
      12,
    );
    const vs = run.result().violations.filter((v) => v.ruleId === 'travel');
    // The injected gas loss (3–4 s into the weld) stops the arc: the rule holds while the arc is off.
    expect(vs.length).toBe(1);
    expect(vs[0]!.startS).toBeCloseTo(1, 1);
    expect(vs[0]!.durationS).toBeGreaterThan(2);
    expect(vs[0]!.open).toBe(false);
  });

  it('points lost per violation are capped at the rule points, and the coaching names the rule', () => {
    const s = load();
    const run = drive(
      s,
      [
        [0, { type: 'advancePhase' }],
        [0.5, { type: 'setWeld', key: 'voltageV', value: 27 }],
        [1, { type: 'runProgram' }],
      ],
      30,
    );
    const rules = run.result().breakdown.find((c) => c.component === 'rules')!;
    const travel = rules.items.find((i) => i.id === 'travel')!;
    expect(travel.max).toBe(10);
    expect(travel.earned).toBe(6); // one violation × perViolation 4
    expect(run.result().coaching.some((c) => c.itemId === 'travel' && c.advice.en === 'Too fast')).toBe(true);
  });

  it('a failing safety rule fails the attempt whatever the score', () => {
    const s = load();
    const run = createScenarioRun(s, toyPort);
    run.start(1);
    run.world.interlock = false; // a cell whose arc interlock is bridged: only the rule notices
    const at: Array<[number, Parameters<typeof run.applyIntent>[0]]> = [
      [0, { type: 'advancePhase' }],
      [0.5, { type: 'setWeld', key: 'voltageV', value: 27 }],
      [0.6, { type: 'setWeld', key: 'travelSpeedMmPerS', value: 7.5 }],
      [1, { type: 'runProgram' }],
      [2, { type: 'bodyPose', part: 'rightHand', position: [0.2, 0, 0.1] }],
      [2.5, { type: 'bodyPose', part: 'rightHand', position: [2, 0, 1] }],
    ];
    let k = 0;
    while (run.state.timeS < 4) {
      while (k < at.length && at[k]![0] <= run.state.timeS) run.applyIntent(at[k++]![1]);
      run.step();
    }
    run.end('finished');
    const r = run.result();
    const v = r.violations.filter((x) => x.ruleId === 'noArcPerson');
    expect(v.length).toBe(1);
    expect(v[0]!.startS).toBeCloseTo(2, 1);
    expect(v[0]!.durationS).toBeCloseTo(0.5, 1);
    expect(r.passed).toBe(false);
    expect(r.failReasons[0]!.en).toBe('Failing rule broken: Arc with a person in the zone');
    expect(r.breakdown.find((c) => c.component === 'safety')!.fraction).toBe(0);
  });
});

describe('faults: injection and handling', () => {
  it('the seeded fault time is the same for the same seed and lies in the authored range', () => {
    const s = load();
    const a = sampleVariation(s.spec, 7);
    const b = sampleVariation(s.spec, 7);
    expect(a).toEqual(b);
    for (let seed = 0; seed < 50; seed++) {
      const v = sampleVariation(s.spec, seed);
      expect(v.injectionDelaysS[0]).toBeGreaterThanOrEqual(3);
      expect(v.injectionDelaysS[0]).toBeLessThanOrEqual(4);
      expect(v.seamOffsetMm).toBeGreaterThanOrEqual(-2);
      expect(v.seamOffsetMm).toBeLessThanOrEqual(2);
      expect(Math.round(v.seamOffsetMm * 10) / 10).toBeCloseTo(v.seamOffsetMm, 9);
    }
    const seeds = new Set(Array.from({ length: 20 }, (_, i) => sampleVariation(s.spec, i).seamOffsetMm));
    expect(seeds.size).toBeGreaterThan(5);
  });

  it('grades detection time, diagnosis, the first remedy and the resolution time', () => {
    const s = load();
    const ref = runSolution(s, 3, 'reference', toyPort);
    const inj = ref.result.injections[0]!;
    const delay = sampleVariation(s.spec, 3).injectionDelaysS[0]!;
    expect(inj.injectedS).toBeCloseTo(1 + delay, 1);
    expect(inj.detectedS! - inj.injectedS!).toBeLessThan(0.1);
    expect(inj.diagnoses).toEqual(['gas-supply-loss']);
    expect(inj.actions[0]).toBe('openGasValve');
    const fh = ref.result.breakdown.find((c) => c.component === 'faultHandling')!;
    expect(fh.fraction).toBe(1);

    const bad = runSolution(s, 3, 'knownBad', toyPort);
    const bfh = bad.result.breakdown.find((c) => c.component === 'faultHandling')!;
    expect(bfh.fraction).toBeLessThan(0.8);
    expect(
      bad.result.coaching.some(
        (c) => c.component === 'faultHandling' && /Name the cause: gas-supply-loss/.test(c.advice.en),
      ),
    ).toBe(true);
  });
});

describe('scoring', () => {
  it('the reference solution passes with a high score; the known-bad fails', () => {
    const s = load();
    const ref = runSolution(s, 1, 'reference', toyPort);
    expect(ref.result.passed).toBe(true);
    expect(ref.result.score).toBeGreaterThanOrEqual(90);
    expect(ref.result.grade).toBe('A');
    const bad = runSolution(s, 1, 'knownBad', toyPort);
    expect(bad.result.passed).toBe(false);
    expect(bad.result.score).toBeLessThan(ref.result.score);
  });

  it('weights add up: the component points sum to the score', () => {
    const r = runSolution(load(), 1, 'knownBad', toyPort).result;
    const sum = r.breakdown.reduce((s, c) => s + c.weight * c.fraction, 0);
    expect(r.score).toBeCloseTo(sum, 1);
    for (const c of r.breakdown) expect(c.points).toBeLessThanOrEqual(c.weight);
  });

  it('coaching lists every item that lost points, most costly first', () => {
    const r = runSolution(load(), 1, 'knownBad', toyPort).result;
    const lost = r.coaching.map((c) => c.pointsLost);
    expect([...lost].sort((a, b) => b - a)).toEqual(lost);
    for (const c of r.breakdown) {
      for (const item of c.items) {
        if (item.earned < item.max) expect(r.coaching.some((k) => k.itemId === item.id)).toBe(true);
      }
    }
  });
});

describe('determinism and replay', () => {
  it('same scenario + seed + solution gives the same score and hash twice', () => {
    const s = load();
    const a = runSolution(s, 42, 'reference', toyPort);
    const b = runSolution(s, 42, 'reference', toyPort);
    expect(a.hash).toBe(b.hash);
    expect(a.result.score).toBe(b.result.score);
    const c = runSolution(s, 43, 'reference', toyPort);
    expect(c.hash).not.toBe(a.hash);
  });

  it('replaying the input log of a solution reproduces its hash, score, grade and duration', () => {
    const s = load();
    const sol = runSolution(s, 5, 'reference', toyPort);
    const replay = replayAttempt({ scenarioId: 'toy-fillet', version: 2, seed: 5, log: sol.log }, s, toyPort);
    expect(replay.hash).toBe(sol.hash);
    expect(replay.score).toBe(sol.result.score);
    expect(replay.grade).toBe(sol.result.grade);
    expect(replay.durationS).toBe(sol.result.durationS);
  });

  it('a replay refuses another scenario version and a log that goes back in time', () => {
    const s = load();
    expect(() =>
      replayAttempt({ scenarioId: 'toy-fillet', version: 3, seed: 1, log: [] }, s, toyPort),
    ).toThrow(/version 3/);
    expect(() =>
      replayAttempt(
        {
          scenarioId: 'toy-fillet',
          version: 2,
          seed: 1,
          log: [
            { tick: 5, intent: { type: 'runProgram' } },
            { tick: 2, intent: { type: 'eStop' } },
          ],
        },
        s,
        toyPort,
      ),
    ).toThrow(/log\[1\]\.tick/);
  });

  it('a log that stops early ends the attempt at endTick', () => {
    const s = load();
    const r = replayAttempt(
      { scenarioId: 'toy-fillet', version: 2, seed: 1, log: [], endTick: secondsToTicks(10) },
      s,
      toyPort,
    );
    expect(r.durationS).toBeCloseTo(10, 3);
    expect(r.result.endReason).toBe('log-ended');
  });
});

describe('component coaching', () => {
  it('adds the rubric advice of a component that lost points', () => {
    const text = TOY_SCENARIO.replace(
      '  quality:\n    seams: [{ id: main, required: C }]',
      '  quality:\n    seams: [{ id: main, required: C }]\n  coaching:\n    faultHandling: { en: Stop first, zh-CN: 先停机 }\n    safety: { en: Never shown, zh-CN: 不显示 }',
    );
    const bad = runSolution(load(text), 1, 'knownBad', toyPort).result;
    const c = bad.coaching.find((k) => k.itemId === 'faultHandling');
    expect(c?.advice.en).toBe('Stop first');
    expect(c!.pointsLost).toBeGreaterThan(0);
    expect(bad.coaching.some((k) => k.itemId === 'safety')).toBe(false);
  });
});
