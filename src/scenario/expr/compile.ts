// Type-check a parsed rule expression against the symbol table (types and units) and compile it into a tree of
// closures over an Env array. No eval, no Function constructor, no property access by user-written names.
import type { Expr } from './ast.ts';
import { FUNCTIONS } from './functions.ts';
import { ExprError } from './tokenizer.ts';
import { forbiddenReason, type Env, type SymbolTable, type Value, type ValueType } from './symbols.ts';
import { UNITS, conversionFactor, type UnitInfo } from './units.ts';
import { allowedList, suggestion } from '../did-you-mean.ts';

/** `null` = a bare number (adopts the unit it meets); `derived` = a product of quantities (A·V…). */
type Unit = UnitInfo | null | 'derived';
type Fn = (env: Env) => Value;

interface Typed {
  type: ValueType;
  unit: Unit;
  values?: readonly string[];
  constant?: Value;
  fn: Fn;
  start: number;
  end: number;
}

export interface CompiledExpr {
  type: ValueType;
  /** Unit id of a numeric result, if it has one. */
  unit?: string;
  evaluate: (env: Env) => Value;
  /** Slots this expression reads, so the engine only fills what is used. */
  slots: readonly number[];
}

const FRACTION = UNITS.get('fraction')!;

export function compileExpression(ast: Expr, symbols: SymbolTable): CompiledExpr {
  const slots = new Set<number>();
  const t = new Checker(symbols, slots).check(ast);
  const out: CompiledExpr = { type: t.type, evaluate: t.fn, slots: [...slots].sort((a, b) => a - b) };
  if (t.unit && t.unit !== 'derived') out.unit = t.unit.id;
  return out;
}

const unitName = (u: Unit): string =>
  u === null ? 'a plain number' : u === 'derived' ? 'a product of quantities' : u.id;
const describe = (t: Typed): string =>
  t.type === 'number' ? `a number (${unitName(t.unit)})` : `a ${t.type}`;

function constant(value: Value, type: ValueType, unit: Unit, start: number, end: number): Typed {
  return { type, unit, constant: value, fn: () => value, start, end };
}

class Checker {
  constructor(
    private readonly symbols: SymbolTable,
    private readonly slots: Set<number>,
  ) {}

  check(e: Expr): Typed {
    switch (e.kind) {
      case 'number': {
        if (e.unit === undefined) return constant(e.value, 'number', null, e.start, e.end);
        const u = UNITS.get(e.unit)!;
        // A percentage is a plain fraction once written: `80 %` is 0.8 of whatever it multiplies.
        return constant(e.value, 'number', u, e.start, e.end);
      }
      case 'string':
        return constant(e.value, 'string', null, e.start, e.end);
      case 'boolean':
        return constant(e.value, 'boolean', null, e.start, e.end);
      case 'name':
        return this.name(e.name, e.start, e.end);
      case 'unary': {
        const x = this.check(e.operand);
        if (e.op === 'not') {
          this.want(x, 'boolean', '`not` needs a condition');
          const f = x.fn;
          return { type: 'boolean', unit: null, fn: (env) => !f(env), start: e.start, end: e.end };
        }
        this.want(x, 'number', 'minus needs a number');
        const f = x.fn;
        return this.fold(
          { type: 'number', unit: x.unit, fn: (env) => -(f(env) as number), start: e.start, end: e.end },
          [x],
        );
      }
      case 'binary':
        return this.binary(e);
      case 'in':
        return this.inList(e);
      case 'call':
        return this.call(e);
    }
  }

  private name(name: string, start: number, end: number): Typed {
    const bad = forbiddenReason(name);
    if (bad) throw new ExprError(bad, start, end);
    const sym = this.symbols.lookup(name);
    if (!sym) {
      throw new ExprError(
        `unknown name \`${name}\`${suggestion(name, this.symbols.names())}; rules may use the measurements listed in docs/authoring.md, wps.*, variation.* and the scenario's fault and phase names`,
        start,
        end,
      );
    }
    this.slots.add(sym.slot);
    const slot = sym.slot;
    const t: Typed = { type: sym.type, unit: sym.unit ?? null, fn: (env) => env[slot]!, start, end };
    if (sym.values) t.values = sym.values;
    return t;
  }

  private want(t: Typed, type: ValueType, why: string): void {
    if (t.type !== type) throw new ExprError(`${why}, got ${describe(t)}`, t.start, t.end);
  }

