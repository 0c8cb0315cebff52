// `weldtwin weld`: evaluate weld set-ups with the simulator's weld model (CONTRACTS.md "weld").
// Batch in, batch out; every field checked with its path; the physics is src/sim/weld (evaluateWeld).
import type { Command } from '../command.ts';
import { Checker, describe, parseArgs, readBatch } from '../input.ts';
import type { Material, Process, ShieldingGas, WeldSetup } from '../../sim/weld/index.ts';
import {
  JOINTS,
  MATERIALS,
  POSITIONS,
  PROCESSES,
  SHIELDING_GASES,
  evaluateWeld,
  isWireProcess,
  renderAdvice,
} from '../../sim/weld/index.ts';
import { amps, deg, lPerMin, mPerMin, mm, mmPerS, volts } from '../../sim/core/units.ts';
import type { DegC } from '../../sim/core/units.ts';

const FIELDS = [
  'process',
  'material',
  'thicknessMm',
  'joint',
  'position',
  'wireDiameterMm',
  'wireFeedSpeedMPerMin',
  'currentA',
  'voltageV',
  'travelSpeedMmPerS',
  'ctwdMm',
  'workAngleDeg',
  'travelAngleDeg',
  'shieldingGas',
  'gasFlowLPerMin',
  // Optional extensions (documented in --help).
  'pulsed',
  'draughtMPerS',
  'carbonEquivalent',
  'preheatC',
  'rootGapMm',
  'clockHour',
] as const;

type Range = { min: number; max: number; unit: string };
// Physical ranges. Thickness: ISO 5817 starts at 0.5 mm (domain §6). Wire: the k(d) table of domain §2.1
// (0.8–1.6 mm, SAW 3.2–4.0 mm); tungsten 1.0–4.0 mm (Tweco table, §4); E7018 electrodes 2.4–4.0 mm (§4).
const THICKNESS: Range = { min: 0.5, max: 100, unit: 'mm' };
const WIRE: Record<Process, Range> = {
  GMAW: { min: 0.8, max: 1.6, unit: 'mm' },
  FCAW: { min: 0.8, max: 1.6, unit: 'mm' },
  SAW: { min: 3.2, max: 4.0, unit: 'mm' },
  GTAW: { min: 1.0, max: 4.0, unit: 'mm' },
  SMAW: { min: 2.4, max: 4.0, unit: 'mm' },
};
// [est] wire feeders span ~1–20 m/min; SAW runs from ~1 m/min (§2.1 anchors 1.35–1.6 m/min).
const WFS: Range = { min: 0.5, max: 25, unit: 'm/min' };
const CURRENT: Range = { min: 5, max: 1000, unit: 'A' }; // SAW to 1000 A here (domain §1: up to 2000 A multi-wire)
const VOLTAGE: Range = { min: 8, max: 60, unit: 'V' };
const TRAVEL: Range = { min: 0.2, max: 70, unit: 'mm/s' }; // SAW single wire up to ~150 in/min = 63 mm/s (§2.4)
const CTWD: Range = { min: 0.5, max: 60, unit: 'mm' };
const WORK_ANGLE: Range = { min: 0, max: 180, unit: 'deg' };
const TRAVEL_ANGLE: Range = { min: -80, max: 80, unit: 'deg' };
const GAS_FLOW: Range = { min: 0, max: 60, unit: 'L/min' }; // CO2 at high current up to 50 L/min (§7)
const DRAUGHT: Range = { min: 0, max: 40, unit: 'm/s' };
const CE: Range = { min: 0, max: 1.5, unit: '' };
const PREHEAT: Range = { min: -40, max: 600, unit: '°C' };
const GAP: Range = { min: 0, max: 10, unit: 'mm' };
const CLOCK: Range = { min: 0, max: 12, unit: 'h' };

