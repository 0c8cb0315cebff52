// `weldtwin safety`: speed and separation monitoring (CONTRACTS.md "safety"), plus the other collaborative modes
// when an item names them. The same functions decide here and in the cells' run-time monitor (src/sim/safety).
import type { Command } from '../command.ts';
import type {
  BodyRegion,
  CollaborativeMode,
  EnablingPosition,
  SafetyRule,
  SsmParameters,
  SsmResult,
} from '../../sim/safety/index.ts';
import { Checker, InputError, describe, parseArgs, readBatch } from '../input.ts';
import {
  BODY_REGIONS,
  REDUCED_SPEED_MM_PER_S,
  SAFETY_RULES,
  checkContact,
  cobotSafetyConfig,
  createContactCheck,
  createMotionDecision,
  createSsmResult,
  describeSsmRule,
  evaluateSsm,
  limitSpeed,
  maxTransientContactSpeedMmPerS,
  requestStop,
  resetMotionDecision,
  settleMotionDecision,
} from '../../sim/safety/index.ts';

const CONTRACT_FIELDS = [
  'humanSpeedMmPerS',
  'robotSpeedMmPerS',
  'reactionTimeS',
  'stoppingTimeS',
  'stoppingDistanceMm',
  'intrusionDistanceMm',
  'humanUncertaintyMm',
  'robotUncertaintyMm',
] as const satisfies readonly (keyof SsmParameters)[];
const EXTRA_FIELDS = [
  'separationMm',
  'mode',
  'operatingMode',
  'enablingDevice',
  'reducedSpeedZoneMm',
  'warningZoneMm',
  'reducedSpeedMmPerS',
  'personInCollaborativeWorkspace',
  'contact',
  'nearestBodyRegion',
  'robotEffectiveMassKg',
] as const;
const CONTACT_FIELDS = ['bodyRegion', 'forceN', 'pressureNPerCm2', 'transient'] as const;
/** Stop categories and the PFL robot mass come from the cobot cell's defaults (what the cells run with). */
const COBOT = cobotSafetyConfig();
const MODES: readonly CollaborativeMode[] = ['ssm', 'pfl', 'srms', 'hand-guiding'];
const ENABLING: readonly EnablingPosition[] = ['released', 'enabled', 'panic'];

/** Physical ranges: ISO 13855 approach speeds are 1600/2000 mm/s and robot TCPs reach ~3 m/s (domain §1.3). */
const MAX_SPEED_MM_PER_S = 10000;
const MAX_TIME_S = 60;
const MAX_DISTANCE_MM = 100000;
const MAX_FORCE_N = 10000;
const MAX_PRESSURE_N_PER_CM2 = 10000;
const MAX_MASS_KG = 10000;

const RANGES: Record<(typeof CONTRACT_FIELDS)[number], { min: number; max: number; unit: string }> = {
  humanSpeedMmPerS: { min: 0, max: MAX_SPEED_MM_PER_S, unit: 'mm/s' },
  robotSpeedMmPerS: { min: 0, max: MAX_SPEED_MM_PER_S, unit: 'mm/s' },
  reactionTimeS: { min: 0, max: MAX_TIME_S, unit: 's' },
  stoppingTimeS: { min: 0, max: MAX_TIME_S, unit: 's' },
  stoppingDistanceMm: { min: 0, max: MAX_DISTANCE_MM, unit: 'mm' },
  intrusionDistanceMm: { min: 0, max: MAX_DISTANCE_MM, unit: 'mm' },
  humanUncertaintyMm: { min: 0, max: MAX_DISTANCE_MM, unit: 'mm' },
  robotUncertaintyMm: { min: 0, max: MAX_DISTANCE_MM, unit: 'mm' },
};

