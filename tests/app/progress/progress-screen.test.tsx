// @vitest-environment happy-dom
// The progress screen as a trainee sees it: totals, practise next, the skill matrix with history, credentials
// and the credit bank, in English and in Chinese.
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttemptRecorder } from '../../../src/app/attempts/recorder.ts';
import { MemoryAttemptStore } from '../../../src/app/attempts/memory-store.ts';
import { i18next, i18nReady } from '../../../src/app/i18n/index.ts';
import { ProgressScreen } from '../../../src/app/progress/progress-screen.tsx';
import { MemoryShelf } from '../../../src/app/progress/credential-vault.ts';
import {
  credentialDefinitionSchema,
  type AttemptSummary,
  type CatalogueEntry,
} from '../../../src/scenario/progress/index.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const catalogue: CatalogueEntry[] = [
  {
    id: 'cobot-commands-fillet',
    version: '1.0.0',
    title: { en: 'Cobot fillet', 'zh-CN': '协作机器人角焊' },
    skillLayer: 'commands',
    robotFamily: 'cobot',
    level: 1,
    weights: { quality: 50, technique: 50 },
  },
  {
    id: 'cobot-dialogue-vertical',
    version: '1.0.0',
    title: { en: 'Vertical up', 'zh-CN': '立向上焊' },
    skillLayer: 'dialogue',
    robotFamily: 'cobot',
    level: 2,
    weights: { quality: 60, goals: 40 },
  },
];
const definitions = [
  credentialDefinitionSchema.parse({
    id: 'cobot-welding-operator-basic',
    name: { en: 'Cobot welding operator — basic', 'zh-CN': '协作机器人焊接操作员（基础）' },
    points: 10,
    requirements: [
      { scenarioId: 'cobot-commands-fillet', minGrade: 'C' },
      { scenarioId: 'cobot-dialogue-vertical', minGrade: 'C' },
    ],
  }),
];

/** Seeded attempts one millisecond apart at least: in the order seeded, never tied (ties go by random id). */
let seeded = 0;

async function seed(recorder: AttemptRecorder, scenarioId: string, score: number, lostTechnique: number) {
  const entry = catalogue.find((c) => c.id === scenarioId)!;
  const a = await recorder.start({
    scenarioId,
    version: '1.0.0',
    seed: 1,
    appVersion: '0.1.0',
    trainee: 'trainee-1',
  });
  const grade = score >= 90 ? 'A' : score >= 80 ? 'B' : score >= 70 ? 'C' : score >= 60 ? 'D' : 'F';
  const summary: AttemptSummary = {
    attemptId: a.id,
    scenarioId,
    version: '1.0.0',
    skillLayer: entry.skillLayer,
    robotFamily: entry.robotFamily,
    level: entry.level,
    finishedAtMs: Date.parse(a.startedAt) + ++seeded,
    score,
    grade,
    passed: score >= 60,
    durationS: 600,
    components: [
      { component: 'technique', weight: 50, fraction: 1 - lostTechnique / 50 },
      { component: 'quality', weight: 50, fraction: 1 - (100 - score - lostTechnique) / 50 },
    ],
    hash: 'feedfacecafebeef',
  };
  await recorder.finish(a.id, {
    tick: 1000,
    status: 'finished',
    result: { score, grade, passed: score >= 60, durationS: 600, hash: 'feedfacecafebeef', summary },
  });
}

let root: Root;
let host: HTMLElement;

