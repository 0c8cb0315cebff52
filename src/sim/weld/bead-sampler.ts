// Per-step bead model: from the set-up (prepared once) and the instantaneous torch state, the bead at one point of
// the seam — current, transfer mode, heat input, width, reinforcement, penetration, throat, and every imperfection
// with its size. Writes into a caller-owned sample: no allocation per step (domain/welding.md §2, §5).
//
// Shape model [model]: the deposit area comes from the §2.7 volume balance; the bead takes a parabolic cap
// (area = 2/3·width·height) whose height/width ratio follows the §2.8 tendencies (voltage flattens, drag and CO2
// heighten, push flattens); fillets add the leg triangle (z²/2). Penetration is the joint's design penetration
// scaled by the same tendencies: linear in current (informatiitehnice: ~1 mm per 100 A), falling with travel speed.
import type { TransferMode, WeldPosition } from './types.ts';
import { gasFamily } from './types.ts';
import type { WeldContext } from './weld-context.ts';
import { CAUSE, ramp, severityOf } from './causes.ts';
import { SLOT, SLOT_COUNT } from './defect-slots.ts';
import { ctwdBand, ctwdCurrentFactor } from './wire-feeder.ts';
import { classifyTransfer, sprayWindow } from './transfer-mode.ts';
import type { ArcWindow } from './transfer-mode.ts';
import { thermalEfficiency } from './heat-input.ts';
import { gravityAt, positionCurrentFactor, positionTravelFactor } from './joint-design.ts';
import type { Gravity } from './joint-design.ts';

/** Instantaneous torch state, as the robot or the trainee's hand holds it. */
export interface TorchState {
  arcOn: boolean;
  ctwdMm: number;
  workAngleDeg: number;
  travelAngleDeg: number;
  travelSpeedMmPerS: number;
  /** Lateral offset of the aim from the joint line, mm (> 0 toward the second member / far plate). */
  aimOffsetMm: number;
  /** Peak-to-peak weave width and frequency (0 = stringer bead). */
  weaveWidthMm: number;
  weaveFrequencyHz: number;
  /** Gas flow actually reaching the arc (after hose leaks, nozzle spatter), L/min. */
  gasFlowLPerMin: number;
  draughtMPerS: number;
  position: WeldPosition;
  /** Pipe clock position, hours (12 = top); used for PH/PJ. */
  clockHour: number;
  /** 0 for the root run; > 0 for fill/cap runs (side-wall lack of fusion becomes inter-run). */
  passIndex: number;
  /** The power source's crater-fill sequence is running (seam evaluation checks it at arc stops). */
  craterFill?: boolean;
}

export interface BeadSample {
  seamMm: number;
  arcOn: boolean;
  craterFill: boolean;
  currentA: number;
  voltageV: number;
  transferMode: TransferMode;
  arcEnergyKJPerMm: number;
  heatInputKJPerMm: number;
  depositAreaMm2: number;
  widthMm: number;
  /** Butt: cap height; fillet: convexity above the flat face (negative = concave). */
  reinforcementMm: number;
  /** Butt: fusion depth (≤ t); fillet: root penetration. */
  penetrationMm: number;
  /** Fillet: throat of the smaller leg (concavity deducted); butt: penetrated thickness. */
  throatMm: number;
  legAMm: number;
  legBMm: number;
  rootReinforcementMm: number;
  rootWidthMm: number;
  /** Imperfection sizes per slot (defect-slots.ts), mm; 0 = absent. */
  sizes: Float64Array;
  /** Internal porosity, projected area %. */
  porosityAreaPct: number;
  /** Toe that undercuts: -1 first member, +1 second, 0 both. */
  undercutSide: number;
}

