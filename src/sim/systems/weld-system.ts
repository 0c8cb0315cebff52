// The arc and the bead each step: weld sequence, fault symptoms at the arc, torch measures, bead record.
import type { WorldState } from '../world-state.ts';
import { sameWeldSettings } from '../cell/weld-settings.ts';
import type { TorchState, BeadSample } from '../weld/bead-sampler.ts';
import type { WeldSetup } from '../weld/types.ts';
import type { ArcSymptoms, ArcNominal } from '../faults/index.ts';
import { applyFaultsToArc, createArcSymptoms } from '../faults/index.ts';
import { stepArc, arcIsBurning } from './arc-sequence.ts';
import type { ArcTransition, ArcStepInputs } from './arc-sequence.ts';
import { measureTorch, seamFrame } from '../cell/seam-geometry.ts';
import type { SeamFrame } from '../cell/seam-geometry.ts';
import { BEAD_SAMPLE_MM, layBead, weldContextFor } from './bead.ts';
import { idealWorkAngleDeg, nominalTravelAngleDeg } from '../weld/joint-design.ts';
import { nextFloat } from '../core/prng.ts';
import { mat34, multiply34, invert34 } from '../core/transform.ts';
import { workObjectInWorld } from './frames.ts';
import type { Mm, V, MmPerS, Deg, MPerMin, A, LPerMin } from '../core/units.ts';

/** Travel speed low-pass time constant for hand-guided torches: 0.1 s smooths hand jitter. [model] */
const SPEED_FILTER_S = 0.1;
/** A tip farther than this from the joint at ignition strikes the arc on the plate, not in the joint (ISO 6520 601). [model: 2× the §8 aim band] */
const STRAY_ARC_MM = 3;

const symptoms: ArcSymptoms = createArcSymptoms();
const nominal: ArcNominal = { wireFeedSpeedMPerMin: 0, gasFlowLPerMin: 0, currentA: 0 };
const torchState: TorchState = {
  arcOn: false,
  ctwdMm: 0,
  workAngleDeg: 0,
  travelAngleDeg: 0,
  travelSpeedMmPerS: 0,
  aimOffsetMm: 0,
  weaveWidthMm: 0,
  weaveFrequencyHz: 0,
  gasFlowLPerMin: 0,
  draughtMPerS: 0,
  position: 'PA',
  clockHour: 12,
  passIndex: 0,
};
const arcInputs: ArcStepInputs = { permitted: false, ignitionSuccess: 1, random: 0, wireStick: false };
const wobj = mat34();
const wobjInv = mat34();
const tipWork = mat34();
const scratchP = [0, 0, 0];
const axis = [0, 0, 0];
// Derived cache: the seam frame of a workpiece (workpieces are not edited while a world runs).
const seams = new WeakMap<object, SeamFrame>();

let lastWorkpiece: object | null = null;
let lastSeam: SeamFrame | null = null;

function seamOf(w: WorldState): SeamFrame {
  const wp = w.cell.workpiece;
  if (wp === lastWorkpiece) return lastSeam!;
  let f = seams.get(wp);
  if (!f) {
    f = seamFrame(wp.seamStart, wp.seamEnd, wp.seamNormal);
    seams.set(wp, f);
  }
  lastWorkpiece = wp;
  lastSeam = f;
  return f;
}

/** The static set-up the weld model prepares for (the torch geometry comes live from the robot each step). */
export function weldSetupOf(w: WorldState, currentPercent: number): WeldSetup {
  const s = w.settings,
    wp = w.cell.workpiece;
  const wire = s.process === 'GMAW' || s.process === 'FCAW' || s.process === 'SAW';
  return {
    process: s.process,
    material: wp.material,
    thicknessMm: wp.thicknessMm as Mm,
    joint: wp.joint,
    position: wp.position,
    wireDiameterMm: s.wireDiameterMm as Mm,
    ...(wire
      ? { wireFeedSpeedMPerMin: ((s.wireFeedSpeedMPerMin * currentPercent) / 100) as MPerMin }
      : { currentA: ((s.currentA * currentPercent) / 100) as A }),
    voltageV: s.voltageV as V,
    travelSpeedMmPerS: s.travelSpeedMmPerS as MmPerS,
    ctwdMm: 15 as Mm,
    workAngleDeg: idealWorkAngleDeg(wp.joint) as Deg,
    travelAngleDeg: nominalTravelAngleDeg(s.process) as Deg,
    shieldingGas: s.shieldingGas,
    gasFlowLPerMin: s.gasFlowLPerMin as LPerMin,
    pulsed: s.pulsed,
    carbonEquivalent: wp.carbonEquivalent,
    rootGapMm: wp.gapMm as Mm,
  };
}

