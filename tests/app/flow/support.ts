// Shipped scenarios parsed once per test file.
import { readFileSync } from 'node:fs';
import { parseScenario, type Scenario } from '../../../src/scenario/index.ts';

const cache = new Map<string, Scenario>();

export function shippedScenario(id: string): Scenario {
  let s = cache.get(id);
  if (!s) {
    const parsed = parseScenario(readFileSync(`scenarios/${id}.yaml`, 'utf8'), `${id}.yaml`);
    if (!parsed.scenario) throw new Error(`${id} does not parse`);
    s = parsed.scenario;
    cache.set(id, s);
  }
  return s;
}
