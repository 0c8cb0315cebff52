// Readers of the measurement catalogue (../measurements/catalogue.ts) over the twin's state (src/sim/world.ts).
import type { WorldState } from '../../sim/world-state.ts';
import type { Value } from '../expr/index.ts';
import { arcIsBurning } from '../../sim/systems/arc-sequence.ts';
import { robotStopped } from '../../sim/systems/apply-intent.ts';
import { panelPrediction } from '../../sim/systems/panel-prediction.ts';
import {
  gasFlowAtNozzleLPerMin,
  nozzleCoverage,
  tcpErrorMm,
  tipWear,
  tcpCheckDue,
} from '../../sim/faults/index.ts';
import { pointInBox } from '../../sim/safety/geometry.ts';
import { pipeSectorPosition } from '../../sim/robot/index.ts';
import { STEP_S } from '../../sim/core/clock.ts';
import { beadQuality } from './bead-quality.ts';
import { hypot3 } from '../../sim/core/fmath.ts';

type Reader = (w: WorldState) => Value;

/** The weld is complete once the bead covers this share of the seam [model: the last mm or two are crater]. */
const SEAM_COMPLETE_PERCENT = 97;
/** "Nobody tracked" separation, mm: farther than any cell is wide. */
const NOBODY_MM = 100_000;

const liveBead = (w: WorldState) => arcIsBurning(w.arc) && w.bead.seamMm.length > 0;
const last = (xs: readonly number[]) => xs[xs.length - 1]!;

// Derived cache: the seam length of a workpiece (workpieces are not edited while a world runs; Math.hypot is slow).
const seamLengths = new WeakMap<object, number>();

function seamLengthMm(w: WorldState): number {
  const wp = w.cell.workpiece;
  const known = seamLengths.get(wp);
  if (known !== undefined) return known;
  const mm = measureSeamLengthMm(w);
  seamLengths.set(wp, mm);
  return mm;
}

function measureSeamLengthMm(w: WorldState): number {
  const wp = w.cell.workpiece;
  if (w.cell.family === 'orbital') return Math.PI * (wp.pipeOdMm ?? 219.1);
  return (
    hypot3(
      wp.seamEnd[0] - wp.seamStart[0],
      wp.seamEnd[1] - wp.seamStart[1],
      wp.seamEnd[2] - wp.seamStart[2],
    ) * 1000
  );
}

function progressPercent(w: WorldState): number {
  // One bead record per millimetre of seam (src/sim/systems/bead.ts BEAD_SAMPLE_MM).
  return Math.min(100, (w.bead.seamMm.length / seamLengthMm(w)) * 100);
}

function personInHazardZone(w: WorldState): boolean {
  const p = w.people;
  if (!p.present) return false;
  const zone = w.safetyConfig.arc.hazardZone;
  if (zone && [p.head, p.leftHand, p.rightHand, p.torso].some((pt) => pointInBox(pt, zone))) return true;
  const sep = w.safety.output.minSeparationMm;
  return sep >= 0 && sep < w.safetyConfig.arc.hazardRadiusMm;
}

// Derived cache: how far a world's event list (append-only) has been searched for a program end, and the answer.
const programEnds = new WeakMap<object, { scanned: number; found: boolean }>();

function programEnded(w: WorldState): boolean {
  if (w.orbital) return w.orbital.finished;
  const events = w.events;
  let c = programEnds.get(events);
  if (!c || c.scanned > events.length) {
    c = { scanned: 0, found: false };
    programEnds.set(events, c);
  }
  for (; !c.found && c.scanned < events.length; c.scanned++)
    if (events[c.scanned]!.code === 'program-end') c.found = true;
  return c.found;
}

function arcMoveCount(w: WorldState): number {
  const ins = w.program.instructions;
  let n = 0;
  for (let i = 0; i < ins.length; i++) if (ins[i]!.arc === true) n++;
  return n;
}

function arcPointsFine(w: WorldState): boolean {
  const ins = w.program.instructions;
  return ins.every((m, i) => {
    if (m.arc !== true) return true;
    const before = ins[i - 1];
    return m.zone === 'fine' && (before === undefined || before.zone === 'fine');
  });
}

function clockDeg(w: WorldState): number {
  const o = w.orbital;
  if (!o || !o.sectors[0]) return 0;
  return (((o.sectors[0].fromDeg + o.travelledDeg) % 360) + 360) % 360;
}

