// Checks zod cannot express: unique ids, references between parts, weights adding up, robots that exist,
// intents that make sense (known targets, setting values in range).
import { WELD_SETTING_RANGES } from '../../sim/cell/weld-settings.ts';
import { robots } from '../../sim/robot/index.ts';
import { formatPath, type Diagnostic } from '../diagnostics.ts';
import { allowedList, suggestion } from '../did-you-mean.ts';
import { GASES, PROCESSES } from '../schema/domain-enums.ts';
import { RUBRIC_COMPONENTS } from '../schema/rubric.ts';
import type { ScenarioSpec } from '../schema/scenario.ts';
import { VARIATION_KEYS } from '../schema/variation.ts';
import { FAULT_PARAMS, type ParamSpec } from '../schema/fault-params.ts';
import type { FaultId } from '../../sim/faults/index.ts';
import type { DataPath, SourceMap } from '../yaml/source-map.ts';

export function semanticChecks(spec: ScenarioSpec, map: SourceMap): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (path: DataPath, message: string, key = false) => {
    const p = key ? map.key(path) : map.value(path);
    out.push({ line: p.line, column: p.column, message: `${formatPath(path)}: ${message}` });
  };

  checkUnique(spec.phases, ['phases'], 'phase', at);
  spec.phases.forEach((p, i) => checkUnique(p.goals, ['phases', i, 'goals'], 'goal', at));
  checkUnique(spec.injections, ['injections'], 'injection', at);
  checkUnique(spec.rules, ['rules'], 'rule', at);
  checkUnique(spec.rubric.technique, ['rubric', 'technique'], 'technique band', at);
  checkUnique(spec.rubric.program, ['rubric', 'program'], 'program check', at);
  if (spec.rubric.quality) checkUnique(spec.rubric.quality.seams, ['rubric', 'quality', 'seams'], 'seam', at);

  const phaseIds = spec.phases.map((p) => p.id);
  const phaseRef = (path: DataPath, id: string | undefined) => {
    if (id !== undefined && !phaseIds.includes(id))
      at(
        path,
        `no phase has the id ${JSON.stringify(id)}${suggestion(id, phaseIds)}; phases: ${allowedList(phaseIds)}`,
      );
  };
  spec.rules.forEach((r, i) => r.scope?.forEach((id, j) => phaseRef(['rules', i, 'scope', j], id)));
  spec.injections.forEach((inj, i) => {
    phaseRef(['injections', i, 'at', 'phase'], inj.at?.phase);
    if (!inj.at && !inj.when)
      at(
        ['injections', i, 'id'],
        'says neither when to inject: add `at: {phase, afterS}` or `when: <condition>`',
      );
  });
  phaseRef(['rubric', 'cycleTime', 'from'], spec.rubric.cycleTime?.from);
  phaseRef(['rubric', 'cycleTime', 'to'], spec.rubric.cycleTime?.to);

  spec.injections.forEach((inj, i) => {
    if (inj.kind === 'fault') checkFaultParams(inj.fault, inj.params, ['injections', i, 'params'], at);
  });
  checkRobot(spec, at);
  checkRubric(spec, at);
  checkVariation(spec, at);
  checkIntents(spec, at);
  return out;
}

type At = (path: DataPath, message: string, key?: boolean) => void;

function checkUnique(list: ReadonlyArray<{ id: string }>, path: DataPath, what: string, at: At): void {
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined)
      at(
        [...path, i, 'id'],
        `duplicate ${what} id ${JSON.stringify(item.id)} (first used at ${formatPath([...path, first])}); ids must be unique`,
      );
    else seen.set(item.id, i);
  });
}

