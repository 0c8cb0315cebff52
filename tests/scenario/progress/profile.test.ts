import { describe, expect, it } from 'vitest';
import {
  skillProfile,
  trendOf,
  weakestComponents,
  type AttemptSummary,
  type CatalogueEntry,
} from '../../../src/scenario/progress/index.ts';

const title = (en: string) => ({ en, 'zh-CN': en });

const catalogue: CatalogueEntry[] = [
  {
    id: 'cobot-commands-fillet',
    version: 1,
    title: title('Fillet'),
    skillLayer: 'commands',
    robotFamily: 'cobot',
    level: 1,
    weights: { goals: 20, quality: 40, technique: 30, safety: 10 },
  },
  {
    id: 'cobot-commands-weave',
    version: 1,
    title: title('Weave'),
    skillLayer: 'commands',
    robotFamily: 'cobot',
    level: 2,
    weights: { technique: 60, quality: 40 },
  },
  {
    id: 'cobot-dialogue-vertical',
    version: 1,
    title: title('Vertical up'),
    skillLayer: 'dialogue',
    robotFamily: 'cobot',
    level: 2,
    weights: { quality: 70, goals: 30 },
  },
  {
    id: 'industrial-commands-plate',
    version: 1,
    title: title('Plate'),
    skillLayer: 'commands',
    robotFamily: 'industrial',
    level: 1,
    weights: { program: 50, quality: 50 },
  },
  {
    id: 'orbital-anomaly-gas',
    version: 1,
    title: title('Gas loss'),
    skillLayer: 'anomaly',
    robotFamily: 'orbital',
    level: 3,
    weights: { faultHandling: 60, quality: 40 },
  },
];

let n = 0;
function attempt(
  scenarioId: string,
  score: number,
  lost: Partial<Record<string, number>> = {},
  at = ++n,
): AttemptSummary {
  const e = catalogue.find((c) => c.id === scenarioId)!;
  return {
    attemptId: `a${String(at).padStart(3, '0')}`,
    scenarioId,
    version: 1,
    skillLayer: e.skillLayer,
    robotFamily: e.robotFamily,
    level: e.level,
    finishedAtMs: 1_700_000_000_000 + at * 60_000,
    score,
    grade: score >= 90 ? 'A' : score >= 80 ? 'B' : score >= 70 ? 'C' : score >= 60 ? 'D' : 'F',
    passed: score >= 60,
    durationS: 300,
    components: Object.entries(e.weights).map(([component, weight]) => ({
      component: component as AttemptSummary['components'][number]['component'],
      weight: weight!,
      fraction: 1 - (lost[component] ?? 0) / weight!,
    })),
  };
}

describe('trend of scores', () => {
  it('calls a rise of several points per attempt improving, a fall declining, noise steady', () => {
    expect(trendOf([50, 58, 63, 71, 80]).direction).toBe('improving');
    expect(trendOf([85, 80, 72, 66]).direction).toBe('declining');
    expect(trendOf([70, 72, 69, 71]).direction).toBe('steady');
    expect(trendOf([70])).toEqual({ direction: 'new', slopePerAttempt: 0 });
  });

  it('looks only at the last five attempts: an early bad run no longer counts once the trainee is steady', () => {
    expect(trendOf([10, 20, 30, 80, 81, 80, 79, 80]).direction).toBe('steady');
  });
});

