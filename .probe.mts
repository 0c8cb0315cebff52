import { evaluateWeld } from './src/sim/weld/index.ts';
const base = { process: 'GMAW', material: 'carbon-steel', joint: 'fillet', wireDiameterMm: 1.2, ctwdMm: 15, workAngleDeg: 45, travelAngleDeg: 10, gasFlowLPerMin: 20, pulsed: false } as any;
const cases: any[] = JSON.parse(process.argv[2]!);
for (const c of cases) {
  const r = evaluateWeld({ ...base, ...c });
  console.log(JSON.stringify(c), '→', r.currentA.toFixed(0), 'A', r.transferMode, r.qualityLevel, r.imperfections.map((i) => `${i.iso6520}:${i.sizeMm}:${i.level}`).join(' '));
}
