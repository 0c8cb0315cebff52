import { readFileSync } from 'node:fs';
import { parseScenario, runSolution, createScenarioRun } from './src/scenario/index.ts';
import { worldPort } from './src/scenario/world/port.ts';
import { beadQuality } from './src/scenario/world/bead-quality.ts';
const f = process.argv[2]!;
const pr = parseScenario(readFileSync(f, 'utf8'), f); if (!pr.scenario) { console.log(pr.diagnostics); process.exit(1); } const s = pr.scenario;
for (const which of ['reference', 'knownBad'] as const) {
const o = runSolution(s, Number(process.argv[3] ?? 1), which, worldPort);
const run = createScenarioRun(s, worldPort); run.start(Number(process.argv[3] ?? 1));
let k = 0; while (!run.finished) { while (k < o.log.length && o.log[k]!.tick <= run.tick) run.applyIntent(o.log[k++]!.intent as any); run.step(); }
const w = run.world as any;
const show = (q: any) => `${q.level} ${q.evaluation?.imperfections.map((i: any) => `${i.iso6520}:${i.sizeMm}:${i.level}@${i.startMm.toFixed(0)}-${i.endMm.toFixed(0)}`).join(' ')}`;
console.log(which, 'score', o.result.score, 'passed', o.result.passed, 'bead', w.bead.seamMm.length, show(beadQuality(w)));
for (const k2 of ['seamMm','currentA','voltageV','heatInputKJPerMm','widthMm','reinforcementMm','penetrationMm','throatMm','travelSpeedMmPerS','ctwdMm','workAngleDeg','travelAngleDeg','aimMm','transfer'] as const) w.bead[k2].shift();
w.bead.defects.splice(0, 24);
console.log('   w/o first record:', show(beadQuality(w)), 'events', w.events.filter((e: any) => !['move-complete','arc-start-point','arc-end-point'].includes(e.code)).map((e: any) => e.code).join(','));
}
