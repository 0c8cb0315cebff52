import { parseScenario, createScenarioRun } from './src/scenario/index.ts';
import { toyPort } from './tests/scenario/support/toy-world.ts';
import { TOY_SCENARIO } from './tests/scenario/support/toy-scenario.ts';
const s = parseScenario(TOY_SCENARIO).scenario!;
for (let rep = 0; rep < 3; rep++) {
  const run = createScenarioRun(s, toyPort);
  run.start(1);
  const t0 = performance.now();
  let n = 0;
  while (!run.state.finished) { run.step(); n++; }
  console.log(n, 'steps', ((performance.now() - t0) * 1000 / n).toFixed(2), 'us/step');
}
