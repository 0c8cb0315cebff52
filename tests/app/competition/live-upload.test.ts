// Live upload while a round runs: the log cut into chunks that say how far the server has every entry
// (throughTick), resent from where the server's copy ends when it answers `live-out-of-order`, stopped quietly by a
// server without the live endpoint (an older server answers 404), by `attempt-already-submitted`,
// and backing off while the server is unreachable. The contract (docs/competition.md, "Live upload") is served by a
// small HTTP server here, over real HTTP with the real client.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinStation, submitAttempt, uploadLive } from '../../../src/app/competition/client.ts';
import { nextLiveChunk } from '../../../src/app/competition/live-chunk.ts';
import { LiveUploader, type LiveSource } from '../../../src/app/competition/live-uploader.ts';
import type { LiveBody } from '../../../src/app/competition/types.ts';
import type { LoggedAnyIntent } from '../../../src/scenario/index.ts';
import { VerifierPool } from '../../../src/server/verify/pool.ts';
import {
  closedPort,
  goldenAttempt,
  Organiser,
  startInProcessServer,
  startPlainServer,
  type InProcessServer,
} from './support.ts';

const e = (tick: number, n = 0): LoggedAnyIntent => ({
  tick,
  intent: { type: 'setWeld', key: 'voltageV', value: 20 + n },
});

describe('live chunks', () => {
  const log = [e(0), e(10), e(10, 1), e(25), e(40)];

  it('send the entries from where the server is, and vouch for every tick below the run’s', () => {
    expect(nextLiveChunk(log, 0, 50)).toEqual({ from: 0, log, throughTick: 50 });
    expect(nextLiveChunk(log, 3, 50)).toEqual({ from: 3, log: [e(25), e(40)], throughTick: 50 });
    // Nothing new: only the run's progress (the server may replay further).
    expect(nextLiveChunk(log, 5, 61)).toEqual({ from: 5, log: [], throughTick: 61 });
  });

  it('cut at the size limit vouch only for the ticks before the first entry left out', () => {
    // Entries 0..1 sent; entry 2 (tick 10) is not: the server has everything below tick 10 only.
    expect(nextLiveChunk(log, 0, 50, 2)).toEqual({ from: 0, log: [e(0), e(10)], throughTick: 10 });
    expect(nextLiveChunk(log, 2, 50, 2)).toEqual({ from: 2, log: [e(10, 1), e(25)], throughTick: 40 });
  });

  it('start from a valid index whatever the server asked for', () => {
    expect(nextLiveChunk(log, -3, 50).from).toBe(0);
    expect(nextLiveChunk(log, 99, 50)).toEqual({ from: 5, log: [], throughTick: 50 });
  });
});

/** The live contract as the server implements it: entries in order per idempotency key. */
function liveContract() {
  const received = new Map<string, LiveBody['log']>();
  const submitted = new Set<string>();
  const requests: LiveBody[] = [];
  const read = (req: IncomingMessage) =>
    new Promise<string>((r) => {
      let text = '';
      req.on('data', (d) => (text += d));
      req.on('end', () => r(text));
    });
  const handler = async (req: IncomingMessage, res: ServerResponse) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'POST' || req.url !== '/api/attempts/live')
      return send(404, { error: { status: 404, code: 'no-route', message: 'no route' } });
    const body = JSON.parse(await read(req)) as LiveBody;
    requests.push(body);
    // A server whose verifier keeps no live sessions (the log-hash verifier) says so with 503.
    if (body.idempotencyKey.startsWith('no-live-'))
      return send(503, { error: { status: 503, code: 'live-unavailable', message: 'no live sessions' } });
    const have = received.get(body.idempotencyKey) ?? [];
    if (submitted.has(body.idempotencyKey))
      return send(409, { error: { status: 409, code: 'attempt-already-submitted', message: 'submitted' } });
    if (body.from !== have.length)
      return send(409, {
        error: {
          status: 409,
          code: 'live-out-of-order',
          message: `expected from ${have.length}`,
          expectedFrom: have.length,
        },
      });
    received.set(body.idempotencyKey, [...have, ...body.log]);
    return send(200, {
      live: {
        received: have.length + body.log.length,
        throughTick: body.throughTick,
        replayedThroughTick: Math.max(0, body.throughTick - 1),
      },
    });
  };
  return { received, submitted, requests, handler };
}

