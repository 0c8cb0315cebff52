// The twin's measured quantities a scenario may read, by name. The unit follows the name's suffix
// (`weld.currentA` is in A, `workpiece.interpassTempC` in °C). The engine reads them from the world through
// the readers in ../engine/world-measurements.ts; a test checks every name here has a reader.
import { GASES, JOINTS, MATERIALS, POSITIONS, PROCESSES } from '../schema/domain-enums.ts';
import type { ValueType } from '../expr/index.ts';

export interface MeasurementSpec {
  name: string;
  type: ValueType;
  /** Allowed values of a string measurement. */
  values?: readonly string[];
  /** One line for docs/authoring.md. */
  description: string;
}

const num = (name: string, description: string): MeasurementSpec => ({ name, type: 'number', description });
const bool = (name: string, description: string): MeasurementSpec => ({ name, type: 'boolean', description });
const str = (name: string, values: readonly string[] | undefined, description: string): MeasurementSpec =>
  values ? { name, type: 'string', values, description } : { name, type: 'string', description };

/** Alarm ids of src/sim/faults/alarms.ts, and "" for none. */
export const ALARM_CODES = [
  '',
  'arc-start-failure',
  'wire-stick',
  'gas-low',
  'collision',
  'feed-fault',
] as const;
export const QUALITY_RESULTS = ['B', 'C', 'D', 'reject', 'none'] as const;
export const TRANSFER_MODES = ['short-circuit', 'globular', 'spray', 'pulsed', 'none'] as const;
export const ARC_PHASES = [
  'off',
  'preflow',
  'ignition',
  'welding',
  'crater',
  'burnback',
  'postflow',
] as const;

