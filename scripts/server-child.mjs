// Runs the competition server as a child process on loopback, and drives it over HTTP like an organiser and
// stations would. Shared by scripts/bench-server.mjs and the crash/restart tests (tests/server).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const BENCH_ORGANISER = { username: 'bench-organiser', password: 'bench-organiser-password' };

// Children this process started; never left running when it exits (whatever the reason).
const spawned = new Set();
process.once('exit', () => {
  for (const child of spawned) child.kill('SIGKILL');
});

export function tempDataDir(prefix = 'weldtwin-server-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir) {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * Starts `node --import tsx src/server/main.ts` on 127.0.0.1 with a free port; resolves once it listens.
 * `env` adds to (or, with value undefined, removes from) this process's environment. DATABASE_URL is not
 * inherited unless given, so a run is on SQLite unless asked otherwise.
 */
export async function spawnServer({ dataDir, env = {}, startTimeoutMs = 60_000 } = {}) {
  const childEnv = { ...process.env };
  delete childEnv.DATABASE_URL;
  delete childEnv.WELDTWIN_PG_SCHEMA;
  Object.assign(childEnv, {
    HOST: '127.0.0.1',
    PORT: '0',
    WELDTWIN_DATA_DIR: dataDir,
    WELDTWIN_VERIFIER: 'log-hash',
    WELDTWIN_ORGANISER_USER: BENCH_ORGANISER.username,
    WELDTWIN_ORGANISER_PASSWORD: BENCH_ORGANISER.password,
  });
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete childEnv[k];
    else childEnv[k] = v;
  }
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: REPO_ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  spawned.add(child);
  child.once('exit', () => spawned.delete(child));
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
    if (stderr.length > 20_000) stderr = stderr.slice(-10_000);
  });
  const info = await new Promise((resolveInfo, reject) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within ${startTimeoutMs} ms; stderr:\n${stderr}`));
    }, startTimeoutMs);
    child.stdout.on('data', (d) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl < 0) return;
      clearTimeout(timer);
      try {
        resolveInfo(JSON.parse(out.slice(0, nl)));
      } catch {
        reject(new Error(`unexpected first line from the server: ${out.slice(0, nl)}`));
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code ?? signal}) before listening; stderr:\n${stderr}`));
    });
  });
  const exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
  return {
    url: info.listening,
    info,
    child,
    stderr: () => stderr,
    /** SIGKILL: no cleanup at all, as in a power cut of the process. */
    async kill() {
      child.kill('SIGKILL');
      return exited;
    },
    async stop() {
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const r = await exited;
      clearTimeout(t);
      return r;
    },
  };
}

export async function api(base, method, path, { token, body, rawBody, signal } = {}) {
  const headers = {};
  if (token) headers.authorization = `Bearer ${token}`;
  let payload;
  if (rawBody !== undefined) {
    payload = rawBody;
    headers['content-type'] = 'application/json';
  } else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['content-type'] = 'application/json';
  }
  const res = await fetch(base + path, {
    method,
    headers,
    body: payload,
    // 30 s per request; `signal` can end it earlier (a benchmark phase that ran out of time).
    signal: signal ? AbortSignal.any([signal, AbortSignal.timeout(30_000)]) : AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text };
}

/** Organiser logs in, creates an event with one round open now, creates and joins `stations` stations. */
export async function setUpEvent(
  base,
  { stations = 10, scenarioId = 'cobot-fillet-commands', version = 1, seed = 2026 } = {},
) {
  const login = await api(base, 'POST', '/api/auth/login', { body: BENCH_ORGANISER });
  if (login.status !== 200) throw new Error(`login: ${login.status} ${login.text}`);
  const token = login.json.token;
  const now = Date.now();
  const ev = await api(base, 'POST', '/api/events', {
    token,
    body: {
      name: 'Load test cup',
      rounds: [
        {
          name: 'Final',
          scenarioId,
          version,
          seed,
          opensAt: new Date(now - 60_000).toISOString(),
          closesAt: new Date(now + 6 * 3600_000).toISOString(),
        },
      ],
    },
  });
  if (ev.status !== 201) throw new Error(`create event: ${ev.status} ${ev.text}`);
  const names = Array.from({ length: stations }, (_, i) => `Station ${String(i + 1).padStart(3, '0')}`);
  const created = await api(base, 'POST', `/api/events/${ev.json.id}/stations`, { token, body: { names } });
  if (created.status !== 201) throw new Error(`create stations: ${created.status} ${created.text}`);
  const joined = [];
  for (const s of created.json) {
    const j = await api(base, 'POST', '/api/stations/join', { body: { code: s.joinCode } });
    if (j.status !== 200) throw new Error(`join: ${j.status} ${j.text}`);
    joined.push({ id: s.id, name: s.name, token: j.json.token });
  }
  return { organiserToken: token, eventId: ev.json.id, round: ev.json.rounds[0], stations: joined };
}

export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}