beforeEach(async () => {
  await i18nReady;
  await i18next.changeLanguage('en');
  localStorage.setItem('weldtwin.trainee', JSON.stringify({ id: 'trainee-1', name: 'Li Wei' }));
  host = document.createElement('div');
  document.body.appendChild(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

async function settle() {
  for (let i = 0; i < 10; i++) await act(async () => new Promise((r) => setTimeout(r, 0)));
}

const q = (sel: string) => host.querySelector(sel);

describe('progress screen', () => {
  it('shows totals, the weakest point to practise, the skill matrix and the credential progress', async () => {
    const recorder = new AttemptRecorder(new MemoryAttemptStore());
    await seed(recorder, 'cobot-commands-fillet', 62, 25);
    await seed(recorder, 'cobot-commands-fillet', 74, 18);
    const picked: string[] = [];
    act(() =>
      root.render(
        createElement(ProgressScreen, {
          catalogue,
          recorder,
          definitions,
          shelf: new MemoryShelf(),
          onPractise: (id: string) => picked.push(id),
        }),
      ),
    );
    await settle();
    expect(q('[data-testid="progress-summary"]')?.textContent).toMatch(
      /^2 attempts · 20 min of practice · 0 credits$/,
    );
    const cell = q('[data-testid="skill-commands-cobot"]')!;
    expect(cell.textContent).toMatch(/Best 74 \(C\)/);
    expect(cell.textContent).toMatch(/2 attempts, 2 passed/);
    expect(q('[data-testid="skill-dialogue-cobot"]')?.textContent).toBe('Not started');
    expect(q('[data-testid="practise-next"]')?.textContent).toMatch(
      /Torch technique: 21\.5 points lost per attempt/,
    );
    (q('[data-testid="practise-next"] button') as HTMLButtonElement).click();
    expect(picked).toEqual(['cobot-commands-fillet']);
    const cred = q('[data-testid="credential-cobot-welding-operator-basic"]')!;
    expect(cred.getAttribute('data-earned')).toBe('false');
    expect(cred.textContent).toMatch(/1 of 2 requirements met/);
    expect(cred.textContent).toMatch(/Vertical up: grade C or better — not tried yet/);
    expect(host.querySelectorAll('[data-testid="attempt-row"]')).toHaveLength(2);
  });

  it('opens a cell to its score history chart and its weak points', async () => {
    const recorder = new AttemptRecorder(new MemoryAttemptStore());
    for (const s of [55, 63, 71]) await seed(recorder, 'cobot-commands-fillet', s, 20);
    act(() =>
      root.render(
        createElement(ProgressScreen, { catalogue, recorder, definitions, shelf: new MemoryShelf() }),
      ),
    );
    await settle();
    act(() => (q('[data-testid="skill-commands-cobot"] button') as HTMLButtonElement).click());
    const detail = q('[data-testid="skill-detail"]')!;
    expect(detail.textContent).toMatch(/Improving/);
    const chart = q('[data-testid="score-chart"]')!;
    expect(chart.getAttribute('aria-label')).toBe('Scores of 3 attempts, oldest to newest; pass mark 60');
    expect(chart.querySelectorAll('circle')).toHaveLength(3);
    expect(chart.querySelectorAll('circle.wt-chart-dot-fail')).toHaveLength(1);
    expect(detail.querySelector('.wt-weak-points')?.textContent).toMatch(
      /Torch technique 20 points per attempt/,
    );
  });

  it('earning a credential fills the credit bank; everything reads in Chinese after the switch', async () => {
    const recorder = new AttemptRecorder(new MemoryAttemptStore());
    await seed(recorder, 'cobot-commands-fillet', 81, 5);
    await seed(recorder, 'cobot-dialogue-vertical', 72, 10);
    act(() =>
      root.render(
        createElement(ProgressScreen, { catalogue, recorder, definitions, shelf: new MemoryShelf() }),
      ),
    );
    await settle();
    expect(q('[data-testid="credit-bank"]')?.textContent).toBe('Credit bank: 10 credits');
    expect(q('[data-testid="credential-cobot-welding-operator-basic"]')?.getAttribute('data-earned')).toBe(
      'true',
    );
    await act(async () => void (await i18next.changeLanguage('zh-CN')));
    expect(q('[data-testid="credit-bank"]')?.textContent).toBe('学分银行：10 学分');
    expect(q('[data-testid="skill-matrix"] caption')?.textContent).toBe('技能档案：技能层级 × 机器人类型');
    expect(q('[data-testid="credential-cobot-welding-operator-basic"]')?.textContent).toMatch(
      /协作机器人焊接操作员（基础）/,
    );
  });
});
