import { readFileSync } from 'node:fs';
import { parseScenario, runSolution, createScenarioRun } from './src/scenario/index.ts';
import { worldPort } from './src/scenario/world/port.ts';
const f = process.argv[2]!;
const s = parseScenario(readFileSync(f, 'utf8'), f).scenario!;
const o = runSolution(s, 1, (process.argv[3] ?? 'reference') as any, worldPort);
const run = createScenarioRun(s, worldPort); run.start(1);
let k = 0; let last = '';
while (!run.finished && run.timeS < Number(process.argv[4] ?? 60)) { while (k < o.log.length && o.log[k]!.tick <= run.tick) run.applyIntent(o.log[k++]!.intent as any); run.step();
  const w = run.world as any; const st = `${w.motion.pc ?? w.motion.seg?.instruction} ${w.motion.exec} ${w.arc.phase}`;
  if (st !== last) { console.log(run.timeS.toFixed(2), st, w.tcpWorld.filter((_: any, i: number) => i % 4 === 3).map((x: number) => x.toFixed(3)).join(','), w.events.length ? w.events[w.events.length-1].code : ''); last = st; } }
