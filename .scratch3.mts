import { readFileSync } from 'node:fs';
import { parseScenario, createScenarioRun } from './src/scenario/index.ts';
import { worldPort } from './src/scenario/world/port.ts';
const f = process.argv[2]!;
const r = parseScenario(readFileSync(f, 'utf8'), f);
const s = r.scenario!;
const run = createScenarioRun(s, worldPort);
run.start(1);
const w = () => run.world;
const steps = s.spec.solutions.reference.steps;
// crude: apply all steps except waits at their times
let t = 0;
const sched: [number, any][] = [];
for (const st of steps) { t += st.after ?? 0; if (st.waitFor) break; sched.push([t, st.do]); }
let k = 0;
for (let i = 0; i < 180 * 60; i++) {
  while (k < sched.length && run.state.timeS >= sched[k]![0]) { const d = sched[k++]![1]; for (const x of Array.isArray(d) ? d : [d]) run.applyIntent(x); }
  run.step();
  if (i % 900 === 0) console.log(run.state.timeS.toFixed(1), run.state.phaseId, w().motion.mode, w().motion.exec, w().arc.phase, w().controls.operatingMode, w().safety.output.speedLevel, w().safety.output.stopRule, w().bead.seamMm.length);
}
console.log(w().events.slice(0, 30).map(e => `${(e.tick/180).toFixed(2)} ${e.kind} ${e.code} ${e.text}`).join('\n'));
console.log(Object.keys(w().program.targets), w().program.instructions.length);
console.log(w().safety.events.map(e => `${e.tS} ${e.kind} ${e.cause}`).join('\n'));
for (const [k, v] of Object.entries(w().program.targets)) console.log(k, JSON.stringify(v).slice(0, 200));
