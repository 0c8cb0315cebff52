// @vitest-environment happy-dom
// The flow's screens as a trainee sees them: the home list grouped by robot family and skill layer with level,
// time and best grade, a broken file's diagnostics, the briefing, and the running HUD's phase, goals and
// coaching — in English and Chinese.
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttemptRecorder } from '../../../src/app/attempts/recorder.ts';
import { MemoryAttemptStore } from '../../../src/app/attempts/memory-store.ts';
import { setAttemptRecorder } from '../../../src/app/attempts/default-recorder.ts';
import { BriefingScreen } from '../../../src/app/flow/briefing-screen.tsx';
import { catalogueItem } from '../../../src/app/flow/catalogue.ts';
import { useFlowStore } from '../../../src/app/flow/flow-store.ts';
import { HomeScreen } from '../../../src/app/flow/home-screen.tsx';
import '../../../src/app/flow/i18n.ts';
import { ScenarioHud } from '../../../src/app/flow/scenario-hud.tsx';
import { worldPort } from '../../../src/app/flow/runtime.ts';
import { currentTrainee } from '../../../src/app/progress/trainee.ts';
import { i18next, i18nReady } from '../../../src/app/i18n/index.ts';
import { useSimStore } from '../../../src/app/stores/sim-store.ts';
import { createScenarioRun } from '../../../src/scenario/index.ts';
import { readFileSync } from 'node:fs';
import { shippedScenario } from './support.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const IDS = ['cobot-commands-fillet', 'cobot-dialogue-vertical-up', 'orbital-anomaly-gas-loss'];

let root: Root;
let host: HTMLElement;
async function render(el: Parameters<Root['render']>[0]) {
  await act(async () => root.render(el));
  await act(async () => new Promise((r) => setTimeout(r, 20)));
}

