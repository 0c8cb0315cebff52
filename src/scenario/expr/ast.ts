// Syntax tree of a rule expression. `start`/`end` are offsets into the expression text, for positioned errors.

export type BinaryOp = 'and' | 'or' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/';

export type Expr =
  | { kind: 'number'; value: number; unit?: string; start: number; end: number }
  | { kind: 'string'; value: string; start: number; end: number }
  | { kind: 'boolean'; value: boolean; start: number; end: number }
  | { kind: 'name'; name: string; start: number; end: number }
  | { kind: 'unary'; op: 'not' | '-'; operand: Expr; start: number; end: number }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr; opStart: number; start: number; end: number }
  | { kind: 'in'; negated: boolean; value: Expr; list: Expr[]; opStart: number; start: number; end: number }
  | { kind: 'call'; callee: string; args: Expr[]; start: number; end: number };