const HELP = `weldtwin weld — evaluate weld set-ups with the simulator's weld model

usage: npm run -s weldtwin -- weld < setups.json

stdin: a JSON array of set-ups; stdout: a JSON array of results, same length and order.

Set-up fields (units in the names):
  process               "GMAW" | "FCAW" | "GTAW" | "SMAW" | "SAW"
  material              "carbon-steel" | "stainless-steel" | "aluminium"   (FCAW, SAW, SMAW: steels only)
  thicknessMm           plate or wall thickness, 0.5–100 mm
  joint                 "fillet" | "butt" | "lap"
  position              ISO 6947 "PA" | "PB" | "PC" | "PD" | "PE" | "PF" | "PG" | "PH" | "PJ"   (SAW: PA or PB)
  wireDiameterMm        GMAW/FCAW wire 0.8–1.6 mm; SAW wire 3.2–4.0 mm; GTAW tungsten 1.0–4.0 mm;
                        SMAW electrode core 2.4–4.0 mm
  wireFeedSpeedMPerMin  GMAW, FCAW, SAW only (required): the current follows from it
  currentA              GTAW, SMAW only (required): set on the power source
  voltageV              arc voltage, V
  travelSpeedMmPerS     travel speed, mm/s (cm/min ÷ 6)
  ctwdMm                contact-tip-to-work distance; GTAW/SMAW: arc length, mm
  workAngleDeg          torch to work surface across the weld: 90 butt in PA, 45 equal-leg fillet
  travelAngleDeg        along the weld: > 0 push (forehand), < 0 drag (backhand)
  shieldingGas          "Ar-18CO2" | "Ar-8CO2" | "CO2" | "Ar-2O2" | "Ar" | "Ar-He" | "none"
                        (GMAW/GTAW need a gas; FCAW "none" = self-shielded; SMAW/SAW: "none" or omit)
  gasFlowLPerMin        gas flow, L/min (required unless shieldingGas is "none")
Optional:
  pulsed                true for a pulsed GMAW/FCAW program (needs an Ar-rich gas)
  draughtMPerS          air speed at the arc, m/s (AWS D1.1: 2.2 m/s limit for gas shielding)
  carbonEquivalent      CE(IIW) of the steel, and preheatC, the preheat in °C (default 20): cold-crack check
  rootGapMm             butt root gap, mm (default from the chart rows)
  clockHour             pipe clock position 0–12 for PH/PJ (12 = top)

Result fields:
  currentA, transferMode ("short-circuit" | "globular" | "spray" | "pulsed" | "none"), heatInputKJPerMm (k·U·I/v,
  EN 1011-1), bead {widthMm, reinforcementMm (fillet: convexity, negative = concave), penetrationMm, throatMm},
  imperfections [{iso6520, name, sizeMm}] (ISO 6520-1), qualityLevel ("B" | "C" | "D" | "reject", ISO 5817: the
  best level every imperfection meets), advice [English sentences: cause and which way to change it].

Bad input exits 2 with one line per problem naming the field ("[2].wireDiameterMm: ..."), and prints nothing.
`;

