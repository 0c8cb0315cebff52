// The station's client for the competition server: one function per endpoint it uses, JSON in and out, a time
// limit on every call (AbortController), and every failure as a ServerError — the server's own refusal, or
// status 0 when no answer came back.
import { ServerError } from './server-error.ts';
import type {
  HealthAnswer,
  JoinAnswer,
  LiveAnswer,
  LiveBody,
  StationMe,
  SubmitAnswer,
  SubmitBody,
  VerifiedAttemptJson,
} from './types.ts';

/** Where to send a call, and the station token when it needs one. */
export interface Connection {
  server: string;
  token?: string;
}

export interface CallOptions {
  /** @default DEFAULT_TIMEOUT_MS (submissions: SUBMIT_TIMEOUT_MS) */
  timeoutMs?: number;
  /** Stop waiting early (the screen closed). */
  signal?: AbortSignal;
}

/** Reading the station, joining: a LAN server answers in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 10_000;
/** The server replays the whole attempt before it answers; under load that takes seconds (docs/competition.md). */
export const SUBMIT_TIMEOUT_MS = 90_000;

interface Answer<T> {
  status: number;
  body: T;
}

function retryAfterSeconds(h: string | null): number | null {
  if (!h) return null;
  const s = Number(h);
  if (Number.isFinite(s) && s >= 0) return s;
  const at = Date.parse(h);
  return Number.isFinite(at) ? Math.max(0, (at - Date.now()) / 1000) : null;
}

async function call<T>(
  conn: Connection,
  method: 'GET' | 'POST',
  path: string,
  body: unknown,
  opts: CallOptions = {},
  defaultTimeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<Answer<T>> {
  const timeoutMs = opts.timeoutMs ?? defaultTimeoutMs;
  const url = conn.server.replace(/\/+$/, '') + path;
  const ctl = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    ctl.abort();
  }, timeoutMs);
  const onAbort = () => ctl.abort();
  // A signal that has already fired fires no event: stop at once.
  if (opts.signal?.aborted) ctl.abort();
  else opts.signal?.addEventListener('abort', onAbort);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (conn.token) headers.authorization = `Bearer ${conn.token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  try {
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
        signal: ctl.signal,
        // Bearer tokens only: the browser must never add cookies of that origin.
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (e) {
      if (timedOut)
        throw new ServerError(0, 'timeout', `${conn.server} did not answer within ${timeoutMs / 1000} s`);
      if (opts.signal?.aborted) throw new ServerError(0, 'aborted', 'the station stopped waiting');
      throw new ServerError(
        0,
        'unreachable',
        `cannot reach ${conn.server}: ${e instanceof Error ? e.message : String(e)}`,
      );
    }
    let text: string;
    try {
      text = await res.text();
    } catch (e) {
      if (timedOut)
        throw new ServerError(0, 'timeout', `${conn.server} did not answer within ${timeoutMs / 1000} s`);
      throw new ServerError(0, 'unreachable', `the answer from ${conn.server} broke off: ${String(e)}`);
    }
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    const retryAfterS = retryAfterSeconds(res.headers.get('retry-after'));
    if (!res.ok) {
      const err = (json as { error?: Record<string, unknown> } | undefined)?.error;
      if (err && typeof err.code === 'string') {
        const { code, message, status: _status, ...details } = err;
        throw new ServerError(res.status, code, String(message ?? code), retryAfterS, details);
      }
      throw new ServerError(
        res.status,
        'not-weldtwin',
        `${url} answered ${res.status} without a WeldTwin error: this is not the competition server's address`,
        retryAfterS,
      );
    }
    if (json === undefined || json === null || typeof json !== 'object')
      throw new ServerError(
        res.status,
        'not-weldtwin',
        `${url} answered, but not with JSON: this is not the competition server's address`,
      );
    return { status: res.status, body: json as T };
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', onAbort);
  }
}

/** `GET /healthz`: is a WeldTwin competition server at this address? */
export async function getHealth(server: string, opts?: CallOptions): Promise<HealthAnswer> {
  const a = await call<HealthAnswer>({ server }, 'GET', '/healthz', undefined, opts);
  if (a.body.ok !== true || typeof a.body.verifier !== 'string')
    throw new ServerError(a.status, 'not-weldtwin', `${server}/healthz is not a WeldTwin competition server`);
  return a.body;
}

/** `POST /api/stations/join`: redeem the one-time join code for a station token. */
export async function joinStation(server: string, code: string, opts?: CallOptions): Promise<JoinAnswer> {
  const a = await call<JoinAnswer>({ server }, 'POST', '/api/stations/join', { code }, opts);
  if (typeof a.body.token !== 'string' || !a.body.station || !a.body.event)
    throw new ServerError(a.status, 'not-weldtwin', `${server} did not answer the join as a WeldTwin server`);
  return a.body;
}

/** `GET /api/station/me`: the station, its event and the rounds with their status. */
export async function getStationMe(conn: Connection, opts?: CallOptions): Promise<StationMe> {
  return (await call<StationMe>(conn, 'GET', '/api/station/me', undefined, opts)).body;
}

/** `GET /api/station/attempts`: what the server has stored for this station. */
export async function listStationAttempts(
  conn: Connection,
  opts?: CallOptions,
): Promise<VerifiedAttemptJson[]> {
  return (await call<VerifiedAttemptJson[]>(conn, 'GET', '/api/station/attempts', undefined, opts)).body;
}

/** `POST /api/attempts`: the whole log; the server replays it and answers with its own result. */
export async function submitAttempt(
  conn: Connection,
  body: SubmitBody,
  opts?: CallOptions,
): Promise<SubmitAnswer & { status: number }> {
  const a = await call<SubmitAnswer>(conn, 'POST', '/api/attempts', body, opts, SUBMIT_TIMEOUT_MS);
  if (!a.body.attempt || typeof a.body.attempt.score !== 'number')
    throw new ServerError(a.status, 'not-weldtwin', `${conn.server} did not answer with a verified attempt`);
  return { ...a.body, status: a.status };
}

/** `POST /api/attempts/live`: the log entries since `from`, while the attempt runs. */
export async function uploadLive(conn: Connection, body: LiveBody, opts?: CallOptions): Promise<LiveAnswer> {
  return (await call<LiveAnswer>(conn, 'POST', '/api/attempts/live', body, opts)).body;
}