// Derived cache per world: the prepared weld context, rebuilt only when a setting it depends on changes.
interface CachedContext {
  ctx: ReturnType<typeof weldContextFor>;
  percent: number;
  settings: WorldState['settings'];
}
const contexts = new WeakMap<WorldState, CachedContext>();

function contextFor(w: WorldState, percent: number): CachedContext['ctx'] {
  const c = contexts.get(w);
  if (c && c.percent === percent && sameWeldSettings(c.settings, w.settings)) return c.ctx;
  const ctx = weldContextFor(weldSetupOf(w, percent));
  contexts.set(w, { ctx, percent, settings: { ...w.settings } });
  return ctx;
}

/**
 * Orbital carriage: the torch looks radially at the pipe, so the work angle is 90° and the travel angle 0°; the
 * seam position is the arc length round the pipe; CTWD = tip height + stick-out (GTAW: the arc length, domain §0).
 */
function measureOrbital(w: WorldState): void {
  const q = w.motion.q;
  const radiusMm = (w.cell.workpiece.pipeOdMm ?? 219.1) / 2;
  const t = w.torch;
  t.seamDistanceMm = q[0]! * radiusMm;
  const tipMm = q[2]! * 1000;
  // TCP = wire tip at 15 mm stick-out for wire processes (robot/tool.ts default torch).
  t.ctwdMm = w.settings.process === 'GTAW' || w.settings.process === 'SMAW' ? tipMm : tipMm + 15;
  t.tipHeightMm = tipMm;
  t.workAngleDeg = 90;
  t.travelAngleDeg = 0;
  t.aimMm = -w.faults.seam.partOffsetMm[1];
}

export interface WeldStepInfo {
  transition: ArcTransition;
  sample: BeadSample | null;
  symptoms: ArcSymptoms;
}
const info: WeldStepInfo = { transition: 'none', sample: null, symptoms };

/**
 * One weld step. `arcPermitted` from safety, `currentPercent` from an orbital sector (100 otherwise),
 * `weaveWidthMm`/`weaveHz` from the motion program. Mutates w.arc, w.torch, w.bead.
 */