const attempt = (key: string) => ({
  idempotencyKey: key,
  scenarioId: 'cobot-commands-fillet',
  version: '1.0.0',
  seed: 20261124,
  appVersion: '0.1.0',
  roundId: 1,
});

describe('live uploader over HTTP', () => {
  const contract = liveContract();
  let srv: Awaited<ReturnType<typeof startPlainServer>>;
  beforeAll(async () => {
    srv = await startPlainServer((req, res) => void contract.handler(req, res));
  });
  afterAll(async () => srv?.close());

  const uploader = (key: string, src: () => LiveSource | null, maxEntries?: number) =>
    new LiveUploader({
      attempt: attempt(key),
      read: src,
      send: (body, signal) => uploadLive({ server: srv.url, token: 't' }, body, { signal }),
      intervalMs: 50,
      ...(maxEntries ? { maxEntries } : {}),
    });

  it('sends what is new each turn, and the rest of a cut chunk at once', async () => {
    const log = [e(0), e(5), e(9), e(12)];
    const src = { log, tick: 13 };
    const u = uploader('live-new', () => src, 3);
    await u.turn();
    expect(contract.received.get('live-new')).toEqual(log);
    expect(u.status).toMatchObject({ confirmed: 4, throughTick: 13, stopped: null });
    expect(
      contract.requests.filter((r) => r.idempotencyKey === 'live-new').map((r) => [r.from, r.throughTick]),
    ).toEqual([
      [0, 12],
      [3, 13],
    ]);
    log.push(e(20));
    src.tick = 30;
    await u.turn();
    expect(contract.received.get('live-new')).toEqual(log);
    // Nothing new and the run has not moved: no request at all.
    const before = contract.requests.length;
    await u.turn();
    expect(contract.requests.length).toBe(before);
  });

  it('resends from where the server’s copy ends (a reload started this uploader again from 0)', async () => {
    const log = [e(0), e(3), e(7), e(8), e(11)];
    await uploader('live-reload', () => ({ log: log.slice(0, 3), tick: 8 })).turn();
    expect(contract.received.get('live-reload')).toHaveLength(3);
    const again = uploader('live-reload', () => ({ log, tick: 12 }));
    await again.turn();
    expect(contract.received.get('live-reload')).toEqual(log);
    const sent = contract.requests.filter((r) => r.idempotencyKey === 'live-reload').map((r) => r.from);
    expect(sent).toEqual([0, 0, 3]);
    expect(again.status.stopped).toBeNull();
  });

  it('resends from 0 when the server has lost its copy', async () => {
    const log = [e(0), e(4)];
    const u = uploader('live-lost', () => ({ log, tick: 5 }));
    await u.turn();
    contract.received.delete('live-lost');
    log.push(e(6));
    await u.turn();
    expect(contract.received.get('live-lost')).toEqual(log);
  });

  it('stops quietly for the attempt on a server without the live endpoint (404)', async () => {
    const older = await startPlainServer((_req, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          error: { status: 404, code: 'no-route', message: 'no route POST /api/attempts/live' },
        }),
      );
    });
    try {
      const u = new LiveUploader({
        attempt: attempt('live-old'),
        read: () => ({ log: [e(0)], tick: 3 }),
        send: (body, signal) => uploadLive({ server: older.url, token: 't' }, body, { signal }),
        intervalMs: 50,
      });
      await u.turn();
      expect(u.status.stopped).toBe('not-supported');
      expect(u.status.lastError?.status).toBe(404);
    } finally {
      await older.close();
    }
  });

  it('stops quietly when the server keeps no live sessions (503 live-unavailable)', async () => {
    const inline = await startInProcessServer();
    try {
      const organiser = await Organiser.login(inline.url);
      const event = await organiser.createEvent([{ name: 'Round 1' }]);
      const [station] = await organiser.stations(event.id, ['Bay 1']);
      const joined = await joinStation(inline.url, station!.joinCode);
      const golden = goldenAttempt();
      const u = new LiveUploader({
        attempt: { ...attempt('live-inline'), seed: golden.file.seed, roundId: event.rounds[0]!.id },
        read: () => ({
          log: golden.file.log.slice(0, 4) as LoggedAnyIntent[],
          tick: golden.file.log[4]!.tick,
        }),
        send: (body, signal) => uploadLive({ server: inline.url, token: joined.token }, body, { signal }),
        intervalMs: 50,
      });
      await u.turn();
      expect(u.status.lastError?.code).toBe('live-unavailable');
      expect(u.status.stopped).toBe('not-supported');
    } finally {
      await inline.close();
    }
  });

  it('stops once the final submission is in', async () => {
    contract.submitted.add('live-done');
    const u = uploader('live-done', () => ({ log: [e(0)], tick: 3 }));
    await u.turn();
    expect(u.status.stopped).toBe('already-submitted');
  });

  it('stops when the server’s verifier keeps no live sessions (503 live-unavailable), without retrying', async () => {
    const u = uploader('no-live-1', () => ({ log: [e(0)], tick: 3 }));
    await u.turn();
    expect(u.status).toMatchObject({ stopped: 'not-supported', failures: 0 });
    const before = contract.requests.length;
    await u.turn();
    expect(contract.requests.length).toBe(before);
  });

  it('backs off while the server is unreachable, doubling the wait', async () => {
    const nobody = await closedPort();
    const u = new LiveUploader({
      attempt: attempt('live-down'),
      read: () => ({ log: [e(0)], tick: 2 }),
      send: (body, signal) => uploadLive({ server: nobody, token: 't' }, body, { signal }),
      intervalMs: 5000,
      maxBackoffMs: 60_000,
    });
    expect(await u.turn()).toBe(5000);
    expect(await u.turn()).toBe(10_000);
    expect(await u.turn()).toBe(20_000);
    expect(u.status).toMatchObject({ failures: 3, stopped: null, confirmed: 0 });
    expect(u.status.lastError?.code).toBe('unreachable');
  });
});

