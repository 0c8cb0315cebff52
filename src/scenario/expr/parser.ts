// Pratt parser for rule expressions: `or` < `and` < `not` < comparisons/`in` < `+ -` < `* /` < unary minus.
import type { BinaryOp, Expr } from './ast.ts';
import { ExprError, tokenize, type Token } from './tokenizer.ts';

const BP: Record<string, number> = {
  or: 10,
  and: 20,
  '==': 40,
  '!=': 40,
  '<': 40,
  '<=': 40,
  '>': 40,
  '>=': 40,
  in: 40,
  not: 40, // `x not in [...]`
  '+': 50,
  '-': 50,
  '*': 60,
  '/': 60,
};
const NOT_BP = 30;
const NEG_BP = 70;
const COMPARISON = new Set(['==', '!=', '<', '<=', '>', '>=', 'in', 'not']);
const MAX_DEPTH = 64;

/** Parse an expression, or throw ExprError with the offset of the problem. */
export function parseExpression(src: string): Expr {
  const p = new Parser(tokenize(src));
  if (p.peek().kind === 'eof')
    throw new ExprError('empty expression: write a condition such as `weld.currentA <= 250`', 0, 0);
  const e = p.expr(0);
  const t = p.peek();
  if (t.kind !== 'eof')
    throw unexpected(t, 'expected an operator (and, or, ==, <, +, …) or the end of the expression');
  return e;
}

function unexpected(t: Token, what: string): ExprError {
  if (t.kind === 'eof') return new ExprError(`unexpected end of expression: ${what}`, t.start, t.end);
  if (t.text === '[')
    return new ExprError(
      'indexing with `[...]` is not allowed: write the full measurement name',
      t.start,
      t.end,
    );
  const shown = t.kind === 'string' ? JSON.stringify(t.text) : `\`${t.text}\``;
  return new ExprError(`unexpected ${shown}: ${what}`, t.start, t.end);
}

class Parser {
  private pos = 0;
  private depth = 0;
  constructor(private readonly tokens: Token[]) {}

  peek(): Token {
    return this.tokens[this.pos]!;
  }
  private next(): Token {
    const t = this.tokens[this.pos]!;
    if (t.kind !== 'eof') this.pos++;
    return t;
  }
  private isOp(text: string): boolean {
    const t = this.peek();
    return t.kind === 'op' && t.text === text;
  }
  private isWord(text: string): boolean {
    const t = this.peek();
    return t.kind === 'ident' && t.text === text;
  }
  private expect(text: string, what: string): Token {
    if (!this.isOp(text)) throw unexpected(this.peek(), what);
    return this.next();
  }

  expr(minBp: number): Expr {
    if (++this.depth > MAX_DEPTH)
      throw new ExprError(`expression is nested deeper than ${MAX_DEPTH} levels`, this.peek().start);
    let left = this.prefix();
    for (;;) {
      const t = this.peek();
      const key = t.kind === 'op' || t.kind === 'ident' ? t.text : '';
      const bp = BP[key];
      if (bp === undefined || bp <= minBp) break;
      if (t.kind === 'ident' && !['and', 'or', 'in', 'not'].includes(t.text)) break;
      if (COMPARISON.has(key) && isComparison(left)) {
        throw new ExprError(
          'comparisons cannot be chained: write `a < b and b < c` or use between(x, lo, hi)',
          t.start,
          t.end,
        );
      }
      left = this.infix(left, t, bp);
    }
    this.depth--;
    return left;
  }

  private infix(left: Expr, t: Token, bp: number): Expr {
    this.next();
    if (t.text === 'in' || t.text === 'not') {
      let negated = false;
      if (t.text === 'not') {
        if (!this.isWord('in'))
          throw unexpected(this.peek(), 'expected `in` after `not` (as in `x not in [...]`)');
        this.next();
        negated = true;
      }
      const open = this.expect('[', 'expected `[` starting the list after `in`');
      const list: Expr[] = [];
      if (!this.isOp(']')) {
        do list.push(this.expr(0));
        while (this.isOp(',') && this.next());
      }
      const close = this.expect(']', 'expected `,` or `]` in the list');
      if (list.length === 0) throw new ExprError('the list after `in` is empty', open.start, close.end);
      return { kind: 'in', negated, value: left, list, opStart: t.start, start: left.start, end: close.end };
    }
    const right = this.expr(bp);
    return {
      kind: 'binary',
      op: t.text as BinaryOp,
      left,
      right,
      opStart: t.start,
      start: left.start,
      end: right.end,
    };
  }

  private prefix(): Expr {
    const t = this.next();
    switch (t.kind) {
      case 'number':
        return t.unit === undefined
          ? { kind: 'number', value: t.value, start: t.start, end: t.end }
          : { kind: 'number', value: t.value, unit: t.unit, start: t.start, end: t.end };
      case 'string':
        return { kind: 'string', value: t.text, start: t.start, end: t.end };
      case 'op':
        if (t.text === '(') {
          const e = this.expr(0);
          const close = this.expect(')', 'expected `)`');
          return { ...e, start: t.start, end: close.end };
        }
        if (t.text === '-') {
          const operand = this.expr(NEG_BP);
          return { kind: 'unary', op: '-', operand, start: t.start, end: operand.end };
        }
        throw unexpected(t, 'expected a value, a measurement name, `not` or `(`');
      case 'ident': {
        if (t.text === 'not') {
          const operand = this.expr(NOT_BP);
          return { kind: 'unary', op: 'not', operand, start: t.start, end: operand.end };
        }
        if (t.text === 'true' || t.text === 'false')
          return { kind: 'boolean', value: t.text === 'true', start: t.start, end: t.end };
        if (['and', 'or', 'in'].includes(t.text)) throw unexpected(t, 'expected a value before it');
        if (this.isOp('(')) return this.call(t);
        return { kind: 'name', name: t.text, start: t.start, end: t.end };
      }
      case 'eof':
        throw unexpected(t, 'expected a value');
    }
  }

  private call(name: Token): Expr {
    this.next(); // (
    const args: Expr[] = [];
    if (!this.isOp(')')) {
      do args.push(this.expr(0));
      while (this.isOp(',') && this.next());
    }
    const close = this.expect(')', 'expected `,` or `)` after a function argument');
    return { kind: 'call', callee: name.text, args, start: name.start, end: close.end };
  }
}

function isComparison(e: Expr): boolean {
  return e.kind === 'in' || (e.kind === 'binary' && ['==', '!=', '<', '<=', '>', '>='].includes(e.op));
}
