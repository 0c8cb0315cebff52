// `weldtwin replay <attempt.json>` (CONTRACTS.md "replay"): re-run an attempt (scenario id + version, seed, input
// log) in the headless twin and print {"hash","score","grade","durationS"}. Same attempt, same hash, anywhere.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from '../command.ts';
import { InputError, parseArgs } from '../input.ts';
import { replayAttempt, ReplayError, type Scenario } from '../../scenario/index.ts';
import { parseAttemptFile, replayableAttempt, type AttemptFile } from '../../scenario/progress/index.ts';
import { worldPort } from '../../scenario/world/port.ts';
import { loadScenarios, scenarioFiles } from './scenario.ts';

const SHIPPED_SCENARIOS = fileURLToPath(new URL('../../../scenarios/', import.meta.url));

const HELP = `usage: npm run -s weldtwin -- replay <attempt.json> [--scenarios=<dir>]

Re-runs an attempt in the headless simulator and prints {"hash","score","grade","durationS"}.
The same attempt gives the same hash on any machine, in the browser and on the competition server.

  <attempt.json>     {"scenarioId", "version", "seed", "log": [{"tick", "intent"}], "endTick"?}
                     plus optional provenance the app writes (id, appVersion, startedAt, finishedAt,
                     status, trainee), which never changes the result
  --scenarios=<dir>  where to find the scenario (default: the shipped scenarios/ folder)

Exit 2 with one line per problem, each naming the file and the field: unreadable file, not JSON, a field of
the wrong type, an unknown intent, an unknown scenario, or a scenario version other than the one installed.
`;

export interface ReplayLine {
  hash: string;
  score: number;
  grade: string;
  durationS: number;
}

function readAttempt(file: string): AttemptFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError([
      `${file}: cannot read the attempt file (${code === 'ENOENT' ? 'no such file' : (e as Error).message})`,
    ]);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new InputError([`${file}: not valid JSON (${(e as Error).message})`]);
  }
  const parsed = parseAttemptFile(value);
  if (!parsed.ok) throw new InputError(parsed.problems.map((p) => `${file}: ${p}`));
  return parsed.attempt;
}

function scenarioFor(file: string, attempt: AttemptFile, dir: string): Scenario {
  const shown = relative(process.cwd(), dir) || '.';
  const broken: string[] = [];
  const { scenarios } = loadScenarios(scenarioFiles([dir]), {
    err: (text) => {
      const first = text.split('\n')[0];
      if (first) broken.push(first);
    },
  });
  const same = scenarios.filter((s) => s.spec.id === attempt.scenarioId);
  if (!same.length) {
    const known = scenarios.map((s) => s.spec.id).sort();
    const problems = [
      `${file}: scenarioId: no scenario "${attempt.scenarioId}" in ${shown}/` +
        (known.length ? ` (installed: ${known.join(', ')})` : ' (no valid scenario files there)'),
    ];
    if (broken.length)
      problems.push(`${shown}: ${broken.length} scenario file(s) do not parse, e.g. ${broken[0]}`);
    throw new InputError(problems);
  }
  const match = same.find((s) => String(s.spec.version) === String(attempt.version));
  if (!match) {
    const have = same
      .map((s) => `${String(s.spec.version)} (${relative(process.cwd(), s.file) || s.file})`)
      .join(', ');
    throw new InputError([
      `${file}: version: the attempt was recorded on ${attempt.scenarioId} version ${String(attempt.version)}, ` +
        `but ${shown}/ has version ${have}; replay it against the scenario version it was recorded on`,
    ]);
  }
  return match;
}

/** Replays one attempt file; throws InputError (exit 2) naming the file and field for any bad input. */
export function replayFile(file: string, scenariosDir: string = SHIPPED_SCENARIOS): ReplayLine {
  const attempt = readAttempt(file);
  const scenario = scenarioFor(file, attempt, scenariosDir);
  try {
    const r = replayAttempt(replayableAttempt(attempt), scenario, worldPort);
    return { hash: r.hash, score: r.score, grade: r.grade, durationS: r.durationS };
  } catch (e) {
    // The log asks for something the twin cannot do (e.g. joints of the wrong count): the attempt is bad input.
    if (e instanceof ReplayError || e instanceof RangeError)
      throw new InputError([`${file}: log: cannot be replayed: ${e.message}`]);
    throw e;
  }
}

export const replayCommand: Command = {
  name: 'replay',
  summary: 're-run an attempt file headless: hash, score, grade, duration',
  help: HELP,
  run(args, io) {
    const { values, positionals } = parseArgs(args, ['scenarios']);
    if (positionals.length !== 1) {
      throw new InputError([
        positionals.length
          ? `replay: expected one attempt file, got ${positionals.length} (${positionals.join(', ')})`
          : 'replay: name the attempt file: weldtwin replay <attempt.json>',
      ]);
    }
    const dir = values.get('scenarios');
    const line = replayFile(positionals[0]!, dir ?? SHIPPED_SCENARIOS);
    io.out(JSON.stringify(line) + '\n');
    return 0;
  },
};