interface SafetyItem {
  ssm: SsmParameters;
  separationMm: number;
  modes: CollaborativeMode[];
  operatingMode: 'auto' | 'manual';
  enablingDevice: EnablingPosition | null;
  reducedSpeedZoneMm: number | null;
  warningZoneMm: number | null;
  reducedSpeedMmPerS: number;
  personInCollaborativeWorkspace: boolean;
  contact: { bodyRegion: BodyRegion; forceN: number; pressureNPerCm2: number; transient: boolean } | null;
  nearestBodyRegion: BodyRegion | null;
  robotEffectiveMassKg: number;
}

function checkBoolean(check: Checker, v: unknown, path: string): boolean | undefined {
  if (typeof v !== 'boolean') return check.fail(path, `expected true or false, got ${describe(v)}`);
  return v;
}

function checkItem(check: Checker, item: unknown, path: string): SafetyItem | undefined {
  const obj = check.object(item, path);
  if (!obj) return undefined;
  check.knownKeys(obj, path, [...CONTRACT_FIELDS, ...EXTRA_FIELDS]);
  const before = check.problems.length;
  const ssm = {} as SsmParameters;
  for (const f of CONTRACT_FIELDS) {
    if (obj[f] === undefined) check.fail(`${path}.${f}`, `missing; expected a number in ${RANGES[f].unit}`);
    else ssm[f] = check.number(obj[f], `${path}.${f}`, RANGES[f]) ?? 0;
  }
  let separationMm = 0;
  if (obj.separationMm === undefined) check.fail(`${path}.separationMm`, 'missing; expected a number in mm');
  else
    separationMm =
      check.number(obj.separationMm, `${path}.separationMm`, { min: 0, max: MAX_DISTANCE_MM, unit: 'mm' }) ??
      0;

  let modes: CollaborativeMode[] = ['ssm'];
  if (obj.mode !== undefined) {
    const list = Array.isArray(obj.mode) ? obj.mode : [obj.mode];
    if (list.length === 0)
      check.fail(`${path}.mode`, `expected one of ${MODES.join(', ')} or a non-empty array of them`);
    modes = [];
    list.forEach((m, i) => {
      const p = Array.isArray(obj.mode) ? `${path}.mode[${i}]` : `${path}.mode`;
      const ok = check.oneOf(m, p, MODES);
      if (ok) modes.push(ok);
    });
  }
  const operatingMode =
    obj.operatingMode === undefined
      ? 'auto'
      : check.oneOf(obj.operatingMode, `${path}.operatingMode`, ['auto', 'manual'] as const);
  const enablingDevice =
    obj.enablingDevice === undefined
      ? null
      : (check.oneOf(obj.enablingDevice, `${path}.enablingDevice`, ENABLING) ?? null);
  const optionalMm = (key: 'reducedSpeedZoneMm' | 'warningZoneMm'): number | null =>
    obj[key] === undefined
      ? null
      : (check.number(obj[key], `${path}.${key}`, { min: 0, max: MAX_DISTANCE_MM, unit: 'mm' }) ?? null);
  const reducedSpeedZoneMm = optionalMm('reducedSpeedZoneMm');
  const warningZoneMm = optionalMm('warningZoneMm');
  const reducedSpeedMmPerS =
    obj.reducedSpeedMmPerS === undefined
      ? REDUCED_SPEED_MM_PER_S
      : (check.number(obj.reducedSpeedMmPerS, `${path}.reducedSpeedMmPerS`, {
          min: 0,
          max: MAX_SPEED_MM_PER_S,
          unit: 'mm/s',
        }) ?? 0);
  const personInCollaborativeWorkspace =
    obj.personInCollaborativeWorkspace === undefined
      ? false
      : (checkBoolean(check, obj.personInCollaborativeWorkspace, `${path}.personInCollaborativeWorkspace`) ??
        false);

  let contact: SafetyItem['contact'] = null;
  if (obj.contact !== undefined) {
    const cp = `${path}.contact`;
    const c = check.object(obj.contact, cp);
    if (c) {
      check.knownKeys(c, cp, CONTACT_FIELDS);
      const bodyRegion = check.oneOf(c.bodyRegion, `${cp}.bodyRegion`, BODY_REGIONS);
      const forceN = check.number(c.forceN, `${cp}.forceN`, { min: 0, max: MAX_FORCE_N, unit: 'N' });
      const pressure =
        c.pressureNPerCm2 === undefined
          ? 0
          : check.number(c.pressureNPerCm2, `${cp}.pressureNPerCm2`, {
              min: 0,
              max: MAX_PRESSURE_N_PER_CM2,
              unit: 'N/cm²',
            });
      const transient = checkBoolean(check, c.transient, `${cp}.transient`);
      if (bodyRegion && forceN !== undefined && pressure !== undefined && transient !== undefined) {
        contact = { bodyRegion, forceN, pressureNPerCm2: pressure, transient };
      }
    }
  }
  const nearestBodyRegion =
    obj.nearestBodyRegion === undefined
      ? null
      : (check.oneOf(obj.nearestBodyRegion, `${path}.nearestBodyRegion`, BODY_REGIONS) ?? null);
  const defaultMass = COBOT.pfl!.robotEffectiveMassKg;
  const robotEffectiveMassKg =
    obj.robotEffectiveMassKg === undefined
      ? defaultMass
      : (check.number(obj.robotEffectiveMassKg, `${path}.robotEffectiveMassKg`, {
          min: 1e-3,
          max: MAX_MASS_KG,
          unit: 'kg',
        }) ?? defaultMass);

  if (check.problems.length > before || !operatingMode) return undefined;
  return {
    ssm,
    separationMm,
    modes,
    operatingMode,
    enablingDevice,
    reducedSpeedZoneMm,
    warningZoneMm,
    reducedSpeedMmPerS,
    personInCollaborativeWorkspace,
    contact,
    nearestBodyRegion,
    robotEffectiveMassKg,
  };
}

