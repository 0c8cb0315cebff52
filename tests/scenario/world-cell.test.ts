// The scenario's cell (src/scenario/world/cell.ts): the seeded seam offset moves straight seams across the joint
// and the pipe's girth seam along the pipe axis, for every family and position (a 5G butt once crashed here).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario, runSolution } from '../../src/scenario/index.ts';
import { scenarioCell } from '../../src/scenario/world/cell.ts';
import { worldPort } from '../../src/scenario/world/port.ts';
import type { ScenarioWorldInit } from '../../src/scenario/engine/sim-port.ts';

const base = (family: ScenarioWorldInit['family'], position: string, joint: string): ScenarioWorldInit =>
  ({
    family,
    robotId: family === 'cobot' ? 'ur10e' : family === 'industrial' ? 'fanuc-m10ia' : 'orbital-carriage',
    workpiece: {
      material: 'carbon-steel',
      thicknessMm: 8,
      joint,
      position,
      gapMm: 0,
      carbonEquivalent: 0.38,
      seamOffsetMm: 2,
      ...(family === 'orbital' ? { pipeOdMm: 168.3 } : {}),
    },
  }) as unknown as ScenarioWorldInit;

describe('scenario cell with a seam offset', () => {
  it.each([
    ['orbital', 'PA', 'butt'],
    ['orbital', 'PF', 'butt'],
    ['orbital', 'PC', 'butt'],
  ] as const)('%s %s %s: the girth seam moves 2 mm along the pipe axis', (family, position, joint) => {
    const nominal = scenarioCell(base(family, position, joint), true).workpiece;
    const moved = scenarioCell(base(family, position, joint)).workpiece;
    const axis = [0, 1, 2].map((i) => nominal.seamEnd[i]! - nominal.seamStart[i]!);
    const len = Math.hypot(...axis);
    const d = [0, 1, 2].map((i) => moved.seamStart[i]! - nominal.seamStart[i]!);
    const along = (d[0]! * axis[0]! + d[1]! * axis[1]! + d[2]! * axis[2]!) / len;
    expect(along).toBeCloseTo(0.002, 9);
    expect(Math.hypot(...d)).toBeCloseTo(0.002, 9);
  });

  it.each([
    ['cobot', 'PB', 'fillet'],
    ['cobot', 'PF', 'fillet'],
    ['industrial', 'PA', 'butt'],
  ] as const)('%s %s %s: the straight seam moves 2 mm across the joint line', (family, position, joint) => {
    const nominal = scenarioCell(base(family, position, joint), true).workpiece;
    const moved = scenarioCell(base(family, position, joint)).workpiece;
    const dir = [0, 1, 2].map((i) => nominal.seamEnd[i]! - nominal.seamStart[i]!);
    const d = [0, 1, 2].map((i) => moved.seamStart[i]! - nominal.seamStart[i]!);
    expect(Math.hypot(...d)).toBeCloseTo(0.002, 9);
    expect(d[0]! * dir[0]! + d[1]! * dir[1]! + d[2]! * dir[2]!).toBeCloseTo(0, 12);
  });

  it('a shipped 5G pipe scenario with a seeded seam offset runs its reference solution', () => {
    const text = readFileSync('scenarios/orbital-dialogue-5g-sectors.yaml', 'utf8').replace(
      /^variation:\n/m,
      'variation:\n  seamOffsetMm: { min: -2, max: 2 }\n',
    );
    const parsed = parseScenario(text, 'orbital-5g-offset.yaml');
    expect(parsed.diagnostics).toEqual([]);
    const out = runSolution(parsed.scenario!, 7, 'reference', worldPort);
    expect(out.result.score).toBeGreaterThan(0);
  });
});