function checkFaultParams(fault: FaultId, params: Record<string, unknown>, path: DataPath, at: At): void {
  const specs = FAULT_PARAMS[fault] as Record<string, ParamSpec>;
  const names = Object.keys(specs);
  for (const [name, value] of Object.entries(params)) {
    const p = specs[name];
    if (!p) {
      at(
        [...path, name],
        names.length
          ? `${fault} has no parameter \`${name}\`${suggestion(name, names)}; parameters: ${names.join(', ')}`
          : `${fault} takes no parameters`,
        true,
      );
      continue;
    }
    if (p.kind === 'number' && (typeof value !== 'number' || value < p.min || value > p.max))
      at([...path, name], `${name} must be a number from ${p.min} to ${p.max}`);
    if (p.kind === 'choice' && (typeof value !== 'string' || !p.values.includes(value)))
      at(
        [...path, name],
        `${name} must be one of ${allowedList(p.values)}${typeof value === 'string' ? suggestion(value, p.values) : ''}`,
      );
    if (
      p.kind === 'vec3' &&
      (!Array.isArray(value) || value.length !== 3 || value.some((v) => v < p.min || v > p.max))
    )
      at([...path, name], `${name} must be [x, y, z] in mm, each from ${p.min} to ${p.max}`);
  }
  for (const [name, p] of Object.entries(specs)) {
    if (p.kind !== 'vec3' && p.required && !(name in params))
      at(
        path.slice(0, -1),
        `${fault} needs params.${name} (${p.kind === 'choice' ? p.values.join(' | ') : 'a number'})`,
        true,
      );
  }
}

function checkRobot(spec: ScenarioSpec, at: At): void {
  const ids = robots.map((r) => r.id);
  const robot = robots.find((r) => r.id === spec.cell.robot);
  if (!robot)
    at(
      ['cell', 'robot'],
      `unknown robot ${JSON.stringify(spec.cell.robot)}${suggestion(spec.cell.robot, ids)}; robots: ${allowedList(ids)}`,
    );
  else if (robot.family !== spec.robotFamily) {
    const fitting = robots.filter((r) => r.family === spec.robotFamily).map((r) => r.id);
    at(
      ['cell', 'robot'],
      `${robot.id} is a ${robot.family} robot but robotFamily is ${spec.robotFamily}; use one of ${allowedList(fitting)}`,
    );
  }
  // The standard cells (src/sim/cell/standard-cells.ts): only the industrial cell has a positioner.
  const positioner = spec.cell.positioner;
  if (positioner !== undefined && spec.robotFamily !== 'industrial') {
    at(
      ['cell', 'positioner'],
      `the ${spec.robotFamily} cell has no positioner; only the industrial cell has one (positioner-2axis)`,
    );
  } else if (positioner !== undefined && positioner !== 'positioner-2axis') {
    at(
      ['cell', 'positioner'],
      `unknown positioner ${JSON.stringify(positioner)}${suggestion(positioner, ['positioner-2axis'])}; the industrial cell has positioner-2axis`,
    );
  }
  if (spec.robotFamily === 'orbital' && spec.cell.workpiece.pipeOdMm === undefined) {
    at(['cell', 'workpiece'], 'an orbital cell welds a pipe: set pipeOdMm (outside diameter, mm)');
  }
}

function checkRubric(spec: ScenarioSpec, at: At): void {
  const r = spec.rubric;
  const w = r.weights;
  const sum = RUBRIC_COMPONENTS.reduce((s, k) => s + (w[k] ?? 0), 0);
  if (Math.abs(sum - 100) > 1e-9)
    at(['rubric', 'weights'], `weights add up to ${sum}, they must add up to 100`, true);
  const needs: Record<string, [boolean, string]> = {
    goals: [spec.phases.some((p) => p.goals.length > 0), 'no phase has goals'],
    rules: [
      spec.rules.some((x) => x.category !== 'safety' && x.severity !== 'advice'),
      'no non-safety rule with severity deduction or fail',
    ],
    quality: [r.quality !== undefined, 'rubric.quality is missing'],
    technique: [r.technique.length > 0, 'rubric.technique has no bands'],
    safety: [
      spec.rules.some((x) => x.category === 'safety') || (r.safety?.events.length ?? 0) > 0,
      'no safety rule and no rubric.safety.events',
    ],
    faultHandling: [spec.injections.some((x) => x.handling), 'no injection has `handling`'],
    cycleTime: [r.cycleTime !== undefined, 'rubric.cycleTime is missing'],
    program: [r.program.length > 0, 'rubric.program has no checks'],
  };
  for (const k of RUBRIC_COMPONENTS) {
    const [ok, why] = needs[k]!;
    if ((w[k] ?? 0) > 0 && !ok)
      at(['rubric', 'weights', k], `${k} has weight ${w[k]} but ${why}: nothing to score`, true);
  }
  if (r.cycleTime && r.cycleTime.maxS <= r.cycleTime.targetS)
    at(
      ['rubric', 'cycleTime', 'maxS'],
      `maxS (${r.cycleTime.maxS}) must be greater than targetS (${r.cycleTime.targetS})`,
    );
  r.grades?.forEach((g, i) => {
    const prev = r.grades![i - 1];
    if (prev && g.minScore >= prev.minScore)
      at(
        ['rubric', 'grades', i, 'minScore'],
        `grades must go from the highest minScore down; ${g.minScore} is not below ${prev.minScore}`,
      );
  });
}

