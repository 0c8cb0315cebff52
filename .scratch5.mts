import { createWorld, step } from './src/sim/world.ts';
import { standardCell, parkJoints, seamWeldProgram } from './src/sim/cell/standard-cells.ts';
import { beadQuality } from './src/scenario/world/bead-quality.ts';
const cell = standardCell('cobot', { material: 'carbon-steel', thicknessMm: 6, joint: 'fillet', position: 'PB' });
const w = createWorld({ seed: 1, cell, settings: { process: 'GMAW', wireDiameterMm: 1.2, wireFeedSpeedMPerMin: Number(process.argv[2] ?? 6.7), currentA: 0, voltageV: Number(process.argv[3] ?? 27.5), travelSpeedMmPerS: 7.5, shieldingGas: 'CO2', gasFlowLPerMin: 17, pulsed: false }, joints: parkJoints('cobot'), program: seamWeldProgram(cell, { speedMmPerS: 7.5 }) });
step(w, [{ type: 'setMode', mode: 'auto' }, { type: 'runProgram' }]);
for (let i = 0; i < 180 * 50; i++) step(w);
const q = beadQuality(w);
console.log(q.level, q.evaluation!.imperfections.map(i => `${i.iso6520} ${i.name} ${i.sizeMm} ${i.level} ${i.startMm.toFixed(0)}-${i.endMm.toFixed(0)}`));
console.log('arcStarts', w.bead.arcStartsMm, 'ends', w.bead.arcEndsMm, 'n', w.bead.seamMm.length, w.bead.currentA[100], w.bead.throatMm[100]);
// experiment: drop the first record
for (const k of ['seamMm','currentA','voltageV','heatInputKJPerMm','widthMm','reinforcementMm','penetrationMm','throatMm','travelSpeedMmPerS','ctwdMm','workAngleDeg','travelAngleDeg','aimMm','transfer'] as const) (w.bead as any)[k].shift();
w.bead.defects.splice(0, 24);
const q2 = beadQuality(w);
console.log('without first:', q2.level, q2.evaluation!.imperfections.map(i => `${i.iso6520} ${i.name} ${i.sizeMm} ${i.level} ${i.startMm.toFixed(0)}-${i.endMm.toFixed(0)}`));
