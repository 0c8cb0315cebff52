// Golden attempts and their shipped scenarios for the results-screen tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attemptSchema, type Attempt } from '../../../src/scenario/engine/replay.ts';
import type { Scenario } from '../../../src/scenario/index.ts';
import { GOLDEN_DIR, readManifest, shippedScenarios, type GoldenEntry } from '../../golden/record.ts';

let scenarios: Scenario[] | null = null;

export function scenarioById(id: string): Scenario {
  scenarios ??= shippedScenarios();
  const s = scenarios.find((x) => x.spec.id === id);
  if (!s) throw new Error(`no shipped scenario ${id}`);
  return s;
}

export function goldenEntry(scenarioId: string, solution: 'reference' | 'knownBad'): GoldenEntry {
  const e = readManifest().attempts.find((a) => a.scenarioId === scenarioId && a.solution === solution);
  if (!e) throw new Error(`no golden attempt for ${scenarioId} ${solution}`);
  return e;
}

/** The attempt file without its bookkeeping fields (status…), as the engine's schema reads it. */
export function goldenAttempt(entry: GoldenEntry): Attempt {
  const raw = JSON.parse(readFileSync(join(GOLDEN_DIR, entry.file), 'utf8')) as Record<string, unknown>;
  const { scenarioId, version, seed, log, endTick } = raw;
  return attemptSchema.parse({
    scenarioId,
    version,
    seed,
    log,
    ...(endTick !== undefined ? { endTick } : {}),
  });
}
