// Per-step bead model: from the set-up (prepared once) and the instantaneous torch state, the bead at one point of
// the seam — current, transfer mode, heat input, width, reinforcement, penetration, throat, and every imperfection
// with its size. Writes into a caller-owned sample: no allocation per step (domain/welding.md §2, §5).
//
// Shape model [model]: the deposit area comes from the §2.7 volume balance; the bead takes a parabolic cap
// (area = 2/3·width·height) whose height/width ratio follows the §2.8 tendencies (voltage flattens, drag and CO2
// heighten, push flattens); fillets add the leg triangle (z²/2). Penetration is the joint's design penetration
// scaled by the same tendencies: linear in current (informatiitehnice: ~1 mm per 100 A), falling with travel speed.
import { gasFamily } from './types.ts';
import type { WeldContext } from './weld-context.ts';
import { CAUSE, ramp, severityOf } from './causes.ts';
import { SLOT, SLOT_COUNT } from './defect-slots.ts';
import { ctwdBand, ctwdCurrentFactor } from './wire-feeder.ts';
import { transferInWindows } from './transfer-mode.ts';
import { thermalEfficiency } from './heat-input.ts';
import { gravityAt, positionCurrentFactor, positionTravelFactor } from './joint-design.ts';
import type { BeadSample, TorchState } from './bead-sample.ts';
import { clearSample } from './bead-sample.ts';
import * as K from './bead-tendencies.ts';
import { cos, exp, pow } from '../core/fmath.ts';

export type { BeadSample, TorchState } from './bead-sample.ts';
export { createBeadSample } from './bead-sample.ts';

/**
 * Bead at seam distance `seamMm` for the prepared set-up and the torch state; writes `out` and returns it.
 * Allocation-free: safe to call every simulation step.
 */