  private binary(e: Extract<Expr, { kind: 'binary' }>): Typed {
    const a = this.check(e.left);
    const b = this.check(e.right);
    const fa = a.fn;
    const span = { start: e.start, end: e.end };
    switch (e.op) {
      case 'and':
      case 'or': {
        this.want(a, 'boolean', `\`${e.op}\` joins conditions`);
        this.want(b, 'boolean', `\`${e.op}\` joins conditions`);
        const fb = b.fn;
        const fn: Fn =
          e.op === 'and'
            ? (env) => (fa(env) as boolean) && (fb(env) as boolean)
            : (env) => (fa(env) as boolean) || (fb(env) as boolean);
        return { type: 'boolean', unit: null, fn, ...span };
      }
      case '==':
      case '!=':
        return this.equality(e.op, a, b, e.opStart, span);
      case '<':
      case '<=':
      case '>':
      case '>=': {
        const [x, y] = this.sameQuantity(a, b, e.opStart, `compare with \`${e.op}\``);
        const fx = x.fn,
          fy = y.fn;
        const fn: Fn =
          e.op === '<'
            ? (env) => (fx(env) as number) < (fy(env) as number)
            : e.op === '<='
              ? (env) => (fx(env) as number) <= (fy(env) as number)
              : e.op === '>'
                ? (env) => (fx(env) as number) > (fy(env) as number)
                : (env) => (fx(env) as number) >= (fy(env) as number);
        return { type: 'boolean', unit: null, fn, ...span };
      }
      case '+':
      case '-': {
        const [x, y] = this.sameQuantity(a, b, e.opStart, e.op === '+' ? 'add' : 'subtract');
        const fx = x.fn,
          fy = y.fn;
        const fn: Fn =
          e.op === '+'
            ? (env) => (fx(env) as number) + (fy(env) as number)
            : (env) => (fx(env) as number) - (fy(env) as number);
        return this.fold({ type: 'number', unit: x.unit === null ? y.unit : x.unit, fn, ...span }, [x, y]);
      }
      case '*':
        return this.multiply(a, b, e.opStart, span);
      case '/':
        return this.divide(a, b, e.opStart, span);
    }
  }

  private equality(
    op: '==' | '!=',
    a: Typed,
    b: Typed,
    at: number,
    span: { start: number; end: number },
  ): Typed {
    if (a.type !== b.type)
      throw new ExprError(`cannot compare ${describe(a)} with ${describe(b)} using \`${op}\``, at, at + 2);
    let x = a,
      y = b;
    if (a.type === 'number') [x, y] = this.sameQuantity(a, b, at, `compare with \`${op}\``);
    if (a.type === 'string') {
      this.checkEnum(a, b);
      this.checkEnum(b, a);
    }
    const fx = x.fn,
      fy = y.fn;
    const fn: Fn = op === '==' ? (env) => fx(env) === fy(env) : (env) => fx(env) !== fy(env);
    return { type: 'boolean', unit: null, fn, ...span };
  }

  /** A string literal compared with an enumerated quantity must be one of its values. */
  private checkEnum(quantity: Typed, literal: Typed): void {
    if (!quantity.values || typeof literal.constant !== 'string') return;
    if (!quantity.values.includes(literal.constant)) {
      throw new ExprError(
        `${JSON.stringify(literal.constant)} is never a value here${suggestion(literal.constant, quantity.values)}; allowed: ${allowedList(quantity.values)}`,
        literal.start,
        literal.end,
      );
    }
  }

  /** Check two numbers measure the same kind of quantity and convert the second into the first's unit. */
  private sameQuantity(a: Typed, b: Typed, at: number, what: string): [Typed, Typed] {
    this.want(a, 'number', `can only ${what} numbers`);
    this.want(b, 'number', `can only ${what} numbers`);
    const ua = a.unit,
      ub = b.unit;
    if (ua === null || ub === null) return [a, b];
    if (ua === 'derived' || ub === 'derived') {
      if (ua === ub) return [a, b];
      throw new ExprError(
        `cannot ${what}: ${unitName(ua)} and ${unitName(ub)} are different quantities`,
        at,
        at + 1,
      );
    }
    if (ua.dimension !== ub.dimension) {
      throw new ExprError(
        `cannot ${what}: ${ua.id} (${ua.dimension}) and ${ub.id} (${ub.dimension}) are different quantities`,
        at,
        at + 1,
      );
    }
    if (ua === ub) return [a, b];
    // Convert the literal side if there is one, so the measurement keeps its own unit.
    if (a.constant !== undefined && b.constant === undefined) return [this.convert(a, ub), b];
    return [a, this.convert(b, ua)];
  }

  private convert(t: Typed, to: UnitInfo): Typed {
    const from = t.unit as UnitInfo;
    const k = conversionFactor(from, to);
    if (t.constant !== undefined) return constant((t.constant as number) * k, 'number', to, t.start, t.end);
    const f = t.fn;
    return { type: 'number', unit: to, fn: (env) => (f(env) as number) * k, start: t.start, end: t.end };
  }

  private multiply(a: Typed, b: Typed, at: number, span: { start: number; end: number }): Typed {
    this.want(a, 'number', 'can only multiply numbers');
    this.want(b, 'number', 'can only multiply numbers');
    const isRatio = (u: Unit) => u !== null && u !== 'derived' && u.dimension === 'ratio';
    let unit: Unit;
    let x = a,
      y = b;
    if (isRatio(a.unit) && b.unit !== null && !isRatio(b.unit)) {
      x = this.convert(a, FRACTION);
      unit = b.unit;
    } else if (isRatio(b.unit) && a.unit !== null && !isRatio(a.unit)) {
      y = this.convert(b, FRACTION);
      unit = a.unit;
    } else if (a.unit === null) unit = b.unit;
    else if (b.unit === null) unit = a.unit;
    else unit = 'derived';
    void at;
    const fx = x.fn,
      fy = y.fn;
    return this.fold(
      { type: 'number', unit, fn: (env) => (fx(env) as number) * (fy(env) as number), ...span },
      [x, y],
    );
  }

