// The station's client against the real competition server (src/server on loopback, real HTTP, SQLite, the scenario
// engine replaying the attempt): joining with a one-time code, reading the station's rounds, submitting an
// attempt and getting the server's own result, and every refusal arriving as a ServerError that the app turns into
// a message saying what to do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VerifierPool } from '../../../src/server/verify/pool.ts';
import {
  getHealth,
  getStationMe,
  joinStation,
  listStationAttempts,
  submitAttempt,
  uploadLive,
} from '../../../src/app/competition/client.ts';
import { describeError } from '../../../src/app/competition/messages.ts';
import { ServerError } from '../../../src/app/competition/server-error.ts';
import type { SubmitBody } from '../../../src/app/competition/types.ts';
import '../../../src/app/competition/i18n.ts';
import { i18next, i18nReady } from '../../../src/app/i18n/index.ts';
import {
  closedPort,
  goldenAttempt,
  Organiser,
  startInProcessServer,
  startPlainServer,
  type InProcessServer,
} from './support.ts';

const golden = goldenAttempt('cobot-commands-fillet');

async function refusal(p: Promise<unknown>): Promise<ServerError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ServerError);
    return e as ServerError;
  }
  throw new Error('expected the call to be refused');
}

/** The English message the station operator reads for `e`. */
function shown(e: unknown, server: string): string {
  const m = describeError(e, server, 'http:');
  return i18next.t(m.key, m.values);
}

function submission(
  roundId: number,
  stationId: number,
  key: string,
  extra: Partial<SubmitBody> = {},
): SubmitBody {
  return {
    scenarioId: golden.file.scenarioId,
    version: golden.file.version,
    seed: golden.file.seed,
    appVersion: '0.1.0',
    idempotencyKey: key,
    log: golden.file.log,
    roundId,
    stationId,
    hash: golden.hash,
    ...extra,
  };
}