export const WORLD_READERS: ReadonlyMap<string, Reader> = new Map<string, Reader>([
  ['arc.on', (w) => arcIsBurning(w.arc)],
  ['arc.phase', (w) => w.arc.phase],
  ['arc.totalS', (w) => w.arc.arcOnS],
  ['weld.process', (w) => w.settings.process],
  ['weld.wireDiameterMm', (w) => w.settings.wireDiameterMm],
  ['weld.wireFeedSpeedMPerMin', (w) => w.settings.wireFeedSpeedMPerMin],
  ['weld.currentA', (w) => (liveBead(w) ? last(w.bead.currentA) : panelPrediction(w).currentA)],
  ['weld.voltageV', (w) => w.settings.voltageV],
  ['weld.travelSpeedMmPerS', (w) => w.settings.travelSpeedMmPerS],
  ['weld.shieldingGas', (w) => w.settings.shieldingGas],
  ['weld.gasFlowLPerMin', (w) => w.settings.gasFlowLPerMin],
  ['weld.pulsed', (w) => w.settings.pulsed],
  ['weld.transferMode', (w) => panelPrediction(w).transferMode],
  [
    'weld.heatInputKJPerMm',
    (w) => (liveBead(w) ? last(w.bead.heatInputKJPerMm) : panelPrediction(w).heatInputKJPerMm),
  ],
  [
    'weld.position',
    (w) =>
      w.orbital
        ? pipeSectorPosition(
            (clockDeg(w) * Math.PI) / 180,
            w.cell.workpiece.position === 'PJ' ? 'downhill' : 'uphill',
          )
        : w.cell.workpiece.position,
  ],
  ['weld.seamProgressPercent', progressPercent],
  ['weld.seamComplete', (w) => progressPercent(w) >= SEAM_COMPLETE_PERCENT],
  ['weld.qualityLevel', (w) => beadQuality(w).level],
  ['weld.imperfectionCount', (w) => beadQuality(w).imperfections],
  ['torch.ctwdMm', (w) => w.torch.ctwdMm],
  ['torch.workAngleDeg', (w) => w.torch.workAngleDeg],
  ['torch.travelAngleDeg', (w) => w.torch.travelAngleDeg],
  ['torch.aimMm', (w) => w.torch.aimMm],
  ['torch.travelSpeedMmPerS', (w) => w.torchSpeedMmPerS],
  ['workpiece.material', (w) => w.cell.workpiece.material],
  ['workpiece.thicknessMm', (w) => w.cell.workpiece.thicknessMm],
  ['workpiece.joint', (w) => w.cell.workpiece.joint],
  ['workpiece.position', (w) => w.cell.workpiece.position],
  ['workpiece.gapMm', (w) => w.cell.workpiece.gapMm],
  ['workpiece.carbonEquivalent', (w) => w.cell.workpiece.carbonEquivalent],
  ['workpiece.interpassTempC', (w) => w.safety.partTemperatureC],
  ['robot.mode', (w) => w.controls.operatingMode],
  ['robot.speedOverridePercent', (w) => w.motion.overridePercent],
  ['robot.tcpSpeedMmPerS', (w) => w.motion.tcpSpeedMPerS * 1000],
  ['robot.moving', (w) => !robotStopped(w)],
  ['robot.enabled', (w) => w.controls.enabling === 'enabled'],
  ['robot.freedrive', (w) => w.controls.freedrive],
  ['program.running', (w) => (w.orbital ? w.orbital.running : w.motion.exec === 'running')],
  ['program.complete', programEnded],
  ['program.moveCount', (w) => w.program.instructions.length],
  ['program.arcMoveCount', arcMoveCount],
  ['program.targetCount', (w) => Object.keys(w.program.targets).length],
  ['program.arcPointsFine', arcPointsFine],
  ['program.orbitalSectorCount', (w) => w.orbital?.sectors.length ?? 0],
  ['orbital.clockDeg', clockDeg],
  ['orbital.positionErrorMm', (w) => w.faults.carriage.positionErrorMm],
  ['orbital.ringSlipPercent', (w) => w.faults.carriage.slipFraction * 100],
  ['safety.eStop', (w) => w.safety.eStop.active],
  ['safety.protectiveStop', (w) => w.safety.protective.active || w.safety.guard.active],
  ['safety.doorOpen', (w) => !w.controls.doorClosed],
  ['safety.helmetDown', (w) => w.people.helmetDown],
  ['person.inHazardZone', personInHazardZone],
  [
    'person.separationMm',
    (w) => (w.safety.output.minSeparationMm >= 0 ? w.safety.output.minSeparationMm : NOBODY_MM),
  ],
  ['safety.protectiveSeparationMm', (w) => w.safety.output.protectiveSeparationMm],
  ['alarm.active', (w) => w.faults.alarms.length > 0],
  ['alarm.code', (w) => w.faults.alarms[w.faults.alarms.length - 1]?.id ?? ''],
  ['fault.anyActive', (w) => w.faults.faults.some((f) => f.fixedS === null)],
  [
    'gas.flowLPerMin',
    (w) =>
      w.arc.gasFlowing
        ? gasFlowAtNozzleLPerMin(
            w.faults,
            w.settings.shieldingGas === 'none' ? 0 : w.settings.gasFlowLPerMin,
          ) * nozzleCoverage(w.faults)
        : 0,
  ],
  ['wire.stuck', (w) => w.faults.wire.stuck],
  ['wire.driveRollTension', (w) => w.faults.wire.driveRollTension],
  ['maintenance.tipArcTimeMin', (w) => w.faults.maintenance.tipAgeArcMin],
  ['maintenance.tipWearPercent', (w) => tipWear(w.faults.maintenance) * 100],
  ['maintenance.nozzleSpatterPercent', (w) => w.faults.maintenance.nozzleSpatter * 100],
  ['maintenance.linerWearPercent', (w) => w.faults.maintenance.linerWear * 100],
  ['maintenance.tcpErrorMm', (w) => tcpErrorMm(w.faults)],
  ['maintenance.earthClampOk', (w) => w.faults.earthClampTight],
  ['maintenance.collisionSensorTripped', (w) => w.faults.torch.collisionSensorTripped],
  [
    'maintenance.tipChanges',
    (w) => w.faults.events.filter((e) => e.kind === 'action' && e.intent === 'replaceContactTip').length,
  ],
  ['maintenance.tcpCheckDue', (w) => tcpCheckDue(w.faults.maintenance)],
]);

/** Seconds of world time (for tests). */
export const worldSeconds = (w: WorldState): number => w.tick * STEP_S;
