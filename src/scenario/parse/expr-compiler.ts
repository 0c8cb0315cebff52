// Compile the expressions of a scenario, reporting each error at its exact line and column in the file.
import { formatPath, type Diagnostic } from '../diagnostics.ts';
import {
  compileSource,
  ExprError,
  UNITS,
  type CompiledExpr,
  type SymbolTable,
  type ValueType,
} from '../expr/index.ts';
import type { DataPath, SourceMap } from '../yaml/source-map.ts';

const article: Record<ValueType, string> = {
  boolean: 'a condition (true/false)',
  number: 'a number',
  string: 'a text value',
};

export class ExprCompiler {
  constructor(
    private readonly symbols: SymbolTable,
    private readonly map: SourceMap,
    private readonly out: Diagnostic[],
  ) {}

  /** Compile `source` (found at `path`), requiring a result of `type`. */
  compile(path: DataPath, source: string, type: ValueType): CompiledExpr | undefined {
    try {
      const c = compileSource(source, this.symbols);
      if (c.type !== type) {
        this.report(path, 0, `expected ${article[type]}, but this expression gives ${article[c.type]}`);
        return undefined;
      }
      return c;
    } catch (e) {
      if (e instanceof ExprError) {
        this.report(path, e.start, e.message);
        return undefined;
      }
      throw e;
    }
  }

  /** Factor converting `bound` into the unit of `value`; reports a mismatch of quantities. */
  unitFactor(path: DataPath, value: CompiledExpr, bound: CompiledExpr): number {
    if (!value.unit || !bound.unit || value.unit === bound.unit) return 1;
    const a = UNITS.get(value.unit)!;
    const b = UNITS.get(bound.unit)!;
    if (a.dimension !== b.dimension) {
      this.report(
        path,
        0,
        `this bound is in ${b.id} (${b.dimension}) but the value is in ${a.id} (${a.dimension})`,
      );
      return 1;
    }
    return b.factor / a.factor;
  }

  report(path: DataPath, offset: number, message: string): void {
    const at = this.map.inString(path, offset);
    this.out.push({ line: at.line, column: at.column, message: `${formatPath(path)}: ${message}` });
  }
}
