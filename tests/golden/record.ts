// Golden attempts: every shipped scenario's reference and known-bad solutions recorded as attempt files, with
// the hash, score, grade and duration their replay gives pinned in golden.json. The golden test replays them in
// CI; scripts/golden-update.mjs re-records them when a change to the twin or a scenario is intended.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  formatDiagnostic,
  parseScenario,
  runSolution,
  type Scenario,
  type SolutionName,
} from '../../src/scenario/index.ts';
import type { AttemptFile } from '../../src/scenario/progress/index.ts';
import { worldPort } from '../../src/scenario/world/port.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const GOLDEN_DIR = join(ROOT, 'tests', 'golden');
export const MANIFEST = join(GOLDEN_DIR, 'golden.json');
/** One fixed seed: the variation is part of what is pinned. */
export const GOLDEN_SEED = 20261124;
export const SOLUTIONS: readonly SolutionName[] = ['reference', 'knownBad'];

export interface GoldenEntry {
  /** Relative to tests/golden/. */
  file: string;
  scenarioId: string;
  version: string | number;
  robotFamily: string;
  skillLayer: string;
  solution: SolutionName;
  expected: { hash: string; score: number; grade: string; durationS: number };
}

export interface GoldenManifest {
  seed: number;
  attempts: GoldenEntry[];
}

export function shippedScenarios(): Scenario[] {
  const dir = join(ROOT, 'scenarios');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const r = parseScenario(readFileSync(join(dir, f), 'utf8'), `scenarios/${f}`);
      if (!r.scenario) {
        const first = r.diagnostics[0];
        const where = first ? formatDiagnostic(`scenarios/${f}`, first) : `scenarios/${f}: does not parse`;
        throw new Error(`${where} (run weldtwin scenario validate scenarios/)`);
      }
      return r.scenario;
    });
}

export function readManifest(): GoldenManifest {
  return JSON.parse(readFileSync(MANIFEST, 'utf8')) as GoldenManifest;
}

export function goldenFileName(scenarioId: string, solution: SolutionName): string {
  return `attempts/${scenarioId}.${solution}.attempt.json`;
}

/** Play one scripted solution like a trainee and keep its input log as an attempt file. */
export function recordAttempt(scenario: Scenario, solution: SolutionName, seed = GOLDEN_SEED): AttemptFile {
  const out = runSolution(scenario, seed, solution, worldPort);
  return {
    scenarioId: scenario.spec.id,
    version: scenario.spec.version,
    seed,
    status: 'finished',
    log: out.log as AttemptFile['log'],
  };
}