describe('skill profile', () => {
  it('has one cell per skill layer and robot family, even before any attempt', () => {
    const p = skillProfile([], catalogue);
    expect(p.cells).toHaveLength(12);
    expect(p.cells.map((c) => `${c.skillLayer}/${c.robotFamily}`).slice(0, 3)).toEqual([
      'commands/cobot',
      'commands/industrial',
      'commands/orbital',
    ]);
    expect(p.cells.every((c) => c.attempts === 0 && c.best === null && c.trend.direction === 'new')).toBe(
      true,
    );
    // With nothing tried, start where each family's curriculum starts (lowest level first).
    expect(p.next.map((s) => s.scenarioId)).toEqual([
      'cobot-commands-fillet',
      'industrial-commands-plate',
      'cobot-dialogue-vertical',
    ]);
    expect(p.next.every((s) => s.reason === null)).toBe(true);
  });

  it('keeps best, last, trend and practice time per cell, from the attempts in that cell only', () => {
    const list = [
      attempt('cobot-commands-fillet', 55, { technique: 25, quality: 20 }),
      attempt('cobot-commands-fillet', 68, { technique: 20, quality: 12 }),
      attempt('industrial-commands-plate', 91, { program: 9 }),
      attempt('cobot-commands-fillet', 79, { technique: 15, quality: 6 }),
    ];
    const p = skillProfile(list, catalogue);
    const cobot = p.cells.find((c) => c.skillLayer === 'commands' && c.robotFamily === 'cobot')!;
    expect(cobot.attempts).toBe(3);
    expect(cobot.passed).toBe(2);
    expect(cobot.best?.score).toBe(79);
    expect(cobot.last?.score).toBe(79);
    expect(cobot.history.map((h) => h.score)).toEqual([55, 68, 79]);
    expect(cobot.trend.direction).toBe('improving');
    expect(cobot.practiceS).toBe(900);
    expect(p.attempts).toBe(4);
    expect(p.practiceS).toBe(1200);
  });

  it('finds the component where points are lost most and suggests the scenario that trains it', () => {
    const list = [
      attempt('cobot-commands-fillet', 62, { technique: 24, quality: 14 }),
      attempt('cobot-commands-fillet', 66, { technique: 22, quality: 12 }),
    ];
    const cobot = skillProfile(list, catalogue).cells.find(
      (c) => c.skillLayer === 'commands' && c.robotFamily === 'cobot',
    )!;
    expect(cobot.weakest.map((w) => w.component)).toEqual(['technique', 'quality']);
    expect(cobot.weakest[0]!.lostPerAttempt).toBe(23);
    // The weave exercise puts 60 points on technique: the most practice for the weakest point.
    expect(cobot.next?.scenarioId).toBe('cobot-commands-weave');
    expect(cobot.next?.reason?.component).toBe('technique');
  });

  it('stops suggesting a scenario the trainee has mastered (grade A)', () => {
    const list = [
      attempt('cobot-commands-weave', 95, { technique: 3, quality: 2 }),
      attempt('cobot-commands-fillet', 70, { technique: 20, quality: 10 }),
    ];
    const cobot = skillProfile(list, catalogue).cells.find(
      (c) => c.skillLayer === 'commands' && c.robotFamily === 'cobot',
    )!;
    expect(cobot.next?.scenarioId).toBe('cobot-commands-fillet');
  });

  it('ranks the overall "practise next" by points at stake across cells', () => {
    const list = [
      attempt('industrial-commands-plate', 60, { program: 30, quality: 10 }),
      attempt('orbital-anomaly-gas', 45, { faultHandling: 50, quality: 5 }),
      attempt('cobot-commands-fillet', 85, { technique: 10, quality: 5 }),
    ];
    const p = skillProfile(list, catalogue);
    expect(p.next.map((s) => [s.scenarioId, s.reason?.component])).toEqual([
      ['orbital-anomaly-gas', 'faultHandling'],
      ['industrial-commands-plate', 'program'],
      ['cobot-commands-weave', 'technique'],
    ]);
  });

  it('does not depend on the order the attempts come in', () => {
    const list = [
      attempt('cobot-commands-fillet', 50),
      attempt('cobot-commands-fillet', 70),
      attempt('cobot-commands-fillet', 60),
    ];
    expect(skillProfile([...list].reverse(), catalogue)).toEqual(skillProfile(list, catalogue));
  });
});

describe('weakest components', () => {
  it('ignores components losing under a point on average', () => {
    const w = weakestComponents([attempt('cobot-commands-fillet', 99, { safety: 0.5, quality: 0.4 })]);
    expect(w).toEqual([]);
  });
});
