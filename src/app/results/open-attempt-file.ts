// Opens the results for an attempt file (as `weldtwin replay` reads it) and a scenario's YAML text: the result
// is the engine's own replay, so what the screen shows is what the server would verify.
import { formatDiagnostic, parseScenario } from '../../scenario/index.ts';
import { attemptSchema, replayAttempt } from '../../scenario/engine/replay.ts';
import { worldPort } from '../../scenario/world/port.ts';
import { openResults } from './results-store.ts';

export async function openAttemptFile(
  attemptJson: unknown,
  scenarioYaml: string,
  file: string,
): Promise<void> {
  const parsed = parseScenario(scenarioYaml, file);
  if (!parsed.scenario) {
    const first = parsed.diagnostics[0];
    throw new Error(first ? formatDiagnostic(file, first) : `${file}: does not parse`);
  }
  const raw = (attemptJson ?? {}) as Record<string, unknown>;
  // An attempt file carries bookkeeping (status, app version…) besides what the engine replays.
  const attempt = attemptSchema.parse({
    scenarioId: raw.scenarioId,
    version: raw.version,
    seed: raw.seed,
    log: raw.log,
    ...(raw.endTick !== undefined ? { endTick: raw.endTick } : {}),
  });
  const { result } = replayAttempt(attempt, parsed.scenario, worldPort);
  openResults({ scenario: parsed.scenario, attempt, result });
}
