// Everything about a set-up that does not change along the seam, computed once when the trainee changes a
// setting (this may allocate); the per-step sampler (bead-sampler.ts) only reads it.
import type { WeldSetup } from './types.ts';
import { amps, deg, lPerMin, mm, mmPerS, volts } from '../core/units.ts';
import { gasFamily, isFilletLike, isWireProcess, needsShieldingGas } from './types.ts';
import type { NominalWindow } from './nominal-window.ts';
import { nominalWindow } from './nominal-window.ts';
import { CAUSE_COUNT } from './causes.ts';
import { SLOT_COUNT } from './defect-slots.ts';
import { wireFeedFactor, wireMeltRateK, wireFeedForCurrent } from './wire-feeder.ts';
import { minimumSprayCurrent, shortCircuitWindow, sprayWindow } from './transfer-mode.ts';
import type { ArcWindow } from './transfer-mode.ts';
import { gravityAt, requiredPenetrationMm } from './joint-design.ts';
import type { Gravity } from './joint-design.ts';
import { preheatNeed } from './thermal-history.ts';

// domain §2.7 electrode efficiency η: GMAW 0.93–0.98 (Lincoln C4.200; mid 0.95), FCAW ≈ 0.85, SMAW ≈ 0.6 [est];
// SAW has no spatter loss: taken as the GMAW value [est].
const ELECTRODE_EFFICIENCY = { GMAW: 0.95, FCAW: 0.85, SMAW: 0.6, SAW: 0.95, GTAW: 1 } as const;
// [model] design margin of the chart rows over the joint's need: penetration capacity at chart settings is
// 1.15 × what the joint needs ("chart conditions are by definition acceptable", domain §8).
const PENETRATION_MARGIN = 1.15;
// [model] fillet root penetration at chart settings as a fraction of the leg (GMAW fillet macros show 1–2 mm
// root penetration on 5–8 mm legs).
const FILLET_PENETRATION_PER_LEG = 0.25;
// domain §4 fillet legs are ranges (5–6, 7–8 mm): the design leg is the lower end, ≈ 0.85 × the mid-to-upper value
// the chart settings deposit (§2.7 volume balance).
const DESIGN_THROAT_FRACTION = 0.85;

/** The numbers behind the causes of the last sample, for advice wording. */
export interface SampleDeviations {
  currentA: number;
  nominalCurrentA: number;
  voltageV: number;
  voltageLoV: number;
  voltageHiV: number;
  travelMmPerS: number;
  nominalTravelMmPerS: number;
  ctwdMm: number;
  ctwdLoMm: number;
  ctwdHiMm: number;
  heatRatio: number;
  travelAngleDeg: number;
  workAngleDeg: number;
  aimOffsetMm: number;
  aimBandMm: number;
  gasFlowLPerMin: number;
  draughtMPerS: number;
  weaveWidthMm: number;
  naturalWidthMm: number;
  sprayMaxA: number;
  depthToWidth: number;
  position: string;
}

export function createDeviations(): SampleDeviations {
  return {
    currentA: 0,
    nominalCurrentA: 0,
    voltageV: 0,
    voltageLoV: 0,
    voltageHiV: 0,
    travelMmPerS: 0,
    nominalTravelMmPerS: 0,
    ctwdMm: 0,
    ctwdLoMm: 0,
    ctwdHiMm: 0,
    heatRatio: 0,
    travelAngleDeg: 0,
    workAngleDeg: 0,
    aimOffsetMm: 0,
    aimBandMm: 0,
    gasFlowLPerMin: 0,
    draughtMPerS: 0,
    weaveWidthMm: 0,
    naturalWidthMm: 0,
    sprayMaxA: 0,
    depthToWidth: 0,
    position: 'PA',
  };
}

export interface WeldContext {
  setup: WeldSetup;
  nominal: NominalWindow;
  /** Thickness, root gap, and whether a butt is welded from both sides. */
  thicknessMm: number;
  rootGapMm: number;
  twoSided: boolean;
  fillet: boolean;
  wireProcess: boolean;
  /** Wire: k(d)·factor (m/min per A), cross-section mm², feed mm/s, electrode efficiency. */
  wireKFactor: number;
  wireAreaMm2: number;
  wireFeedMmPerS: number;
  electrodeEfficiency: number;
  /** Minimum spray current for the wire and gas (Infinity for CO2). */
  sprayMinA: number;
  /** Spray and short-circuit windows of the wire, material and gas (domain §2.2), computed once. */
  sprayWindow: ArcWindow;
  shortCircuitWindow: ArcWindow;
  /** Deposit area at chart settings (GTAW/SMAW fill to the chart bead), mm². */
  referenceDepositMm2: number;
  /** Penetration the joint needs and the capacity chart settings give, mm. */
  requiredPenetrationMm: number;
  nominalPenetrationMm: number;
  /** Design throat the fillet is judged against (5213/5214), mm; NaN while the nominal bead is computed. */
  designThroatMm: number;
  referenceGravity: Gravity;
  /** External gas shielding expected (GMAW, GTAW, FCAW with gas). */
  gasShielded: boolean;
  gasMissing: boolean;
  /** Active gas where only inert gas works (GTAW, aluminium MIG; domain §7). */
  gasWrong: boolean;
  /** Minimum preheat from CE (domain §7), °C; 0 if not needed or CE unknown. */
  minPreheatC: number;
  /** Deviations of the last sample from the nominal window (read by the advice; overwritten every sample). */
  last: SampleDeviations;
  /** Scratch for cause severities (per sample). */
  causes: Float64Array;
  /** Scratch for imperfection sizes during a sample. */
  scratchSizes: Float64Array;
}