const fmt = (x: number): number => Math.round(x * 1e6) / 1e6;

interface SafetyAnswer {
  protectiveSeparationMm: number;
  decision: 'continue' | 'stop';
  rule: string;
  allowedSpeedMmPerS: number;
  action: 'continue' | 'slow' | 'stop';
  stopCategory: 0 | 1 | 2 | null;
  decidingRule: SafetyRule | 'ssm-clear';
  ssmZone: SsmResult['zone'] | null;
  contact?: { forceLimitN: number; pressureLimitNPerCm2: number; withinLimits: boolean };
  maxTransientContactSpeedMmPerS?: number;
}

function answer(item: SafetyItem): SafetyAnswer {
  const config = COBOT;
  const decision = createMotionDecision();
  resetMotionDecision(decision, item.ssm.robotSpeedMmPerS);
  const words: string[] = [];
  const modes = item.modes;

  // Manual mode: reduced speed, enabling device in the middle (released → stop, squeezed → stop).
  const needsEnabling = item.operatingMode === 'manual' || modes.includes('hand-guiding');
  const enabling = item.enablingDevice ?? 'released';
  if (needsEnabling && enabling !== 'enabled') {
    const rule: SafetyRule =
      modes.includes('hand-guiding') && item.operatingMode === 'auto'
        ? 'hand-guiding-enable'
        : enabling === 'panic'
          ? 'enabling-device-panic'
          : 'enabling-device-released';
    requestStop(decision, config.enablingStopCategory, rule);
  }
  if (item.operatingMode === 'manual') limitSpeed(decision, item.reducedSpeedMmPerS, 'manual-reduced-speed');
  if (modes.includes('hand-guiding')) limitSpeed(decision, item.reducedSpeedMmPerS, 'hand-guiding-speed');

  // Contact: PFL compares it with ISO/TS 15066 Table A.2; without PFL any contact stops with category 0.
  let contactOut: SafetyAnswer['contact'];
  if (item.contact) {
    const c = item.contact;
    if (modes.includes('pfl')) {
      const chk = checkContact(c.bodyRegion, c.forceN, c.pressureNPerCm2, c.transient, createContactCheck());
      contactOut = {
        forceLimitN: chk.forceLimitN,
        pressureLimitNPerCm2: chk.pressureLimitNPerCm2,
        withinLimits: chk.withinLimits,
      };
      const kind = c.transient ? 'transient' : 'quasi-static';
      if (!chk.withinLimits) {
        requestStop(decision, config.pfl!.stopCategory, 'pfl-contact-limit');
        words.push(
          `${kind} contact on ${c.bodyRegion}: ${c.forceN} N / ${c.pressureNPerCm2} N/cm² against limits ` +
            `${chk.forceLimitN} N / ${chk.pressureLimitNPerCm2} N/cm²`,
        );
      }
    } else {
      requestStop(decision, 0, 'unprotected-contact');
    }
  }

  // Speed and separation monitoring: the contract's S_p and decision.
  const query = {
    separationMm: item.separationMm,
    reducedSpeedZoneMm: item.reducedSpeedZoneMm,
    warningZoneMm: item.warningZoneMm,
  };
  const ssm = evaluateSsm(item.ssm, query, createSsmResult());
  const ssmActive = modes.includes('ssm');
  if (ssmActive) {
    if (ssm.zone === 'stop') requestStop(decision, config.ssm!.stopCategory, 'ssm-protective-separation');
    else if (ssm.zone === 'slow') limitSpeed(decision, item.reducedSpeedMmPerS, 'ssm-reduced-speed-zone');
  }
  // Safety-rated monitored stop: a person in the collaborative workspace holds the robot.
  if (modes.includes('srms') && item.personInCollaborativeWorkspace)
    requestStop(decision, 2, 'srms-person-in-workspace');
  // PFL near a person: speed at most v_max = F/√(μ·k) for the nearest region.
  let vmax: number | undefined;
  if (modes.includes('pfl') && item.nearestBodyRegion) {
    vmax = maxTransientContactSpeedMmPerS(item.nearestBodyRegion, item.robotEffectiveMassKg);
    limitSpeed(decision, vmax, 'pfl-transient-speed');
  }
  settleMotionDecision(decision);

  const stopped = decision.stopCategory !== null;
  const decidingRule: SafetyAnswer['decidingRule'] = decision.stopRule ?? decision.speedRule ?? 'ssm-clear';
  const ssmDecided =
    decidingRule === 'ssm-protective-separation' ||
    decidingRule === 'ssm-reduced-speed-zone' ||
    decidingRule === 'ssm-clear';
  let rule: string;
  if (ssmActive && ssmDecided) rule = describeSsmRule(item.ssm, item.separationMm, ssm);
  else if (decidingRule === 'ssm-clear') rule = `no rule restricts the robot (modes: ${modes.join(', ')})`;
  else {
    rule = [SAFETY_RULES[decidingRule].text, ...words].join(' ');
    if (ssmActive) rule += ` Separation: ${describeSsmRule(item.ssm, item.separationMm, ssm)}.`;
  }
  const out: SafetyAnswer = {
    protectiveSeparationMm: fmt(ssm.protectiveSeparationMm),
    decision: stopped ? 'stop' : 'continue',
    rule,
    allowedSpeedMmPerS: fmt(decision.allowedSpeedMmPerS),
    action: stopped ? 'stop' : decision.allowedSpeedMmPerS < item.ssm.robotSpeedMmPerS ? 'slow' : 'continue',
    stopCategory: decision.stopCategory,
    decidingRule,
    ssmZone: ssmActive ? ssm.zone : null,
  };
  if (contactOut) out.contact = contactOut;
  if (vmax !== undefined) out.maxTransientContactSpeedMmPerS = fmt(vmax);
  return out;
}

