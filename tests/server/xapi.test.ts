// xAPI export: statements an LRS accepts, sent to a small fake LRS on loopback that checks them the way the
// xAPI 1.0.3 specification requires (version header, ids, IRIs, score ranges, ISO 8601 durations and times).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoDuration, type XapiStatement } from '../../src/server/xapi/statements.ts';
import { VerifierPool } from '../../src/server/verify/pool.ts';
import { attemptFor, Competition } from './support/harness.ts';
import { sqliteFactory, type OpenedStore } from './support/stores.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-5][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ISO_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
const IRI = /^https?:\/\/\S+$/;

/** What an LRS checks on POST /statements (xAPI 1.0.3 §2.2, §4.1.5), reduced to what these statements use. */
function statementProblems(s: XapiStatement): string[] {
  const p: string[] = [];
  if (!UUID.test(s.id ?? '')) p.push('id: not a UUID');
  if (s.actor?.objectType !== 'Agent' || !(s.actor.account?.homePage && s.actor.account?.name))
    p.push('actor: needs an account');
  if (!IRI.test(s.verb?.id ?? '')) p.push('verb.id: not an IRI');
  if (s.object?.objectType !== 'Activity' || !IRI.test(s.object?.id ?? '')) p.push('object.id: not an IRI');
  const sc = s.result?.score;
  if (!(sc && sc.scaled >= -1 && sc.scaled <= 1 && sc.min <= sc.raw && sc.raw <= sc.max))
    p.push('result.score: out of range');
  if (!ISO_DURATION.test(s.result?.duration ?? '')) p.push('result.duration: not ISO 8601');
  if (Number.isNaN(Date.parse(s.timestamp))) p.push('timestamp: not ISO 8601');
  return p;
}

let lrs: Server;
let lrsUrl = '';
const received = new Map<string, string>();
let posts = 0;
let refuseNext = false;

beforeAll(async () => {
  lrs = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      const reply = (status: number, value: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json', 'x-experience-api-version': '1.0.3' });
        res.end(JSON.stringify(value));
      };
      if (req.method !== 'POST' || req.url !== '/xapi/statements')
        return reply(404, { error: 'no such resource' });
      if (req.headers['x-experience-api-version'] !== '1.0.3')
        return reply(400, { error: 'X-Experience-API-Version header missing' });
      if (req.headers.authorization !== 'Basic a2V5OnNlY3JldA==')
        return reply(401, { error: 'bad credentials' });
      if (refuseNext) {
        refuseNext = false;
        return reply(503, { error: 'LRS is down for maintenance' });
      }
      posts++;
      const statements = JSON.parse(body) as XapiStatement[];
      const problems = statements.flatMap((s, i) => statementProblems(s).map((x) => `[${i}] ${x}`));
      if (problems.length) return reply(400, { error: problems.join('; ') });
      for (const s of statements) {
        const prev = received.get(s.id);
        if (prev !== undefined && prev !== JSON.stringify(s))
          return reply(409, { error: `statement ${s.id} exists with other content` });
      }
      for (const s of statements) received.set(s.id, JSON.stringify(s));
      reply(
        200,
        statements.map((s) => s.id),
      );
    });
  });
  await new Promise<void>((r) => lrs.listen(0, '127.0.0.1', r));
  lrsUrl = `http://127.0.0.1:${(lrs.address() as AddressInfo).port}/xapi/`;
}, 60_000);
afterAll(() => new Promise<void>((r) => lrs.close(() => r())));

