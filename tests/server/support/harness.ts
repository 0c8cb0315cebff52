// A competition in a test: the real server (in-process, requests through Fastify's inject), a real store, the
// real verifier pool running the deterministic log-hash replay, and a controllable clock. Fluent helpers do
// what organisers, judges and stations do.
import { buildServer, type WeldTwinServer } from '../../../src/server/app.ts';
import { ensureUser } from '../../../src/server/bootstrap.ts';
import { generateSigningKeyPem, signerFromPem } from '../../../src/server/credentials/signing.ts';
import type { SqlStore } from '../../../src/server/store/index.ts';
import type { Verifier } from '../../../src/server/verify/verifier.ts';
import { generateAttemptLog } from './attempt-log.ts';

export const T0 = Date.parse('2026-05-14T09:00:00Z');
export const ORGANISER = { username: 'organiser', password: 'organiser-password-1' };
export const JUDGE = { username: 'judge', password: 'judge-password-123' };

export interface Res {
  status: number;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- test responses are read field by field
  text: string;
  headers: Record<string, string | string[] | number | undefined>;
}

/** A round as the server returns it. */
export interface RoundJson {
  id: number;
  position: number;
  name: string;
  scenarioId: string;
  version: number | string;
  seed: number | null;
  opensAt: string;
  closesAt: string;
  graceS: number;
  status: 'upcoming' | 'open' | 'closed';
}

export interface EventJson {
  id: number;
  name: string;
  rounds: RoundJson[];
}

export interface RoundSpec {
  name?: string;
  scenarioId?: string;
  version?: number | string;
  seed?: number;
  opensAt?: number;
  closesAt?: number;
  graceS?: number;
}

let keyPem: string | undefined;

export class Competition {
  organiserToken = '';
  judgeToken = '';
  private constructor(
    readonly app: WeldTwinServer,
    readonly store: SqlStore,
    readonly clock: { t: number },
  ) {}

  static async start(
    store: SqlStore,
    verifier: Verifier,
    opts: { lrs?: { endpoint: string } } = {},
  ): Promise<Competition> {
    const clock = { t: T0 };
    keyPem ??= generateSigningKeyPem();
    const app = await buildServer({
      store,
      verifier,
      signer: signerFromPem(keyPem),
      now: () => clock.t,
      scryptLog2N: 14,
      publicBaseUrl: 'https://weldtwin.test',
      lrs: opts.lrs,
      leaderboardPollMs: 200,
    });
    const c = new Competition(app, store, clock);
    await ensureUser(store, ORGANISER.username, ORGANISER.password, 'organiser', T0, 14);
    await ensureUser(store, JUDGE.username, JUDGE.password, 'judge', T0, 14);
    c.organiserToken = await c.login(ORGANISER.username, ORGANISER.password);
    c.judgeToken = await c.login(JUDGE.username, JUDGE.password);
    return c;
  }

  async close(): Promise<void> {
    await this.app.close();
  }

  async req(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    opts: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
  ): Promise<Res> {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    let payload: string | undefined;
    if (opts.raw !== undefined) {
      payload = opts.raw;
      headers['content-type'] ??= 'application/json';
    } else if (opts.body !== undefined) {
      payload = JSON.stringify(opts.body);
      headers['content-type'] = 'application/json';
    }
    const r = await this.app.inject({ method, url, headers, ...(payload !== undefined ? { payload } : {}) });
    let json: unknown = undefined;
    try {
      json = JSON.parse(r.body);
    } catch {
      json = undefined;
    }
    return { status: r.statusCode, json, text: r.body, headers: r.headers };
  }

  async login(username: string, password: string): Promise<string> {
    const r = await this.req('POST', '/api/auth/login', { body: { username, password } });
    if (r.status !== 200) throw new Error(`login ${username}: ${r.status} ${r.text}`);
    return r.json.token as string;
  }

  /** An event whose rounds are open now by default. */
  async createEvent(rounds: RoundSpec[] = [{}], name = 'Regional skills cup'): Promise<EventJson> {
    const r = await this.req('POST', '/api/events', {
      token: this.organiserToken,
      body: {
        name,
        rounds: rounds.map((s, i) => ({
          name: s.name ?? `Round ${i + 1}`,
          scenarioId: s.scenarioId ?? 'cobot-fillet-commands',
          version: s.version ?? 1,
          seed: s.seed ?? 1000 + i,
          opensAt: new Date(s.opensAt ?? this.clock.t - 60_000).toISOString(),
          closesAt: new Date(s.closesAt ?? this.clock.t + 3600_000).toISOString(),
          ...(s.graceS !== undefined ? { graceS: s.graceS } : {}),
        })),
      },
    });
    if (r.status !== 201) throw new Error(`create event: ${r.status} ${r.text}`);
    return r.json as EventJson;
  }

  /** Creates stations and joins each with its one-time code. */
  async stations(eventId: number, names: string[]): Promise<{ id: number; name: string; token: string }[]> {
    const r = await this.req('POST', `/api/events/${eventId}/stations`, {
      token: this.organiserToken,
      body: { names },
    });
    if (r.status !== 201) throw new Error(`create stations: ${r.status} ${r.text}`);
    const out = [];
    for (const s of r.json as { id: number; name: string; joinCode: string }[]) {
      const j = await this.req('POST', '/api/stations/join', { body: { code: s.joinCode } });
      if (j.status !== 200) throw new Error(`join: ${j.status} ${j.text}`);
      out.push({ id: s.id, name: s.name, token: j.json.token as string });
    }
    return out;
  }

  submit(token: string, body: Record<string, unknown>): Promise<Res> {
    return this.req('POST', '/api/attempts', { token, body });
  }
}

let keyCounter = 0;
/** A submission for a round, with a realistic log (seeded by `logSeed`). */
export function attemptFor(
  round: { scenarioId: string; version: number | string; seed: number | null },
  logSeed: number,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    scenarioId: round.scenarioId,
    version: round.version,
    seed: round.seed,
    appVersion: '0.1.0',
    idempotencyKey: `attempt-${process.pid}-${++keyCounter}-${logSeed}`,
    log: generateAttemptLog(logSeed, { intents: 300 }),
    ...extra,
  };
}
