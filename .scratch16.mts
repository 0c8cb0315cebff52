import { readFileSync } from 'node:fs';
import { parseScenario, runSolution } from './src/scenario/index.ts';
import { worldPort } from './src/scenario/world/port.ts';
import { createScenarioRun } from './src/scenario/index.ts';
const f = process.argv[2]!;
const s = parseScenario(readFileSync(f, 'utf8'), f).scenario!;
const o = runSolution(s, 1, (process.argv[3] ?? 'reference') as any, worldPort);
// replay the log to get the world
const run = createScenarioRun(s, worldPort); run.start(1);
let k = 0; while (!run.finished) { while (k < o.log.length && o.log[k]!.tick <= run.tick) run.applyIntent(o.log[k++]!.intent as any); run.step(); }
const w = run.world as any;
console.log(Object.keys(w.program.targets), w.program.instructions.length);
console.log(w.events.filter((e: any) => e.code !== 'move-complete').slice(0, 25).map((e: any) => `${(e.tick/180).toFixed(1)} ${e.kind} ${e.code} ${e.text}`).join('\n'));
console.log(w.safety.events.slice(0, 10).map((e: any) => `${e.tS.toFixed(1)} ${e.kind} ${e.cause}`).join('\n'));
console.log('bead', w.bead.seamMm.length, 'arc', w.arc.phase, 'motion', w.motion.mode, w.motion.exec, 'faults', JSON.stringify(w.faults.alarms));
for (const [k, v] of Object.entries(w.program.targets)) console.log(k, JSON.stringify((v as any).joints.map((x: number) => +x.toFixed(2))));
console.log('park', w.motion.q.map((x: number) => +x.toFixed(2)), w.safety.output.speedLevel, w.safety.output.stopRule, w.safety.protective, w.safety.guard);
