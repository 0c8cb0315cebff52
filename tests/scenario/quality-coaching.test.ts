// Coaching for the ISO 5817 quality component: a seam below its required level is told what was required; a seam
// that met the requirement but lost points (levelCredit) is told it was accepted and why points were lost.
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario/index.ts';
import { qualityItems } from '../../src/scenario/grading/components.ts';
import type { RunSnapshot } from '../../src/scenario/grading/types.ts';
import { TOY_SCENARIO } from './support/toy-scenario.ts';

const scenario = parseScenario(TOY_SCENARIO, 'toy.yaml').scenario!;
const snap = (level: string) => ({ seamLevels: [level], worldAdvice: [] }) as unknown as RunSnapshot;

describe('seam quality coaching (toy scenario: seam "main", level C required)', () => {
  it('level B: full credit, no coaching', () => {
    const q = qualityItems(scenario, snap('B'));
    expect(q.items[0]!.earned).toBe(q.items[0]!.max);
    expect(q.advice.size).toBe(0);
  });

  it('level C: accepted, but only the default 80 % of the points, and the coaching says so', () => {
    const q = qualityItems(scenario, snap('C'));
    expect(q.items[0]!.earned / q.items[0]!.max).toBeCloseTo(0.8, 9);
    expect(q.advice.get('main')!.en).toMatch(/reached level C: accepted \(C or better was required\).*80 %/);
    expect(q.advice.get('main')!['zh-CN']).toMatch(/合格/);
  });

  it('level D: below the requirement, told what was required', () => {
    const q = qualityItems(scenario, snap('D'));
    expect(q.advice.get('main')!.en).toMatch(/reached level D; C or better was required/);
    expect(q.advice.get('main')!.en).not.toMatch(/accepted/);
  });
});