describe('flow screens', () => {
  let store: MemoryAttemptStore;
  beforeEach(async () => {
    await i18nReady;
    await i18next.changeLanguage('en');
    store = new MemoryAttemptStore();
    setAttemptRecorder(new AttemptRecorder(store));
    host = document.createElement('div');
    document.body.appendChild(host);
    root = createRoot(host);
    const items = IDS.map((id) =>
      catalogueItem(`/scenarios/${id}.yaml`, readFileSync(`scenarios/${id}.yaml`, 'utf8')),
    );
    items.push(catalogueItem('/scenarios/zz-broken.yaml', 'id: broken\nlevel: [\n'));
    useFlowStore.setState({ screen: 'home', catalogue: items, resume: null, error: null, current: null });
  });
  afterEach(async () => {
    await act(async () => root.unmount());
    host.remove();
  });

  it('home lists scenarios under robot family and skill layer, with level, minutes and the best grade', async () => {
    const s = shippedScenario('cobot-commands-fillet');
    await store.create({
      id: 'a1',
      scenarioId: s.spec.id,
      version: s.spec.version,
      seed: 1,
      appVersion: 'test',
      trainee: currentTrainee().id,
      startedAt: '2026-11-24T10:00:00.000Z',
      status: 'finished',
      tick: 100,
      savedEntries: 0,
      chunks: 0,
      result: { score: 91.5, grade: 'A', passed: true, durationS: 60, hash: 'x', summary: {} as never },
    });
    await render(createElement(HomeScreen));
    const families = [...host.querySelectorAll('.wt-flow-family h3')].map((h) => h.textContent);
    expect(families).toEqual(['Collaborative robot', 'Orbital pipe carriage']);
    const cobot = host.querySelector('.wt-flow-family')!;
    expect([...cobot.querySelectorAll('h4')].map((h) => h.textContent)).toEqual([
      'Issuing commands',
      'Human–machine dialogue',
    ]);
    const card = host.querySelector('[data-testid="scenario-cobot-commands-fillet"]')!;
    expect(card.textContent).toContain('Level 1 · about 15 min');
    expect(card.querySelector('[data-testid="best-grade"]')!.textContent).toBe('Best: A (91.5)');
    expect(
      host.querySelector('[data-testid="scenario-cobot-dialogue-vertical-up"] [data-testid="best-grade"]')!
        .textContent,
    ).toBe('Not tried yet');
    // The broken file: its name and where the problem is, not a crash.
    const broken = host.querySelector('[data-testid="scenario-broken"]')!;
    expect(broken.textContent).toContain('zz-broken.yaml');
    expect(broken.querySelector('pre')!.textContent).toMatch(/^zz-broken\.yaml:\d+:\d+: /);
  });

  it('home in Chinese uses the welding terms', async () => {
    await i18next.changeLanguage('zh-CN');
    await render(createElement(HomeScreen));
    expect(host.textContent).toContain('协作机器人');
    expect(host.textContent).toContain('指令操作');
    expect(host.textContent).toContain('协作机器人：12 mm 板从平焊改为立向上焊');
    expect(host.textContent).toContain('自由操作');
  });

  it('choosing a scenario opens its briefing: objectives, workpiece, phases with goals and time limits', async () => {
    await render(createElement(HomeScreen));
    await act(async () =>
      (
        host.querySelector('[data-testid="scenario-cobot-dialogue-vertical-up"] button') as HTMLButtonElement
      ).click(),
    );
    expect(useFlowStore.getState().screen).toBe('briefing');
    await render(createElement(BriefingScreen));
    const text = host.textContent!;
    expect(text).toContain('Lower the current to 65–80 % of the flat setting');
    expect(host.querySelector('[data-testid="briefing-cell"]')!.textContent).toContain(
      'Carbon steel, 12 mm, fillet joint, position PF',
    );
    const phases = host.querySelector('[data-testid="briefing-phases"]')!.textContent!;
    expect(phases).toContain('Turn flat settings into vertical-up settings');
    expect(phases).toContain('time limit 5:00');
    expect(phases).toContain('Pulsed transfer, argon-rich gas');
    expect(text).toContain('Whole attempt: 15:00');
  });

  it('the running HUD shows the phase and ticks its goals off as they are met', async () => {
    const scenario = shippedScenario('cobot-dialogue-vertical-up');
    const run = createScenarioRun(scenario, worldPort);
    run.start(5);
    useSimStore.getState().attachRun(run, 5);
    useSimStore.getState().sendAction({ type: 'advancePhase' });
    await act(async () => void useSimStore.getState().advance(0.05));
    await render(createElement(ScenarioHud));
    const hud = host.querySelector('[data-testid="scenario-hud"]')!;
    expect(hud.getAttribute('data-phase')).toBe('tune');
    expect(hud.querySelector('[data-testid="phase-title"]')!.textContent).toBe(
      'Turn flat settings into vertical-up settings',
    );
    const goal = (id: number) => hud.querySelectorAll('[data-testid="phase-goals"] li')[id]!;
    expect(goal(1).getAttribute('data-met')).toBe('false');
    useSimStore.getState().send({ type: 'setWeld', key: 'pulsed', value: true });
    useSimStore.getState().send({ type: 'setWeld', key: 'shieldingGas', value: 'Ar-18CO2' });
    await act(async () => void useSimStore.getState().advance(0.1));
    expect(goal(1).getAttribute('data-met')).toBe('true');
    expect(goal(1).textContent).toContain('✔');
    expect(host.querySelector('[data-testid="coaching"]')).toBeNull();
  });

  it('coaching appears while a rule is broken and goes when it holds again', async () => {
    const text = readFileSync('scenarios/cobot-dialogue-vertical-up.yaml', 'utf8').replace(
      /^rules:\n/m,
      [
        'rules:',
        '  - id: flowTestGas',
        '    category: process',
        '    require: weld.gasFlowLPerMin <= 20',
        '    severity: advice',
        '    message: { en: "Gas flow above 20 L/min", zh-CN: "气体流量超过 20 L/min" }',
        '    advice: { en: "Turn the flow down to 15 L/min", zh-CN: "把流量调到 15 L/min" }',
        '',
      ].join('\n'),
    );
    const item = catalogueItem('/scenarios/t.yaml', text);
    expect(item.diagnostics).toEqual([]);
    const run = createScenarioRun(item.scenario!, worldPort);
    run.start(5);
    useSimStore.getState().attachRun(run, 5);
    await render(createElement(ScenarioHud));
    expect(host.querySelector('[data-testid="coaching"]')).toBeNull();
    // A violation counts after its grace (0.5 s by default).
    for (let i = 0; i < 8; i++) await act(async () => void useSimStore.getState().advance(0.1));
    // The start panel has CO2 at 22 L/min: the rule is broken from the start.
    expect(host.querySelector('[data-testid="coaching"]')!.textContent).toContain('Gas flow above 20 L/min');
    expect(host.querySelector('[data-testid="coaching"]')!.textContent).toContain(
      'Turn the flow down to 15 L/min',
    );
    useSimStore.getState().send({ type: 'setWeld', key: 'gasFlowLPerMin', value: 15 });
    await act(async () => void useSimStore.getState().advance(0.1));
    expect(host.querySelector('[data-testid="coaching"]')).toBeNull();
  });

  it('an injected fault raises an intervention prompt, and the cause named there is logged', async () => {
    const scenario = shippedScenario('cobot-anomaly-gas-loss');
    const run = createScenarioRun(scenario, worldPort);
    run.start(11);
    const sim = useSimStore.getState();
    sim.attachRun(run, 11);
    sim.sendAction({ type: 'advancePhase' });
    sim.send({ type: 'setMode', mode: 'auto' });
    sim.send({ type: 'runProgram' });
    sim.setTimeScale(8);
    await render(createElement(ScenarioHud));
    expect(host.querySelector('[data-testid="intervention"]')).toBeNull();
    // Weld until the gas fails (the scenario injects it 16–28 s into the weld phase).
    for (let i = 0; i < 200 && !host.querySelector('[data-testid="intervention"]'); i++)
      await act(async () => void useSimStore.getState().advance(0.1));
    const prompt = host.querySelector('[data-testid="intervention"]')!;
    expect(prompt.textContent).toMatch(/Alarm on the controller: gas/);
    const select = prompt.querySelector('[data-testid="diagnose-cause"]') as HTMLSelectElement;
    await act(async () => {
      select.value = 'gas-supply-loss';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await act(async () =>
      (prompt.querySelector('[data-testid="diagnose-submit"]') as HTMLButtonElement).click(),
    );
    await act(async () => void useSimStore.getState().advance(0.05));
    expect(run.log.at(-1)!.intent).toEqual({ type: 'diagnose', cause: 'gas-supply-loss' });
    expect(host.querySelector('[data-testid="intervention"]')!.textContent).toContain(
      'Reported: Shielding gas supply lost',
    );
  });
});
