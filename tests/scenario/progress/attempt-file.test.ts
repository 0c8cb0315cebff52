import { describe, expect, it } from 'vitest';
import { parseAttemptFile, replayableAttempt } from '../../../src/scenario/progress/index.ts';

const good = {
  id: '6f1c2a4e-0000-4000-8000-000000000001',
  scenarioId: 'cobot-commands-fillet',
  version: '1.0.0',
  seed: 7,
  appVersion: '0.1.0',
  startedAt: '2026-11-24T09:30:00.000Z',
  status: 'finished',
  trainee: 'local',
  log: [
    { tick: 0, intent: { type: 'advancePhase' } },
    { tick: 360, intent: { type: 'setWeld', key: 'voltageV', value: 27.5 } },
    { tick: 400, intent: { type: 'setSpeedOverride', percent: 50 } },
  ],
};

describe('attempt files', () => {
  it('accepts what the app exports and strips provenance for the replay', () => {
    const r = parseAttemptFile(good);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(replayableAttempt(r.attempt)).toEqual({
      scenarioId: 'cobot-commands-fillet',
      version: '1.0.0',
      seed: 7,
      log: good.log,
    });
  });

  it('keeps endTick for attempts the trainee left without finishing', () => {
    const r = parseAttemptFile({ ...good, status: 'abandoned', endTick: 9000 });
    expect(r.ok && replayableAttempt(r.attempt).endTick).toBe(9000);
  });

  it('names the bad field of each bad intent, with a did-you-mean for misspelt intent types', () => {
    const r = parseAttemptFile({
      ...good,
      log: [
        { tick: 0, intent: { type: 'jogg' } },
        { tick: 1, intent: { type: 'setSpeedOverride', percent: 300 } },
        { tick: 2, intent: { type: 'arc', on: true, colour: 'blue' } },
        { tick: 3, intent: 'arc on' },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([
      'log[0].intent.type: unknown intent "jogg" (did you mean "jog"?)',
      expect.stringMatching(/^log\[1\]\.intent\.percent: .*100/),
      'log[2].intent.colour: unknown field',
      'log[3].intent: expected an intent object {"type": ...}',
    ]);
  });

  it('says which fields are missing or mistyped and refuses unknown top-level fields', () => {
    const r = parseAttemptFile({ scenarioId: 'x', version: 1, seed: -1, score: 100 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toContain('log: missing (expected a list)');
    expect(r.problems).toContain('score: unknown field');
    expect(r.problems.some((p) => p.startsWith('seed: '))).toBe(true);
  });

  it('refuses a log that goes back in time', () => {
    const r = parseAttemptFile({
      ...good,
      log: [
        { tick: 10, intent: { type: 'advancePhase' } },
        { tick: 5, intent: { type: 'finish' } },
      ],
    });
    expect(r.ok ? [] : r.problems).toEqual([
      'log[1].tick: 5 is earlier than log[0].tick 10; the log must be in time order',
    ]);
  });

  it('is not fooled by an array or null', () => {
    expect(parseAttemptFile([]).ok).toBe(false);
    expect(parseAttemptFile(null).ok).toBe(false);
  });
});
