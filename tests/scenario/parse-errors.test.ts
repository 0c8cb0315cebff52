import { describe, expect, it } from 'vitest';
import { parseScenario, type Diagnostic } from '../../src/scenario/index.ts';
import { TOY_SCENARIO } from './support/toy-scenario.ts';

/** The scenario with `from` replaced by `to` (which must exist, so a test cannot silently test nothing). */
function edit(from: string, to: string, text = TOY_SCENARIO): string {
  if (!text.includes(from)) throw new Error(`fixture does not contain ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** 1-based line and column of the first `needle` in `text`, plus `delta` characters. */
function posOf(text: string, needle: string, delta = 0): { line: number; column: number } {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`no ${JSON.stringify(needle)} in the text`);
  const before = text.slice(0, i + delta);
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

function problems(text: string): Diagnostic[] {
  const r = parseScenario(text, 'x.yaml');
  expect(r.scenario).toBeUndefined();
  expect(r.diagnostics.length).toBeGreaterThan(0);
  for (const d of r.diagnostics) {
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
  }
  return r.diagnostics;
}

function expectOne(text: string, at: { line: number; column: number }, message: RegExp): void {
  const ds = problems(text);
  expect(ds.map((d) => `${d.line}:${d.column}: ${d.message}`)).toContainEqual(
    expect.stringMatching(new RegExp(`^${at.line}:${at.column}: (?:[\\w.\\[\\]-]+: )?${message.source}`)),
  );
}

describe('a valid file', () => {
  it('parses with no diagnostics and fills defaults', () => {
    const r = parseScenario(TOY_SCENARIO, 'toy.yaml');
    expect(r.diagnostics).toEqual([]);
    const spec = r.scenario!.spec;
    expect(spec.cell.workpiece.gapMm).toBe(0);
    expect(spec.rules[1]!.category).toBe('process');
    expect(spec.rubric.passScore).toBe(60);
    expect(spec.phases[0]!.goals).toEqual([]);
  });
});

describe('YAML syntax errors point at where the parser stopped', () => {
  it('an unclosed flow mapping', () => {
    const text = edit(
      'title: { en: Toy fillet, zh-CN: 玩具角焊缝 }',
      'title: { en: Toy fillet, zh-CN: 玩具角焊缝',
    );
    expectOne(text, posOf(text, 'robotFamily'), /YAML syntax: Flow map .*end with a \}/);
  });
  it('a duplicate key', () => {
    const text = edit('level: 1', 'level: 1\nlevel: 2');
    expectOne(text, posOf(text, 'level: 2'), /YAML syntax: Map keys must be unique/);
  });
  it('a tab used for indentation', () => {
    const text = edit('level: 1', '\tlevel: 1');
    expectOne(
      text,
      posOf(text, '\tlevel'),
      /YAML syntax: Tabs are not allowed as indentation \(indent with spaces\)/,
    );
  });
  it('a file that is not a mapping', () => {
    expectOne('- just\n- a list\n', { line: 1, column: 1 }, /a scenario file is a mapping of fields/);
  });
});

describe('schema errors say what is wrong and what is allowed, at the value', () => {
  it('an unknown field, with did-you-mean and the allowed fields', () => {
    const text = edit('estimatedMinutes: 5', 'estimatedMinute: 5');
    expectOne(
      text,
      posOf(text, 'estimatedMinute:'),
      /unknown field `estimatedMinute` \(did you mean "estimatedMinutes"\?\); allowed: id, version, title/,
    );
  });
  it('an unknown field inside a list item', () => {
    const text = edit('    kind: weld\n', '    kind: weld\n    timelimitS: 60\n');
    expectOne(
      text,
      posOf(text, 'timelimitS'),
      /phases\[2\]: unknown field `timelimitS` \(did you mean "timeLimitS"\?\)/,
    );
  });
  it('a wrong type', () => {
    const text = edit('level: 1', 'level: one');
    expectOne(text, posOf(text, 'one'), /level: expected a number, got the text "one"/);
  });
  it('a number out of range names the unit and the allowed range', () => {
    const text = edit('thicknessMm: 10,', 'thicknessMm: 200,');
    expectOne(
      text,
      posOf(text, '200'),
      /cell\.workpiece\.thicknessMm: 200 mm is above the maximum 100 mm; allowed 0\.5–100 mm/,
    );
  });
  it('an enum value with did-you-mean', () => {
    const text = edit('robotFamily: cobot', 'robotFamily: cobbot');
    expectOne(
      text,
      posOf(text, 'cobbot'),
      /robotFamily: the text "cobbot" is not allowed \(did you mean "cobot"\?\); allowed: "cobot", "industrial", "orbital"/,
    );
  });
  it('an unknown fault type', () => {
    const text = edit('fault: gas-supply-loss', 'fault: gas-supply-los');
    expectOne(
      text,
      posOf(text, 'gas-supply-los'),
      /injections\[0\]\.fault: .*did you mean "gas-supply-loss"/,
    );
  });
  it('an unknown intent type lists every action a solution may use', () => {
    const text = edit('{ type: diagnose, cause: wire-stick }', '{ type: diagnoze, cause: wire-stick }');
    expectOne(
      text,
      posOf(text, 'diagnoze'),
      /solutions\.knownBad\.steps\[3\]\.do\.type: the text "diagnoze" is not allowed \(did you mean "diagnose"\?\); allowed: "setWeld".*"teachSeamPoint"/,
    );
  });
  it('a missing required field points at the mapping that should hold it', () => {
    const text = edit('title: { en: Toy fillet, zh-CN: 玩具角焊缝 }\n', '');
    expectOne(text, posOf(text, 'id: toy'), /missing required field `title`/);
  });
  it('a missing language in a bilingual text', () => {
    const text = edit('title: { en: Toy fillet, zh-CN: 玩具角焊缝 }', 'title: { en: Toy fillet }');
    expectOne(text, posOf(text, 'title:'), /missing required field `zh-CN` \(a text\) in title/);
  });
  it('a text where a list is expected, reported once', () => {
    const text = edit(
      'objectives:\n    - { en: Set the voltage, zh-CN: 设置电压 }',
      'objectives: Set the voltage',
    );
    const ds = problems(text);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({
      ...posOf(text, 'Set the voltage'),
      message: expect.stringMatching(/briefing\.objectives: expected a list/),
    });
  });
});

describe('checks across the file', () => {
  it('duplicate ids', () => {
    const text = edit('  - id: weld\n    kind: weld', '  - id: setup\n    kind: weld');
    expectOne(
      text,
      posOf(text, 'setup\n    kind: weld'),
      /phases\[2\]\.id: duplicate phase id "setup" \(first used at phases\[1\]\)/,
    );
  });
  it('a reference to an undefined phase', () => {
    const text = edit('scope: [weld]', 'scope: [weldd]');
    expectOne(
      text,
      posOf(text, 'weldd'),
      /rules\[2\]\.scope\[0\]: no phase has the id "weldd" \(did you mean "weld"\?\)/,
    );
  });
  it('weights that do not add up to 100', () => {
    const text = edit('goals: 30,', 'goals: 31,');
    expectOne(
      text,
      posOf(text, 'weights'),
      /rubric\.weights: weights add up to 101, they must add up to 100/,
    );
  });
  it('a weight for a component with nothing to score', () => {
    const text = edit('goals: 30, rules: 20', 'goals: 25, rules: 20, technique: 5');
    expectOne(text, posOf(text, 'technique: 5'), /technique has weight 5 but rubric\.technique has no bands/);
  });
  it('an unknown robot, and a robot of another family', () => {
    const a = edit('robot: ur10e', 'robot: ur11e');
    expectOne(a, posOf(a, 'ur11e'), /cell\.robot: unknown robot "ur11e" \(did you mean "ur10e"\?\)/);
    const b = edit('robot: ur10e', 'robot: fanuc-m10ia');
    expectOne(
      b,
      posOf(b, 'fanuc-m10ia'),
      /cell\.robot: fanuc-m10ia is a industrial robot but robotFamily is cobot/,
    );
  });
  it('a move to a target that was never taught', () => {
    const text = edit(
      '      - after: 1\n        do: { type: runProgram }',
      '      - after: 1\n        do: { type: addMove, move: L, target: seamEnd, speedMmPerS: 7, zoneMm: fine, arc: true }',
    );
    expectOne(
      text,
      posOf(text, 'seamEnd'),
      /solutions\.reference\.steps\[2\]\.do\.target: target "seamEnd" is not taught before this move/,
    );
  });
  it('fault parameters are checked by name and value', () => {
    const a = edit('params: { cause: valve-closed }', 'params: { cause: valve-shut }');
    expectOne(
      a,
      posOf(a, 'valve-shut'),
      /injections\[0\]\.params\.cause: cause must be one of "valve-closed", "cylinder-empty", "leak"/,
    );
    const b = edit('params: { cause: valve-closed }', 'params: { cause: leak, place: hose }');
    expectOne(b, posOf(b, 'place'), /gas-supply-loss has no parameter `place`; parameters: cause, location/);
  });
  it('a seeded range with min above max', () => {
    const text = edit('seamOffsetMm: { min: -2, max: 2, step: 0.1 }', 'seamOffsetMm: { min: 2, max: -2 }');
    expectOne(
      text,
      posOf(text, '2, max'),
      /variation\.seamOffsetMm\.min: min \(2\) is greater than max \(-2\)/,
    );
  });
});

describe('rule expressions report the exact character', () => {
  it('an unknown measurement, with did-you-mean', () => {
    const text = edit('require: not person.inHazardZone', 'require: not person.inHazardZon');
    expectOne(
      text,
      posOf(text, 'person.inHazardZon'),
      /rules\[0\]\.require: unknown name `person\.inHazardZon` \(did you mean "person\.inHazardZone"\?\)/,
    );
  });
  it('quantities that cannot be compared', () => {
    const text = edit('require: weld.travelSpeedMmPerS <= 8 mm/s', 'require: weld.travelSpeedMmPerS <= 8 A');
    expectOne(
      text,
      posOf(text, '<= 8 A'),
      /cannot compare with `<=`: mm\/s \(speed\) and A \(current\) are different quantities/,
    );
  });
  it('a condition where a number is given', () => {
    const text = edit('condition: weld.seamComplete', 'condition: weld.seamProgressPercent');
    expectOne(
      text,
      posOf(text, 'weld.seamProgressPercent'),
      /phases\[2\]\.goals\[0\]\.condition: expected a condition \(true\/false\), but this expression gives a number/,
    );
  });
  it('an error inside a multi-line block scalar', () => {
    const text = edit(
      '    require: not person.inHazardZone',
      '    require: |\n      not person.inHazardZone\n        and process.exit',
    );
    expectOne(text, posOf(text, 'process.exit'), /rules\[0\]\.require: `process` is not allowed in rules/);
  });
  it('an error inside a quoted string', () => {
    const text = edit('condition: weld.seamComplete', 'condition: "weld.seamComplete and arc.of"');
    expectOne(text, posOf(text, 'arc.of'), /unknown name `arc\.of` \(did you mean "arc\.on"\?\)/);
  });
  it('a string value a measurement never has', () => {
    const text = edit('condition: weld.seamComplete', 'condition: weld.position == "PX"');
    expectOne(text, posOf(text, '"PX"'), /"PX" is never a value here .*allowed: "PA", "PB"/);
  });
});

describe('a scenario trying to run code is rejected', () => {
  const attacks: Array<[string, string]> = [
    ['constructor', 'constructor'],
    ['__proto__', '__proto__.polluted'],
    ['process', 'process.exit'],
    ['this', 'this'],
    ['globalThis', 'globalThis.x'],
    ['[', 'weld["constructor"]'],
  ];
  for (const [needle, src] of attacks) {
    it(`require: ${src}`, () => {
      const text = edit('require: weld.travelSpeedMmPerS <= 8 mm/s', `require: ${src}`);
      const ds = problems(text);
      const at = posOf(text, `require: ${src}`, 'require: '.length + src.indexOf(needle));
      expect(ds[0]).toMatchObject(at);
      expect(ds[0]!.message).toMatch(/not allowed/);
    });
  }

  it('a __proto__ key in the YAML is an unknown field and pollutes nothing', () => {
    const text = edit('level: 1', 'level: 1\n__proto__: { polluted: true }');
    expectOne(text, posOf(text, '__proto__'), /unknown field `__proto__`/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('YAML aliases cannot blow up memory (billion laughs)', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 8; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`,
      );
    const ds = problems(bomb.join('\n') + '\n');
    expect(ds[0]!.message).toMatch(/alias|YAML/i);
  });
});

describe('the cell', () => {
  it('only the industrial cell has a positioner', () => {
    const text = edit('  robot: ur10e\n', '  robot: ur10e\n  positioner: positioner-2axis\n');
    expectOne(text, posOf(text, 'positioner-2axis'), /the cobot cell has no positioner/);
  });
});