export function createBeadSample(): BeadSample {
  return {
    seamMm: 0, arcOn: false, craterFill: false, currentA: 0, voltageV: 0, transferMode: 'none', arcEnergyKJPerMm: 0, heatInputKJPerMm: 0,
    depositAreaMm2: 0, widthMm: 0, reinforcementMm: 0, penetrationMm: 0, throatMm: 0, legAMm: 0, legBMm: 0,
    rootReinforcementMm: 0, rootWidthMm: 0, sizes: new Float64Array(SLOT_COUNT), porosityAreaPct: 0, undercutSide: 0,
  };
}

// ---- shape constants [model], each with the tendency it encodes (domain §2.8) and its calibration ----
// Height/width of the cap at chart settings: butt 0.2, fillet convexity 0.1 — chart rows then meet ISO 5817
// 502/503 at B/C (domain §8 "keep good chart rows at B/C"); e.g. row 11 gives a 0.7 mm convexity on a 7 mm face.
const CAP_RATIO_BUTT = 0.2;
const CAP_RATIO_FILLET = 0.1;
// Voltage is the main width control: the ratio falls by e per 10 V above the window centre (+5 V → width ×1.28).
const CAP_VOLTAGE_SCALE_V = 10;
// Too low a voltage gives a ropey, convex bead (§5 503): the ratio triples at window − 3 V.
const CAP_LOW_VOLTAGE_GAIN = 2;
// Push flattens and widens, drag narrows and heightens (§2.6): 1.5 % per degree from the process's angle.
const CAP_PER_PUSH_DEG = 0.015;
// Too fast: narrow convex poorly tied-in bead (§2.4): up to ×1.5 at the §5 threshold.
const CAP_FAST_GAIN = 0.5;
// CO2 narrower/higher than Ar mixes (§2.8); vertical-up convex, vertical-down concave (Lincoln, Handbook of
// Structural Steel Connection Design ch. 3), overhead hangs convex.
const CAP_GAS: Record<string, number> = { co2: 1.15, 'argon-rich': 1, inert: 0.95, none: 1.1 };
const CAP_GRAVITY: Record<Gravity, number> = { flat: 1, horizontal: 1.15, 'vertical-up': 1.3, 'vertical-down': 0.7, overhead: 1.2 };
// Penetration tendencies (§2.8): current linear; travel speed ^-0.5 with the pool cushioning the arc below
// 0.6× (the "↑ then ↓"); voltage slight ↓; push ↓ / drag ↑ 1 %/°; CO2 deeper; vertical-up penetrates more
// (Campbell Hausfeld, §2.6); a longer GTAW/SMAW arc spreads the heat.
const PEN_TRAVEL_EXPONENT = 0.5;
const PEN_CUSHION_BELOW = 0.6;
const PEN_VOLTAGE_EXPONENT = 0.3;
const PEN_PER_PUSH_DEG = 0.01;
const PEN_GAS: Record<string, number> = { co2: 1, 'argon-rich': 0.9, inert: 0.85, none: 1 };
const PEN_GRAVITY: Record<Gravity, number> = { flat: 1, horizontal: 0.95, 'vertical-up': 1.1, 'vertical-down': 0.8, overhead: 0.9 };
const PEN_ARC_LENGTH_EXPONENT = 0.3;
// Fusion width floor from the heat per mm (GTAW beads are mostly melted parent metal) [model]: 0.25 mm per
// √(J/mm) of heat input matches the deposit-based width of chart row 11 (7 mm at 0.78 kJ/mm).
const MELT_WIDTH_PER_SQRT_J = 0.25;
// Fillet asymmetry: 1.25 % leg shift per degree of work-angle error (20° → ISO 5817 512 level D on row 11);
// aim offset shifts metal toward the aimed member; PB pools above 8 mm legs sag onto the flat member
// (AWS D1.1 maximum single-pass horizontal fillet 5/16 in = 8 mm).
const ASYM_PER_WORK_DEG = 0.0125;
const ASYM_PER_AIM_LEG = 0.3;
const PB_MAX_SINGLE_PASS_LEG_MM = 8;
const PB_SAG_PER_MM = 0.05;
// Root of a full-penetration butt: half the virtual penetration past the plate hangs below it [model].
const ROOT_DROP_FRACTION = 0.5;
// Rule-driven imperfection sizes at severity 1 (the §5 threshold) [model], as fractions of the bead width:
// undercut 0.1·b (row 11: 0.7 mm → ISO 5817 D on 6 mm), overlap 0.15·b (≤ 0.2 b → D), sagging 0.1·b.
const UNDERCUT_PER_WIDTH = 0.1;
const OVERLAP_PER_WIDTH = 0.15;
const SAG_PER_WIDTH = 0.1;
// Reporting floors: severities below these leave no visible imperfection.
const OVERLAP_FLOOR = 0.3;
const POROSITY_FLOOR = 0.3;
const SPATTER_FLOOR = 0.3;
const SAG_FLOOR = 0.3;
const MIN_SIZE_MM = 0.05;
// Porosity [model]: pore diameter 0.3 + 0.8·P mm (≤ 5), area 1.2·P² % (≤ 20); surface pores from P = 1.
const PORE_D0 = 0.3;
const PORE_D_PER_SEV = 0.8;
const PORE_AREA_PER_SEV2 = 1.2;
const SURFACE_PORE_D0 = 0.3;
const SURFACE_PORE_D_PER_SEV = 1;
// Lack of fusion height per severity as a fraction of s (butt) or a (fillet), reported from severity 1 [model].
const LOF_PER_SEV = 0.2;
// Spatter droplet size 0.5 + 0.5·S mm (≤ 3) [model].
const SPATTER_D0 = 0.5;
const SPATTER_D_PER_SEV = 0.5;
// Thin sheet (t ≤ 3 mm): burn-through at heat input 2× (t ≤ 1) … 3× (t ≥ 3) the chart value (§5 thresholds).
const THIN_SHEET_MM = 3;
// §8 tolerance bands used as the aim onset: ±1 mm (butt), ±1.5 mm (fillet).
const AIM_BAND_BUTT = 1;
const AIM_BAND_FILLET = 1.5;
// Weave wider than 1.5× the natural bead starts to cool the far side (Everlast, domain §2.6) [model ramp to 2.5×].
const WEAVE_ONSET = 1.5;
const WEAVE_FULL = 2.5;
// AWS D1.1 (materialwelding.com): gas-shielded welding needs wind ≤ 8 km/h = 2.2 m/s at the arc.
const DRAUGHT_LIMIT_MPS = 2.2;
const ARC_STRIKE_MARGIN_MM = 3;
// Hydrogen cracking when preheat is short of the CE-based minimum by 50 °C or more [model].
const PREHEAT_SHORTFALL_C = 50;
// Lincoln (Handbook of Structural Steel Connection Design, ch. 3): keep width:depth between 1:1 and 1.4:1 to
// avoid centreline cracks; cracking from depth/width 1.25.
const DEPTH_WIDTH_ONSET = 1;
const DEPTH_WIDTH_CRACK = 1.25;

