import { createWorld, step } from './src/sim/world.ts';
import { standardCell, parkJoints, seamWeldProgram } from './src/sim/cell/standard-cells.ts';
for (const fam of ['cobot', 'industrial'] as const) {
const cell = standardCell(fam, { material: 'carbon-steel', thicknessMm: 6, joint: 'fillet', position: 'PB' });
const w = createWorld({ seed: 1, cell, settings: { process: 'GMAW', wireDiameterMm: 1.2, wireFeedSpeedMPerMin: 6.7, currentA: 0, voltageV: 27.5, travelSpeedMmPerS: 7.5, shieldingGas: 'CO2', gasFlowLPerMin: 17, pulsed: false }, joints: parkJoints(fam), program: seamWeldProgram(cell, { speedMmPerS: 7.5 }), ...(cell.positionerId ? { positionerJoints: [0, 0] } : {}) });
step(w, [{ type: 'setMode', mode: 'auto' }, { type: 'runProgram' }]);
for (let i = 0; i < 180 * 70; i++) step(w);
console.log(fam, w.motion.exec, w.bead.seamMm.length, w.events.filter(e => e.kind !== 'motion' || e.code !== 'move-complete').slice(0, 8).map(e => `${(e.tick/180).toFixed(1)} ${e.code} ${e.text}`));
}
