import { parseScenario, runSolution } from './src/scenario/index.ts';
import { toyPort } from './tests/scenario/support/toy-world.ts';
import { TOY_SCENARIO } from './tests/scenario/support/toy-scenario.ts';
const s = parseScenario(TOY_SCENARIO).scenario!;
const bad = runSolution(s, 3, 'knownBad', toyPort);
console.log(JSON.stringify(bad.result.injections), JSON.stringify(bad.result.coaching, null, 1), bad.result.breakdown.map(c => [c.component, c.fraction]));
