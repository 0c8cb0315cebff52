// The competition server's behaviour, run once per store (SQLite always, PostgreSQL when reachable): the same
// expectations hold whichever database an event runs on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../src/server/auth/tokens.ts';
import { checkCredential, type SignedCredentialDocument } from '../../../src/server/credentials/document.ts';
import { logHashReplay } from '../../../src/server/verify/log-hash-replay.ts';
import { VerifierPool } from '../../../src/server/verify/pool.ts';
import type { SqlStore } from '../../../src/server/store/index.ts';
import { generateAttemptLog } from './attempt-log.ts';
import { attemptFor, Competition, JUDGE, ORGANISER, type EventJson } from './harness.ts';
import type { Standings } from '../../../src/server/leaderboard/standings.ts';
import type { StoreFactory } from './stores.ts';

export function defineServerSuite(factory: StoreFactory): void {
  describe(`competition server on ${factory.label}`, () => {
    let pool: VerifierPool;
    let store: SqlStore;
    let cleanup: () => Promise<void>;
    let c: Competition;

    beforeAll(async () => {
      pool = new VerifierPool({ engine: 'log-hash', size: 2 });
      const opened = await factory.open();
      store = opened.store;
      cleanup = opened.cleanup;
      await pool.ready();
      c = await Competition.start(store, pool);
    }, 60_000);
    afterAll(async () => {
      await c?.close();
      await pool?.close();
      await cleanup?.();
    });

    describe('logging in', () => {
      it('refuses a wrong password and an unknown user with the same 401 message', async () => {
        const wrong = await c.req('POST', '/api/auth/login', {
          body: { username: ORGANISER.username, password: 'nope-nope-nope' },
        });
        const unknown = await c.req('POST', '/api/auth/login', {
          body: { username: 'nobody', password: 'nope-nope-nope' },
        });
        expect(wrong.status).toBe(401);
        expect(unknown.status).toBe(401);
        expect(wrong.json.error.message).toBe('the username or password is wrong');
        expect(unknown.json.error.message).toBe(wrong.json.error.message);
      });

      it('stores passwords as salted scrypt hashes and session tokens only as SHA-256 hashes', async () => {
        const users = await store.driver.all('SELECT username, password_hash FROM users');
        for (const u of users) {
          expect(String(u.password_hash)).toMatch(/^scrypt\$\d+\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
          expect(String(u.password_hash)).not.toContain(ORGANISER.password);
        }
        const salts = users.map((u) => String(u.password_hash).split('$')[4]);
        expect(new Set(salts).size).toBe(salts.length);
        const sessions = await store.driver.all('SELECT token_hash FROM sessions');
        const hashes = sessions.map((s) => String(s.token_hash));
        expect(hashes).not.toContain(c.organiserToken);
        expect(hashes).toContain(sha256Hex(c.organiserToken));
      });

      it('expires sessions: an old token is 401 and says to log in again', async () => {
        const token = await c.login(JUDGE.username, JUDGE.password);
        expect((await c.req('GET', '/api/auth/me', { token })).status).toBe(200);
        c.clock.t += 13 * 3600_000;
        try {
          const r = await c.req('GET', '/api/auth/me', { token });
          expect(r.status).toBe(401);
          expect(r.json.error.message).toMatch(/expired; log in again/);
        } finally {
          c.clock.t -= 13 * 3600_000;
        }
      });

      it('lets an organiser add a judge, and refuses the same username twice', async () => {
        const body = { username: 'judge-two', password: 'another-long-password', role: 'judge' };
        expect((await c.req('POST', '/api/users', { token: c.organiserToken, body })).status).toBe(201);
        const again = await c.req('POST', '/api/users', { token: c.organiserToken, body });
        expect(again.status).toBe(409);
        expect(again.json.error.message).toMatch(/already taken/);
        const judgeTry = await c.req('POST', '/api/users', {
          token: c.judgeToken,
          body: { ...body, username: 'x-judge' },
        });
        expect(judgeTry.status).toBe(403);
      });
    });

    describe('events and stations', () => {
      it('gives every station of a round the same exercise (scenario, version, seed)', async () => {
        const ev = await c.createEvent([
          { seed: 777 },
          { scenarioId: 'industrial-pf-dialogue', version: '1.2.0', seed: 4242 },
        ]);
        const [a, b] = await c.stations(ev.id, ['Bay 1', 'Bay 2']);
        const ra = await c.req('GET', `/api/events/${ev.id}`, { token: a!.token });
        const rb = await c.req('GET', `/api/events/${ev.id}`, { token: b!.token });
        expect(ra.json.rounds).toEqual(rb.json.rounds);
        expect(ra.json.rounds.map((r: { seed: number }) => r.seed)).toEqual([777, 4242]);
        expect(ra.json.rounds[1].version).toBe('1.2.0');
      });

      it('hides a round seed from stations until the round opens', async () => {
        const ev = await c.createEvent([
          { opensAt: c.clock.t + 3600_000, closesAt: c.clock.t + 7200_000, seed: 99 },
        ]);
        const [s] = await c.stations(ev.id, ['Early bird']);
        const r = await c.req('GET', `/api/events/${ev.id}`, { token: s!.token });
        expect(r.json.rounds[0]).toMatchObject({ status: 'upcoming', seed: null });
        const judge = await c.req('GET', `/api/events/${ev.id}`, { token: c.judgeToken });
        expect(judge.json.rounds[0].seed).toBe(99);
      });

      it('names the bad field when an event is invalid', async () => {
        const r = await c.req('POST', '/api/events', {
          token: c.organiserToken,
          body: {
            name: 'Bad',
            rounds: [
              {
                name: 'R',
                scenarioId: 'Not Kebab',
                version: 1,
                seed: -1,
                opensAt: '2026-05-14T10:00:00Z',
                closesAt: '2026-05-14T09:00:00Z',
              },
            ],
          },
        });
        expect(r.status).toBe(400);
        expect(r.json.error.message).toMatch(/rounds\[0\]\.scenarioId: must be a kebab-case/);
        expect(r.json.error.message).toMatch(/rounds\[0\]\.seed/);
      });

      it('accepts a join code once only, and keeps only its hash', async () => {
        const ev = await c.createEvent();
        const created = await c.req('POST', `/api/events/${ev.id}/stations`, {
          token: c.organiserToken,
          body: { names: ['Solo'] },
        });
        const code = created.json[0].joinCode as string;
        expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
        const rows = await store.driver.all('SELECT join_code_hash FROM stations WHERE id = ?', [
          created.json[0].id,
        ]);
        expect(String(rows[0]!.join_code_hash)).not.toContain(code.replace(/-/g, ''));
        const first = await c.req('POST', '/api/stations/join', { body: { code: code.toLowerCase() } });
        expect(first.status).toBe(200);
        const second = await c.req('POST', '/api/stations/join', { body: { code } });
        expect(second.status).toBe(409);
        expect(second.json.error.message).toMatch(/already used; join codes are single use/);
        const unknown = await c.req('POST', '/api/stations/join', { body: { code: 'AAAA-BBBB-CCCC-DDDD' } });
        expect(unknown.status).toBe(401);
      });

      it('lets a join code be used by exactly one of several stations racing for it', async () => {
        const ev = await c.createEvent();
        const created = await c.req('POST', `/api/events/${ev.id}/stations`, {
          token: c.organiserToken,
          body: { names: ['Race'] },
        });
        const code = created.json[0].joinCode as string;
        const results = await Promise.all(
          Array.from({ length: 6 }, () => c.req('POST', '/api/stations/join', { body: { code } })),
        );
        expect(results.filter((r) => r.status === 200)).toHaveLength(1);
        expect(results.filter((r) => r.status === 409)).toHaveLength(5);
      });
    });

    describe('submitting attempts', () => {
      let ev: EventJson;
      let st: { id: number; name: string; token: string }[];
      beforeAll(async () => {
        ev = await c.createEvent([{ seed: 31337 }]);
        st = await c.stations(ev.id, ['Station A', 'Station B']);
      }, 60_000);

      it("stores the server's own replay result, identical to replaying the log locally", async () => {
        const body = attemptFor(ev.rounds[0]!, 1);
        const r = await c.submit(st[0]!.token, body);
        expect(r.status).toBe(201);
        const local = logHashReplay({
          scenarioId: body.scenarioId as string,
          version: 1,
          seed: 31337,
          log: body.log as unknown[],
        });
        expect(r.json.attempt).toMatchObject({
          stationId: st[0]!.id,
          roundId: ev.rounds[0]!.id,
          hash: local.hash,
          score: local.score,
          grade: local.grade,
          durationS: local.durationS,
          verifier: 'log-hash',
        });
        const stored = await c.req('GET', `/api/attempts/${r.json.attempt.id}`, { token: c.judgeToken });
        expect(stored.json.breakdown).toEqual(local.breakdown);
        expect(stored.json.replay.log).toEqual(body.log);
      });

      it('answers a retry with the same key and body with the stored result, counted once', async () => {
        const body = attemptFor(ev.rounds[0]!, 2);
        const first = await c.submit(st[0]!.token, body);
        // Same content, keys in another order: still the same submission.
        const reordered = Object.fromEntries(Object.entries(body).reverse());
        const again = await c.submit(st[0]!.token, reordered);
        expect(first.status).toBe(201);
        expect(again.status).toBe(200);
        expect(again.json.replayed).toBe(true);
        expect(again.json.attempt).toEqual(first.json.attempt);
        const mine = await c.req('GET', '/api/station/attempts', { token: st[0]!.token });
        expect(
          mine.json.filter((a: { idempotencyKey: string }) => a.idempotencyKey === body.idempotencyKey),
        ).toHaveLength(1);
      });

      it('stores one attempt when the same submission arrives several times at once', async () => {
        const body = attemptFor(ev.rounds[0]!, 3);
        const results = await Promise.all(Array.from({ length: 6 }, () => c.submit(st[1]!.token, body)));
        expect(results.every((r) => r.status === 200 || r.status === 201)).toBe(true);
        expect(results.filter((r) => r.status === 201)).toHaveLength(1);
        expect(new Set(results.map((r) => r.json.attempt.id)).size).toBe(1);
      });

      it('refuses the same idempotency key with a different body (409)', async () => {
        const body = attemptFor(ev.rounds[0]!, 4);
        expect((await c.submit(st[0]!.token, body)).status).toBe(201);
        const other = { ...body, log: generateAttemptLog(5, { intents: 300 }) };
        const r = await c.submit(st[0]!.token, other);
        expect(r.status).toBe(409);
        expect(r.json.error.code).toBe('idempotency-key-reused');
        expect(r.json.error.message).toMatch(/already used for attempt \d+ with a different body/);
      });

      it('refuses a forged score (400) and names the field', async () => {
        for (const field of ['score', 'grade', 'breakdown']) {
          const r = await c.submit(st[0]!.token, {
            ...attemptFor(ev.rounds[0]!, 6),
            [field]: field === 'score' ? 100 : 'A',
          });
          expect(r.status).toBe(400);
          expect(r.json.error.code).toBe('score-not-accepted');
          expect(r.json.error.message).toContain(`'${field}'`);
          expect(r.json.error.message).toMatch(/computes the score by replaying the input log/);
        }
      });

      it('refuses a tampered log whose replay does not give the claimed hash (400), and audits it', async () => {
        const body = attemptFor(ev.rounds[0]!, 7);
        const honest = logHashReplay({
          scenarioId: body.scenarioId as string,
          version: 1,
          seed: 31337,
          log: body.log as unknown[],
        });
        const log = structuredClone(body.log) as { tick: number; intent: { type: string; on?: boolean } }[];
        const arcOff = log.findIndex((e) => e.intent.type === 'arc' && e.intent.on === false);
        log.splice(arcOff, 1); // pretend the arc stayed on: more arc time, higher score
        const r = await c.submit(st[0]!.token, { ...body, log, hash: honest.hash });
        expect(r.status).toBe(400);
        expect(r.json.error.code).toBe('hash-mismatch');
        expect(r.json.error.message).toContain(`claimed hash ${honest.hash}`);
        expect(
          (await c.req('GET', '/api/station/attempts', { token: st[0]!.token })).json.some(
            (a: { idempotencyKey: string }) => a.idempotencyKey === body.idempotencyKey,
          ),
        ).toBe(false);
        const audit = await c.req('GET', `/api/events/${ev.id}/audit`, { token: c.judgeToken });
        expect(
          audit.json.some(
            (e: { action: string; detail: { reason?: string } }) =>
              e.action === 'attempt.refused' && e.detail?.reason === 'replay hash mismatch',
          ),
        ).toBe(true);
      });

      it('refuses an impossible log that the replay cannot run (400, with the entry named)', async () => {
        const body = attemptFor(ev.rounds[0]!, 8);
        const log = structuredClone(body.log) as { tick: number }[];
        log[10]!.tick = 5; // goes back in time
        const r = await c.submit(st[0]!.token, { ...body, log });
        expect(r.status).toBe(400);
        expect(r.json.error.code).toBe('attempt-rejected');
        expect(r.json.error.message).toMatch(/log\[10\]\.tick: 5 goes back in time/);
      });

      it("refuses another station's attempt submitted under a different station's login (403)", async () => {
        const body = attemptFor(ev.rounds[0]!, 9, { stationId: st[0]!.id });
        const r = await c.submit(st[1]!.token, body);
        expect(r.status).toBe(403);
        expect(r.json.error.code).toBe('other-station');
        expect(r.json.error.message).toMatch(
          new RegExp(`recorded on station ${st[0]!.id}, but you are logged in as station ${st[1]!.id}`),
        );
      });

      it("refuses a copy of another station's input log (409) and tells the judges", async () => {
        const original = attemptFor(ev.rounds[0]!, 10);
        expect((await c.submit(st[0]!.token, original)).status).toBe(201);
        const copy = { ...original, idempotencyKey: 'copied-attempt-0001' };
        const r = await c.submit(st[1]!.token, copy);
        expect(r.status).toBe(409);
        expect(r.json.error.code).toBe('log-from-other-station');
        const audit = await c.req('GET', `/api/events/${ev.id}/audit`, { token: c.judgeToken });
        expect(
          audit.json.some(
            (e: { action: string; actor: { name: string } }) =>
              e.action === 'attempt.refused' && e.actor.name === 'Station B',
          ),
        ).toBe(true);
      });

      it('refuses an attempt for another exercise than the round (scenario, version or seed)', async () => {
        const r = await c.submit(st[0]!.token, attemptFor({ ...ev.rounds[0]!, seed: 1 }, 11));
        expect(r.status).toBe(400);
        expect(r.json.error.code).toBe('wrong-exercise');
        expect(r.json.error.message).toMatch(
          /seed 1 does not match round "Round 1" \(scenario cobot-fillet-commands version 1, seed 31337\)/,
        );
      });

      it('refuses attempts outside the round window, and accepts them during the grace period', async () => {
        const e2 = await c.createEvent([
          { opensAt: c.clock.t - 7200_000, closesAt: c.clock.t - 30_000, graceS: 60 },
        ]);
        const [s] = await c.stations(e2.id, ['Late']);
        const inGraceBody = attemptFor(e2.rounds[0]!, 12);
        const inGrace = await c.submit(s!.token, inGraceBody);
        expect(inGrace.status).toBe(201);
        c.clock.t += 60_000;
        try {
          const late = await c.submit(s!.token, attemptFor(e2.rounds[0]!, 13));
          expect(late.status).toBe(403);
          expect(late.json.error.message).toMatch(/closed at .*; submissions were accepted until/);
          // A retry of an attempt that was stored in time still gets its result.
          expect((await c.submit(s!.token, inGraceBody)).status).toBe(200);
        } finally {
          c.clock.t -= 60_000;
        }
      });

      it('refuses malformed JSON, an empty body, a wrong content type and an oversize body with clear messages', async () => {
        const token = st[0]!.token;
        const bad = await c.req('POST', '/api/attempts', { token, raw: '{"scenarioId": "x", ' });
        expect(bad.status).toBe(400);
        expect(bad.json.error.code).toBe('malformed-json');
        expect(bad.json.error.message).toMatch(/not valid JSON/);
        const empty = await c.req('POST', '/api/attempts', { token, raw: '' });
        expect(empty.status).toBe(400);
        const form = await c.req('POST', '/api/attempts', {
          token,
          raw: 'a=1',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
        expect(form.status).toBe(415);
        expect(form.json.error.message).toMatch(/send application\/json/);
        const big = attemptFor(ev.rounds[0]!, 14, { log: generateAttemptLog(14, { intents: 30_000 }) });
        const huge = await c.req('POST', '/api/attempts', { token, body: big });
        expect(huge.status).toBe(413);
        expect(huge.json.error.message).toMatch(/the limit is 2097152 bytes/);
      });

      it('names every missing or unknown field of an attempt', async () => {
        const r = await c.submit(st[0]!.token, { scenarioId: 'x', seed: 1, colour: 'red' });
        expect(r.status).toBe(400);
        for (const f of ['version', 'appVersion', 'log', 'idempotencyKey', 'colour: unknown field'])
          expect(r.json.error.message).toContain(f);
      });

      it('refuses judges and organisers on the station endpoint, and stations on judge endpoints', async () => {
        const asJudge = await c.submit(c.judgeToken, attemptFor(ev.rounds[0]!, 15));
        expect(asJudge.status).toBe(403);
        expect(asJudge.json.error.message).toMatch(/needs the role station; you are logged in as judge/);
        const anon = await c.submit('', attemptFor(ev.rounds[0]!, 15));
        expect(anon.status).toBe(401);
      });
    });

    describe('judge console', () => {
      let ev: EventJson;
      let st: { id: number; name: string; token: string }[];
      let attemptId: number;
      beforeAll(async () => {
        ev = await c.createEvent([{ seed: 5 }]);
        st = await c.stations(ev.id, ['Console A', '=HYPERLINK("http://evil.example","click")']);
        attemptId = (await c.submit(st[0]!.token, attemptFor(ev.rounds[0]!, 100))).json.attempt.id;
        await c.submit(st[1]!.token, attemptFor(ev.rounds[0]!, 101));
      }, 60_000);

      it('refuses unauthenticated (401) and wrong-role (403) requests with a message naming the problem', async () => {
        const paths = [
          `/api/events/${ev.id}/attempts`,
          `/api/attempts/${attemptId}`,
          `/api/events/${ev.id}/audit`,
          `/api/events/${ev.id}/results.csv`,
        ];
        for (const p of paths) {
          const anon = await c.req('GET', p);
          expect(anon.status, p).toBe(401);
          expect(anon.json.error.message).toMatch(/missing Authorization header/);
          expect(anon.headers['www-authenticate']).toMatch(/^Bearer/);
          const asStation = await c.req('GET', p, { token: st[0]!.token });
          expect(asStation.status, p).toBe(403);
          expect(asStation.json.error.message).toMatch(
            /needs the role judge or organiser; you are logged in as station "Console A"/,
          );
        }
        const garbage = await c.req('GET', paths[0]!, { headers: { authorization: 'Basic Zm9vOmJhcg==' } });
        expect(garbage.status).toBe(401);
        expect(garbage.json.error.message).toMatch(/must be 'Bearer <token>'/);
        const forged = await c.req('GET', paths[0]!, { token: 'x'.repeat(43) });
        expect(forged.status).toBe(401);
        const dq = await c.req('POST', `/api/attempts/${attemptId}/disqualify`, {
          token: st[1]!.token,
          body: { reason: 'jealousy' },
        });
        expect(dq.status).toBe(403);
        const audit = await c.req('GET', '/api/audit', { token: c.judgeToken });
        expect(audit.status).toBe(403);
      });

      it("shows any attempt's breakdown and replay data, and the replay file re-verifies", async () => {
        const a = await c.req('GET', `/api/attempts/${attemptId}`, { token: c.judgeToken });
        expect(a.status).toBe(200);
        expect(a.json.breakdown.engine).toBe('log-hash');
        expect(a.json.stationName).toBe('Console A');
        const file = await c.req('GET', `/api/attempts/${attemptId}/replay`, { token: c.judgeToken });
        expect(file.headers['content-disposition']).toMatch(/attempt-\d+\.json/);
        const again = logHashReplay({
          scenarioId: file.json.scenarioId,
          version: file.json.version,
          seed: file.json.seed,
          log: file.json.log,
        });
        expect(again.hash).toBe(a.json.hash);
        const re = await c.req('POST', `/api/attempts/${attemptId}/reverify`, { token: c.judgeToken });
        expect(re.json.matches).toBe(true);
      });

      it('disqualifies with a reason, drops the attempt from the leaderboard, and audits who did it', async () => {
        const noReason = await c.req('POST', `/api/attempts/${attemptId}/disqualify`, {
          token: c.judgeToken,
          body: {},
        });
        expect(noReason.status).toBe(400);
        expect(noReason.json.error.message).toMatch(/reason/);
        const before = await c.req('GET', `/api/events/${ev.id}/leaderboard`);
        expect(
          before.json.rows.find((r: { stationId: number }) => r.stationId === st[0]!.id).total,
        ).toBeGreaterThan(0);
        const dq = await c.req('POST', `/api/attempts/${attemptId}/disqualify`, {
          token: c.judgeToken,
          body: { reason: 'Wire stick-out gauge used as a jig' },
        });
        expect(dq.status).toBe(200);
        expect(dq.json).toMatchObject({
          disqualified: true,
          disqualifiedReason: 'Wire stick-out gauge used as a jig',
        });
        const after = await c.req('GET', `/api/events/${ev.id}/leaderboard`);
        expect(after.json.rows.find((r: { stationId: number }) => r.stationId === st[0]!.id).total).toBe(0);
        const twice = await c.req('POST', `/api/attempts/${attemptId}/disqualify`, {
          token: c.judgeToken,
          body: { reason: 'again' },
        });
        expect(twice.status).toBe(409);
        const audit = await c.req('GET', `/api/events/${ev.id}/audit`, { token: c.judgeToken });
        const entry = audit.json.find((e: { action: string }) => e.action === 'attempt.disqualify');
        expect(entry).toMatchObject({
          actor: { role: 'judge', name: 'judge' },
          target: `attempt:${attemptId}`,
          detail: { reason: 'Wire stick-out gauge used as a jig' },
        });
        expect(Date.parse(entry.at)).toBe(c.clock.t);
        const back = await c.req('POST', `/api/attempts/${attemptId}/reinstate`, {
          token: c.judgeToken,
          body: { reason: 'Appeal upheld' },
        });
        expect(back.json.disqualified).toBe(false);
      });

      it('keeps a full, append-only audit log in order', async () => {
        const audit = await c.req('GET', `/api/events/${ev.id}/audit`, { token: c.judgeToken });
        const actions = audit.json.map((e: { action: string }) => e.action);
        expect(actions.slice(0, 2)).toEqual(['event.create', 'station.create']);
        expect(actions).toContain('station.join');
        expect(actions).toContain('attempt.verified');
        const ids = audit.json.map((e: { id: number }) => e.id);
        expect([...ids].sort((a, b) => a - b)).toEqual(ids);
        await expect(
          store.driver.run('UPDATE audit SET action = ? WHERE id = ?', ['tampered', ids[0]]),
        ).rejects.toThrow(/append-only/);
        await expect(store.driver.run('DELETE FROM audit WHERE id = ?', [ids[0]])).rejects.toThrow(
          /append-only/,
        );
        const after = await c.req('GET', `/api/events/${ev.id}/audit`, { token: c.judgeToken });
        expect(after.json[0].action).toBe('event.create');
      });

      it('exports results as CSV with quoting and a guard against spreadsheet formulas', async () => {
        const r = await c.req('GET', `/api/events/${ev.id}/results.csv`, { token: c.organiserToken });
        expect(r.status).toBe(200);
        expect(r.headers['content-type']).toMatch(/^text\/csv/);
        const lines = r.text.trim().split('\r\n');
        expect(lines[0]).toMatch(/^round,round_name,station_id,station,attempt_id/);
        expect(lines).toHaveLength(3);
        expect(r.text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
        expect(r.text).not.toMatch(/(^|,)=HYPERLINK/m);
      });
    });

    describe('live leaderboard', () => {
      it('streams standings over server-sent events as verified attempts arrive', async () => {
        const ev = await c.createEvent([{ seed: 8 }]);
        const [s] = await c.stations(ev.id, ['<img src=x onerror=alert(1)>']);
        const address = await c.app.listen({ host: '127.0.0.1', port: 0 });
        const ctrl = new AbortController();
        const res = await fetch(`${address}/api/events/${ev.id}/leaderboard/stream`, { signal: ctrl.signal });
        expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
        const reader = res.body!.getReader();
        const decoder = new TextDecoder();
        let buffer = '';
        const nextStandings = async (predicate: (s: Standings) => boolean): Promise<Standings> => {
          const deadline = Date.now() + 10_000;
          while (Date.now() < deadline) {
            const m = /event: standings\ndata: (.*)\n\n/.exec(buffer);
            if (m) {
              buffer = buffer.slice(m.index + m[0].length);
              const s = JSON.parse(m[1]!) as Standings;
              if (predicate(s)) return s;
              continue;
            }
            const { value, done } = await reader.read();
            if (done) break;
            buffer += decoder.decode(value, { stream: true });
          }
          throw new Error('no matching standings within 10 s');
        };
        try {
          const first = await nextStandings(() => true);
          expect(first.rows[0]!.total).toBe(0);
          const sub = await c.submit(s!.token, attemptFor(ev.rounds[0]!, 200));
          const live = await nextStandings((x) => x.rows[0]!.total > 0);
          expect(live.rows[0]).toMatchObject({
            rank: 1,
            stationName: '<img src=x onerror=alert(1)>',
            total: sub.json.attempt.score,
          });
        } finally {
          ctrl.abort();
        }
      });

      it('serves static pages that never contain event data, under a strict Content-Security-Policy', async () => {
        const ev = await c.createEvent([{}], '<script>alert("event")</script>');
        await c.stations(ev.id, ['<script>alert("station")</script>']);
        for (const url of [`/events/${ev.id}/leaderboard`, '/console']) {
          const r = await c.req('GET', url);
          expect(r.status).toBe(200);
          expect(r.headers['content-type']).toMatch(/^text\/html/);
          expect(r.headers['content-security-policy']).toMatch(/script-src 'self'/);
          expect(r.headers['content-security-policy']).not.toMatch(/unsafe-inline/);
          expect(r.text).not.toContain('alert(');
          expect(r.text).not.toMatch(/<script>[^<]/); // only <script src=...> tags, no inline code
        }
        const json = await c.req('GET', `/api/events/${ev.id}/leaderboard`);
        expect(json.headers['content-type']).toMatch(/^application\/json/);
        expect(json.json.event.name).toBe('<script>alert("event")</script>');
      });
    });

    describe('micro-credentials', () => {
      it('awards signed credentials from verified attempts only, once per station', async () => {
        const ev = await c.createEvent([{ seed: 21 }]);
        const [good, weak] = await c.stations(ev.id, ['Good welder', 'Learner']);
        // A log that scores B or better under the log-hash replay, and one that never strikes an arc (below C).
        const seed = Array.from({ length: 40 }, (_, i) => 300 + i).find(
          (i) =>
            logHashReplay({
              scenarioId: 'cobot-fillet-commands',
              version: 1,
              seed: 21,
              log: generateAttemptLog(i, { intents: 300 }),
            }).score >= 80,
        )!;
        await c.submit(good!.token, attemptFor(ev.rounds[0]!, seed));
        const noArc = generateAttemptLog(999, { intents: 300 }).filter((e) => e.intent.type !== 'arc');
        const weakRes = await c.submit(weak!.token, attemptFor(ev.rounds[0]!, 999, { log: noArc }));
        expect(weakRes.json.attempt.score).toBeLessThan(70);
        const defs = await c.req('PUT', `/api/events/${ev.id}/credential-definitions`, {
          token: c.organiserToken,
          body: {
            definitions: [
              {
                id: 'cobot-fillet-operator',
                name: { en: 'Cobot fillet operator', 'zh-CN': '协作机器人角焊操作员' },
                points: 5,
                requirements: [{ scenarioId: 'cobot-fillet-commands', minGrade: 'B' }],
              },
            ],
          },
        });
        expect(defs.status).toBe(200);
        const issued = await c.req('POST', `/api/events/${ev.id}/credentials/issue`, {
          token: c.organiserToken,
        });
        expect(issued.status).toBe(200);
        expect(issued.json.issued).toHaveLength(1);
        const doc = issued.json.issued[0] as SignedCredentialDocument;
        expect(doc.credential.holder.name).toBe('Good welder');
        const key = await c.req('GET', '/api/credentials/public-key');
        expect(checkCredential(doc, key.json.publicKey)).toMatchObject({ valid: true, pinned: true });
        const forged = structuredClone(doc);
        forged.credential.holder.name = 'Learner';
        expect(checkCredential(forged, key.json.publicKey)).toMatchObject({
          valid: false,
          reason: expect.stringMatching(/altered/),
        });
        const again = await c.req('POST', `/api/events/${ev.id}/credentials/issue`, {
          token: c.organiserToken,
        });
        expect(again.json).toMatchObject({ issued: [], alreadyHeld: 1 });
        const mine = await c.req('GET', '/api/station/credentials', { token: good!.token });
        expect(mine.json.credits).toBe(5);
        const theirs = await c.req('GET', '/api/station/credentials', { token: weak!.token });
        expect(theirs.json).toEqual({ credits: 0, credentials: [] });
      });

      it('refuses a definition whose minimum grade is not a grade', async () => {
        const ev = await c.createEvent();
        const r = await c.req('PUT', `/api/events/${ev.id}/credential-definitions`, {
          token: c.organiserToken,
          body: {
            definitions: [
              { id: 'x', name: 'X', points: 1, requirements: [{ scenarioId: 'a', minGrade: 'Z' }] },
            ],
          },
        });
        expect(r.status).toBe(400);
        expect(r.json.error.message).toMatch(/minGrade must be one of the grades/);
      });
    });
  });
}