export function stepWeld(
  w: WorldState,
  arcPermitted: boolean,
  currentPercent: number,
  weaveWidthMm: number,
  weaveHz: number,
  clockHour: number,
  dtS: number,
): WeldStepInfo {
  const s = w.settings;
  nominal.wireFeedSpeedMPerMin = (s.wireFeedSpeedMPerMin * currentPercent) / 100;
  nominal.gasFlowLPerMin = s.shieldingGas === 'none' ? 0 : s.gasFlowLPerMin;
  nominal.currentA = (s.currentA * currentPercent) / 100;
  applyFaultsToArc(w.faults, nominal, w.rng, symptoms);

  const prevSeam = w.torch.seamDistanceMm;
  if (w.orbital) measureOrbital(w);
  else {
    // Torch measures from the real wire tip (controller TCP + fault offset), in the work-object frame.
    // Without a positioner the work object is the world: the tip pose is w.tcpWorld itself.
    let tip: ArrayLike<number> = w.tcpWorld;
    if (w.positioner) {
      workObjectInWorld(w, wobj);
      invert34(wobj, wobjInv);
      multiply34(wobjInv, w.tcpWorld, tipWork);
      tip = tipWork;
    }
    // The bent-neck offset lives in the tool frame; the part's seam offset in the work frame (torch sees −offset).
    const ox = symptoms.tcpOffsetMm[0] / 1000,
      oy = symptoms.tcpOffsetMm[1] / 1000,
      oz = symptoms.tcpOffsetMm[2] / 1000;
    // tip · (ox, oy, oz), written out as core transformPoint does it.
    scratchP[0] = tip[0]! * ox + tip[1]! * oy + tip[2]! * oz + tip[3]!;
    scratchP[1] = tip[4]! * ox + tip[5]! * oy + tip[6]! * oz + tip[7]!;
    scratchP[2] = tip[8]! * ox + tip[9]! * oy + tip[10]! * oz + tip[11]!;
    scratchP[0] -= symptoms.seamOffsetMm[0] / 1000;
    scratchP[1] -= symptoms.seamOffsetMm[1] / 1000;
    scratchP[2] -= symptoms.seamOffsetMm[2] / 1000;
    axis[0] = tip[2]!;
    axis[1] = tip[6]!;
    axis[2] = tip[10]!;
    const seam = seamOf(w);
    const fillet = w.cell.workpiece.joint !== 'butt';
    // TCP = wire tip at 15 mm stick-out (robot/tool.ts default torch, domain §3.5).
    measureTorch(seam, scratchP, axis, 15, fillet, w.torch);
    w.torch.aimMm += symptoms.arcWanderMm;
  }
  const rawSpeed = Math.abs(w.torch.seamDistanceMm - prevSeam) / dtS;
  // A hand on the torch jitters: filter it. A robot or carriage moves smoothly: take its speed as it is.
  if (w.motion.mode === 'hand-guide') {
    const k = dtS / (SPEED_FILTER_S + dtS);
    w.torchSpeedMmPerS += k * (rawSpeed - w.torchSpeedMmPerS);
  } else w.torchSpeedMmPerS = rawSpeed;

  // Weld sequence.
  const before = w.arc.phase;
  arcInputs.permitted = arcPermitted;
  arcInputs.ignitionSuccess = symptoms.arcStartSuccessProbability;
  arcInputs.random = nextFloat(w.rng);
  arcInputs.wireStick = symptoms.wireStick;
  const transition = stepArc(w.arc, arcInputs, dtS);
  info.transition = transition;
  if (transition === 'arc-established') {
    w.bead.arcStartsMm.push(w.torch.seamDistanceMm);
    // The first record is laid after the first millimetre of travel: a torch still standing at the start point
    // (waiting for the arc) has no travel speed yet; the start itself is graded from arcStartsMm.
    w.bead.lastMm = w.torch.seamDistanceMm;
    const lengthMm = w.orbital ? Infinity : seamOf(w).lengthM * 1000;
    const offSeam =
      w.torch.seamDistanceMm < -STRAY_ARC_MM || w.torch.seamDistanceMm > lengthMm + STRAY_ARC_MM;
    if (Math.abs(w.torch.aimMm) > STRAY_ARC_MM || offSeam) w.bead.strayArcs++;
  }
  if (before !== w.arc.phase && w.arc.phase === 'burnback') w.bead.arcEndsMm.push(w.torch.seamDistanceMm);

  const burning = arcIsBurning(w.arc);
  // A bead record is due once the torch has moved a full record along the seam (layBead's own test, made here so
  // the steps in between skip the call); the torch state is only read when one is laid.
  const lastMm = w.bead.lastMm;
  const due = burning && !(lastMm !== null && Math.abs(w.torch.seamDistanceMm - lastMm) < BEAD_SAMPLE_MM);
  if (due) {
    torchState.arcOn = burning;
    torchState.ctwdMm = w.torch.ctwdMm;
    torchState.workAngleDeg = w.torch.workAngleDeg;
    torchState.travelAngleDeg = w.torch.travelAngleDeg;
    torchState.travelSpeedMmPerS = w.torchSpeedMmPerS;
    torchState.aimOffsetMm = w.torch.aimMm;
    torchState.weaveWidthMm = weaveWidthMm;
    torchState.weaveFrequencyHz = weaveHz;
    torchState.gasFlowLPerMin = w.arc.gasFlowing ? symptoms.gasFlowAtArcLPerMin : 0;
    torchState.draughtMPerS = w.draughtMPerS;
    torchState.position = w.cell.workpiece.position;
    torchState.clockHour = clockHour;
    torchState.passIndex = w.bead.passIndex;
    const ctx = contextFor(w, currentPercent);
    info.sample = layBead(
      w.bead,
      ctx,
      torchState,
      w.torch.seamDistanceMm,
      (symptoms.wireFeedSpeedMPerMin * 1000) / 60,
    );
  } else info.sample = null;
  return info;
}

export { arcIsBurning };
