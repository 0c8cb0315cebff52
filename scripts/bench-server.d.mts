// Types for scripts/bench-server.mjs (used from the TypeScript tests).
export const GOALS: { throughputPerS: number; p99Ms: number };
export const BENCH_ROUND: { scenarioId: string; version: string; seed: number };

export interface PhaseReport {
  submitted: number;
  verified: number;
  statuses: Record<string, number>;
  firstError?: string;
  elapsedS: number;
  throughputPerS: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  /** Server process CPU time (HTTP thread and replay workers) per verified submission, ms (Linux /proc). */
  serverCpuMsPerVerified?: number;
  /** 2000 ms / serverCpuMsPerVerified: verified submissions per second with 2 cores to the server alone. */
  capacityOn2CoresPerS?: number;
}

export interface BenchReport {
  store: 'sqlite' | 'postgres';
  verifier: string;
  scenario: { scenarioId: string; version: string | number; seed: number } | null;
  machine: { loadavgBefore: number[]; loadavgAfter: number[] };
  stations: number;
  intentsPerAttempt: number;
  attemptKb: number;
  attemptDurationS: number;
  open: PhaseReport & { offeredPerS: number };
  saturation: PhaseReport | { skipped: string } | null;
  server: unknown;
  goals: { throughputPerS: number; p99Ms: number; met: boolean };
}

export function runBench(opts: {
  stations?: number;
  rate?: number;
  durationS?: number;
  warmupS?: number;
  saturateS?: number;
  concurrency?: number;
  intents?: number;
  /** Distinct base logs (each submission adds a tail intent that names it). @default 40 */
  variants?: number;
  /** @default 'scenario' */
  verifier?: 'scenario' | 'log-hash';
  /** @default BENCH_ROUND for the scenario verifier, the server-child default round otherwise */
  round?: { scenarioId: string; version: string | number; seed: number };
  databaseUrl?: string;
  makeLog: (seed: number, intents: number) => unknown[];
  log?: (message: string) => void;
}): Promise<BenchReport>;
