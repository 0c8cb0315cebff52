// docs/authoring.md stays true: its complete example is a valid scenario that passes its own selftest, and it
// lists every measurement a rule may use.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario, runSolution, MEASUREMENTS } from '../../src/scenario/index.ts';
import { worldPort } from '../../src/scenario/world/port.ts';

const DOC = readFileSync(join(import.meta.dirname, '../../docs/authoring.md'), 'utf8');

function completeExample(): string {
  const start = DOC.indexOf('## 7. A complete annotated example');
  const open = DOC.indexOf('```yaml\n', start);
  const close = DOC.indexOf('\n```', open + 8);
  return DOC.slice(open + 8, close + 1);
}

describe('docs/authoring.md', () => {
  it('has a complete example that is valid and whose reference passes and known-bad fails', () => {
    const r = parseScenario(completeExample(), 'authoring.md example');
    expect(r.diagnostics).toEqual([]);
    const s = r.scenario!;
    expect(runSolution(s, 1, 'reference', worldPort).result.passed).toBe(true);
    expect(runSolution(s, 1, 'knownBad', worldPort).result.passed).toBe(false);
  });

  it('documents every measurement', () => {
    for (const m of MEASUREMENTS) expect(DOC, m.name).toContain(`\`${m.name}\``);
  });
});
