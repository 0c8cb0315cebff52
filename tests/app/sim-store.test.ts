// The app's sim store runs the same deterministic twin as the CLI and the server: its input log replays
// to the same world, and intents take effect at the step they were queued for.
import { beforeEach, describe, expect, it } from 'vitest';
import { STEP_S } from '../../src/sim/core/clock.ts';
import { hashWorld, runLog } from '../../src/sim/world.ts';
import { previewCells } from '../../src/app/cells/preview-cells.ts';
import { DEFAULT_WELD_SETTINGS } from '../../src/app/sim/default-settings.ts';
import { MAX_FRAME_S, useSimStore } from '../../src/app/stores/sim-store.ts';

const store = () => useSimStore.getState();

describe('sim store', () => {
  beforeEach(() => store().loadCell('cobot'));

  it('builds a world for each of the three cells', () => {
    for (const family of ['cobot', 'industrial', 'orbital'] as const) {
      store().loadCell(family);
      expect(store().world, family).not.toBeNull();
      expect(store().world!.cell.family).toBe(family);
    }
  });

  it('runs fixed 180 Hz steps from frame time and carries the remainder', () => {
    const steps = store().advance(0.05);
    expect(steps).toBe(Math.floor(0.05 / STEP_S + 1e-9));
    expect(store().world!.tick).toBe(steps);
    // A stalled tab (5 s frame) runs at most MAX_FRAME_S of simulated time.
    const before = store().world!.tick;
    store().advance(5);
    expect(store().world!.tick - before).toBeLessThanOrEqual(Math.ceil(MAX_FRAME_S / STEP_S));
  });

  it('logs each intent at the tick it took effect and the log replays to the same world', () => {
    store().advance(0.1);
    store().send({ type: 'setMode', mode: 'manual' });
    store().send({ type: 'enablingDevice', position: 'enabled' });
    store().send({ type: 'jog', frame: 'joint', axis: 0, direction: 1 });
    store().advance(0.1);
    store().send({ type: 'jog', frame: 'joint', axis: 0, direction: 0 });
    store().send({ type: 'recordPoint', name: 'P1' });
    store().advance(0.05);
    const { log, world } = store();
    expect(log.map((l) => l.intent.type)).toEqual(['setMode', 'enablingDevice', 'jog', 'jog', 'recordPoint']);
    expect(log[0]!.tick).toBe(log[1]!.tick);
    expect(log[3]!.tick).toBeGreaterThan(log[2]!.tick);
    const replayed = runLog(
      {
        seed: 1,
        cell: previewCells.cobot.config,
        settings: DEFAULT_WELD_SETTINGS,
        joints: previewCells.cobot.home,
      },
      log,
      world!.tick,
    );
    expect(hashWorld(replayed)).toBe(hashWorld(world!));
  });

  it('copies joints into the view and bumps the revision only on discrete changes', () => {
    store().advance(0.05);
    const rev = store().revision;
    store().advance(0.05);
    expect(store().revision).toBe(rev);
    store().send({ type: 'helmet', down: true });
    store().advance(0.02);
    expect(store().view.helmetDown).toBe(true);
    expect(store().revision).toBe(rev + 1);
    expect(Array.from(store().view.robotQ)).toEqual(store().world!.motion.q);
  });
});
