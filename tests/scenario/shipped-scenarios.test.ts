// Every shipped scenario through the real engine and twin: the reference solution passes, the known-bad fails,
// the same seed gives the same score and hash, and the solution's input log replays to the same result.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  parseScenario,
  runSolution,
  replayAttempt,
  MEASUREMENTS,
  type Scenario,
} from '../../src/scenario/index.ts';
import { worldPort } from '../../src/scenario/world/port.ts';
import { SKILL_LAYERS, ROBOT_FAMILIES } from '../../src/scenario/schema/domain-enums.ts';

const DIR = join(import.meta.dirname, '../../scenarios');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

function load(file: string): Scenario {
  const r = parseScenario(readFileSync(join(DIR, file), 'utf8'), file);
  if (!r.scenario)
    throw new Error(r.diagnostics.map((d) => `${file}:${d.line}:${d.column}: ${d.message}`).join('\n'));
  return r.scenario;
}

describe('the shipped scenarios', () => {
  const scenarios = files.map(load);

  it('cover every robot family × skill layer, with unique ids', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(12);
    for (const family of ROBOT_FAMILIES) {
      for (const layer of SKILL_LAYERS) {
        expect(
          scenarios.some((s) => s.spec.robotFamily === family && s.spec.skillLayer === layer),
          `${family} × ${layer}`,
        ).toBe(true);
      }
    }
    expect(new Set(scenarios.map((s) => s.spec.id)).size).toBe(scenarios.length);
    for (const [i, s] of scenarios.entries()) expect(files[i]).toBe(`${s.spec.id}.yaml`);
  });

  it('say in both languages what the trainee learns', () => {
    for (const s of scenarios) {
      expect(s.spec.briefing.objectives.length).toBeGreaterThan(0);
      for (const o of s.spec.briefing.objectives) {
        expect(o.en.length).toBeGreaterThan(10);
        expect(o['zh-CN'].length).toBeGreaterThan(4);
      }
    }
  });

  it('start with the schema line editors use', () => {
    for (const f of files)
      expect(
        readFileSync(join(DIR, f), 'utf8').startsWith('# yaml-language-server: $schema=./schema.json'),
      ).toBe(true);
  });
});

describe.each(files)('selftest %s', (file) => {
  it('reference passes, known-bad fails', () => {
    const s = load(file);
    const ref = runSolution(s, 1, 'reference', worldPort);
    expect(ref.stalledAtStep, 'a reference step waited in vain').toBeUndefined();
    expect(ref.result.failReasons.map((f) => f.en)).toEqual([]);
    expect(ref.result.passed).toBe(true);
    const bad = runSolution(s, 1, 'knownBad', worldPort);
    expect(bad.result.passed).toBe(false);
    expect(bad.result.score).toBeLessThan(ref.result.score);
    // A judge can read why: every lost point has coaching in both languages.
    for (const c of bad.result.coaching) {
      expect(c.advice.en.length).toBeGreaterThan(0);
      expect(c.advice['zh-CN'].length).toBeGreaterThan(0);
    }
  });
});

describe('determinism and replay through the real twin', () => {
  const sample = [
    'cobot-anomaly-gas-loss.yaml',
    'industrial-maintenance-tcp.yaml',
    'orbital-commands-pipe.yaml',
  ];
  it.each(sample)(
    '%s: same seed and solution give the same score and hash twice; the log replays to them',
    (file) => {
      const s = load(file);
      const a = runSolution(s, 7, 'reference', worldPort);
      const b = runSolution(s, 7, 'reference', worldPort);
      expect(b.hash).toBe(a.hash);
      expect(b.result.score).toBe(a.result.score);
      expect(JSON.stringify(b.result)).toBe(JSON.stringify(a.result));
      const replay = replayAttempt(
        { scenarioId: s.spec.id, version: s.spec.version, seed: 7, log: a.log },
        s,
        worldPort,
      );
      expect(replay.hash).toBe(a.hash);
      expect(replay.score).toBe(a.result.score);
      expect(replay.grade).toBe(a.result.grade);
      expect(replay.durationS).toBe(a.result.durationS);
    },
  );

  it('a different seed gives a different exercise (fault time) and still a passing reference', () => {
    const s = load('cobot-anomaly-gas-loss.yaml');
    const a = runSolution(s, 1, 'reference', worldPort);
    const b = runSolution(s, 2, 'reference', worldPort);
    expect(b.result.injections[0]!.injectedS).not.toBe(a.result.injections[0]!.injectedS);
    expect(b.result.passed).toBe(true);
  });
});

describe('the twin provides every measurement a scenario may name', () => {
  it('has a reader for each catalogue entry, returning the declared type', () => {
    const s = load('cobot-commands-fillet.yaml');
    const run = runSolution(s, 1, 'reference', worldPort);
    expect(run.result.passed).toBe(true);
    const world = worldPort.createWorld({
      seed: 1,
      family: 'cobot',
      robotId: 'ur10e',
      process: 'GMAW',
      workpiece: {
        material: 'carbon-steel',
        thicknessMm: 6,
        joint: 'fillet',
        position: 'PB',
        gapMm: 0,
        carbonEquivalent: 0.38,
        seamOffsetMm: 0,
      },
      weld: {},
      maintenance: {},
    });
    for (const m of MEASUREMENTS) {
      const reader = worldPort.readers.get(m.name);
      expect(reader, m.name).toBeDefined();
      const v = reader!(world);
      expect(typeof v, m.name).toBe(m.type);
      if (m.values && typeof v === 'string') expect(m.values, m.name).toContain(v);
    }
  });
});
