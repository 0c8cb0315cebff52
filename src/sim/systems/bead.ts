// The bead as it is laid: one compact record per millimetre of seam while the arc burns, from the weld model's
// per-step sample. Plain arrays so the bead hashes and replays with the world state.
import type { WeldContext } from '../weld/weld-context.ts';
import type { BeadSample, TorchState } from '../weld/bead-sampler.ts';
import type { WeldSetup } from '../weld/types.ts';
import { createBeadSample, sampleBead } from '../weld/bead-sampler.ts';
import { SLOT_COUNT } from '../weld/defect-slots.ts';
import { prepareWeld } from '../weld/steady-state.ts';

/** One record per this many mm of seam: finer than any ISO 5817 length rule (25 mm per 100 mm). */
export const BEAD_SAMPLE_MM = 1;

export interface BeadState {
  /** Run number: 0 root, then fill/cap. */
  passIndex: number;
  /** Seam position of the last record, mm (null before the first). */
  lastMm: number | null;
  seamMm: number[];
  currentA: number[];
  voltageV: number[];
  heatInputKJPerMm: number[];
  widthMm: number[];
  reinforcementMm: number[];
  penetrationMm: number[];
  throatMm: number[];
  travelSpeedMmPerS: number[];
  ctwdMm: number[];
  workAngleDeg: number[];
  travelAngleDeg: number[];
  aimMm: number[];
  /** Transfer mode per record, as an index into TRANSFER_MODES. */
  transfer: number[];
  /** Imperfection sizes, SLOT_COUNT per record (weld/defect-slots.ts), mm. */
  defects: number[];
  /** Seam positions where the arc started / ended (craters, restarts). */
  arcStartsMm: number[];
  arcEndsMm: number[];
  /** Arc struck away from the joint (ISO 6520 601), count. */
  strayArcs: number;
}

export const TRANSFER_MODES = ['none', 'short-circuit', 'globular', 'spray', 'pulsed'] as const;

export function createBeadState(): BeadState {
  return {
    passIndex: 0,
    lastMm: null,
    seamMm: doubles(),
    currentA: doubles(),
    voltageV: doubles(),
    heatInputKJPerMm: doubles(),
    widthMm: doubles(),
    reinforcementMm: doubles(),
    penetrationMm: doubles(),
    throatMm: doubles(),
    travelSpeedMmPerS: doubles(),
    ctwdMm: doubles(),
    workAngleDeg: doubles(),
    travelAngleDeg: doubles(),
    aimMm: doubles(),
    transfer: doubles(),
    defects: doubles(),
    arcStartsMm: doubles(),
    arcEndsMm: doubles(),
    strayArcs: 0,
  };
}

/**
 * An empty array that already holds unboxed doubles (V8 elements kinds only widen): the records pushed into it
 * then never change its kind, so the optimised bead code of one world still fits the next world's arrays.
 */
function doubles(): number[] {
  const a = [0.5];
  a.pop();
  return a;
}

export function beadLength(b: BeadState): number {
  return b.seamMm.length;
}

// Derived cache (not state): the prepared weld context for the current set-up. Rebuilt from the same data on
// replay, so it never breaks determinism.
const contexts = new Map<string, WeldContext>();
const MAX_CONTEXTS = 64;
const sample: BeadSample = createBeadSample();

export function weldContextFor(setup: WeldSetup): WeldContext {
  const key = `${setup.process}|${setup.material}|${setup.thicknessMm}|${setup.joint}|${setup.position}|${setup.wireDiameterMm}|${setup.wireFeedSpeedMPerMin ?? ''}|${setup.currentA ?? ''}|${setup.voltageV}|${setup.travelSpeedMmPerS}|${setup.shieldingGas}|${setup.gasFlowLPerMin ?? ''}|${setup.pulsed ?? ''}|${setup.carbonEquivalent ?? ''}|${setup.rootGapMm ?? ''}`;
  let ctx = contexts.get(key);
  if (!ctx) {
    if (contexts.size >= MAX_CONTEXTS) contexts.clear();
    ctx = prepareWeld(setup);
    contexts.set(key, ctx);
  }
  return ctx;
}

/**
 * Lay a bead record when the arc burns and the torch has advanced a full record since the last one. The weld
 * model runs only then (not every step): the bead is graded per record, and live gauges read the torch measures.
 * Returns the sample (module scratch, valid until the next call) or null when no record was due.
 */
export function layBead(
  b: BeadState,
  ctx: WeldContext,
  torch: TorchState,
  seamMm: number,
  wireFeedMmPerS: number,
): BeadSample | null {
  if (!torch.arcOn) return null;
  if (b.lastMm !== null && Math.abs(seamMm - b.lastMm) < BEAD_SAMPLE_MM) return null;
  ctx.wireFeedMmPerS = wireFeedMmPerS;
  sampleBead(ctx, torch, seamMm, sample);
  b.lastMm = seamMm;
  b.seamMm.push(seamMm);
  b.currentA.push(sample.currentA);
  b.voltageV.push(sample.voltageV);
  b.heatInputKJPerMm.push(sample.heatInputKJPerMm);
  b.widthMm.push(sample.widthMm);
  b.reinforcementMm.push(sample.reinforcementMm);
  b.penetrationMm.push(sample.penetrationMm);
  b.throatMm.push(sample.throatMm);
  b.travelSpeedMmPerS.push(torch.travelSpeedMmPerS);
  b.ctwdMm.push(torch.ctwdMm);
  b.workAngleDeg.push(torch.workAngleDeg);
  b.travelAngleDeg.push(torch.travelAngleDeg);
  b.aimMm.push(torch.aimOffsetMm);
  b.transfer.push(TRANSFER_MODES.indexOf(sample.transferMode));
  for (let i = 0; i < SLOT_COUNT; i++) b.defects.push(sample.sizes[i]!);
  return sample;
}
