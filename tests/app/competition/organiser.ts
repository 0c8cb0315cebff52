// The organiser's side of an event over HTTP (log in, create an event and stations, read the stored attempts),
// with nothing of the server imported, and the server as a child process: usable from DOM-environment tests too,
// where Vite rewrites `new URL(…, import.meta.url)` (scripts/server-child.mjs, the server's modules) to a web URL.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RoundJson } from '../../../src/app/competition/types.ts';

export const ORGANISER = { username: 'station-test-organiser', password: 'station-test-password-1' };

/** The round every test event gets by default: the golden reference attempt's scenario and seed (tests/golden). */
export const GOLDEN_ROUND = {
  scenarioId: 'cobot-commands-fillet',
  version: '1.0.0',
  seed: 20261124,
} as const;

async function http(base: string, method: string, path: string, body?: unknown, token?: string) {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(base + path, {
    method,
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test answers are read field by field
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text };
}

export interface RoundSpec {
  name?: string;
  scenarioId?: string;
  version?: string | number;
  seed?: number;
  /** ms from now */
  opensInMs?: number;
  closesInMs?: number;
  graceS?: number;
}

/** The organiser's side of an event on `base` (a server in-process or a child process). */
export class Organiser {
  private constructor(
    readonly base: string,
    readonly token: string,
  ) {}

  static async login(base: string, who = ORGANISER): Promise<Organiser> {
    const r = await http(base, 'POST', '/api/auth/login', who);
    if (r.status !== 200) throw new Error(`login: ${r.status} ${r.text}`);
    return new Organiser(base, r.json.token as string);
  }

  async createEvent(
    rounds: RoundSpec[],
    name = 'Provincial skills final',
  ): Promise<{ id: number; rounds: RoundJson[] }> {
    const now = Date.now();
    const r = await http(
      this.base,
      'POST',
      '/api/events',
      {
        name,
        rounds: rounds.map((s, i) => ({
          name: s.name ?? `Round ${i + 1}`,
          scenarioId: s.scenarioId ?? GOLDEN_ROUND.scenarioId,
          version: s.version ?? GOLDEN_ROUND.version,
          seed: s.seed ?? GOLDEN_ROUND.seed,
          opensAt: new Date(now + (s.opensInMs ?? -60_000)).toISOString(),
          closesAt: new Date(now + (s.closesInMs ?? 3600_000)).toISOString(),
          ...(s.graceS !== undefined ? { graceS: s.graceS } : {}),
        })),
      },
      this.token,
    );
    if (r.status !== 201) throw new Error(`create event: ${r.status} ${r.text}`);
    return r.json;
  }

  /** New stations with their one-time join codes (not joined). */
  async stations(
    eventId: number,
    names: string[],
  ): Promise<{ id: number; name: string; joinCode: string }[]> {
    const r = await http(this.base, 'POST', `/api/events/${eventId}/stations`, { names }, this.token);
    if (r.status !== 201) throw new Error(`create stations: ${r.status} ${r.text}`);
    return r.json;
  }

  /** What the judges see: every attempt the server stored for the event. */
  async attempts(
    eventId: number,
  ): Promise<{ id: number; score: number; grade: string; idempotencyKey: string }[]> {
    const r = await http(this.base, 'GET', `/api/events/${eventId}/attempts`, undefined, this.token);
    if (r.status !== 200) throw new Error(`attempts: ${r.status} ${r.text}`);
    return r.json;
  }
}

/** `npm run server` as a child on a free loopback port (log-hash verifier, SQLite in a temp dir). */
export async function startChildServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'weldtwin-station-ui-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      DATABASE_URL: '',
      HOST: '127.0.0.1',
      PORT: '0',
      WELDTWIN_DATA_DIR: dataDir,
      WELDTWIN_VERIFIER: 'log-hash',
      WELDTWIN_VERIFY_WORKERS: '1',
      WELDTWIN_ORGANISER_USER: ORGANISER.username,
      WELDTWIN_ORGANISER_PASSWORD: ORGANISER.password,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve((JSON.parse(out.slice(0, nl)) as { listening: string }).listening);
    });
    void exited.then(() => reject(new Error(`the server exited before listening: ${stderr}`)));
  });
  return {
    url,
    async stop() {
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
