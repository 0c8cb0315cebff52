import { readFileSync } from 'node:fs';
import { parseScenario } from './src/scenario/parse/parse-scenario.ts';
for (const f of process.argv.slice(2)) {
  const r = parseScenario(readFileSync(f, 'utf8'), f);
  console.log(f, r.scenario ? 'OK' : '', r.diagnostics.map(d => `${f}:${d.line}:${d.column}: ${d.message}`).join('\n'));
}
