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

export interface ChunkPhaseReport {
  chunks: number;
  /** Chunks sent again from `expectedFrom` after a 409 live-out-of-order. */
  resent: number;
  statuses: Record<string, number>;
  firstError?: string;
  elapsedS: number;
  chunksPerS: number;
  latencyMs: { p50: number; p95: number; p99: number; max: number };
  serverCpuMs?: number;
  serverCpuMsPerChunk?: number;
  /** Server CPU of the live phase per station: HTTP handling of its chunks and the live replay of its attempt. */
  serverCpuMsPerAttempt?: number;
  /** Server resident memory before the live phase and with every session held; growth per session (Linux). */
  serverRssMb?: { before: number; atRoundEnd: number };
  serverRssKbPerSession?: number;
  /** The pool's live statistics when the last chunk was answered (`working`: sessions with replay left to do). */
  atRoundEnd: { sessions: number; working: number; chunks: number; evicted: number; expired: number } | null;
}

export interface RoundReport {
  stations: number;
  liveSeconds: number;
  chunkS: number;
  live: ChunkPhaseReport;
  final: PhaseReport & { offeredPerS: number; continuedLive?: number; replayedFromStart?: number };
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
  /** The round (live chunks, then the final-submission burst); null with liveS 0. */
  round: RoundReport | null;
  /** Cold phases: no live upload, every submission replayed from the start. */
  open: PhaseReport & { offeredPerS: number };
  saturation: PhaseReport | { skipped: string } | null;
  server: unknown;
  /** `met`: on the round's final submissions (basis); `coldOpenMet`: the same test on the cold open loop. */
  goals: { throughputPerS: number; p99Ms: number; basis: string; met: boolean; coldOpenMet: boolean };
}

export function runBench(opts: {
  stations?: number;
  rate?: number;
  durationS?: number;
  warmupS?: number;
  /** Seconds the round's live phase streams the 10-minute attempts over; 0 skips the round. @default 60 */
  liveS?: number;
  /** Simulated seconds of an attempt per live chunk. @default 10 */
  chunkS?: number;
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
