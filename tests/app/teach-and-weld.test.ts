// The pendant commands the desktop and XR UIs call compose into a real weld on the twin: tilt the torch,
// hand-guide to the seam, teach two points, program MoveJ + MoveL with the arc, run with the enabling switch
// held; releasing the switch stops the arm (ISO 10218 enabling device, manual mode).
import { beforeEach, describe, expect, it } from 'vitest';
import * as c from '../../src/app/controls/commands.ts';
import { usePendantStore } from '../../src/app/stores/pendant-store.ts';
import { useSimStore } from '../../src/app/stores/sim-store.ts';

const sim = () => useSimStore.getState();
const S = Math.SQRT1_2;

/** Runs `seconds` of simulated time in 1/30 s frames. */
function run(seconds: number): void {
  for (let t = 0; t < seconds; t += 1 / 30) sim().advance(1 / 30);
}

function runUntil(pred: () => boolean, maxS: number): number {
  let t = 0;
  while (!pred() && t < maxS) {
    sim().advance(1 / 30);
    t += 1 / 30;
  }
  return t;
}

const tcp = () => {
  const t = sim().view.tcp;
  return [t[3]!, t[7]!, t[11]!] as [number, number, number];
};

function guideTo(p: [number, number, number]): void {
  c.handGuide(p);
  runUntil(() => Math.hypot(tcp()[0] - p[0], tcp()[1] - p[1], tcp()[2] - p[2]) < 0.0005, 10);
}

describe('teach and weld on the cobot cell through the pendant commands', () => {
  beforeEach(() => sim().loadCell('cobot'));

  it('lays a bead along the taught seam and stops when the enabling switch is released', () => {
    c.toggleHelmet();
    c.setEnabling('enabled');
    usePendantStore.getState().set({ jogFrame: 'base' });
    c.selectJogAxis(4);
    c.jog(-1);
    runUntil(() => sim().view.tcp[2]! > 0.64, 20);
    c.jog(0);
    run(0.3);
    expect(sim().view.tcp[2]).toBeGreaterThan(0.6);

    c.setFreedrive(true);
    runUntil(() => sim().view.freedrive, 5);
    expect(sim().view.freedrive).toBe(true);
    const x = 0.6 - S * 0.003;
    const z = 0.858 + S * 0.003;
    guideTo([x, -0.05, tcp()[2]]);
    guideTo([x, -0.05, z]);
    expect(sim().view.technique.valid).toBe(true);
    c.recordPoint();
    guideTo([x, 0.01, z]);
    c.recordPoint();
    c.setFreedrive(false);
    runUntil(() => !sim().view.freedrive, 5);
    expect(sim().view.freedrive).toBe(false);
    expect(usePendantStore.getState().points).toEqual(['P1', 'P2']);

    usePendantStore.getState().set({ targetPoint: 'P1' });
    expect(c.addMove('J')).toBe(true);
    usePendantStore.getState().set({ targetPoint: 'P2', arcOnMove: true, speedMmPerS: 10 });
    expect(c.addMove('L')).toBe(true);
    c.runProgram();
    run(0.1);
    const t = runUntil(() => sim().view.arcPhase === 'welding', 30);
    expect(sim().world!.events.filter((e) => e.kind === 'intent-rejected')).toEqual([]);
    expect(sim().view.arcPhase, `after ${t.toFixed(1)} s`).toBe('welding');
    runUntil(() => sim().world!.bead.seamMm.length > 20, 10);
    expect(sim().world!.bead.seamMm.length).toBeGreaterThan(20);

    c.setEnabling('released');
    run(1.5);
    const stoppedAt = tcp();
    run(1);
    expect(
      Math.hypot(tcp()[0] - stoppedAt[0], tcp()[1] - stoppedAt[1], tcp()[2] - stoppedAt[2]),
    ).toBeLessThan(1e-4);
    expect(sim().view.arcOn).toBe(false);
    expect(sim().world!.bead.seamMm.length).toBeLessThan(60);
  });
});