describe('live uploader against the real competition server', () => {
  let server: InProcessServer;
  let organiser: Organiser;
  beforeAll(async () => {
    // The server's own worker pool: the verifier that keeps live sessions (the inline one keeps none).
    server = await startInProcessServer(new VerifierPool({ engine: 'scenario', size: 1 }));
    organiser = await Organiser.login(server.url);
  }, 60_000);
  afterAll(async () => server?.close());

  it('uploads the log in chunks the server takes, then stops once the final submission is in', async () => {
    const golden = goldenAttempt();
    const event = await organiser.createEvent([{ name: 'Round 1' }]);
    const [station] = await organiser.stations(event.id, ['Bay 1']);
    const joined = await joinStation(server.url, station!.joinCode);
    const conn = { server: server.url, token: joined.token };
    const log = golden.file.log as LoggedAnyIntent[];
    let known = 4;
    const u = new LiveUploader({
      attempt: { ...attempt('live-real-1'), seed: golden.file.seed, roundId: event.rounds[0]!.id },
      read: () => ({ log: log.slice(0, known), tick: log[known]!.tick }),
      send: (body, signal) => uploadLive(conn, body, { signal }),
      intervalMs: 50,
    });
    await u.turn();
    expect(u.status).toMatchObject({ stopped: null, confirmed: 4, failures: 0 });
    known = 9;
    await u.turn();
    expect(u.status).toMatchObject({ stopped: null, confirmed: 9, failures: 0 });
    await submitAttempt(conn, {
      scenarioId: golden.file.scenarioId,
      version: golden.file.version,
      seed: golden.file.seed,
      log: golden.file.log,
      ...(golden.file.endTick !== undefined ? { endTick: golden.file.endTick } : {}),
      appVersion: '0.1.0',
      idempotencyKey: 'live-real-1',
      roundId: event.rounds[0]!.id,
      stationId: joined.station.id,
      hash: golden.hash,
    });
    known = 10;
    await u.turn();
    expect(u.status.stopped).toBe('already-submitted');
  });

  it('stops for good on a refusal (a token the server does not know)', async () => {
    const golden = goldenAttempt();
    const u = new LiveUploader({
      attempt: attempt('live-real-2'),
      read: () => ({ log: golden.file.log.slice(0, 4) as LoggedAnyIntent[], tick: golden.file.log[4]!.tick }),
      send: (body, signal) => uploadLive({ server: server.url, token: 'x'.repeat(43) }, body, { signal }),
      intervalMs: 50,
    });
    await u.turn();
    expect(u.status.stopped).toBe('refused');
    expect(u.status.lastError?.status).toBe(401);
    await u.turn();
    expect(u.status.stopped).toBe('refused');
  });
});