function buildContext(setup: WeldSetup, nominal: NominalWindow): WeldContext {
  const d = setup.wireDiameterMm;
  const wireProcess = isWireProcess(setup.process);
  const fam = gasFamily(setup.shieldingGas);
  const t = setup.thicknessMm;
  const fillet = isFilletLike(setup.joint);
  const pReq = requiredPenetrationMm(setup.process, setup.joint, t);
  const ctx: WeldContext = {
    setup,
    nominal,
    thicknessMm: t,
    rootGapMm: nominal.rootGapMm,
    twoSided: nominal.twoSided,
    fillet,
    wireProcess,
    wireKFactor: wireMeltRateK(d) * wireFeedFactor(setup.process, setup.material),
    wireAreaMm2: (Math.PI * d * d) / 4,
    wireFeedMmPerS: wireProcess ? ((setup.wireFeedSpeedMPerMin ?? 0) * 1000) / 60 : 0,
    electrodeEfficiency: ELECTRODE_EFFICIENCY[setup.process],
    sprayMinA: minimumSprayCurrent(setup.material, setup.shieldingGas, d),
    sprayWindow: sprayWindow(setup.material, setup.shieldingGas, d, { minA: 0, maxA: 0, minV: 0, maxV: 0 }),
    shortCircuitWindow: shortCircuitWindow(setup.material, d, { minA: 0, maxA: 0, minV: 0, maxV: 0 }),
    referenceDepositMm2: 0,
    requiredPenetrationMm: pReq,
    nominalPenetrationMm: 0,
    designThroatMm: NaN,
    referenceGravity: gravityAt(nominal.referencePosition, 12),
    gasShielded: needsShieldingGas(setup.process) || (setup.process === 'FCAW' && fam !== 'none'),
    gasMissing: needsShieldingGas(setup.process) && fam === 'none',
    gasWrong:
      (setup.process === 'GTAW' || setup.material === 'aluminium') && (fam === 'co2' || fam === 'argon-rich'),
    minPreheatC:
      setup.carbonEquivalent !== undefined && setup.material === 'carbon-steel'
        ? preheatNeed(setup.carbonEquivalent, t, setup.joint).minPreheatC
        : 0,
    last: createDeviations(),
    causes: new Float64Array(CAUSE_COUNT),
    scratchSizes: new Float64Array(SLOT_COUNT),
  };
  // GTAW/SMAW: the welder fills to the bead the GMAW chart set-up deposits for this joint [model].
  if (!wireProcess) {
    const g = nominalWindow({
      ...setup,
      process: 'GMAW',
      shieldingGas: setup.material === 'aluminium' ? 'Ar' : 'CO2',
    });
    const wfs = wireFeedForCurrent('GMAW', setup.material, mm(g.referenceWireMm), amps(g.currentA));
    const area = (Math.PI * g.referenceWireMm * g.referenceWireMm) / 4;
    ctx.referenceDepositMm2 = (((wfs * 1000) / 60) * area * ELECTRODE_EFFICIENCY.GMAW) / g.travelMmPerS;
  }
  return ctx;
}

/** Joint design values that need the nominal bead: penetration capacity and the design throat. */
export interface NominalBead {
  legMm: number;
  throatMm: number;
}

/**
 * Prepare a set-up for sampling. `nominalBead` computes the bead the chart settings give (bead-sampler.ts passes
 * its steady-state sample here, so the design throat comes from the same physics).
 */
export function prepareWeldContext(
  setup: WeldSetup,
  nominalBead: (nominalCtx: WeldContext) => NominalBead,
): WeldContext {
  const nominal = nominalWindow(setup);
  const ctx = buildContext(setup, nominal);
  // The chart set-up with this wire: WFS for the nominal current at the band's reference CTWD, mid voltage/travel.
  const nominalSetup: WeldSetup = {
    ...setup,
    voltageV: volts((nominal.voltageRangeV[0] + nominal.voltageRangeV[1]) / 2),
    travelSpeedMmPerS: mmPerS(nominal.travelMmPerS),
    ctwdMm: mm((nominal.ctwdRangeMm[0] + nominal.ctwdRangeMm[1]) / 2),
    workAngleDeg: deg(nominal.workAngleDeg),
    travelAngleDeg: deg(nominal.travelAngleDeg),
    position: nominal.referencePosition,
    shieldingGas: nominal.referenceGas === 'none' ? setup.shieldingGas : nominal.referenceGas,
    gasFlowLPerMin: lPerMin((nominal.gasFlowRangeLPerMin[0] + nominal.gasFlowRangeLPerMin[1]) / 2),
  };
  delete nominalSetup.draughtMPerS;
  delete nominalSetup.carbonEquivalent;
  if (ctx.wireProcess)
    nominalSetup.wireFeedSpeedMPerMin = wireFeedForCurrent(
      setup.process,
      setup.material,
      setup.wireDiameterMm,
      amps(nominal.currentA),
    );
  else nominalSetup.currentA = amps(nominal.currentA);
  const nominalCtx = buildContext(nominalSetup, nominal);
  const bead = ctx.fillet ? nominalBead(nominalCtx) : { legMm: 0, throatMm: 0 };
  const pNom = ctx.fillet
    ? FILLET_PENETRATION_PER_LEG * bead.legMm
    : PENETRATION_MARGIN * ctx.requiredPenetrationMm;
  ctx.nominalPenetrationMm = pNom;
  ctx.designThroatMm = ctx.fillet ? DESIGN_THROAT_FRACTION * bead.throatMm : NaN;
  return ctx;
}
