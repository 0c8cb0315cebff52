// Scenario text → checked, compiled Scenario, or a list of positioned diagnostics. Never throws on bad input.
import { scenarioSchema } from '../schema/scenario.ts';
import { sortDiagnostics, type Diagnostic } from '../diagnostics.ts';
import type { Scenario } from '../model.ts';
import { readYaml, MAX_ALIASES } from '../yaml/read-yaml.ts';
import { SourceMap } from '../yaml/source-map.ts';
import { isMap } from 'yaml';
import { compileScenario } from './compile-scenario.ts';
import { semanticChecks } from './semantic-checks.ts';
import { issuesToDiagnostics } from './zod-issues.ts';

export interface ParseResult {
  scenario?: Scenario;
  diagnostics: Diagnostic[];
}

export function parseScenario(text: string, file = 'scenario.yaml'): ParseResult {
  const { source, diagnostics } = readYaml(text);
  if (diagnostics.length) return { diagnostics: sortDiagnostics(diagnostics) };
  const map = new SourceMap(source);
  if (!isMap(source.doc.contents)) {
    const at = source.doc.contents?.range ? map.pos(source.doc.contents.range[0]) : { line: 1, column: 1 };
    return {
      diagnostics: [
        {
          ...at,
          message: 'a scenario file is a mapping of fields (id:, version:, title:, …); see docs/authoring.md',
        },
      ],
    };
  }
  let data: unknown;
  try {
    data = source.doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    return { diagnostics: [{ line: 1, column: 1, message: `YAML: ${(e as Error).message.split('\n')[0]}` }] };
  }
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success)
    return {
      diagnostics: sortDiagnostics(issuesToDiagnostics(parsed.error.issues, scenarioSchema, data, map)),
    };
  const out = semanticChecks(parsed.data, map);
  const scenario = compileScenario(parsed.data, map, file, out);
  if (out.length || !scenario) return { diagnostics: sortDiagnostics(out) };
  return { scenario, diagnostics: [] };
}
