// `weldtwin scenario validate|selftest|schema` (CONTRACTS.md "scenario"): check scenario files with positioned
// errors, run their reference and known-bad solutions through the real engine, print the JSON Schema.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Command, CommandIO } from '../command.ts';
import { InputError, parseArgs } from '../input.ts';
import {
  formatDiagnostic,
  parseScenario,
  runSolution,
  scenarioJsonSchemaText,
  type Scenario,
} from '../../scenario/index.ts';
import { worldPort } from '../../scenario/world/port.ts';

const SCENARIO_FILE = /\.ya?ml$/i;

/** The scenario files named by the arguments: files as given, directories searched recursively (sorted). */
export function scenarioFiles(paths: readonly string[]): string[] {
  const problems: string[] = [];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (SCENARIO_FILE.test(name)) out.push(p);
    }
  };
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      problems.push(`${p}: no such file or directory`);
      continue;
    }
    if (isDir) walk(p);
    else out.push(p);
  }
  if (problems.length) throw new InputError(problems);
  return out;
}

/** Parse every file; print each problem as `path:line:column: message` on stderr. */
export function loadScenarios(
  files: readonly string[],
  io: Pick<CommandIO, 'err'>,
): { scenarios: Scenario[]; failed: number } {
  const scenarios: Scenario[] = [];
  let failed = 0;
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      io.err(`${file}:1:1: cannot read the file (${(e as Error).message})\n`);
      failed++;
      continue;
    }
    const r = parseScenario(text, file);
    if (r.scenario) scenarios.push(r.scenario);
    else {
      failed++;
      io.err(r.diagnostics.map((d) => formatDiagnostic(file, d) + '\n').join(''));
    }
  }
  return { scenarios, failed };
}

/** Find a scenario by id and version among the files under `paths` (used by replay). */
export function findScenario(
  paths: readonly string[],
  id: string,
  version: string | number,
): Scenario | undefined {
  const { scenarios } = loadScenarios(scenarioFiles(paths), { err: () => undefined });
  return scenarios.find((s) => s.spec.id === id && String(s.spec.version) === String(version));
}

const HELP = `usage: npm run -s weldtwin -- scenario <validate|selftest|schema> [options] [file|dir ...]

  validate <file|dir>...   Check scenario files (directories: every .yaml inside, recursively).
                           Exit 0 when all are valid; otherwise exit 1 with one line per problem on stderr:
                           path:line:column: what is wrong and what is allowed
  selftest <file|dir>...   Run each scenario's reference solution and known-bad solution through the real
                           engine and twin. Prints [{"scenario","reference":{"score","passed"},
                           "bad":{"score","passed"}}]; exit 1 if a reference fails or a known-bad passes.
                           --seed=N  variation seed (default 1)
  schema                   Print the JSON Schema of the scenario format (scenarios/schema.json).

Write scenarios with docs/authoring.md; start a file with
  # yaml-language-server: $schema=./schema.json
for completion and checks in VS Code.
`;

function validate(paths: string[], io: CommandIO): number {
  if (!paths.length) throw new InputError(['scenario validate: name at least one file or directory']);
  const files = scenarioFiles(paths);
  const { scenarios, failed } = loadScenarios(files, io);
  if (failed === 0) io.out(`${scenarios.length} scenario file${scenarios.length === 1 ? '' : 's'} valid\n`);
  return failed ? 1 : 0;
}

function selftest(paths: string[], seed: number, io: CommandIO): number {
  if (!paths.length) throw new InputError(['scenario selftest: name at least one file or directory']);
  const { scenarios, failed } = loadScenarios(scenarioFiles(paths), io);
  let bad = failed > 0;
  const rows = scenarios.map((s) => {
    const ref = runSolution(s, seed, 'reference', worldPort);
    const kb = runSolution(s, seed, 'knownBad', worldPort);
    if (!ref.result.passed) {
      bad = true;
      io.err(
        `${s.file}: reference solution fails (score ${ref.result.score}): ${ref.result.failReasons.map((f) => f.en).join('; ')}\n`,
      );
    }
    if (kb.result.passed) {
      bad = true;
      io.err(`${s.file}: known-bad solution passes (score ${kb.result.score})\n`);
    }
    return {
      scenario: s.spec.id,
      reference: { score: ref.result.score, passed: ref.result.passed },
      bad: { score: kb.result.score, passed: kb.result.passed },
    };
  });
  io.out(JSON.stringify(rows) + '\n');
  return bad ? 1 : 0;
}

export const scenarioCommand: Command = {
  name: 'scenario',
  summary: 'validate scenario files, self-test their solutions, print the JSON Schema',
  help: HELP,
  run(args, io) {
    const [sub, ...rest] = args;
    const { values, positionals } = parseArgs(rest, sub === 'selftest' ? ['seed'] : []);
    switch (sub) {
      case 'validate':
        return validate(positionals, io);
      case 'selftest': {
        const raw = values.get('seed') ?? '1';
        const seed = Number(raw);
        if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
          throw new InputError([`--seed=${raw}: expected a whole number 0–4294967295`]);
        return selftest(positionals, seed, io);
      }
      case 'schema':
        if (positionals.length)
          throw new InputError(positionals.map((p) => `${p}: unexpected argument; schema takes none`));
        io.out(scenarioJsonSchemaText());
        return 0;
      default:
        throw new InputError([
          `scenario: ${sub === undefined ? 'missing subcommand' : `unknown subcommand ${JSON.stringify(sub)}`}; use validate, selftest or schema`,
        ]);
    }
  },
};
