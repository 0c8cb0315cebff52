// Small pieces of the flow a trainee relies on: the best grade per scenario on the home screen, the causes
// offered for a diagnosis, the pendant's program lines read back from the controller, and the time format.
import { describe, expect, it } from 'vitest';
import { bestByScenario } from '../../../src/app/flow/best-grades.ts';
import { CAUSES, causesFor } from '../../../src/app/flow/causes.ts';
import { programLine } from '../../../src/app/flow/pendant-from-world.ts';
import { clock, pick } from '../../../src/app/flow/text.ts';
import type { StoredAttempt } from '../../../src/app/attempts/types.ts';

function attempt(
  scenarioId: string,
  status: StoredAttempt['status'],
  score?: number,
  grade = 'B',
): StoredAttempt {
  return {
    id: `${scenarioId}-${score}-${status}`,
    scenarioId,
    version: '1',
    seed: 1,
    appVersion: '0',
    trainee: 't',
    startedAt: '2026-11-24T10:00:00.000Z',
    status,
    tick: 0,
    savedEntries: 0,
    chunks: 0,
    ...(score !== undefined
      ? { result: { score, grade, passed: score >= 70, durationS: 1, hash: 'h', summary: {} as never } }
      : {}),
  };
}

describe('flow helpers', () => {
  it('the best grade counts finished attempts only, highest score per scenario', () => {
    const best = bestByScenario([
      attempt('a', 'finished', 62, 'D'),
      attempt('a', 'finished', 88, 'B'),
      attempt('a', 'abandoned', 99, 'A'),
      attempt('b', 'running'),
    ]);
    expect(best.get('a')).toEqual({ score: 88, grade: 'B', passed: true });
    expect(best.has('b')).toBe(false);
  });

  it('offers the common causes and adds a cause a scenario grades that is not among them', () => {
    expect(causesFor([])).toEqual([...CAUSES]);
    const list = causesFor([
      { handling: { diagnosis: 'gas-supply-loss' } },
      { handling: { diagnosis: 'loose-liner-nut' } },
    ]);
    expect(list.filter((c) => c === 'gas-supply-loss')).toHaveLength(1);
    expect(list.at(-1)).toBe('loose-liner-nut');
  });

  it('reads program lines back from the controller’s instructions', () => {
    expect(
      programLine({ type: 'MoveJ', to: 'clear', speed: { kind: 'mmPerS', mmPerS: 100 }, zone: 'fine' }),
    ).toEqual({ move: 'J', target: 'clear', speedMmPerS: 100, zoneMm: 'fine', arc: false });
    expect(
      programLine({
        type: 'MoveC',
        via: 'mid',
        to: 'end',
        speedMmPerS: 6,
        zone: 2,
        arc: true,
        weave: { pattern: 'zigzag', widthMm: 4, frequencyHz: 1.5 },
      }),
    ).toEqual({
      move: 'C',
      via: 'mid',
      target: 'end',
      speedMmPerS: 6,
      zoneMm: 2,
      arc: true,
      weave: { pattern: 'zigzag', widthMm: 4, frequencyHz: 1.5 },
    });
  });

  it('shows simulated time as m:ss, counting down to 0:00, and picks the interface language', () => {
    expect(clock(300)).toBe('5:00');
    expect(clock(299.2)).toBe('5:00');
    expect(clock(59)).toBe('0:59');
    expect(clock(-3)).toBe('0:00');
    expect(pick({ en: 'Weld', 'zh-CN': '焊接' }, 'zh-CN')).toBe('焊接');
    expect(pick({ en: 'Weld', 'zh-CN': '焊接' }, 'en')).toBe('Weld');
  });
});