export function sampleBead(ctx: WeldContext, torch: TorchState, seamMm: number, out: BeadSample): BeadSample {
  clearSample(out);
  out.seamMm = seamMm;
  out.arcOn = torch.arcOn;
  out.craterFill = torch.craterFill === true;
  if (!torch.arcOn) return out;
  const s = ctx.setup;
  const w = ctx.nominal;
  const t = ctx.thicknessMm;
  const causes = ctx.causes;
  causes.fill(0);

  // ---- power source: current (CV: from WFS and stick-out, domain §2.1; CC: as set), voltage, mode ----
  let current: number;
  let ctwdBandHi: number;
  let ctwdBandLo: number;
  if (ctx.wireProcess) {
    const iRef = (ctx.wireFeedMmPerS * 0.06) / ctx.wireKFactor;
    const band = ctwdBand(s.process, s.material, iRef >= ctx.sprayMinA);
    ctwdBandLo = band[0];
    ctwdBandHi = band[1];
    current = iRef * ctwdCurrentFactor(torch.ctwdMm, band);
  } else {
    current = s.currentA ?? 0;
    ctwdBandLo = w.ctwdRangeMm[0];
    ctwdBandHi = w.ctwdRangeMm[1];
  }
  const voltage: number = s.voltageV;
  const mode = transferInWindows(
    s.process,
    s.material,
    s.shieldingGas,
    ctx.sprayWindow,
    ctx.shortCircuitWindow,
    current,
    voltage,
    s.pulsed === true,
  );
  const travel = torch.travelSpeedMmPerS > 0.01 ? torch.travelSpeedMmPerS : 0.01;
  const energy = (voltage * current) / (1000 * travel);
  out.currentA = current;
  out.voltageV = voltage;
  out.transferMode = mode;
  out.arcEnergyKJPerMm = energy;
  out.heatInputKJPerMm = thermalEfficiency(s.process) * energy;

  // ---- deviations from the nominal window at this position (domain §3 position/clock factors) ----
  const gravity = gravityAt(torch.position, torch.clockHour);
  const iNom = w.currentA * positionCurrentFactor(torch.position, t, torch.clockHour);
  const vNom = w.travelMmPerS * positionTravelFactor(torch.position);
  const vShift = w.voltageSlopeVPerA * (current - w.currentA);
  const vLo = w.voltageRangeV[0] + vShift;
  const vHi = w.voltageRangeV[1] + vShift;
  const vMid = (vLo + vHi) / 2;
  const vMidNom = (w.voltageRangeV[0] + w.voltageRangeV[1]) / 2 + w.voltageSlopeVPerA * (iNom - w.currentA);
  const rI = current / iNom;
  const rv = travel / vNom;
  const heatRatio = energy / ((vMidNom * iNom) / (1000 * vNom));
  const fam = gasFamily(s.shieldingGas);
  const argonRich = fam === 'argon-rich' || fam === 'inert';
  const outOfPosition = gravity === 'flat' ? 0 : gravity === 'horizontal' ? 0.5 : 1;
  const thick = Math.min(1, Math.max(0, (t - 3) / 3)); // low-current LoF matters from 3 mm, fully from 6 mm (§5)
  const pushFromNominal = torch.travelAngleDeg - w.travelAngleDeg;
  const workErr = torch.workAngleDeg - w.workAngleDeg;
  const aimBand = ctx.fillet ? K.AIM_BAND_FILLET : K.AIM_BAND_BUTT;
  const ccProcess = !ctx.wireProcess;
  const ctwdFull = ccProcess ? 3 : 10; // §5: CTWD 10 mm past the short-arc band (25 mm); arc length +3 mm [model]

  causes[CAUSE.travelFast] = ramp(rv, 1.25, 1.8);
  causes[CAUSE.travelSlow] = ramp(1 / rv, 1 / 0.65, 2);
  causes[CAUSE.travelVerySlow] = ramp(1 / rv, 2, 1 / 0.35);
  causes[CAUSE.voltageHigh] = ramp(voltage - vHi, 0, 4);
  causes[CAUSE.voltageLow] = ramp(vLo - voltage, 0, 3);
  causes[CAUSE.currentHigh] = ramp(rI, 1.2, 1.6);
  causes[CAUSE.currentLow] = ramp(1 / rI, 1 / 0.8, 1 / 0.6);
  causes[CAUSE.ctwdLong] = ramp(torch.ctwdMm - ctwdBandHi, 0, ctwdFull);
  causes[CAUSE.ctwdShort] = ccProcess ? 0 : ramp(ctwdBandLo - torch.ctwdMm, 0, 5);
  causes[CAUSE.travelAngleSteep] = ramp(Math.abs(torch.travelAngleDeg), 20, 25);
  causes[CAUSE.workAngleOff] = ramp(Math.abs(workErr), 10, 20);
  causes[CAUSE.aimOff] = ramp(Math.abs(torch.aimOffsetMm), aimBand, 2 * aimBand);
  if (ctx.gasShielded || ctx.gasMissing) {
    const qLo = w.gasFlowRangeLPerMin[0];
    const qHi = w.gasFlowRangeLPerMin[1];
    // domain §5: flow < ~8 L/min low, < 5 L/min porosity (relative to lower chart flows for TIG); > 2–3× the chart
    // flow turbulent (> 25–30 L/min for 10–15 L/min settings).
    const lowOnset = Math.min(8, 0.8 * qLo);
    const lowFull = Math.min(5, 0.5 * qLo);
    const flow = torch.gasFlowLPerMin;
    causes[CAUSE.gasMissing] = ctx.gasMissing || flow <= 0 ? 3 : 0;
    causes[CAUSE.gasFlowLow] = flow > 0 ? ramp(lowOnset - flow, 0, lowOnset - lowFull) : 0;
    causes[CAUSE.gasFlowHigh] = ramp(flow, 2 * qHi, 3 * qHi);
    causes[CAUSE.draught] = ramp(torch.draughtMPerS, K.DRAUGHT_LIMIT_MPS / 2, K.DRAUGHT_LIMIT_MPS);
    causes[CAUSE.gasWrong] = ctx.gasWrong ? 2 : 0;
  }
  if (mode === 'spray') causes[CAUSE.sprayOutOfPosition] = outOfPosition;
  causes[CAUSE.poolTooLarge] = outOfPosition * ramp(rI, 1.1, 1.35);
  causes[CAUSE.heatHighThin] = t <= K.THIN_SHEET_MM ? ramp(heatRatio, 1.3, 2) : 0;
  if (mode === 'globular' && argonRich && s.material !== 'aluminium') causes[CAUSE.globularArgon] = 0.6;
  if (mode === 'spray') causes[CAUSE.aboveSprayRange] = ramp(current / ctx.sprayWindow.maxA, 1, 1.2);
  if (ctx.minPreheatC > 0)
    causes[CAUSE.preheatLow] = ramp(ctx.minPreheatC - (s.preheatC ?? 20), 0, K.PREHEAT_SHORTFALL_C);

  // ---- deposit (§2.7 volume balance; GTAW/SMAW fill the chart bead scaled by current and speed) ----
  const deposit = ctx.wireProcess
    ? (ctx.wireFeedMmPerS * ctx.wireAreaMm2 * ctx.electrodeEfficiency) / travel
    : (ctx.referenceDepositMm2 * (current / iNom)) / rv;
  out.depositAreaMm2 = deposit;

  // ---- cap shape ratio (§2.8 signs) ----
  const iAtRefCtwd = ctx.wireProcess ? (ctx.wireFeedMmPerS * 0.06) / ctx.wireKFactor : current;
  let cap =
    (ctx.fillet ? K.CAP_RATIO_FILLET : K.CAP_RATIO_BUTT) *
    exp(-(voltage - vMid) / K.CAP_VOLTAGE_SCALE_V) *
    (1 + K.CAP_LOW_VOLTAGE_GAIN * causes[CAUSE.voltageLow]!) *
    exp(-K.CAP_PER_PUSH_DEG * pushFromNominal) *
    (1 + K.CAP_FAST_GAIN * Math.min(1, causes[CAUSE.travelFast]!)) *
    (K.CAP_GAS[fam]! / K.CAP_GAS[gasFamily(w.referenceGas)]!) *
    (K.CAP_GRAVITY[gravity] / K.CAP_GRAVITY[ctx.referenceGravity]) *
    (iAtRefCtwd / current);

  // ---- penetration ----
  const cushion = rv < K.PEN_CUSHION_BELOW ? rv / K.PEN_CUSHION_BELOW : 1;
  let pen =
    ctx.nominalPenetrationMm *
    rI *
    pow(rv, -K.PEN_TRAVEL_EXPONENT) *
    cushion *
    pow(vMid / voltage, K.PEN_VOLTAGE_EXPONENT) *
    exp(-K.PEN_PER_PUSH_DEG * pushFromNominal) *
    (K.PEN_GAS[fam]! / K.PEN_GAS[gasFamily(w.referenceGas)]!) *
    (K.PEN_GRAVITY[gravity] / K.PEN_GRAVITY[ctx.referenceGravity]);
  if (ccProcess)
    pen *= pow(
      (w.ctwdRangeMm[0] + w.ctwdRangeMm[1]) / 2 / Math.max(torch.ctwdMm, 0.5),
      K.PEN_ARC_LENGTH_EXPONENT,
    );
  if (ctx.fillet) pen *= cos((Math.min(Math.abs(workErr), 60) * Math.PI) / 180);

  const sizes = out.sizes;
  let width: number;
  let weaveRatio = 1;
  const meltWidth = K.MELT_WIDTH_PER_SQRT_J * Math.sqrt(1000 * out.heatInputKJPerMm);
  if (ctx.fillet) {
    // A = z²/2 + 2/3·w·h with w = z√2 and h = cap·w  →  A = w²(1/4 + 2cap/3).
    const natural = Math.sqrt(deposit / (0.25 + (2 * cap) / 3));
    width =
      torch.weaveWidthMm > 0
        ? Math.sqrt(natural * natural + torch.weaveWidthMm * torch.weaveWidthMm)
        : natural;
    weaveRatio = width / natural;
    cap = (deposit - width * width * 0.25) / ((2 / 3) * width * width); // weave spreads the metal: flatter/concave
    const leg = width / Math.SQRT2;
    const convexity = cap * width;
    let shift = K.ASYM_PER_WORK_DEG * workErr - (K.ASYM_PER_AIM_LEG * torch.aimOffsetMm) / leg;
    if (gravity === 'flat' && torch.position === 'PB' && leg > K.PB_MAX_SINGLE_PASS_LEG_MM)
      shift += K.PB_SAG_PER_MM * (leg - K.PB_MAX_SINGLE_PASS_LEG_MM);
    out.legAMm = leg * (1 + shift);
    out.legBMm = leg * (1 - shift);
    out.reinforcementMm = convexity;
    out.widthMm = width;
    pen /= Math.sqrt(weaveRatio);
    out.penetrationMm = pen;
    out.throatMm = Math.min(out.legAMm, out.legBMm) / Math.SQRT2 + Math.min(0, convexity);
    const a = ctx.designThroatMm;
    if (a === a) {
      // 5213 / 5214 against the design throat; 512 leg difference; 503 convexity (domain §6).
      if (out.throatMm < a) sizes[SLOT.throatTooSmall] = a - out.throatMm;
      else if (out.throatMm - a > 1 + 0.15 * a) sizes[SLOT.throatTooLarge] = out.throatMm - a;
      const legDiff = Math.abs(out.legAMm - out.legBMm);
      if (legDiff > 1.5 + 0.15 * a) sizes[SLOT.asymmetry] = legDiff;
    }
    if (convexity > Math.min(1 + 0.1 * width, 3)) sizes[SLOT.excessConvexity] = convexity;
    if (pen < ctx.requiredPenetrationMm) sizes[SLOT.lackOfPenetration] = ctx.requiredPenetrationMm - pen;
    if (t <= K.THIN_SHEET_MM && heatRatio >= burnThroughHeatRatio(t)) sizes[SLOT.burnThrough] = width;
  } else {
    // Butt: the groove (gap × t on a single-sided square butt) fills first, a root drops through, the rest caps.
    const gap = ctx.rootGapMm;
    const natural = Math.max(Math.sqrt((1.5 * Math.max(deposit - gap * t, 0.2 * deposit)) / cap), meltWidth);
    width =
      torch.weaveWidthMm > 0
        ? Math.sqrt(natural * natural + torch.weaveWidthMm * torch.weaveWidthMm)
        : natural;
    weaveRatio = width / natural;
    pen /= Math.sqrt(weaveRatio);
    let rootDrop = 0;
    let rootWidth = 0;
    if (!ctx.twoSided && pen > t) {
      rootWidth = gap + width * Math.sqrt(1 - t / pen);
      rootDrop = K.ROOT_DROP_FRACTION * (pen - t);
      // Thin sheet overheated: the pool sags through, reaching the 504 level-D limit at the §5 threshold.
      rootDrop += causes[CAUSE.heatHighThin]! * (1 + 0.6 * rootWidth);
    } else if (!ctx.twoSided && gap > 0) {
      rootWidth = gap;
    }
    const capArea = deposit - gap * t - (2 / 3) * rootWidth * rootDrop;
    const height = capArea > 0 ? (1.5 * capArea) / width : 0;
    out.widthMm = width;
    out.reinforcementMm = height;
    out.penetrationMm = Math.min(pen, t);
    out.throatMm = ctx.twoSided ? Math.min(t, 2 * pen) : Math.min(pen, t);
    out.rootReinforcementMm = rootDrop;
    out.rootWidthMm = rootWidth;
    out.legAMm = out.legBMm = 0;
    if (capArea < 0) sizes[SLOT.underfill] = -capArea / Math.max(width, gap + 1);
    if (height > Math.min(1 + 0.1 * width, 5)) sizes[SLOT.excessWeldMetal] = height;
    if (rootDrop > 0 && rootDrop > (t <= 3 ? 1 + 0.1 * rootWidth : Math.min(1 + 0.2 * rootWidth, 3)))
      sizes[SLOT.excessPenetration] = rootDrop;
    if (pen < ctx.requiredPenetrationMm) {
      if (ctx.twoSided) sizes[SLOT.lackOfPenetration] = t - 2 * pen;
      else sizes[SLOT.incompleteRootPenetration] = t - pen;
    }
    const burn =
      (t <= K.THIN_SHEET_MM && heatRatio >= burnThroughHeatRatio(t)) || (!ctx.twoSided && pen >= 2 * t);
    if (burn) sizes[SLOT.burnThrough] = width;
  }
  if (sizes[SLOT.burnThrough]! > 0) sizes[SLOT.excessPenetration] = 0;

  // ---- weave (§2.6, Everlast): too wide a weave, or too coarse a pitch, leaves cold edges ----
  if (torch.weaveWidthMm > 0) {
    const pitchRatio =
      torch.weaveFrequencyHz > 0 ? travel / torch.weaveFrequencyHz / (width / weaveRatio) : 0;
    causes[CAUSE.weaveWide] = Math.max(
      ramp(weaveRatio, K.WEAVE_ONSET, K.WEAVE_FULL),
      ramp(pitchRatio, 0.5, 1),
    );
  }
  causes[CAUSE.deepNarrowBead] = ramp(
    out.penetrationMm / out.widthMm,
    K.DEPTH_WIDTH_ONSET,
    K.DEPTH_WIDTH_CRACK,
  );
  const last = ctx.last;
  last.currentA = current;
  last.nominalCurrentA = iNom;
  last.voltageV = voltage;
  last.voltageLoV = vLo;
  last.voltageHiV = vHi;
  last.travelMmPerS = travel;
  last.nominalTravelMmPerS = vNom;
  last.ctwdMm = torch.ctwdMm;
  last.ctwdLoMm = ctwdBandLo;
  last.ctwdHiMm = ctwdBandHi;
  last.heatRatio = heatRatio;
  last.travelAngleDeg = torch.travelAngleDeg;
  last.workAngleDeg = torch.workAngleDeg;
  last.aimOffsetMm = torch.aimOffsetMm;
  last.aimBandMm = aimBand;
  last.gasFlowLPerMin = torch.gasFlowLPerMin;
  last.draughtMPerS = torch.draughtMPerS;
  last.weaveWidthMm = torch.weaveWidthMm;
  last.naturalWidthMm = width / weaveRatio;
  last.sprayMaxA = mode === 'spray' ? ctx.sprayWindow.maxA : 0;
  last.depthToWidth = out.penetrationMm / out.widthMm;
  last.position = torch.position;

  // ---- rule-driven imperfections (domain §5), sizes at severity 1 calibrated in the constants above ----
  const undercut = severityOf('undercut', causes);
  if (undercut > 0) {
    const depth = Math.min(K.UNDERCUT_PER_WIDTH * width * undercut, 0.5 * t, 3);
    if (depth >= K.MIN_SIZE_MM) sizes[SLOT.undercut] = depth;
    out.undercutSide = causes[CAUSE.workAngleOff]! > 0 ? (workErr > 0 ? 1 : -1) : 0;
  }
  const overlap = severityOf('overlap', causes);
  if (overlap >= K.OVERLAP_FLOOR) sizes[SLOT.overlap] = K.OVERLAP_PER_WIDTH * width * overlap;
  const sag = severityOf('sagging', causes);
  if (sag >= K.SAG_FLOOR) sizes[SLOT.sagging] = K.SAG_PER_WIDTH * width * sag;
  // Lack of fusion: low current/slow pool/fast travel count only on thick plate (§5 "on t ≥ 6").
  const rootFusion =
    thick * (causes[CAUSE.currentLow]! + causes[CAUSE.travelVerySlow]! + 0.6 * causes[CAUSE.travelFast]!) +
    causes[CAUSE.ctwdLong]! +
    causes[CAUSE.travelAngleSteep]! +
    (ctx.fillet ? causes[CAUSE.aimOff]! : 0);
  const sideFusion =
    causes[CAUSE.voltageLow]! +
    causes[CAUSE.workAngleOff]! * (ctx.fillet ? 0.5 : 1) +
    (ctx.fillet ? 0 : causes[CAUSE.aimOff]!);
  const fusionRef = ctx.fillet ? ctx.designThroatMm || out.throatMm : ctx.twoSided ? t / 2 : t;
  if (rootFusion >= 1)
    sizes[SLOT.lackOfRootFusion] = Math.min(fusionRef, K.LOF_PER_SEV * fusionRef * rootFusion);
  if (sideFusion >= 1)
    sizes[torch.passIndex > 0 ? SLOT.lackOfInterRunFusion : SLOT.lackOfSideFusion] = Math.min(
      fusionRef,
      K.LOF_PER_SEV * fusionRef * sideFusion,
    );
  const porosity = severityOf('porosity', causes);
  if (porosity >= K.POROSITY_FLOOR) {
    sizes[SLOT.porosity] = Math.min(5, K.PORE_D0 + K.PORE_D_PER_SEV * porosity);
    out.porosityAreaPct = Math.min(20, K.PORE_AREA_PER_SEV2 * porosity * porosity);
    if (porosity >= 1)
      sizes[SLOT.surfacePore] = Math.min(4, K.SURFACE_PORE_D0 + K.SURFACE_PORE_D_PER_SEV * porosity);
  }
  if (s.process !== 'GTAW') {
    const spatter = severityOf('spatter', causes);
    if (spatter >= K.SPATTER_FLOOR)
      sizes[SLOT.spatter] = Math.min(3, K.SPATTER_D0 + K.SPATTER_D_PER_SEV * spatter);
  }
  // Stray arc: the arc burns the parent metal clear of the joint [model: more than 3 mm outside the bead edge].
  if (Math.abs(torch.aimOffsetMm) > width / 2 + K.ARC_STRIKE_MARGIN_MM) sizes[SLOT.arcStrike] = width / 2;
  if (causes[CAUSE.preheatLow]! >= 1) sizes[SLOT.crack] = Math.min(t, 1 + 0.1 * t); // HAZ hydrogen crack [model]
  if (causes[CAUSE.deepNarrowBead]! >= 1)
    sizes[SLOT.crack] = Math.max(sizes[SLOT.crack]!, 0.5 * out.penetrationMm); // centreline
  for (let i = 0; i < SLOT_COUNT; i++) if (sizes[i]! < K.MIN_SIZE_MM) sizes[i] = 0;
  return out;
}

/** Heat-input ratio (to the chart value) at which thin sheet burns through: 2× at ≤ 1 mm … 3× at 3 mm (§5). */
export function burnThroughHeatRatio(thicknessMm: number): number {
  return Math.min(3, Math.max(2, 2 + 0.5 * (thicknessMm - 1)));
}
