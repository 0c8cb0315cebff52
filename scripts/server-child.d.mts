// Types for scripts/server-child.mjs (used from the TypeScript tests).
import type { ChildProcess } from 'node:child_process';

export const REPO_ROOT: string;
export const BENCH_ORGANISER: { username: string; password: string };
export function tempDataDir(prefix?: string): string;
export function removeDir(dir: string): void;

export interface SpawnedServer {
  url: string;
  info: {
    listening: string;
    store: string;
    verifier: string;
    workers: number;
    credentialKeyId: string;
    pid: number;
  };
  child: ChildProcess;
  stderr(): string;
  kill(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}
export function spawnServer(opts?: {
  dataDir?: string;
  env?: Record<string, string | undefined>;
  startTimeoutMs?: number;
}): Promise<SpawnedServer>;

export interface ApiResult {
  status: number;
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  text: string;
}
export function api(
  base: string,
  method: string,
  path: string,
  opts?: { token?: string; body?: unknown; rawBody?: string; signal?: AbortSignal },
): Promise<ApiResult>;

export interface BenchEvent {
  organiserToken: string;
  eventId: number;
  round: { id: number; scenarioId: string; version: number | string; seed: number };
  stations: { id: number; name: string; token: string }[];
}
export function setUpEvent(
  base: string,
  opts?: { stations?: number; scenarioId?: string; version?: number | string; seed?: number },
): Promise<BenchEvent>;
export function percentile(sorted: number[], p: number): number;