export const MEASUREMENTS: readonly MeasurementSpec[] = [
  // Arc and power source.
  bool('arc.on', 'The arc is burning (welding or crater fill)'),
  str(
    'arc.phase',
    ARC_PHASES,
    'Weld-cycle phase: off, preflow, ignition, welding, crater, burnback, postflow',
  ),
  num('arc.totalS', 'Arc-on time in this attempt, s'),
  str('weld.process', PROCESSES, 'Process set on the power source'),
  num('weld.wireDiameterMm', 'Wire (or tungsten) diameter set, mm'),
  num('weld.wireFeedSpeedMPerMin', 'Wire feed speed set, m/min'),
  num('weld.currentA', 'Welding current, A (derived from wire feed for GMAW/FCAW; set for GTAW)'),
  num('weld.voltageV', 'Arc voltage set, V'),
  num('weld.travelSpeedMmPerS', 'Travel speed programmed for weld moves, mm/s'),
  str('weld.shieldingGas', GASES, 'Shielding gas selected'),
  num('weld.gasFlowLPerMin', 'Gas flow set on the flowmeter, L/min'),
  bool('weld.pulsed', 'Pulsed mode on'),
  str('weld.transferMode', TRANSFER_MODES, 'Metal-transfer mode the set-up gives'),
  num('weld.heatInputKJPerMm', 'Heat input of the current set-up, kJ/mm (EN 1011-1)'),
  str('weld.position', POSITIONS, 'Welding position at the arc now (changes around a fixed pipe)'),
  num('weld.seamProgressPercent', 'Share of the seam length welded, %'),
  bool('weld.seamComplete', 'The whole seam has been welded'),
  str('weld.qualityLevel', QUALITY_RESULTS, 'ISO 5817 level of the bead so far (none before any weld)'),
  num('weld.imperfectionCount', 'Number of imperfections found on the bead so far'),
  // Torch technique, measured from the TCP pose against the seam.
  num('torch.ctwdMm', 'Contact-tip-to-work distance, mm'),
  num('torch.workAngleDeg', 'Work angle, deg (45 for a fillet, 90 for a butt in PA)'),
  num('torch.travelAngleDeg', 'Travel angle, deg (> 0 push, < 0 drag)'),
  num('torch.aimMm', 'Lateral offset of the wire from the joint line, mm'),
  num('torch.travelSpeedMmPerS', 'Actual travel speed of the torch along the seam, mm/s'),
  // Workpiece.
  str('workpiece.material', MATERIALS, 'Material of the part'),
  num('workpiece.thicknessMm', 'Plate thickness / pipe wall, mm (after seeded variation)'),
  str('workpiece.joint', JOINTS, 'Joint type'),
  str('workpiece.position', POSITIONS, 'Nominal welding position of the part'),
  num('workpiece.gapMm', 'Root gap, mm'),
  num('workpiece.carbonEquivalent', 'CE(IIW) of the material batch'),
  num('workpiece.interpassTempC', 'Temperature of the joint area (interpass), °C'),
  // Robot and program.
  str('robot.mode', ['manual', 'auto'], 'Operating mode'),
  num('robot.speedOverridePercent', 'Speed override on the pendant, %'),
  num('robot.tcpSpeedMmPerS', 'TCP speed now, mm/s'),
  bool('robot.moving', 'The robot is moving'),
  bool('robot.enabled', 'Enabling device held in the middle position'),
  bool('robot.freedrive', 'Hand-guiding (freedrive) active'),
  bool('program.running', 'The program is running'),
  bool('program.complete', 'The program has run to its end at least once'),
  num('program.moveCount', 'Moves in the program'),
  num('program.arcMoveCount', 'Moves that weld'),
  num('program.targetCount', 'Taught targets'),
  bool('program.arcPointsFine', 'Every arc start and end point is an exact stop (domain robots.md §3.3)'),
  num('program.orbitalSectorCount', 'Sectors in the orbital weld program'),
  num('orbital.clockDeg', "Carriage position on the pipe, deg from 12 o'clock"),
  num(
    'orbital.positionErrorMm',
    'How far the carriage lags its commanded position round the pipe (ring slip), mm',
  ),
  num(
    'orbital.ringSlipPercent',
    'Share of the commanded travel the carriage loses on a slipping guide ring, %',
  ),
  // Safety.
  bool('safety.eStop', 'An emergency stop is active'),
  bool('safety.protectiveStop', 'A protective stop is active'),
  bool('safety.doorOpen', 'The cell door is open'),
  bool('safety.helmetDown', "The trainee's welding helmet is down"),
  bool('person.inHazardZone', "A person is inside the robot's hazard zone"),
  num('person.separationMm', 'Distance from the nearest person to the robot, mm'),
  num('safety.protectiveSeparationMm', 'Protective separation distance S_p now, mm (ISO 10218-2)'),
  // Faults and alarms.
  bool('alarm.active', 'An alarm is showing on the pendant'),
  str(
    'alarm.code',
    ALARM_CODES,
    'Newest active alarm: arc-start-failure, wire-stick, gas-low, collision, feed-fault ("" when none)',
  ),
  bool('fault.anyActive', 'Some fault is present in the cell'),
  num('gas.flowLPerMin', 'Gas actually flowing at the nozzle, L/min'),
  bool('wire.stuck', 'The wire is stuck in the pool or the tip'),
  num('wire.driveRollTension', 'Drive-roll tension dial, 0–5 (feeds cleanly at 2.5–3.5)'),
  // Maintenance state.
  num('maintenance.tipArcTimeMin', 'Arc time on the contact tip fitted now, min'),
  num('maintenance.tipWearPercent', 'Contact-tip bore wear, %'),
  num('maintenance.nozzleSpatterPercent', 'Nozzle blocked by spatter, %'),
  num('maintenance.linerWearPercent', 'Liner wear, %'),
  num('maintenance.tcpErrorMm', 'Distance between the real and the calibrated TCP, mm'),
  bool('maintenance.earthClampOk', 'Earth clamp tight and clean'),
  bool('maintenance.collisionSensorTripped', 'Torch collision sensor tripped'),
  num('maintenance.tipChanges', 'Contact tips replaced in this attempt'),
  bool('maintenance.tcpCheckDue', 'The weekly TCP check is due (arc time since the last calibration)'),
];
