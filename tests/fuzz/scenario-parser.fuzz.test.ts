// Property-based fuzzing of the scenario parser: mutated YAML never crashes it, and every problem it reports
// carries a line and column inside the file.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseScenario, compileSource, ExprError } from '../../src/scenario/index.ts';
import { buildSymbols } from '../../src/scenario/parse/symbols-for.ts';
import { TOY_SCENARIO } from '../scenario/support/toy-scenario.ts';

const SCENARIO_DIR = join(import.meta.dirname, '../../scenarios');
// The toy scenario (3 kB) and the smallest shipped one: the yaml library parses ~1 MB/s, so larger seeds only
// slow the run without reaching new parser paths.
const shipped = readdirSync(SCENARIO_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => readFileSync(join(SCENARIO_DIR, f), 'utf8'))
  .sort((a, b) => a.length - b.length);
const seeds = [TOY_SCENARIO, TOY_SCENARIO, ...shipped.slice(0, 1)];

const YAML_CHARS = [
  ':',
  '{',
  '}',
  '[',
  ']',
  '-',
  '#',
  '&',
  '*',
  '!',
  '|',
  '>',
  "'",
  '"',
  '\n',
  '\t',
  ' ',
  '%',
  '@',
  '`',
  ',',
  '?',
  '\\',
  '0',
  'a',
  'Z',
  '中',
  '\u0000',
  '\r',
];

type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicateLine'; line: number }
  | { kind: 'swapLines'; a: number; b: number }
  | { kind: 'indent'; line: number; delta: number }
  | { kind: 'replaceValue'; line: number; value: string }
  | { kind: 'truncate'; at: number };

const scalar = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }).map(String),
  fc.double({ noNaN: false }).map(String),
  fc.constantFrom(
    'true',
    'false',
    'null',
    '~',
    '""',
    "''",
    '[]',
    '{}',
    '-',
    '1e999',
    '.inf',
    '0x1F',
    '!!str 3',
    '&x a',
    '*x',
    '|',
    '>',
  ),
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    'constructor',
    '__proto__',
    'process.exit',
    'arc.on and',
    'between(',
    'weld.currentA > 3 V',
    '"PX"',
  ),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.array(fc.constantFrom(...YAML_CHARS), { minLength: 1, maxLength: 6 }).map((a) => a.join('')),
  }),
  fc.record({ kind: fc.constant('duplicateLine' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), delta: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('replaceValue' as const), line: fc.nat(), value: scalar }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function apply(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const li = (n: number) => n % lines.length;
  switch (m.kind) {
    case 'delete': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + m.length);
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'duplicateLine':
      lines.splice(li(m.line), 0, lines[li(m.line)]!);
      return lines.join('\n');
    case 'swapLines': {
      const a = li(m.a),
        b = li(m.b);
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    case 'indent': {
      const i = li(m.line);
      lines[i] =
        m.delta >= 0
          ? ' '.repeat(m.delta) + lines[i]
          : lines[i]!.replace(new RegExp(`^ {0,${-m.delta}}`), '');
      return lines.join('\n');
    }
    case 'replaceValue': {
      const i = li(m.line);
      const colon = lines[i]!.indexOf(': ');
      if (colon >= 0) lines[i] = lines[i]!.slice(0, colon + 2) + m.value;
      return lines.join('\n');
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
  }
}

function checkResult(text: string): void {
  const r = parseScenario(text, 'fuzz.yaml');
  const lineCount = text.split(/\r\n|\r|\n/).length;
  if (r.diagnostics.length === 0) {
    expect(r.scenario).toBeDefined();
    return;
  }
  expect(r.scenario).toBeUndefined();
  for (const d of r.diagnostics) {
    expect(Number.isInteger(d.line) && d.line >= 1 && d.line <= lineCount + 1).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 1).toBe(true);
    expect(d.message.length).toBeGreaterThan(5);
  }
}

describe('fuzzing the scenario parser with mutated YAML', () => {
  it('never throws, and every diagnostic is positioned inside the file (single mutations)', () => {
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), mutation, (which, m) => {
        checkResult(apply(seeds[which]!, m));
      }),
      { numRuns: 1500 },
    );
  }, 180_000);

  it('survives several mutations stacked', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: seeds.length - 1 }),
        fc.array(mutation, { minLength: 2, maxLength: 8 }),
        (which, ms) => {
          checkResult(ms.reduce(apply, seeds[which]!));
        },
      ),
      { numRuns: 800 },
    );
  }, 180_000);

  it('survives arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: 'binary' }), (text) => checkResult(text)),
      { numRuns: 800 },
    );
  }, 180_000);
});

describe('fuzzing the rule language', () => {
  const symbols = buildSymbols({
    phases: [{ id: 'weld' } as never],
    wps: { flatCurrentA: 280 },
    injections: [],
  });
  const token = fc.constantFrom(
    'weld.currentA',
    'arc.on',
    'weld.position',
    'wps.flatCurrentA',
    'not',
    'and',
    'or',
    'in',
    '(',
    ')',
    '[',
    ']',
    ',',
    '==',
    '!=',
    '<',
    '<=',
    '>',
    '>=',
    '+',
    '-',
    '*',
    '/',
    '250',
    '0.5',
    '80 %',
    '4 h',
    '10 mm/s',
    '"PF"',
    'between',
    'abs',
    'min',
    'true',
    'constructor',
    '__proto__',
    '.',
    '&&',
    '=',
  );
  it('compiles or throws an ExprError with an offset inside the text; never anything else', () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 14 }), (toks) => {
        const src = toks.join(' ');
        try {
          const c = compileSource(src, symbols);
          const v = c.evaluate(new Array(symbols.size).fill(0));
          expect(['number', 'boolean', 'string']).toContain(typeof v);
        } catch (e) {
          expect(e).toBeInstanceOf(ExprError);
          const x = e as ExprError;
          expect(x.start).toBeGreaterThanOrEqual(0);
          expect(x.start).toBeLessThanOrEqual(src.length);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