const scratchSpray: ArcWindow = { minA: 0, maxA: 0, minV: 0, maxV: 0 };

function clearSample(out: BeadSample): void {
  out.currentA = out.voltageV = out.arcEnergyKJPerMm = out.heatInputKJPerMm = out.depositAreaMm2 = 0;
  out.widthMm = out.reinforcementMm = out.penetrationMm = out.throatMm = out.legAMm = out.legBMm = 0;
  out.rootReinforcementMm = out.rootWidthMm = out.porosityAreaPct = out.undercutSide = 0;
  out.transferMode = 'none';
  out.sizes.fill(0);
}

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
  const w = ctx.window;
  const t = ctx.thicknessMm;
  const causes = ctx.causes;
  causes.fill(0);

  // ---- power source: current (CV: from WFS and stick-out, domain §2.1; CC: as set), voltage, mode ----
  let current: number;
  let ctwdBandHi: number;
  let ctwdBandLo: number;
  if (ctx.wireProcess) {
    const iRef = ctx.wireFeedMmPerS * 0.06 / ctx.wireKFactor;
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
  const mode = classifyTransfer(s.process, s.material, s.shieldingGas, s.wireDiameterMm, current, voltage, s.pulsed === true);
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
  const aimBand = ctx.fillet ? AIM_BAND_FILLET : AIM_BAND_BUTT;
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
    causes[CAUSE.draught] = ramp(torch.draughtMPerS, DRAUGHT_LIMIT_MPS / 2, DRAUGHT_LIMIT_MPS);
    causes[CAUSE.gasWrong] = ctx.gasWrong ? 2 : 0;
  }
  if (mode === 'spray') causes[CAUSE.sprayOutOfPosition] = outOfPosition;
  causes[CAUSE.poolTooLarge] = outOfPosition * ramp(rI, 1.1, 1.35);
  causes[CAUSE.heatHighThin] = t <= THIN_SHEET_MM ? ramp(heatRatio, 1.3, 2) : 0;
  if (mode === 'globular' && argonRich && s.material !== 'aluminium') causes[CAUSE.globularArgon] = 0.6;
  if (mode === 'spray') {
    const sw = sprayWindow(s.material, s.shieldingGas, s.wireDiameterMm, scratchSpray);
    causes[CAUSE.aboveSprayRange] = ramp(current / sw.maxA, 1, 1.2);
  }
  if (ctx.minPreheatC > 0) causes[CAUSE.preheatLow] = ramp(ctx.minPreheatC - (s.preheatC ?? 20), 0, PREHEAT_SHORTFALL_C);

  // ---- deposit (§2.7 volume balance; GTAW/SMAW fill the chart bead scaled by current and speed) ----
  const deposit = ctx.wireProcess
    ? (ctx.wireFeedMmPerS * ctx.wireAreaMm2 * ctx.electrodeEfficiency) / travel
    : (ctx.referenceDepositMm2 * (current / iNom)) / rv;
  out.depositAreaMm2 = deposit;

  // ---- cap shape ratio (§2.8 signs) ----
  const iAtRefCtwd = ctx.wireProcess ? ctx.wireFeedMmPerS * 0.06 / ctx.wireKFactor : current;
  let cap = (ctx.fillet ? CAP_RATIO_FILLET : CAP_RATIO_BUTT)
    * Math.exp(-(voltage - vMid) / CAP_VOLTAGE_SCALE_V)
    * (1 + CAP_LOW_VOLTAGE_GAIN * causes[CAUSE.voltageLow]!)
    * Math.exp(-CAP_PER_PUSH_DEG * pushFromNominal)
    * (1 + CAP_FAST_GAIN * Math.min(1, causes[CAUSE.travelFast]!))
    * (CAP_GAS[fam]! / CAP_GAS[gasFamily(w.referenceGas)]!)
    * (CAP_GRAVITY[gravity] / CAP_GRAVITY[ctx.referenceGravity])
    * (iAtRefCtwd / current);

  // ---- penetration ----
  const cushion = rv < PEN_CUSHION_BELOW ? rv / PEN_CUSHION_BELOW : 1;
  let pen = ctx.nominalPenetrationMm * rI * Math.pow(rv, -PEN_TRAVEL_EXPONENT) * cushion
    * Math.pow(vMid / voltage, PEN_VOLTAGE_EXPONENT)
    * Math.exp(-PEN_PER_PUSH_DEG * pushFromNominal)
    * (PEN_GAS[fam]! / PEN_GAS[gasFamily(w.referenceGas)]!)
    * (PEN_GRAVITY[gravity] / PEN_GRAVITY[ctx.referenceGravity]);
  if (ccProcess) pen *= Math.pow((w.ctwdRangeMm[0] + w.ctwdRangeMm[1]) / 2 / Math.max(torch.ctwdMm, 0.5), PEN_ARC_LENGTH_EXPONENT);
  if (ctx.fillet) pen *= Math.cos((Math.min(Math.abs(workErr), 60) * Math.PI) / 180);

  const sizes = out.sizes;
  let width: number;
  let weaveRatio = 1;
  const meltWidth = MELT_WIDTH_PER_SQRT_J * Math.sqrt(1000 * out.heatInputKJPerMm);
  if (ctx.fillet) {
    // A = z²/2 + 2/3·w·h with w = z√2 and h = cap·w  →  A = w²(1/4 + 2cap/3).
    const natural = Math.sqrt(deposit / (0.25 + (2 * cap) / 3));
    width = torch.weaveWidthMm > 0 ? Math.sqrt(natural * natural + torch.weaveWidthMm * torch.weaveWidthMm) : natural;
    weaveRatio = width / natural;
    cap = (deposit - width * width * 0.25) / ((2 / 3) * width * width); // weave spreads the metal: flatter/concave
    const leg = width / Math.SQRT2;
    const convexity = cap * width;
    let shift = ASYM_PER_WORK_DEG * workErr - (ASYM_PER_AIM_LEG * torch.aimOffsetMm) / leg;
    if (gravity === 'flat' && torch.position === 'PB' && leg > PB_MAX_SINGLE_PASS_LEG_MM) shift += PB_SAG_PER_MM * (leg - PB_MAX_SINGLE_PASS_LEG_MM);
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
    if (t <= THIN_SHEET_MM && heatRatio >= burnThroughHeatRatio(t)) sizes[SLOT.burnThrough] = width;
  } else {
    // Butt: the groove (gap × t on a single-sided square butt) fills first, a root drops through, the rest caps.
    const gap = ctx.rootGapMm;
    const natural = Math.max(Math.sqrt((1.5 * Math.max(deposit - gap * t, 0.2 * deposit)) / cap), meltWidth);
    width = torch.weaveWidthMm > 0 ? Math.sqrt(natural * natural + torch.weaveWidthMm * torch.weaveWidthMm) : natural;
    weaveRatio = width / natural;
    pen /= Math.sqrt(weaveRatio);
    let rootDrop = 0;
    let rootWidth = 0;
    if (!ctx.twoSided && pen > t) {
      rootWidth = gap + width * Math.sqrt(1 - t / pen);
      rootDrop = ROOT_DROP_FRACTION * (pen - t);
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
    if (rootDrop > 0 && rootDrop > (t <= 3 ? 1 + 0.1 * rootWidth : Math.min(1 + 0.2 * rootWidth, 3))) sizes[SLOT.excessPenetration] = rootDrop;
    if (pen < ctx.requiredPenetrationMm) {
      if (ctx.twoSided) sizes[SLOT.lackOfPenetration] = t - 2 * pen;
      else sizes[SLOT.incompleteRootPenetration] = t - pen;
    }
    const burn = (t <= THIN_SHEET_MM && heatRatio >= burnThroughHeatRatio(t)) || (!ctx.twoSided && pen >= 2 * t);
    if (burn) sizes[SLOT.burnThrough] = width;
  }
  if (sizes[SLOT.burnThrough]! > 0) sizes[SLOT.excessPenetration] = 0;

  // ---- weave (§2.6, Everlast): too wide a weave, or too coarse a pitch, leaves cold edges ----
  if (torch.weaveWidthMm > 0) {
    const pitchRatio = torch.weaveFrequencyHz > 0 ? travel / torch.weaveFrequencyHz / (width / weaveRatio) : 0;
    causes[CAUSE.weaveWide] = Math.max(ramp(weaveRatio, WEAVE_ONSET, WEAVE_FULL), ramp(pitchRatio, 0.5, 1));
  }
  causes[CAUSE.deepNarrowBead] = ramp(out.penetrationMm / out.widthMm, DEPTH_WIDTH_ONSET, DEPTH_WIDTH_CRACK);
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
  last.sprayMaxA = mode === 'spray' ? scratchSpray.maxA : 0;
  last.depthToWidth = out.penetrationMm / out.widthMm;
  last.position = torch.position;

  // ---- rule-driven imperfections (domain §5), sizes at severity 1 calibrated in the constants above ----
  const undercut = severityOf('undercut', causes);
  if (undercut > 0) {
    const depth = Math.min(UNDERCUT_PER_WIDTH * width * undercut, 0.5 * t, 3);
    if (depth >= MIN_SIZE_MM) sizes[SLOT.undercut] = depth;
    out.undercutSide = causes[CAUSE.workAngleOff]! > 0 ? (workErr > 0 ? 1 : -1) : 0;
  }
  const overlap = severityOf('overlap', causes);
  if (overlap >= OVERLAP_FLOOR) sizes[SLOT.overlap] = OVERLAP_PER_WIDTH * width * overlap;
  const sag = severityOf('sagging', causes);
  if (sag >= SAG_FLOOR) sizes[SLOT.sagging] = SAG_PER_WIDTH * width * sag;
  // Lack of fusion: low current/slow pool/fast travel count only on thick plate (§5 "on t ≥ 6").
  const rootFusion =
    thick * (causes[CAUSE.currentLow]! + causes[CAUSE.travelVerySlow]! + 0.6 * causes[CAUSE.travelFast]!) +
    causes[CAUSE.ctwdLong]! + causes[CAUSE.travelAngleSteep]! + (ctx.fillet ? causes[CAUSE.aimOff]! : 0);
  const sideFusion = causes[CAUSE.voltageLow]! + causes[CAUSE.workAngleOff]! * (ctx.fillet ? 0.5 : 1) + (ctx.fillet ? 0 : causes[CAUSE.aimOff]!);
  const fusionRef = ctx.fillet ? ctx.designThroatMm || out.throatMm : ctx.twoSided ? t / 2 : t;
  if (rootFusion >= 1) sizes[SLOT.lackOfRootFusion] = Math.min(fusionRef, LOF_PER_SEV * fusionRef * rootFusion);
  if (sideFusion >= 1) sizes[torch.passIndex > 0 ? SLOT.lackOfInterRunFusion : SLOT.lackOfSideFusion] = Math.min(fusionRef, LOF_PER_SEV * fusionRef * sideFusion);
  const porosity = severityOf('porosity', causes);
  if (porosity >= POROSITY_FLOOR) {
    sizes[SLOT.porosity] = Math.min(5, PORE_D0 + PORE_D_PER_SEV * porosity);
    out.porosityAreaPct = Math.min(20, PORE_AREA_PER_SEV2 * porosity * porosity);
    if (porosity >= 1) sizes[SLOT.surfacePore] = Math.min(4, SURFACE_PORE_D0 + SURFACE_PORE_D_PER_SEV * porosity);
  }
  if (s.process !== 'GTAW') {
    const spatter = severityOf('spatter', causes);
    if (spatter >= SPATTER_FLOOR) sizes[SLOT.spatter] = Math.min(3, SPATTER_D0 + SPATTER_D_PER_SEV * spatter);
  }
  // Stray arc: the arc burns the parent metal clear of the joint [model: more than 3 mm outside the bead edge].
  if (Math.abs(torch.aimOffsetMm) > width / 2 + ARC_STRIKE_MARGIN_MM) sizes[SLOT.arcStrike] = width / 2;
  if (causes[CAUSE.preheatLow]! >= 1) sizes[SLOT.crack] = Math.min(t, 1 + 0.1 * t); // HAZ hydrogen crack [model]
  if (causes[CAUSE.deepNarrowBead]! >= 1) sizes[SLOT.crack] = Math.max(sizes[SLOT.crack]!, 0.5 * out.penetrationMm); // centreline
  for (let i = 0; i < SLOT_COUNT; i++) if (sizes[i]! < MIN_SIZE_MM) sizes[i] = 0;
  return out;
}

/** Heat-input ratio (to the chart value) at which thin sheet burns through: 2× at ≤ 1 mm … 3× at 3 mm (§5). */
export function burnThroughHeatRatio(thicknessMm: number): number {
  return Math.min(3, Math.max(2, 2 + 0.5 * (thicknessMm - 1)));
}
