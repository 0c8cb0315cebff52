import { describe, expect, it } from 'vitest';
import type { ArcSymptoms, FaultId, FaultIntent, FaultSpec } from '../../../src/sim/faults/index.ts';
import { ALARMS, FAULTS, FAULT_IDS, createFaultsState, faultPresent } from '../../../src/sim/faults/index.ts';
import { hashState } from '../../../src/sim/core/hash.ts';
import { FaultTestCell, TILTS, touchPoses } from './fault-test-cell.ts';

interface FaultCase {
  name: string;
  spec: FaultSpec;
  id: FaultId;
  /** Measure the symptom over a short weld (healthy vs faulty) and say whether it shows. */
  shows: (healthy: number, faulty: number) => boolean;
  measure: (cell: FaultTestCell) => number;
  wrong: FaultIntent;
  /** The right remedy (one or more intents, in order). */
  right: (cell: FaultTestCell) => FaultIntent[];
}

const weldMean = (pick: (s: ArcSymptoms) => number) => (cell: FaultTestCell) => cell.mean(2, pick);

const CASES: FaultCase[] = [
  {
    name: 'contact tip wear → arc wander and unstable current; replace the tip',
    spec: { fault: 'contact-tip-wear' },
    id: 'contact-tip-wear',
    measure: weldMean((s) => s.currentNoiseA + Math.abs(s.arcWanderMm)),
    shows: (h, f) => f > 3 * h,
    wrong: { type: 'cleanNozzle' },
    right: () => [{ type: 'replaceContactTip' }],
  },
  {
    name: 'drive rolls slipping → erratic, low wire feed; set the tension',
    spec: { fault: 'wire-feed-slip' },
    id: 'wire-feed-slip',
    measure: weldMean((s) => s.wireFeedSpeedMPerMin),
    shows: (h, f) => f < 0.85 * h,
    wrong: { type: 'replaceContactTip' },
    right: () => [{ type: 'setDriveRollTension', value: 3 }],
  },
  {
    name: 'bird-nest → no wire feed and a feed-fault alarm; re-thread',
    spec: { fault: 'bird-nest' },
    id: 'bird-nest',
    measure: weldMean((s) => s.wireFeedSpeedMPerMin),
    shows: (h, f) => h > 0 && f === 0,
    wrong: { type: 'setDriveRollTension', value: 3 },
    right: () => [{ type: 'rethreadWire' }],
  },
  {
    name: 'cylinder valve closed → no gas at the arc; open the valve',
    spec: { fault: 'gas-supply-loss', cause: 'valve-closed' },
    id: 'gas-supply-loss',
    measure: weldMean((s) => s.gasFlowAtArcLPerMin),
    shows: (h, f) => h > 14 && f === 0,
    wrong: { type: 'cleanNozzle' },
    right: () => [{ type: 'openGasValve' }],
  },
  {
    name: 'empty cylinder → no gas; opening the valve is wrong, a new bottle (then open it) is right',
    spec: { fault: 'gas-supply-loss', cause: 'cylinder-empty' },
    id: 'gas-supply-loss',
    measure: weldMean((s) => s.gasFlowAtArcLPerMin),
    shows: (h, f) => h > 14 && f === 0,
    wrong: { type: 'openGasValve' },
    right: () => [{ type: 'replaceGasBottle' }, { type: 'openGasValve' }],
  },
  {
    name: 'split gas hose → low flow at the arc; repair the hose (not the regulator)',
    spec: { fault: 'gas-supply-loss', cause: 'leak', location: 'hose' },
    id: 'gas-supply-loss',
    measure: weldMean((s) => s.gasFlowAtArcLPerMin),
    shows: (h, f) => f < h - 7,
    wrong: { type: 'repairGasLeak', location: 'regulator' },
    right: () => [{ type: 'repairGasLeak', location: 'hose' }],
  },
  {
    name: 'spatter in the nozzle → gas coverage falls; clean the nozzle',
    spec: { fault: 'nozzle-spatter' },
    id: 'nozzle-spatter',
    measure: weldMean((s) => s.gasCoverage),
    shows: (h, f) => f < 0.4 && h > 0.95,
    wrong: { type: 'replaceContactTip' },
    right: () => [{ type: 'cleanNozzle' }],
  },
  {
    name: 'burnback too short → wire stuck in the crater after arc end; cut the wire and set the burnback',
    spec: { fault: 'wire-stick' },
    id: 'wire-stick',
    measure: (cell) => {
      cell.weld(1);
      return cell.symptoms.wireStuck && cell.symptoms.motionInhibited ? 1 : 0;
    },
    shows: (h, f) => h === 0 && f === 1,
    wrong: { type: 'tightenEarthClamp' },
    right: () => [{ type: 'cutWire' }, { type: 'setBurnback', valueMs: 70 }],
  },
  {
    name: 'torch crash → TCP drift and collision stop; reset the sensor and re-calibrate by 4 points',
    spec: { fault: 'tcp-drift', offsetMm: [2, -1, 0.5] },
    id: 'tcp-drift',
    measure: weldMean((s) => Math.hypot(...s.tcpOffsetMm)),
    shows: (h, f) => h === 0 && Math.abs(f - Math.hypot(2, -1, 0.5)) < 1e-9,
    wrong: { type: 'cleanNozzle' },
    right: (cell) => [
      { type: 'resetCollisionSensor' },
      ...touchPoses(
        cell.state.torch.actualTcpM as [number, number, number],
        [0.6, 0.1, 0.05],
        TILTS.slice(0, 6),
      ).map((flangePose): FaultIntent => ({ type: 'tcpCalibrationPoint', flangePose })),
      { type: 'tcpCalibrationApply' },
    ],
  },
  {
    name: 'loose earth clamp → arc starts fail; tighten the clamp',
    spec: { fault: 'earth-clamp-loose' },
    id: 'earth-clamp-loose',
    measure: weldMean((s) => s.arcStartSuccessProbability),
    shows: (h, f) => f < 0.4 * h,
    wrong: { type: 'replaceContactTip' },
    right: () => [{ type: 'tightenEarthClamp' }],
  },
  {
    name: 'seam position varies part to part → bead off the seam; switch on touch sensing',
    spec: { fault: 'seam-variation', systematicOffsetMm: [1.5, 0, 0], randomAmplitudeMm: 1 },
    id: 'seam-variation',
    measure: weldMean((s) => Math.hypot(...s.seamOffsetMm)),
    shows: (h, f) => h === 0 && f > 0.5,
    wrong: { type: 'replaceContactTip' },
    right: () => [{ type: 'enableTouchSensing' }],
  },
  {
    name: 'carriage slipping on the band → torch lags its clock position; re-seat the ring and re-home',
    spec: { fault: 'carriage-slip', slipFraction: 0.02 },
    id: 'carriage-slip',
    measure: (cell) => {
      cell.weld(10, undefined, { travelMm: 0.5 });
      return Math.abs(cell.symptoms.travelPositionErrorMm);
    },
    shows: (h, f) => h === 0 && f > 0.9,
    wrong: { type: 'tightenEarthClamp' },
    right: () => [{ type: 'reseatRing' }, { type: 'rehomeCarriage' }],
  },
];

