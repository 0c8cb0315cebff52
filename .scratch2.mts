import { readFileSync } from 'node:fs';
import { parseScenario, runSolution } from './src/scenario/index.ts';
import { worldPort } from './src/scenario/world/port.ts';
const f = process.argv[2]!;
const r = parseScenario(readFileSync(f, 'utf8'), f);
if (!r.scenario) { console.log(r.diagnostics.map(d => `${f}:${d.line}:${d.column}: ${d.message}`).join('\n')); process.exit(1); }
for (const which of (process.argv[3] ? [process.argv[3]] : ['reference', 'knownBad']) as ('reference'|'knownBad')[]) {
  const t0 = performance.now();
  const o = runSolution(r.scenario, Number(process.argv[4] ?? 1), which, worldPort);
  const res = o.result;
  console.log(which, 'score', res.score, res.grade, 'passed', res.passed, 'dur', res.durationS, res.endReason, 'stalled', o.stalledAtStep, 'ms', Math.round(performance.now() - t0));
  console.log(' fail:', res.failReasons.map(f => f.en).join(' | '));
  for (const c of res.breakdown) console.log('  ', c.component, c.weight, c.fraction.toFixed(2), c.items.map(i => `${i.id}:${i.earned.toFixed(1)}/${i.max} (${i.detail})`).join('; '));
  console.log('  phases', res.phases.map(p => `${p.id}@${p.startS.toFixed(1)}-${p.endS?.toFixed(1)} ${p.end}`).join(', '));
  if (process.env.V) console.log(res.coaching.slice(0, 5));
}
