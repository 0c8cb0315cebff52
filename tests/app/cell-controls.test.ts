// The cell-specific controls drive the twin: the positioner turns the weldment; the pipe cell's default sector
// program is one the orbital controller accepts, and running it moves the carriage round the pipe.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SECTORS } from '../../src/app/desktop/cell-controls.tsx';
import { useSimStore } from '../../src/app/stores/sim-store.ts';

const sim = () => useSimStore.getState();
const run = (s: number) => {
  for (let t = 0; t < s; t += 1 / 30) sim().advance(1 / 30);
};

describe('cell controls', () => {
  beforeEach(() => sim().send({ type: 'helmet', down: true }));

  it('positioner tilt and rotate reach their targets at the axes’ speed', () => {
    sim().loadCell('industrial');
    sim().send({ type: 'setPositioner', joints: [(30 * Math.PI) / 180, (90 * Math.PI) / 180] });
    run(3);
    expect(sim().view.positionerQ[0]).toBeCloseTo((30 * Math.PI) / 180, 6);
    expect(sim().view.positionerQ[1]).toBeCloseTo((90 * Math.PI) / 180, 6);
  });

  it('the default 5G sector program is accepted and the carriage travels when run', () => {
    sim().loadCell('orbital');
    sim().send({ type: 'helmet', down: true });
    sim().send({ type: 'setOrbitalProgram', sectors: DEFAULT_SECTORS.map((s) => ({ ...s })) });
    run(0.1);
    expect(
      sim()
        .world!.events.filter((e) => e.kind === 'intent-rejected')
        .map((e) => e.text),
    ).toEqual([]);
    const before = sim().view.robotQ[0]!;
    sim().send({ type: 'runProgram' });
    run(6);
    expect(
      sim()
        .world!.events.filter((e) => e.kind === 'intent-rejected')
        .map((e) => e.text),
    ).toEqual([]);
    expect(Math.abs(sim().view.robotQ[0]! - before)).toBeGreaterThan(0.01);
    expect(sim().view.arcOn).toBe(true);
    expect(sim().world!.bead.seamMm.length).toBeGreaterThan(3);
  });
});