describe('xAPI export', () => {
  let pool: VerifierPool;
  let opened: OpenedStore;
  let c: Competition;
  beforeAll(async () => {
    pool = new VerifierPool({ engine: 'log-hash', size: 1 });
    opened = await sqliteFactory.open();
    c = await Competition.start(opened.store, pool, {
      lrs: { endpoint: lrsUrl, authorization: 'Basic a2V5OnNlY3JldA==' } as { endpoint: string },
    });
  }, 60_000);
  afterAll(async () => {
    await c.close();
    await pool.close();
    await opened.cleanup();
  });

  it('writes ISO 8601 durations', () => {
    expect(isoDuration(600)).toBe('PT10M');
    expect(isoDuration(612.5)).toBe('PT10M12.5S');
    expect(isoDuration(3725.25)).toBe('PT1H2M5.25S');
    expect(isoDuration(0)).toBe('PT0S');
  });

  it('exports one statement per verified attempt, with passed/failed, scaled score and the server time', async () => {
    const ev = await c.createEvent([{ seed: 64 }]);
    const [a, b] = await c.stations(ev.id, ['Zhang Wei', 'Bay "2"']);
    const r1 = await c.submit(a!.token, attemptFor(ev.rounds[0]!, 400));
    const noArc = attemptFor(ev.rounds[0]!, 401);
    noArc.log = (noArc.log as { intent: { type: string } }[]).filter((e) => e.intent.type !== 'arc');
    const r2 = await c.submit(b!.token, noArc);
    expect(r2.json.attempt.passed).toBe(false);
    const res = await c.req('GET', `/api/events/${ev.id}/xapi`, { token: c.judgeToken });
    expect(res.status).toBe(200);
    const statements = res.json as XapiStatement[];
    expect(statements).toHaveLength(2);
    for (const s of statements) expect(statementProblems(s)).toEqual([]);
    const [s1, s2] = statements as [XapiStatement, XapiStatement];
    expect(s1.verb.id).toBe('http://adlnet.gov/expapi/verbs/passed');
    expect(s2.verb.id).toBe('http://adlnet.gov/expapi/verbs/failed');
    expect(s1.actor).toEqual({
      objectType: 'Agent',
      name: 'Zhang Wei',
      account: { homePage: 'https://weldtwin.test', name: `station-${a!.id}` },
    });
    expect(s1.object.id).toBe('https://weldtwin.test/scenarios/cobot-fillet-commands');
    expect(s1.result).toMatchObject({
      score: { scaled: r1.json.attempt.score / 100, raw: r1.json.attempt.score, min: 0, max: 100 },
      success: true,
      duration: 'PT10M',
    });
    expect(s1.timestamp).toBe(new Date(c.clock.t).toISOString());
    expect(s1.version).toBe('1.0.3');
  });

  it('sends the statements to the configured LRS with the xAPI version header; resending is harmless', async () => {
    const ev = await c.createEvent([{ seed: 65 }]);
    const [a] = await c.stations(ev.id, ['Sender']);
    await c.submit(a!.token, attemptFor(ev.rounds[0]!, 402));
    await c.submit(a!.token, attemptFor(ev.rounds[0]!, 403));
    const before = received.size;
    const sent = await c.req('POST', `/api/events/${ev.id}/xapi/send`, { token: c.organiserToken });
    expect(sent.status, sent.text).toBe(200);
    expect(sent.json).toEqual({ sent: 2, endpoint: lrsUrl });
    expect(received.size).toBe(before + 2);
    const again = await c.req('POST', `/api/events/${ev.id}/xapi/send`, { token: c.organiserToken });
    expect(again.status).toBe(200);
    expect(received.size).toBe(before + 2); // same ids, same content: the LRS keeps one copy
    const judge = await c.req('POST', `/api/events/${ev.id}/xapi/send`, { token: c.judgeToken });
    expect(judge.status).toBe(403);
  });

  it('reports an LRS refusal as 502 with what the LRS said', async () => {
    const ev = await c.createEvent([{ seed: 66 }]);
    const [a] = await c.stations(ev.id, ['Refused']);
    await c.submit(a!.token, attemptFor(ev.rounds[0]!, 404));
    refuseNext = true;
    const r = await c.req('POST', `/api/events/${ev.id}/xapi/send`, { token: c.organiserToken });
    expect(r.status).toBe(502);
    expect(r.json.error.message).toMatch(/refused statements 1-1: HTTP 503 .*down for maintenance/);
    expect(posts).toBeGreaterThan(0);
  });
});
