import { evaluateWeld, nominalWindow } from './src/sim/weld/index.ts';
const base: any = JSON.parse(process.argv[2]!);
const out: string[] = [];
for (const wfs of JSON.parse(process.argv[3]!)) for (const v of JSON.parse(process.argv[4]!)) for (const t of JSON.parse(process.argv[5]!)) for (const pulsed of [false, true]) {
  const s = { ...base, wireFeedSpeedMPerMin: wfs, voltageV: v, travelSpeedMmPerS: t, pulsed };
  if (base.process === 'GTAW') { delete s.wireFeedSpeedMPerMin; s.currentA = wfs; }
  const r = evaluateWeld(s);
  if (r.qualityLevel === 'B' || r.qualityLevel === 'C') out.push(`${wfs} ${v}V ${t}mm/s p=${pulsed} → ${r.currentA.toFixed(0)}A ${r.transferMode} ${r.qualityLevel} ${r.imperfections.map((i) => `${i.iso6520}:${i.sizeMm}:${i.level}`).join(' ')}`);
}
console.log(out.length ? out.join('\n') : 'none');
const r0 = evaluateWeld({ ...base, wireFeedSpeedMPerMin: 6, voltageV: 24, travelSpeedMmPerS: 4 });
console.log('window', JSON.stringify(r0.window).slice(0, 600));
