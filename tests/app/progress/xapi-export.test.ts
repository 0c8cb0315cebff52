import { createServer, type IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { sendStatements, statementId, statementsFor } from '../../../src/app/progress/xapi-export.ts';
import type { StoredAttempt } from '../../../src/app/attempts/types.ts';
import { statementProblems } from '../../../src/scenario/progress/index.ts';

function stored(id: string, score: number, withResult = true): StoredAttempt {
  const a: StoredAttempt = {
    id,
    scenarioId: 'cobot-commands-fillet',
    version: '1.0.0',
    seed: 3,
    appVersion: '0.1.0',
    trainee: 't-1',
    startedAt: '2026-11-24T09:00:00.000Z',
    finishedAt: '2026-11-24T09:10:00.000Z',
    status: 'finished',
    tick: 1000,
    savedEntries: 4,
    chunks: 2,
  };
  if (withResult) {
    a.result = {
      score,
      grade: 'B',
      passed: true,
      durationS: 300,
      hash: 'abcd',
      summary: {
        attemptId: id,
        scenarioId: a.scenarioId,
        version: a.version,
        skillLayer: 'commands',
        robotFamily: 'cobot',
        level: 1,
        finishedAtMs: 0,
        score,
        grade: 'B',
        passed: true,
        durationS: 300,
        components: [],
        hash: 'abcd',
      },
    };
  }
  return a;
}

const opts = {
  trainee: { id: 't-1', name: 'Li Wei' },
  homePage: 'http://127.0.0.1:5173/',
  titleOf: () => 'Fillet',
};

describe('xAPI export from the app', () => {
  it('one valid statement per graded attempt, with a stable id per attempt', async () => {
    const list = await statementsFor([stored('a1', 84), stored('a2', 91), stored('running', 0, false)], opts);
    expect(list).toHaveLength(2);
    for (const s of list) expect(statementProblems(s)).toEqual([]);
    expect(list[0]!.id).toBe(await statementId(opts.homePage, 'a1'));
    expect((await statementsFor([stored('a1', 84)], opts))[0]!.id).toBe(list[0]!.id);
    expect(list[1]!.timestamp).toBe('2026-11-24T09:10:00.000Z');
  });

  it('POSTs them to the LRS with the xAPI version header, and reports a refusal with the LRS answer', async () => {
    const got: Array<{ url: string; headers: IncomingMessage['headers']; body: unknown[] }> = [];
    let refuse = false;
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        got.push({ url: req.url ?? '', headers: req.headers, body: JSON.parse(body) as unknown[] });
        if (refuse) {
          res.writeHead(400, { 'content-type': 'text/plain' });
          res.end('statement 1: actor is invalid');
        } else {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end('[]');
        }
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    try {
      const list = await statementsFor([stored('a1', 84), stored('a2', 91), stored('a3', 70)], opts);
      const lrs = { endpoint: `http://127.0.0.1:${port}/xapi`, authorization: 'Basic a2V5OnNlY3JldA==' };
      expect(await sendStatements(lrs, list, 2)).toBe(3);
      expect(got.map((g) => [g.url, g.body.length])).toEqual([
        ['/xapi/statements', 2],
        ['/xapi/statements', 1],
      ]);
      expect(got[0]!.headers['x-experience-api-version']).toBe('1.0.3');
      expect(got[0]!.headers.authorization).toBe('Basic a2V5OnNlY3JldA==');
      refuse = true;
      await expect(sendStatements(lrs, list)).rejects.toThrow(
        /HTTP 400 for statements 1–3: statement 1: actor is invalid/,
      );
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