function checkSetup(check: Checker, item: unknown, path: string): WeldSetup | undefined {
  const obj = check.object(item, path);
  if (!obj) return undefined;
  const before = check.problems.length;
  check.knownKeys(obj, path, FIELDS);
  const req = (key: (typeof FIELDS)[number], what: string): unknown => {
    if (obj[key] === undefined) check.fail(`${path}.${key}`, `missing; expected ${what}`);
    return obj[key];
  };
  const num = (key: (typeof FIELDS)[number], range: Range): number | undefined => {
    const v = req(key, `a number in ${range.unit || 'its unit'}`);
    return v === undefined ? undefined : check.number(v, `${path}.${key}`, range);
  };
  const optNum = (key: (typeof FIELDS)[number], range: Range): number | undefined =>
    obj[key] === undefined ? undefined : check.number(obj[key], `${path}.${key}`, range);

  const process =
    obj.process === undefined
      ? (check.fail(
          `${path}.process`,
          `missing; expected one of ${PROCESSES.map((p) => JSON.stringify(p)).join(', ')}`,
        ),
        undefined)
      : check.oneOf(obj.process, `${path}.process`, PROCESSES);
  const material =
    obj.material === undefined
      ? (check.fail(
          `${path}.material`,
          `missing; expected one of ${MATERIALS.map((p) => JSON.stringify(p)).join(', ')}`,
        ),
        undefined)
      : check.oneOf(obj.material, `${path}.material`, MATERIALS);
  const joint =
    obj.joint === undefined
      ? (check.fail(
          `${path}.joint`,
          `missing; expected one of ${JOINTS.map((p) => JSON.stringify(p)).join(', ')}`,
        ),
        undefined)
      : check.oneOf(obj.joint, `${path}.joint`, JOINTS);
  const position =
    obj.position === undefined
      ? (check.fail(
          `${path}.position`,
          `missing; expected one of ${POSITIONS.map((p) => JSON.stringify(p)).join(', ')}`,
        ),
        undefined)
      : check.oneOf(obj.position, `${path}.position`, POSITIONS);
  const thickness = num('thicknessMm', THICKNESS);
  const wire = process
    ? num('wireDiameterMm', WIRE[process])
    : obj.wireDiameterMm === undefined
      ? undefined
      : check.number(obj.wireDiameterMm, `${path}.wireDiameterMm`);
  const voltage = num('voltageV', VOLTAGE);
  const travel = num('travelSpeedMmPerS', TRAVEL);
  const ctwd = num('ctwdMm', CTWD);
  const work = num('workAngleDeg', WORK_ANGLE);
  const travelAngle = num('travelAngleDeg', TRAVEL_ANGLE);

  let wfs: number | undefined;
  let current: number | undefined;
  if (process && isWireProcess(process)) {
    wfs = num('wireFeedSpeedMPerMin', WFS);
    if (obj.currentA !== undefined)
      check.fail(
        `${path}.currentA`,
        `${process} runs on a constant-voltage source: its current follows from wireFeedSpeedMPerMin; remove currentA`,
      );
  } else if (process) {
    current = num('currentA', CURRENT);
    if (obj.wireFeedSpeedMPerMin !== undefined)
      check.fail(
        `${path}.wireFeedSpeedMPerMin`,
        `${process} has no wire feeder in this model: set currentA instead`,
      );
  }

  const slagShielded = process === 'SMAW' || process === 'SAW';
  let gas: ShieldingGas | undefined = obj.shieldingGas === undefined && slagShielded ? 'none' : undefined;
  if (obj.shieldingGas !== undefined || !slagShielded) {
    gas =
      obj.shieldingGas === undefined
        ? (check.fail(
            `${path}.shieldingGas`,
            `missing; expected one of ${SHIELDING_GASES.map((g) => JSON.stringify(g)).join(', ')}`,
          ),
          undefined)
        : check.oneOf(obj.shieldingGas, `${path}.shieldingGas`, SHIELDING_GASES);
    if (gas && gas !== 'none' && slagShielded)
      check.fail(
        `${path}.shieldingGas`,
        `${process} is shielded by its flux and has no gas nozzle: expected "none", got ${describe(gas)}`,
      );
  }
  let flow: number | undefined = 0;
  if (gas && gas !== 'none') flow = num('gasFlowLPerMin', GAS_FLOW);
  else if (obj.gasFlowLPerMin !== undefined)
    flow = check.number(obj.gasFlowLPerMin, `${path}.gasFlowLPerMin`, GAS_FLOW);

  if (process && material) checkCombination(check, path, process, material);
  if (process === 'SAW' && position && position !== 'PA' && position !== 'PB')
    check.fail(
      `${path}.position`,
      `SAW needs the flux to lie on the joint: expected "PA" or "PB" (ESAB SAW handbook), got ${describe(position)}`,
    );

  let pulsed: boolean | undefined;
  if (obj.pulsed !== undefined) {
    if (typeof obj.pulsed !== 'boolean')
      check.fail(`${path}.pulsed`, `expected true or false, got ${describe(obj.pulsed)}`);
    else if (obj.pulsed && process && process !== 'GMAW' && process !== 'FCAW')
      check.fail(`${path}.pulsed`, `pulsed transfer is a GMAW/FCAW program; ${process} cannot pulse here`);
    else pulsed = obj.pulsed;
  }
  const draught = optNum('draughtMPerS', DRAUGHT);
  const ce = optNum('carbonEquivalent', CE);
  const preheat = optNum('preheatC', PREHEAT);
  const gap = optNum('rootGapMm', GAP);
  const clock = optNum('clockHour', CLOCK);

  if (check.problems.length > before) return undefined;
  const setup: WeldSetup = {
    process: process!,
    material: material!,
    thicknessMm: mm(thickness!),
    joint: joint!,
    position: position!,
    wireDiameterMm: mm(wire!),
    voltageV: volts(voltage!),
    travelSpeedMmPerS: mmPerS(travel!),
    ctwdMm: mm(ctwd!),
    workAngleDeg: deg(work!),
    travelAngleDeg: deg(travelAngle!),
    shieldingGas: gas!,
    gasFlowLPerMin: lPerMin(flow ?? 0),
  };
  if (wfs !== undefined) setup.wireFeedSpeedMPerMin = mPerMin(wfs);
  if (current !== undefined) setup.currentA = amps(current);
  if (pulsed !== undefined) setup.pulsed = pulsed;
  if (draught !== undefined) setup.draughtMPerS = draught;
  if (ce !== undefined) setup.carbonEquivalent = ce;
  if (preheat !== undefined) setup.preheatC = preheat as DegC;
  if (gap !== undefined) setup.rootGapMm = mm(gap);
  if (clock !== undefined) setup.clockHour = clock;
  return setup;
}