export const safetyCommand: Command = {
  name: 'safety',
  summary: 'speed & separation monitoring: protective separation distance and stop decision (batch JSON)',
  help: `usage: echo '[{"humanSpeedMmPerS": 1600, "robotSpeedMmPerS": 500, "reactionTimeS": 0.1, "stoppingTimeS": 0.3,
  "stoppingDistanceMm": 80, "intrusionDistanceMm": 208, "humanUncertaintyMm": 50, "robotUncertaintyMm": 20,
  "separationMm": 900}]' | npm run -s weldtwin -- safety

Speed and separation monitoring as ISO 10218-2:2025 (from ISO/TS 15066) states it, constant speeds:
  S_p = v_h·(T_r + T_s) + v_r·T_r + S_s + C + Z_d + Z_r
decision = "stop" when separationMm < S_p. The cells' run-time safety monitor uses the same function.

stdin: a JSON array of items. Required fields (numbers, ≥ 0):
  humanSpeedMmPerS     v_h, person's approach speed, mm/s (ISO 13855 walking speed: 1600)
  robotSpeedMmPerS     v_r, robot speed towards the person, mm/s
  reactionTimeS        T_r, robot system reaction time, s
  stoppingTimeS        T_s, robot stopping time, s
  stoppingDistanceMm   S_s, distance travelled while stopping, mm
  intrusionDistanceMm  C, intrusion distance, mm (ISO 13855: 8·(d − 14) for a d ≤ 40 mm sensor)
  humanUncertaintyMm   Z_d, person position uncertainty, mm
  robotUncertaintyMm   Z_r, robot position uncertainty, mm
  separationMm         measured person–robot separation, mm
Optional fields (a richer cell state):
  mode                 "ssm" (default) | "pfl" | "srms" | "hand-guiding", or an array of them
  operatingMode        "auto" (default) | "manual" (T1: speed ≤ reducedSpeedMmPerS, enabling device needed)
  enablingDevice       3-position device: "released" (pos. 1, stop) | "enabled" (pos. 2, middle: run) |
                       "panic" (pos. 3, fully pressed: stop); missing = released (IEC 60204-1 10.9)
  reducedSpeedZoneMm   SSM: inside this separation (and outside S_p) the robot slows to reducedSpeedMmPerS
  warningZoneMm        SSM: warning field edge, mm
  reducedSpeedMmPerS   reduced speed, mm/s (default 250, ISO 10218-1)
  personInCollaborativeWorkspace  SRMS: true holds the robot (stop category 2)
  contact              {"bodyRegion", "forceN", "pressureNPerCm2" (optional), "transient": true|false}:
                       PFL checks it against ISO/TS 15066 Table A.2 (transient = 2 × quasi-static);
                       without "pfl" in mode any contact is a category 0 stop
  nearestBodyRegion    PFL: limit speed to v_max = F/√(μ·k) for this region (ISO/TS 15066 Annex A)
  robotEffectiveMassKg PFL: m_R for v_max (default: UR10e M/2 + 1.5 kg torch)
  body regions: ${BODY_REGIONS.join(', ')}

stdout: [{"protectiveSeparationMm", "decision": "continue"|"stop", "rule": "<the rule that decided, in words>",
          "allowedSpeedMmPerS", "action": "continue"|"slow"|"stop", "stopCategory": 0|1|2|null,
          "decidingRule": "<rule id>", "ssmZone": "clear"|"warning"|"slow"|"stop"|null,
          "contact"?: {"forceLimitN", "pressureLimitNPerCm2", "withinLimits"}, "maxTransientContactSpeedMmPerS"?}]
With "mode" other than "ssm" the SSM distance is still reported but only the named modes decide.
Bad input (not JSON, wrong type, negative time or speed, unknown field) exits 2 with one line per problem.
`,
  run(args, io) {
    const parsed = parseArgs(args, []);
    if (parsed.positionals.length) {
      throw new InputError(
        parsed.positionals.map((p) => `${p}: unexpected argument; safety reads its batch from stdin`),
      );
    }
    const items = readBatch(io.stdin());
    const check = new Checker();
    const jobs: SafetyItem[] = [];
    items.forEach((item, i) => {
      const job = checkItem(check, item, `[${i}]`);
      if (job) jobs.push(job);
    });
    check.throwIfAny();
    io.out(JSON.stringify(jobs.map(answer)) + '\n');
    return 0;
  },
};
