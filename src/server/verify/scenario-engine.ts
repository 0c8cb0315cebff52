// The real verifier: the scenario engine (src/scenario replayAttempt over the headless twin) with the scenario
// files installed on this server (scenarios/*.yaml, or WELDTWIN_SCENARIOS_DIR). Loaded once per worker thread.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  parseScenario,
  replayAttempt,
  ReplayError,
  type AttemptResult,
  type ReplayOutput,
  type Scenario,
} from '../../scenario/index.ts';
import type { VerifiedResult } from '../store/types.ts';
import { parseAttemptFile, replayableAttempt } from '../../scenario/progress/index.ts';
import { worldPort } from '../../scenario/world/port.ts';
import { AttemptRejected, type AttemptInput, type ReplayFunction } from './verifier.ts';

export const SHIPPED_SCENARIOS_DIR = fileURLToPath(new URL('../../../scenarios/', import.meta.url));

export interface ScenarioLibrary {
  scenarios: Map<string, Scenario>;
  /** Files that did not parse, with their first problem (the server logs them at start). */
  broken: string[];
}

const key = (id: string, version: number | string) => `${id}@${String(version)}`;

export function loadScenarioLibrary(dir: string): ScenarioLibrary {
  const scenarios = new Map<string, Scenario>();
  const broken: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ya?ml$/i.test(name)) {
        const r = parseScenario(readFileSync(p, 'utf8'), p);
        if (r.scenario) scenarios.set(key(r.scenario.spec.id, r.scenario.spec.version), r.scenario);
        else broken.push(`${p}: ${r.diagnostics[0]?.message ?? 'does not parse'}`);
      }
    }
  };
  walk(dir);
  return { scenarios, broken };
}

/** The installed scenario of that id and version, or AttemptRejected listing what is installed. */
export function installedScenario(lib: ScenarioLibrary, id: string, version: number | string): Scenario {
  const scenario = lib.scenarios.get(key(id, version));
  if (!scenario) {
    const installed = [...lib.scenarios.keys()].sort().join(', ') || 'none';
    throw new AttemptRejected(
      `scenario ${id} version ${String(version)} is not installed on this server (installed: ${installed})`,
    );
  }
  return scenario;
}

/** What the server stores of a replay. */
export function verifiedResult(r: ReplayOutput & { result: AttemptResult }): VerifiedResult {
  return {
    hash: r.hash,
    score: r.score,
    grade: r.grade,
    durationS: r.durationS,
    passed: r.result.passed,
    breakdown: r.result,
  };
}

export function scenarioReplay(lib: ScenarioLibrary): ReplayFunction {
  return (a: AttemptInput) => {
    const parsed = parseAttemptFile({
      scenarioId: a.scenarioId,
      version: a.version,
      seed: a.seed,
      log: a.log,
      ...(a.endTick !== undefined ? { endTick: a.endTick } : {}),
    });
    if (!parsed.ok) throw new AttemptRejected(parsed.problems.slice(0, 10).join('; '));
    const scenario = installedScenario(lib, a.scenarioId, a.version);
    let r;
    try {
      r = replayAttempt(replayableAttempt(parsed.attempt), scenario, worldPort);
    } catch (e) {
      // The log asks for something the twin cannot do: the attempt is refused, as `weldtwin replay` does.
      if (e instanceof ReplayError || e instanceof RangeError)
        throw new AttemptRejected(`log cannot be replayed: ${e.message}`);
      throw e;
    }
    return verifiedResult(r);
  };
}

/** The installed scenarios, as `{id, version}` (for checking event rounds). */
export function libraryContents(lib: ScenarioLibrary): { id: string; version: number | string }[] {
  return [...lib.scenarios.values()].map((s) => ({ id: s.spec.id, version: s.spec.version }));
}