describe('each fault shows its symptom; the right remedy clears it, a wrong one does not', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const cell = new FaultTestCell();
      const healthy = c.measure(cell);
      cell.inject(c.spec, { atS: cell.tS });
      const faulty = c.measure(cell);
      expect(c.shows(healthy, faulty)).toBe(true);
      const rec = cell.record(c.id)!;
      expect(rec.onsetS).not.toBeNull();
      expect(faultPresent(c.id, cell.state)).toBe(true);

      const wrong = cell.act(c.wrong);
      expect(wrong.accepted).toBe(true);
      expect(wrong.wrongAction).toBe(true);
      expect(wrong.fixed).not.toContain(c.id);
      expect(cell.state.events.some((e) => e.kind === 'wrong-action' && e.intent === c.wrong.type)).toBe(
        true,
      );
      expect(rec.fixedS).toBeNull();

      const fixed = c.right(cell).flatMap((intent) => cell.act(intent).fixed);
      expect(fixed).toContain(c.id);
      expect(rec.fixedS).not.toBeNull();
      expect(rec.detectedS).not.toBeNull();
      expect(faultPresent(c.id, cell.state)).toBe(false);
      cell.idle(1);
      expect(cell.state.alarms).toEqual([]);
    });
  }

  it('every catalogued fault is covered above', () => {
    expect(new Set(CASES.map((c) => c.id))).toEqual(new Set(FAULT_IDS));
  });
});

