import { describe, expect, it } from 'vitest';
import { compileSource, ExprError, SymbolTable } from '../../src/scenario/index.ts';
import { UNITS, type Value } from '../../src/scenario/expr/index.ts';

function table(): { t: SymbolTable; env: Value[] } {
  const t = new SymbolTable();
  const env: Value[] = [];
  const add = (name: string, value: Value, unit?: string, values?: string[]) => {
    const s = t.declare(
      name,
      typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string',
      {
        ...(unit ? { unit: UNITS.get(unit)! } : {}),
        ...(values ? { values } : {}),
      },
    );
    env[s.slot] = value;
  };
  add('weld.currentA', 200, 'A');
  add('wps.flatCurrentA', 280, 'A');
  add('weld.voltageV', 24, 'V');
  add('weld.travelSpeedMmPerS', 6, 'mm/s');
  add('weld.position', 'PF', undefined, ['PA', 'PB', 'PF']);
  add('workpiece.thicknessMm', 10, 'mm');
  add('workpiece.interpassTempC', 180, 'C');
  add('maintenance.tipArcTimeMin', 250, 'min');
  add('arc.on', true);
  add('person.inHazardZone', false);
  add('robot.speedOverridePercent', 30, '%');
  return { t, env };
}

function evalOf(src: string): Value {
  const { t, env } = table();
  return compileSource(src, t).evaluate(env);
}

function errorOf(src: string): ExprError {
  const { t } = table();
  try {
    compileSource(src, t);
  } catch (e) {
    if (e instanceof ExprError) return e;
    throw e;
  }
  throw new Error(`expected ${src} to be rejected`);
}

describe('the expert rules of issue 6 read as written', () => {
  it('in PF on plate ≥ 8 mm, current must be 65–80 % of the flat-position setting', () => {
    const { t, env } = table();
    const when = compileSource('weld.position == "PF" and workpiece.thicknessMm >= 8 mm', t);
    const require = compileSource(
      'between(weld.currentA, 65 % * wps.flatCurrentA, 80 % * wps.flatCurrentA)',
      t,
    );
    expect(when.evaluate(env)).toBe(true);
    // 200 A of 280 A flat is 71 %: inside the band.
    expect(require.evaluate(env)).toBe(true);
    env[t.lookup('weld.currentA')!.slot] = 250; // 89 %
    expect(require.evaluate(env)).toBe(false);
  });
  it('interpass temperature ≤ 250 °C', () => {
    expect(evalOf('workpiece.interpassTempC <= 250 C')).toBe(true);
  });
  it('no arc while a person is inside the hazard zone', () => {
    expect(evalOf('not (arc.on and person.inHazardZone)')).toBe(true);
  });
  it('tip replaced before 4 h arc time: hours convert to the minutes the measurement is in', () => {
    expect(evalOf('maintenance.tipArcTimeMin < 4 h')).toBe(false); // 250 min > 240 min
    expect(evalOf('maintenance.tipArcTimeMin < 5 h')).toBe(true);
  });
});

describe('numbers, units and operators', () => {
  it('follows arithmetic precedence and unary minus', () => {
    expect(evalOf('1 + 2 * 3 - 4 / 2')).toBe(5);
    expect(evalOf('-(2 + 3) * 2')).toBe(-10);
    expect(evalOf('2 * -3')).toBe(-6);
  });
  it('converts units of the same quantity', () => {
    expect(evalOf('weld.travelSpeedMmPerS == 36 cm/min')).toBe(true);
    expect(evalOf('weld.travelSpeedMmPerS > 0.3 m/min')).toBe(true);
    expect(evalOf('workpiece.thicknessMm == 1 cm')).toBe(true);
  });
  it('a percentage multiplies as a fraction and compares with percent quantities as written', () => {
    expect(evalOf('50 % * weld.currentA')).toBe(100);
    expect(evalOf('robot.speedOverridePercent <= 30 %')).toBe(true);
    expect(evalOf('weld.currentA / wps.flatCurrentA < 75 %')).toBe(true);
  });
  it('and / or / not, comparisons, in-lists and functions', () => {
    expect(evalOf('arc.on and not person.inHazardZone or false')).toBe(true);
    expect(evalOf('weld.position in ["PF", "PA"]')).toBe(true);
    expect(evalOf('weld.position not in ["PF", "PA"]')).toBe(false);
    expect(evalOf('abs(-3 A) + min(1 A, 2 A) + max(weld.currentA, 150 A)')).toBe(204);
    expect(evalOf('round(2.6)')).toBe(3);
    expect(evalOf('between(weld.voltageV, 22 V, 26 V)')).toBe(true);
    expect(evalOf('weld.voltageV != 24')).toBe(false);
  });
});

describe('mistakes are caught when the scenario is loaded, with the offset of the problem', () => {
  const cases: Array<[string, number, RegExp]> = [
    ['weld.currentA > 5 V', 14, /different quantities/],
    ['weld.currentA + true', 16, /can only add numbers/],
    ['arc.on and 3', 11, /`and` joins conditions, got a number/],
    ['a < b < c', 6, /cannot be chained/],
    ['weld.curentA > 3', 0, /unknown name `weld\.curentA` \(did you mean "weld\.currentA"\?\)/],
    ['mx(1, 2)', 0, /unknown function `mx` \(did you mean "max"\?\)/],
    ['between(1, 2)', 0, /between takes 3 arguments/],
    ['weld.currentA >', 15, /unexpected end of expression/],
    ['(weld.currentA > 3', 18, /expected `\)`/],
    ['x && y', 2, /write `and` instead of `&&`/],
    ['x = 3', 2, /write `==` to compare/],
    ['250 degrees', 4, /unknown unit|unexpected/],
    ['"open', 0, /string is not closed/],
    ['weld.position == "PX"', 17, /"PX" is never a value here/],
    ['', 0, /empty expression/],
  ];
  for (const [src, offset, message] of cases) {
    it(JSON.stringify(src), () => {
      const e = errorOf(src);
      expect(e.message).toMatch(message);
      expect(e.start).toBe(offset);
    });
  }
});

describe('rules cannot execute code', () => {
  const attacks = [
    'constructor',
    '__proto__',
    'prototype',
    'process',
    'process.exit',
    'this',
    'globalThis.x',
    'globalThis',
    'weld.constructor',
    'weld.__proto__.polluted',
    'toString',
    'eval("1")',
    'Function("return 1")',
    'require("fs")',
    'import("fs")',
    'a["constructor"]',
    'weld["currentA"]',
    'weld.currentA.constructor',
    'arc.on.valueOf',
    '(() => 1)',
    'x => x',
    '`${process}`',
    'new Function',
    'window.alert',
    'self',
  ];
  for (const src of attacks) {
    it(`rejects ${src}`, () => {
      const e = errorOf(src);
      expect(e).toBeInstanceOf(ExprError);
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.start).toBeLessThanOrEqual(src.length);
    });
  }

  it('a name never reaches a JavaScript object property: lookups go through a Map of declared names', () => {
    const t = new SymbolTable();
    expect(t.lookup('constructor')).toBeUndefined();
    expect(t.lookup('__proto__')).toBeUndefined();
    expect(t.lookup('hasOwnProperty')).toBeUndefined();
    const polluted = ({} as Record<string, unknown>)['polluted'];
    expect(polluted).toBeUndefined();
  });
});
