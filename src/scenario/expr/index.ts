// Rule expression language: tokenizer, Pratt parser, type/unit checker, closure compiler.
import { compileExpression, type CompiledExpr } from './compile.ts';
import { parseExpression } from './parser.ts';
import type { SymbolTable } from './symbols.ts';

export { ExprError } from './tokenizer.ts';
export { SymbolTable, forbiddenReason } from './symbols.ts';
export type { Env, Value, ValueType, SymbolInfo } from './symbols.ts';
export type { CompiledExpr } from './compile.ts';
export { UNITS, WRITABLE_UNITS, unitFromName } from './units.ts';
export type { UnitInfo, Dimension } from './units.ts';
export { FUNCTIONS } from './functions.ts';

/** Parse and compile an expression; throws ExprError (with offsets into `source`) when it is not valid. */
export function compileSource(source: string, symbols: SymbolTable): CompiledExpr {
  return compileExpression(parseExpression(source), symbols);
}