describe('remedies only count when done in the right condition', () => {
  it('a tip change with the arc on or the robot moving is refused and changes nothing', () => {
    const cell = new FaultTestCell().inject({ fault: 'contact-tip-wear' });
    cell.weld(1);
    expect(cell.act({ type: 'replaceContactTip' }, { arcOn: true }).reason).toBe('reject.arcOn');
    expect(cell.act({ type: 'replaceContactTip' }, { robotStopped: false }).reason).toBe(
      'reject.robotMoving',
    );
    expect(faultPresent('contact-tip-wear', cell.state)).toBe(true);
    expect(cell.act({ type: 'replaceContactTip' }).fixed).toEqual(['contact-tip-wear']);
  });
  it('cutting a stuck wire without fixing the short burnback leaves the fault: the next weld sticks again', () => {
    const cell = new FaultTestCell().inject({ fault: 'wire-stick' });
    cell.weld(1);
    expect(cell.symptoms.wireStuck).toBe(true);
    expect(cell.state.alarms.map((a) => a.code)).toContain(ALARMS['wire-stick'].code);
    expect(cell.act({ type: 'cutWire' }).fixed).toEqual([]);
    expect(cell.state.alarms).toEqual([]);
    let stuckAgain = false;
    for (let i = 0; i < 20 && !stuckAgain; i++) stuckAgain = cell.weld(1).symptoms.wireStuck;
    expect(stuckAgain).toBe(true);
  });
  it('a TCP calibration with sloppy touches is rejected and the drift stays', () => {
    const cell = new FaultTestCell().inject({ fault: 'tcp-drift', offsetMm: [2, 0, 0] });
    cell.idle(0.1);
    expect(cell.act({ type: 'tcpCalibrationPoint', flangePose: new Array(12).fill(0) }).reason).toBe(
      'reject.collisionSensorTripped',
    );
    cell.act({ type: 'resetCollisionSensor' });
    const poses = touchPoses(
      cell.state.torch.actualTcpM as [number, number, number],
      [0.6, 0.1, 0.05],
      TILTS.slice(0, 5),
    );
    poses[1]![7] = poses[1]![7]! + 0.004; // 4 mm off the pointer
    for (const flangePose of poses) cell.act({ type: 'tcpCalibrationPoint', flangePose });
    cell.act({ type: 'tcpCalibrationApply' });
    expect(cell.state.torch.lastCalibration?.reason).toBe('residual-too-large');
    expect(faultPresent('tcp-drift', cell.state)).toBe(true);
  });
  it('a program offset fixes a purely systematic seam shift but not part-to-part scatter', () => {
    const cell = new FaultTestCell().inject({
      fault: 'seam-variation',
      systematicOffsetMm: [1.5, 0, 0],
      randomAmplitudeMm: 0,
    });
    cell.weld(1);
    expect(cell.act({ type: 'setProgramOffset', offsetMm: [1.5, 0, 0] }).fixed).toEqual(['seam-variation']);
    const scatter = new FaultTestCell().inject({
      fault: 'seam-variation',
      systematicOffsetMm: [1.5, 0, 0],
      randomAmplitudeMm: 1,
    });
    scatter.weld(1);
    expect(scatter.act({ type: 'setProgramOffset', offsetMm: [1.5, 0, 0] }).fixed).toEqual([]);
  });
  it('a replaced cylinder comes with its valve shut', () => {
    const cell = new FaultTestCell().inject({ fault: 'gas-supply-loss', cause: 'cylinder-empty' });
    cell.weld(1);
    expect(cell.act({ type: 'replaceGasBottle' }).fixed).toEqual([]);
    expect(cell.act({ type: 'openGasValve' }).fixed).toEqual(['gas-supply-loss']);
  });
});