// domain §1/§7: no flux-cored, submerged-arc or covered-electrode procedure for aluminium in the reference set.
function checkCombination(check: Checker, path: string, process: Process, material: Material): void {
  if (material === 'aluminium' && (process === 'FCAW' || process === 'SAW' || process === 'SMAW')) {
    check.fail(
      `${path}.material`,
      `${process} of aluminium is not modelled (no published parameters; aluminium is welded GMAW or GTAW)`,
    );
  }
}

const r = (x: number, digits: number) => Number(x.toFixed(digits));

export const weldCommand: Command = {
  name: 'weld',
  summary:
    'evaluate weld set-ups: current, transfer, heat input, bead, ISO 6520 imperfections, ISO 5817 level, advice',
  help: HELP,
  run(args, io) {
    parseArgs(args, []);
    const batch = readBatch(io.stdin());
    const check = new Checker();
    const setups = batch.map((item, i) => checkSetup(check, item, `[${i}]`));
    check.throwIfAny();
    const results = setups.map((setup) => {
      const res = evaluateWeld(setup!);
      return {
        currentA: Math.round(res.currentA),
        transferMode: res.transferMode,
        heatInputKJPerMm: r(res.heatInputKJPerMm, 3),
        bead: {
          widthMm: r(res.bead.widthMm, 1),
          reinforcementMm: r(res.bead.reinforcementMm, 1),
          penetrationMm: r(res.bead.penetrationMm, 1),
          throatMm: r(res.bead.throatMm, 1),
        },
        imperfections: res.imperfections.map((imp) => ({
          iso6520: imp.iso6520,
          name: imp.name,
          sizeMm: imp.sizeMm,
        })),
        qualityLevel: res.qualityLevel,
        advice: res.advice.map((a) => renderAdvice(a, 'en')),
      };
    });
    io.out(JSON.stringify(results) + '\n');
    return 0;
  },
};
