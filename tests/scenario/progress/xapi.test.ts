import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  attemptStatement,
  isoDuration,
  statementIdSource,
  statementProblems,
  uuidFromDigest,
  type AttemptSummary,
} from '../../../src/scenario/progress/index.ts';
import { statementId as serverStatementId } from '../../../src/server/xapi/statements.ts';

const attempt: AttemptSummary = {
  attemptId: '6f1c2a4e-0000-4000-8000-000000000001',
  scenarioId: 'cobot-commands-fillet',
  version: '1.0.0',
  skillLayer: 'commands',
  robotFamily: 'cobot',
  level: 1,
  finishedAtMs: 0,
  score: 84.5,
  grade: 'B',
  passed: true,
  durationS: 612.5,
  components: [],
  hash: '0f3c5e7a9b1d2f46',
};

const sha256 = (s: string) => new Uint8Array(createHash('sha256').update(s).digest());

describe('xAPI statements for attempts', () => {
  const home = 'https://weldtwin.example/';
  const s = attemptStatement({
    id: uuidFromDigest(sha256(statementIdSource(home, attempt.attemptId))),
    attempt,
    scenarioTitle: 'Cobot: weld a 6 mm fillet from the WPS',
    trainee: { id: 't-1', name: 'Li Wei' },
    homePage: home,
    timestamp: '2026-11-24T09:30:00.000Z',
    seed: 7,
    appVersion: '0.1.0',
  });

  it('is a statement an LRS accepts: UUID id, IRIs, scaled score, ISO 8601 duration', () => {
    expect(statementProblems(s)).toEqual([]);
    expect(s.version).toBe('1.0.3');
    expect(s.verb.id).toBe('http://adlnet.gov/expapi/verbs/passed');
    expect(s.object.id).toBe('https://weldtwin.example/scenarios/cobot-commands-fillet');
    expect(s.result).toMatchObject({
      score: { scaled: 0.845, raw: 84.5, min: 0, max: 100 },
      success: true,
      duration: 'PT10M12.5S',
    });
    expect(s.actor.account).toEqual({ homePage: 'https://weldtwin.example', name: 'trainee-t-1' });
    expect(s.result.extensions['https://weldtwin.org/xapi/extensions/replay-hash']).toBe('0f3c5e7a9b1d2f46');
  });

  it('a failed attempt is "failed"', () => {
    const f = attemptStatement({
      ...{
        id: s.id,
        scenarioTitle: 'x',
        trainee: { id: 't', name: 'n' },
        homePage: home,
        timestamp: s.timestamp,
        seed: 1,
      },
      attempt: { ...attempt, passed: false, score: 41 },
    });
    expect(f.verb.display['en-US']).toBe('failed');
    expect(f.result.success).toBe(false);
  });

  it('names an attempt with the same id recipe as the competition server', () => {
    const base = 'https://events.example/';
    expect(uuidFromDigest(sha256(statementIdSource(base, 17)))).toBe(
      serverStatementId('https://events.example', 17),
    );
  });

  it('writes durations the way xAPI wants them', () => {
    expect(isoDuration(0)).toBe('PT0S');
    expect(isoDuration(59.996)).toBe('PT1M');
    expect(isoDuration(3725)).toBe('PT1H2M5S');
    expect(isoDuration(3600)).toBe('PT1H');
  });

  it('reports what an LRS would refuse', () => {
    expect(statementProblems({ ...s, id: 'nope', timestamp: 'yesterday' })).toEqual([
      'id: not a UUID',
      'timestamp: not an ISO 8601 date-time',
    ]);
  });
});
