// Server configuration from environment variables (documented in docs/competition.md). Every bad value is
// reported with the variable's name and what would be right.
import { resolve } from 'node:path';
import { parseCorsOrigins, type CorsOrigins } from './http/cors.ts';
import type { StoreConfig } from './store/index.ts';
import { REPLAY_ENGINES, type ReplayEngine } from './verify/engines.ts';
import { DEFAULT_LIVE_IDLE_S, DEFAULT_LIVE_SESSIONS } from './verify/pool.ts';
import type { LrsConfig } from './xapi/statements.ts';

export interface ServerConfig {
  host: string;
  port: number;
  store: StoreConfig;
  engine: ReplayEngine;
  scenariosDir: string | undefined;
  workers: number;
  replayTimeoutMs: number;
  maxQueue: number;
  /** Live sessions per verifier worker (least recently used evicted beyond), and their idle expiry. */
  liveSessions: number;
  liveIdleS: number;
  bodyLimitBytes: number;
  publicBaseUrl: string;
  credentialKeyFile: string | undefined;
  lrs: LrsConfig | undefined;
  bootstrap: { username: string; password: string } | undefined;
  leaderboardPollMs: number;
  corsOrigins: CorsOrigins;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const problems: string[] = [];
  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push(`${name}=${raw}: expected an integer from ${min} to ${max}`);
      return fallback;
    }
    return n;
  };
  const host = env.HOST || '127.0.0.1';
  const port = int('PORT', 8787, 0, 65535);
  const dataDir = resolve(env.WELDTWIN_DATA_DIR || 'data');
  let store: StoreConfig;
  if (env.DATABASE_URL) {
    if (!/^postgres(ql)?:\/\//.test(env.DATABASE_URL))
      problems.push('DATABASE_URL: expected postgres://user:password@host:port/db');
    const schema = env.WELDTWIN_PG_SCHEMA;
    if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
      problems.push(`WELDTWIN_PG_SCHEMA=${schema}: expected a lower-case SQL identifier`);
    }
    store = { kind: 'postgres', url: env.DATABASE_URL, ...(schema ? { schema } : {}) };
  } else {
    const sync = (env.WELDTWIN_SQLITE_SYNC || 'FULL').toUpperCase();
    if (sync !== 'FULL' && sync !== 'NORMAL')
      problems.push(`WELDTWIN_SQLITE_SYNC=${sync}: expected FULL or NORMAL`);
    store = {
      kind: 'sqlite',
      file: resolve(dataDir, 'weldtwin.sqlite'),
      synchronous: sync === 'NORMAL' ? 'NORMAL' : 'FULL',
    };
  }
  const engine = (env.WELDTWIN_VERIFIER || 'scenario') as ReplayEngine;
  if (!REPLAY_ENGINES.includes(engine))
    problems.push(`WELDTWIN_VERIFIER=${engine}: expected one of ${REPLAY_ENGINES.join(', ')}`);
  const bootUser = env.WELDTWIN_ORGANISER_USER;
  const bootPassword = env.WELDTWIN_ORGANISER_PASSWORD;
  if (Boolean(bootUser) !== Boolean(bootPassword)) {
    problems.push('WELDTWIN_ORGANISER_USER and WELDTWIN_ORGANISER_PASSWORD must be set together');
  }
  const lrsEndpoint = env.WELDTWIN_LRS_ENDPOINT;
  if (lrsEndpoint && !/^https?:\/\//.test(lrsEndpoint))
    problems.push(`WELDTWIN_LRS_ENDPOINT=${lrsEndpoint}: expected an http(s) URL`);
  const cors = parseCorsOrigins(env.WELDTWIN_CORS_ORIGINS);
  problems.push(...cors.problems);
  const cfg: ServerConfig = {
    host,
    port,
    store,
    engine,
    scenariosDir: env.WELDTWIN_SCENARIOS_DIR ? resolve(env.WELDTWIN_SCENARIOS_DIR) : undefined,
    workers: int('WELDTWIN_VERIFY_WORKERS', 2, 1, 64),
    replayTimeoutMs: int('WELDTWIN_REPLAY_TIMEOUT_MS', 30_000, 100, 600_000),
    maxQueue: int('WELDTWIN_VERIFY_QUEUE', 2000, 1, 100_000),
    liveSessions: int('WELDTWIN_LIVE_SESSIONS', DEFAULT_LIVE_SESSIONS, 1, 100_000),
    liveIdleS: int('WELDTWIN_LIVE_IDLE_S', DEFAULT_LIVE_IDLE_S, 1, 86_400),
    bodyLimitBytes: int('WELDTWIN_BODY_LIMIT_BYTES', 2 * 1024 * 1024, 1024, 64 * 1024 * 1024),
    publicBaseUrl: env.WELDTWIN_PUBLIC_URL || `http://${host}:${port}`,
    credentialKeyFile: env.WELDTWIN_CREDENTIAL_KEY_FILE || undefined,
    lrs: lrsEndpoint
      ? { endpoint: lrsEndpoint, ...(env.WELDTWIN_LRS_AUTH ? { authorization: env.WELDTWIN_LRS_AUTH } : {}) }
      : undefined,
    bootstrap: bootUser && bootPassword ? { username: bootUser, password: bootPassword } : undefined,
    leaderboardPollMs: int('WELDTWIN_LEADERBOARD_POLL_MS', 1000, 100, 60_000),
    corsOrigins: cors.origins,
  };
  if (problems.length) throw new ConfigError(problems);
  return cfg;
}