describe('diagnosis timeline and alarms', () => {
  it('records onset while welding, detection at the first relevant look, and the fix', () => {
    const cell = new FaultTestCell().inject(
      { fault: 'gas-supply-loss', cause: 'leak', location: 'torch-connection' },
      { atS: 1 },
    );
    cell.idle(2);
    expect(cell.record('gas-supply-loss')!.onsetS).toBeNull(); // nobody welded yet: nothing to see
    cell.weld(3);
    const rec = cell.record('gas-supply-loss')!;
    expect(rec.onsetS).toBeCloseTo(2, 6);
    cell.idle(5);
    const nozzle = cell.act({ type: 'inspect', target: 'nozzle' });
    expect(nozzle.finding?.key).toBe('finding.nozzleClean');
    expect(rec.detectedS).toBeNull(); // the nozzle is not where this fault is found
    const hose = cell.act({ type: 'inspect', target: 'gas-hose' });
    expect(hose.finding?.key).toBe('finding.noLeak');
    expect(rec.detectedS).toBeCloseTo(cell.tS, 6);
    expect(cell.act({ type: 'inspect', target: 'torch-connection' }).finding?.key).toBe(
      'finding.leakAtTorchConnection',
    );
    cell.act({ type: 'repairGasLeak', location: 'torch-connection' });
    expect(rec.fixedS).toBeCloseTo(cell.tS, 6);
  });
  it('fires an injection on a scenario-named condition', () => {
    const cell = new FaultTestCell().inject({ fault: 'earth-clamp-loose' }, { condition: 'secondPart' });
    cell.weld(1);
    expect(cell.state.earthClampTight).toBe(true);
    cell.idle(0.1, { conditions: { secondPart: true } });
    expect(cell.state.earthClampTight).toBe(false);
    expect(cell.state.pending).toEqual([]);
  });
  it('raises the controller alarms with codes and text keys', () => {
    const cell = new FaultTestCell().inject({ fault: 'gas-supply-loss', cause: 'valve-closed' });
    cell.weld(1, undefined, { arcStartFailed: true });
    const ids = cell.state.alarms.map((a) => a.id);
    expect(ids).toContain('gas-low');
    expect(ids).toContain('arc-start-failure');
    expect(ALARMS['gas-low'].textKey).toBe('alarm.gasLow');
    cell.act({ type: 'openGasValve' });
    cell.idle(0.1, { arcEstablished: true });
    expect(cell.state.alarms).toEqual([]);
  });
  it('a collision from the physics bends the neck and trips the sensor without any injection', () => {
    const cell = new FaultTestCell();
    cell.idle(0.1, { torchCollision: true });
    expect(cell.symptoms.motionInhibited).toBe(true);
    const offset = Math.hypot(...cell.symptoms.tcpOffsetMm);
    expect(offset).toBeGreaterThanOrEqual(1);
    expect(offset).toBeLessThanOrEqual(3);
    expect(cell.record('tcp-drift')!.cause).toBe('event');
  });
  it('the catalogue names symptoms, remedies and inspection points for every fault', () => {
    for (const id of FAULT_IDS) {
      expect(FAULTS[id].symptomKeys.length).toBeGreaterThan(0);
      expect(FAULTS[id].remedyIntents.length).toBeGreaterThan(0);
      expect(FAULTS[id].inspectTargets.length).toBeGreaterThan(0);
    }
  });
});

describe('determinism', () => {
  const run = (seed: number) => {
    const cell = new FaultTestCell(seed)
      .inject({ fault: 'seam-variation' })
      .inject({ fault: 'contact-tip-wear' }, { atS: 3 })
      .inject({ fault: 'tcp-drift' }, { condition: 'arcEnded' });
    cell.weld(5).idle(1, { newPart: true }).weld(5);
    cell.act({ type: 'replaceContactTip' });
    cell.weld(2);
    return hashState({ faults: cell.state, rng: cell.rng, symptoms: cell.symptoms });
  };
  it('the same seed and inputs give an identical state hash; another seed does not', () => {
    expect(run(11)).toBe(run(11));
    expect(run(11)).not.toBe(run(12));
  });
  it('state is plain JSON that round-trips', () => {
    const s = createFaultsState();
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
