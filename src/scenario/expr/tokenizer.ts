// Tokenizer of the rule expression language. Offsets are UTF-16 indices into the expression text.
import { UNITS } from './units.ts';

export type TokenKind = 'number' | 'string' | 'ident' | 'op' | 'eof';

export interface Token {
  kind: TokenKind;
  /** Operator text, identifier, string contents, or number source. */
  text: string;
  /** Numeric value (numbers only). */
  value: number;
  /** Unit written after a number (`250 C`), if any. */
  unit?: string;
  start: number;
  end: number;
}

export class ExprError extends Error {
  constructor(
    message: string,
    readonly start: number,
    readonly end: number = start + 1,
  ) {
    super(message);
  }
}

const OPERATORS = ['==', '!=', '<=', '>=', '<', '>', '+', '-', '*', '/', '(', ')', '[', ']', ','];
const MAX_LENGTH = 2000;

const isDigit = (c: string) => c >= '0' && c <= '9';
const isIdentStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isIdentPart = (c: string) => isIdentStart(c) || isDigit(c);

/** Characters that look like another language's syntax get a specific hint. */
const FOREIGN: Record<string, string> = {
  '&': 'write `and` instead of `&&`',
  '|': 'write `or` instead of `||`',
  '!': 'write `not` instead of `!` (and `!=` for "not equal")',
  '=': 'write `==` to compare',
  '.': 'property access is not allowed; write the full measurement name, e.g. `weld.currentA`',
  '{': 'objects are not allowed in rules',
  '}': 'objects are not allowed in rules',
  ';': 'a rule is a single expression, no `;`',
  '`': 'template strings are not allowed',
  '%': 'there is no `%` operator; write `80 %` after a number to mean 0.8',
  '?': 'no conditional operator; combine conditions with `and`/`or`',
  ':': 'no `:` in rules',
  '\\': 'no escapes outside strings',
};

export function tokenize(src: string): Token[] {
  if (src.length > MAX_LENGTH)
    throw new ExprError(`expression is longer than ${MAX_LENGTH} characters`, MAX_LENGTH);
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src.charAt(i);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c) || (c === '.' && isDigit(src.charAt(i + 1)))) {
      i = readNumber(src, i, tokens);
      continue;
    }
    if (isIdentStart(c)) {
      while (
        i < src.length &&
        (isIdentPart(src.charAt(i)) || (src.charAt(i) === '.' && isIdentStart(src.charAt(i + 1))))
      )
        i++;
      if (src.charAt(i) === '.') throw new ExprError('a name cannot end with `.`', i);
      tokens.push({ kind: 'ident', text: src.slice(start, i), value: 0, start, end: i });
      continue;
    }
    if (c === '"' || c === "'") {
      i = readString(src, i, tokens);
      continue;
    }
    const two = src.slice(i, i + 2);
    if (two === '&&' || two === '||' || two === '=>') {
      throw new ExprError(
        `\`${two}\` is not part of the rule language: ${FOREIGN[c] ?? 'functions cannot be defined'}`,
        i,
        i + 2,
      );
    }
    const op = OPERATORS.find((o) => src.startsWith(o, i));
    if (op) {
      tokens.push({ kind: 'op', text: op, value: 0, start, end: i + op.length });
      i += op.length;
      continue;
    }
    const hint = FOREIGN[c];
    throw new ExprError(
      hint ? `unexpected \`${c}\`: ${hint}` : `unexpected character ${JSON.stringify(c)}`,
      i,
    );
  }
  tokens.push({ kind: 'eof', text: '', value: 0, start: src.length, end: src.length });
  return tokens;
}

function readNumber(src: string, i: number, tokens: Token[]): number {
  const start = i;
  while (isDigit(src.charAt(i))) i++;
  if (src.charAt(i) === '.') {
    i++;
    while (isDigit(src.charAt(i))) i++;
  }
  if ((src.charAt(i) === 'e' || src.charAt(i) === 'E') && /^[eE][+-]?\d/.test(src.slice(i, i + 3))) {
    i++;
    if (src.charAt(i) === '+' || src.charAt(i) === '-') i++;
    while (isDigit(src.charAt(i))) i++;
  }
  const text = src.slice(start, i);
  const value = Number(text);
  if (!Number.isFinite(value)) throw new ExprError(`number ${text} is out of range`, start, i);
  const token: Token = { kind: 'number', text, value, start, end: i };
  // Optional unit: spaces, then a unit id (`mm/s`, `L/min`, `%`), not followed by `(` or more name characters.
  let j = i;
  while (src.charAt(j) === ' ' || src.charAt(j) === '\t') j++;
  const unit = matchUnit(src, j);
  if (unit) {
    token.unit = unit;
    token.end = j + unit.length;
    i = token.end;
  } else if (j === i && isIdentStart(src.charAt(i))) {
    // `250C` without a space is fine for a unit, anything else glued to a number is a typo.
    let k = i;
    while (isIdentPart(src.charAt(k))) k++;
    throw new ExprError(
      `unknown unit \`${src.slice(i, k)}\` after ${text}; units: ${[...UNITS.keys()].filter((u) => u !== 'fraction').join(', ')}`,
      i,
      k,
    );
  }
  tokens.push(token);
  return i;
}

function matchUnit(src: string, j: number): string | undefined {
  let best: string | undefined;
  for (const id of UNITS.keys()) {
    if (id === 'fraction' || !src.startsWith(id, j)) continue;
    const after = src.charAt(j + id.length);
    if (isIdentPart(after) || after === '(' || after === '.') continue;
    if (!best || id.length > best.length) best = id;
  }
  return best;
}

function readString(src: string, i: number, tokens: Token[]): number {
  const quote = src.charAt(i);
  const start = i;
  i++;
  let text = '';
  while (i < src.length && src.charAt(i) !== quote) {
    if (src.charAt(i) === '\\') throw new ExprError('escapes are not allowed in rule strings', i);
    if (src.charAt(i) === '\n') break;
    text += src.charAt(i);
    i++;
  }
  if (src.charAt(i) !== quote) throw new ExprError(`string is not closed: add ${quote}`, start, i);
  i++;
  tokens.push({ kind: 'string', text, value: 0, start, end: i });
  return i;
}