describe('station client against the competition server', () => {
  let server: InProcessServer;
  let organiser: Organiser;
  let event: Awaited<ReturnType<Organiser['createEvent']>>;
  let codes: { id: number; name: string; joinCode: string }[];

  beforeAll(async () => {
    await i18nReady;
    await i18next.changeLanguage('en');
    // The server's own replay worker pool (it keeps live sessions; the inline verifier keeps none).
    server = await startInProcessServer(new VerifierPool({ engine: 'scenario', size: 1 }));
    organiser = await Organiser.login(server.url);
    event = await organiser.createEvent([
      { name: 'Round 1' },
      { name: 'Final', opensInMs: 3600_000, closesInMs: 7200_000 },
    ]);
    codes = await organiser.stations(event.id, ['Bay 1', 'Bay 2', 'Bay 3']);
  }, 120_000);
  afterAll(async () => server?.close());

  it('knows a WeldTwin server by its health check, and says when an address is something else', async () => {
    const health = await getHealth(server.url);
    expect(health.ok).toBe(true);
    expect(health.scenarios).toContain('cobot-commands-fillet@1.0.0');
    const web = await startPlainServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>Router</title>');
    });
    try {
      const e = await refusal(getHealth(web.url));
      expect(e.code).toBe('not-weldtwin');
      expect(shown(e, web.url)).toMatch(/is not a WeldTwin competition server\. Check the address/);
      const join = await refusal(joinStation(web.url, codes[2]!.joinCode));
      expect(join.code).toBe('not-weldtwin');
    } finally {
      await web.close();
    }
  });

  it('joins with a one-time code (any case) and reads the station, its event and the rounds', async () => {
    const joined = await joinStation(server.url, codes[0]!.joinCode.toLowerCase());
    expect(joined.token).toMatch(/^[\w-]{40,}$/);
    expect(joined.station).toMatchObject({ id: codes[0]!.id, name: 'Bay 1' });
    expect(joined.event).toMatchObject({ id: event.id, name: 'Provincial skills final' });
    const me = await getStationMe({ server: server.url, token: joined.token });
    expect(me.station.name).toBe('Bay 1');
    expect(me.event.rounds.map((r) => [r.name, r.status])).toEqual([
      ['Round 1', 'open'],
      ['Final', 'upcoming'],
    ]);
    // The seed of a round that has not opened is not given out.
    expect(me.event.rounds[0]!.seed).toBe(golden.file.seed);
    expect(me.event.rounds[1]!.seed).toBeNull();
  });

  it('refuses a used code, an unknown code and a stale token with messages that say what to do', async () => {
    const used = await refusal(joinStation(server.url, codes[0]!.joinCode));
    expect([used.status, used.code]).toEqual([409, 'join-code-used']);
    expect(shown(used, server.url)).toMatch(/already been used.*ask the organiser for a new code/);

    const unknown = await refusal(joinStation(server.url, '0000-0000-0000-0000'));
    expect([unknown.status, unknown.code]).toEqual([401, 'unknown-join-code']);
    expect(shown(unknown, server.url)).toMatch(/not valid on this server\. Check every character/);

    const stale = await refusal(getStationMe({ server: server.url, token: 'x'.repeat(43) }));
    expect([stale.status, stale.code]).toEqual([401, 'session-expired']);
    expect(shown(stale, server.url)).toMatch(
      /has expired or is no longer valid\. Leave the event and join again/,
    );
  });

  it('says when the server cannot be reached or does not answer in time', async () => {
    const nobody = await closedPort();
    const down = await refusal(joinStation(nobody, codes[2]!.joinCode));
    expect([down.status, down.code, down.retryable]).toEqual([0, 'unreachable', true]);
    expect(shown(down, nobody)).toContain(`Cannot reach the competition server at ${nobody}`);
    expect(describeError(down, nobody, 'https:').key).toBe('competition.errors.mixedContent');

    const silent = await startPlainServer(() => undefined);
    try {
      const slow = await refusal(getStationMe({ server: silent.url, token: 't' }, { timeoutMs: 300 }));
      expect([slow.status, slow.code]).toEqual([0, 'timeout']);
      expect(shown(slow, silent.url)).toMatch(/did not answer in time/);
    } finally {
      await silent.close();
    }
  });

  it("submits the log and gets the server's own replayed result; the same key again is the same attempt", async () => {
    const joined = await joinStation(server.url, codes[1]!.joinCode);
    const conn = { server: server.url, token: joined.token };
    const round = event.rounds[0]!;
    const body = submission(round.id, joined.station.id, 'station-client-attempt-1');
    const first = await submitAttempt(conn, body);
    expect(first.status).toBe(201);
    expect(first.replayed).toBe(false);
    expect(first.attempt).toMatchObject({
      hash: golden.hash,
      score: golden.score,
      grade: golden.grade,
      passed: true,
      roundId: round.id,
      stationId: joined.station.id,
    });
    const again = await submitAttempt(conn, body);
    expect(again.status).toBe(200);
    expect(again.replayed).toBe(true);
    expect(again.attempt.id).toBe(first.attempt.id);
    expect((await listStationAttempts(conn)).map((a) => a.id)).toEqual([first.attempt.id]);
    expect(
      (await organiser.attempts(event.id)).filter((a) => a.idempotencyKey === body.idempotencyKey),
    ).toHaveLength(1);
  });

  it('maps submission refusals (altered log, wrong exercise, round not open) to messages for the judges', async () => {
    const joined = await joinStation(server.url, codes[2]!.joinCode);
    const conn = { server: server.url, token: joined.token };
    const [open, later] = event.rounds;
    const altered = await refusal(
      submitAttempt(
        conn,
        submission(open!.id, joined.station.id, 'station-client-altered', { hash: '0123456789abcdef' }),
      ),
    );
    expect([altered.status, altered.code, altered.retryable]).toEqual([400, 'hash-mismatch', false]);
    expect(shown(altered, server.url)).toMatch(/did not give this station's result.*Tell the judges/);

    const wrongSeed = await refusal(
      submitAttempt(conn, submission(open!.id, joined.station.id, 'station-client-seed', { seed: 1 })),
    );
    expect(wrongSeed.code).toBe('wrong-exercise');
    expect(shown(wrongSeed, server.url)).toMatch(/not the round's exercise: .*seed 1/);

    const early = await refusal(
      submitAttempt(
        conn,
        submission(later!.id, joined.station.id, 'station-client-early', { seed: later!.seed ?? 0 }),
      ),
    );
    expect([early.status, early.code]).toEqual([403, 'round-not-open']);
    expect(shown(early, server.url)).toMatch(/has not opened yet/);

    const otherStation = await refusal(
      submitAttempt(conn, submission(open!.id, codes[0]!.id, 'station-client-other')),
    );
    expect([otherStation.status, otherStation.code]).toEqual([403, 'other-station']);
  });

  it('uploads live chunks the server takes, and names the entry to resend from when it is out of order', async () => {
    const joined = await joinStation(
      server.url,
      (await organiser.stations(event.id, ['Bay 4']))[0]!.joinCode,
    );
    const conn = { server: server.url, token: joined.token };
    const head = {
      idempotencyKey: 'station-client-live-1',
      scenarioId: golden.file.scenarioId,
      version: golden.file.version,
      seed: golden.file.seed,
      appVersion: '0.1.0',
      roundId: event.rounds[0]!.id,
    };
    const first = await uploadLive(conn, {
      ...head,
      from: 0,
      log: golden.file.log.slice(0, 3),
      throughTick: golden.file.log[3]!.tick,
    });
    expect(first.live).toMatchObject({ received: 3, throughTick: golden.file.log[3]!.tick });
    // A chunk that skips entries: the server says where its copy ends.
    const gap = await refusal(
      uploadLive(conn, {
        ...head,
        from: 5,
        log: golden.file.log.slice(5, 6),
        throughTick: golden.file.log[6]!.tick,
      }),
    );
    expect([gap.status, gap.code, gap.details.expectedFrom]).toEqual([409, 'live-out-of-order', 3]);
  });
});
