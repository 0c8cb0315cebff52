// @vitest-environment happy-dom
// Flow actions from the keyboard (phase done, simulation speed) reach the running scenario, the cell's keys are
// quiet while a home or briefing screen covers it, and every flow string exists in English and Chinese.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FLOW_SHORTCUTS, installShortcuts } from '../../../src/app/controls/shortcuts.ts';
import en from '../../../src/app/flow/i18n.en.json';
import zhCN from '../../../src/app/flow/i18n.zh-CN.json';
import { useSimStore } from '../../../src/app/stores/sim-store.ts';
import { createScenarioRun } from '../../../src/scenario/index.ts';
import { worldPort } from '../../../src/scenario/world/port.ts';
import { shippedScenario } from './support.ts';

type Tree = { [k: string]: string | Tree };
function leaves(t: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const key = (code: string) => {
  window.dispatchEvent(new KeyboardEvent('keydown', { code, bubbles: true }));
  window.dispatchEvent(new KeyboardEvent('keyup', { code, bubbles: true }));
};

describe('flow keys', () => {
  let active = true;
  let uninstall: () => void;
  beforeEach(() => {
    active = true;
    const run = createScenarioRun(shippedScenario('cobot-dialogue-vertical-up'), worldPort);
    run.start(1);
    useSimStore.getState().attachRun(run, 1);
    uninstall = installShortcuts(window, () => active);
  });
  afterEach(() => uninstall());

  it('Q says the phase is done and W steps the simulation speed 1× → 2× → 4× → 8× → 1×', () => {
    key('KeyQ');
    expect(useSimStore.getState().pending).toEqual([{ type: 'advancePhase' }]);
    const speeds = [];
    for (let i = 0; i < 4; i++) {
      key('KeyW');
      speeds.push(useSimStore.getState().timeScale);
    }
    expect(speeds).toEqual([2, 4, 8, 1]);
  });

  it('a competition run stays at 1×: W and the store both leave the speed alone', () => {
    const run = createScenarioRun(shippedScenario('cobot-dialogue-vertical-up'), worldPort);
    run.start(1);
    useSimStore.getState().attachRun(run, 1, { realTimeOnly: true });
    key('KeyW');
    useSimStore.getState().setTimeScale(8);
    expect(useSimStore.getState().timeScale).toBe(1);
    // The next practice run may be sped up again.
    useSimStore.getState().attachRun(run, 1);
    key('KeyW');
    expect(useSimStore.getState().timeScale).toBe(2);
  });

  it('while a screen covers the cell, only the help key works', () => {
    active = false;
    key('KeyQ');
    key('KeyR');
    key('Escape');
    expect(useSimStore.getState().pending).toEqual([]);
    expect(useSimStore.getState().timeScale).toBe(1);
  });
});

describe('flow strings', () => {
  const a = leaves(en as Tree);
  const b = leaves(zhCN as Tree);
  it('exist in both languages, none empty', () => {
    expect([...a.keys()].filter((k) => !b.has(k))).toEqual([]);
    expect([...b.keys()].filter((k) => !a.has(k))).toEqual([]);
    for (const [k, v] of [...a, ...b]) expect(v, k).not.toBe('');
  });
  it('describe the flow’s keys for the help overlay', () => {
    for (const s of FLOW_SHORTCUTS) {
      expect(a.has(`keys.${s.id}`), s.id).toBe(true);
      expect(b.has(`keys.${s.id}`), s.id).toBe(true);
    }
  });
  it('use the trade’s Chinese terms', () => {
    expect(b.get('flow.layers.maintenance')).toBe('协同维护');
    expect(b.get('flow.maintenance.remedies.replaceContactTip')).toBe('更换导电嘴');
    expect(b.get('flow.causes.gas-supply-loss')).toBe('保护气供气中断');
  });
});
