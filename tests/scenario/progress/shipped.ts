// The shipped scenarios, parsed, for progress tests that need the real engine and twin.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseScenario, type Scenario } from '../../../src/scenario/index.ts';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export function shippedScenarios(): Scenario[] {
  const dir = join(ROOT, 'scenarios');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const r = parseScenario(readFileSync(join(dir, f), 'utf8'), `scenarios/${f}`);
      if (!r.scenario) throw new Error(`scenarios/${f} does not parse: ${JSON.stringify(r.diagnostics[0])}`);
      return r.scenario;
    });
}