function checkVariation(spec: ScenarioSpec, at: At): void {
  const ranges: Array<[DataPath, unknown]> = VARIATION_KEYS.map((k) => [['variation', k], spec.variation[k]]);
  spec.injections.forEach((inj, i) => ranges.push([['injections', i, 'at', 'afterS'], inj.at?.afterS]));
  for (const [path, r] of ranges) {
    if (r && typeof r === 'object' && 'min' in r) {
      const range = r as { min: number; max: number };
      if (range.min > range.max)
        at([...path, 'min'], `min (${range.min}) is greater than max (${range.max})`);
    }
  }
  const t = spec.variation.thicknessMm;
  const values = t ? ('choices' in t ? t.choices : [t.min, t.max]) : [];
  values.forEach((v) => {
    if (v < 0.5 || v > 100) at(['variation', 'thicknessMm'], `thickness ${v} mm is outside 0.5–100 mm`);
  });
}

function checkIntents(spec: ScenarioSpec, at: At): void {
  const startTargets = new Set<string>();
  const check = (
    intent: Record<string, unknown> & { type: string },
    path: DataPath,
    targets: Set<string>,
  ) => {
    if (intent.type === 'setWeld')
      checkSetWeld(intent as unknown as { key: string; value: unknown }, path, at);
    if (
      intent.type === 'setTarget' ||
      intent.type === 'teachSeamPoint' ||
      (intent.type === 'recordPoint' && typeof intent.name === 'string')
    )
      targets.add(intent.name as string);
    if (intent.type === 'addMove') {
      for (const field of ['target', 'via'] as const) {
        const name = intent[field];
        if (typeof name === 'string' && !targets.has(name)) {
          at(
            [...path, field],
            `target ${JSON.stringify(name)} is not taught before this move${suggestion(name, targets)}; teach it with setTarget or recordPoint first${targets.size ? `; known: ${allowedList([...targets])}` : ''}`,
          );
        }
      }
    }
  };
  spec.start.setup.forEach((intent, i) => check(intent, ['start', 'setup', i], startTargets));
  for (const name of ['reference', 'knownBad'] as const) {
    const targets = new Set(startTargets);
    spec.solutions[name].steps.forEach((step, i) => {
      const list = Array.isArray(step.do) ? step.do : [step.do];
      list.forEach((intent, j) =>
        check(
          intent,
          Array.isArray(step.do)
            ? ['solutions', name, 'steps', i, 'do', j]
            : ['solutions', name, 'steps', i, 'do'],
          targets,
        ),
      );
    });
  }
}

function checkSetWeld(intent: { key: string; value: unknown }, path: DataPath, at: At): void {
  const v = intent.value;
  const p = [...path, 'value'];
  if (intent.key === 'process') {
    if (typeof v !== 'string' || !(PROCESSES as readonly string[]).includes(v))
      at(p, `process must be one of ${allowedList(PROCESSES)}`);
  } else if (intent.key === 'shieldingGas') {
    if (typeof v !== 'string' || !(GASES as readonly string[]).includes(v))
      at(
        p,
        `shieldingGas must be one of ${allowedList(GASES)}${typeof v === 'string' ? suggestion(v, GASES) : ''}`,
      );
  } else if (intent.key === 'pulsed') {
    if (typeof v !== 'boolean') at(p, 'pulsed must be true or false');
  } else {
    const range = WELD_SETTING_RANGES[intent.key as keyof typeof WELD_SETTING_RANGES];
    if (typeof v !== 'number') at(p, `${intent.key} must be a number`);
    else if (range && (v < range[0] || v > range[1]))
      at(p, `${intent.key} ${v} is outside what the panel can set (${range[0]}–${range[1]})`);
  }
}