  private divide(a: Typed, b: Typed, at: number, span: { start: number; end: number }): Typed {
    this.want(a, 'number', 'can only divide numbers');
    this.want(b, 'number', 'can only divide numbers');
    let unit: Unit;
    let x = a,
      y = b;
    if (b.unit === null) unit = a.unit;
    else if (
      a.unit !== null &&
      a.unit !== 'derived' &&
      b.unit !== 'derived' &&
      a.unit.dimension === b.unit.dimension
    ) {
      [x, y] = this.sameQuantity(a, b, at, 'divide');
      unit = FRACTION;
    } else unit = 'derived';
    const fx = x.fn,
      fy = y.fn;
    return this.fold(
      { type: 'number', unit, fn: (env) => (fx(env) as number) / (fy(env) as number), ...span },
      [x, y],
    );
  }

  private inList(e: Extract<Expr, { kind: 'in' }>): Typed {
    const v = this.check(e.value);
    const items = e.list.map((item) => this.check(item));
    const consts: Value[] = [];
    for (const it of items) {
      if (it.constant === undefined)
        throw new ExprError(
          'list items after `in` must be plain values (numbers, strings)',
          it.start,
          it.end,
        );
      if (it.type !== v.type)
        throw new ExprError(
          `list item is ${describe(it)} but the value tested is ${describe(v)}`,
          it.start,
          it.end,
        );
      if (v.type === 'string') this.checkEnum(v, it);
      consts.push(
        v.type === 'number'
          ? (this.sameQuantity(v, it, it.start, 'compare')[1].constant as number)
          : it.constant,
      );
    }
    const f = v.fn;
    const neg = e.negated;
    return {
      type: 'boolean',
      unit: null,
      fn: (env) => consts.includes(f(env)) !== neg,
      start: e.start,
      end: e.end,
    };
  }

  private call(e: Extract<Expr, { kind: 'call' }>): Typed {
    const bad = forbiddenReason(e.callee);
    if (bad) throw new ExprError(bad, e.start, e.start + e.callee.length);
    const spec = FUNCTIONS.get(e.callee);
    if (!spec) {
      throw new ExprError(
        `unknown function \`${e.callee}\`${suggestion(e.callee, FUNCTIONS.keys())}; functions: ${[...FUNCTIONS.values()].map((f) => f.signature).join(', ')}`,
        e.start,
        e.start + e.callee.length,
      );
    }
    if (e.args.length < spec.minArgs || e.args.length > spec.maxArgs) {
      throw new ExprError(
        `${e.callee} takes ${spec.minArgs === spec.maxArgs ? spec.minArgs : `${spec.minArgs}–${spec.maxArgs}`} arguments: ${spec.signature}`,
        e.start,
        e.end,
      );
    }
    const args = e.args.map((a) => this.check(a));
    const span = { start: e.start, end: e.end };
    if (spec.kind === 'between') {
      const [x0, lo] = this.sameQuantity(args[0]!, args[1]!, args[1]!.start, 'compare');
      const [x, hi] = this.sameQuantity(x0, args[2]!, args[2]!.start, 'compare');
      const fx = x.fn,
        flo = lo.fn,
        fhi = hi.fn;
      return {
        type: 'boolean',
        unit: null,
        fn: (env) => {
          const v = fx(env) as number;
          return v >= (flo(env) as number) && v <= (fhi(env) as number);
        },
        ...span,
      };
    }
    if (spec.kind === 'unary-same') {
      const x = args[0]!;
      this.want(x, 'number', `${e.callee} needs a number`);
      const f = x.fn;
      const op = e.callee === 'abs' ? Math.abs : Math.round;
      return this.fold({ type: 'number', unit: x.unit, fn: (env) => op(f(env) as number), ...span }, [x]);
    }
    let first = args[0]!;
    const conv: Typed[] = [first];
    for (const a of args.slice(1)) {
      const [f0, c] = this.sameQuantity(first, a, a.start, `take ${e.callee} of`);
      first = f0;
      conv[0] = f0;
      conv.push(c);
    }
    const fns = conv.map((c) => c.fn);
    const unit = conv.find((c) => c.unit !== null)?.unit ?? null;
    const pick = e.callee === 'min' ? Math.min : Math.max;
    return this.fold(
      { type: 'number', unit, fn: (env) => pick(...fns.map((f) => f(env) as number)), ...span },
      conv,
    );
  }

  /** Fold a node whose inputs are all constants into a constant. */
  private fold(t: Typed, inputs: Typed[]): Typed {
    if (inputs.every((i) => i.constant !== undefined)) {
      const v = t.fn([]);
      return { ...t, constant: v, fn: () => v };
    }
    return t;
  }
}
