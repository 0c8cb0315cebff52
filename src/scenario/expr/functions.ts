// The whitelist of functions a rule may call. Nothing else is callable.

export interface FunctionSpec {
  /** How it is written, for error messages. */
  signature: string;
  minArgs: number;
  maxArgs: number;
  /** `same-unit`: numeric arguments of one quantity, result in that unit; `between`: boolean range test. */
  kind: 'unary-same' | 'variadic-same' | 'between';
}

export const FUNCTIONS: ReadonlyMap<string, FunctionSpec> = new Map([
  ['abs', { signature: 'abs(x)', minArgs: 1, maxArgs: 1, kind: 'unary-same' }],
  ['round', { signature: 'round(x)', minArgs: 1, maxArgs: 1, kind: 'unary-same' }],
  ['min', { signature: 'min(a, b, …)', minArgs: 2, maxArgs: 8, kind: 'variadic-same' }],
  ['max', { signature: 'max(a, b, …)', minArgs: 2, maxArgs: 8, kind: 'variadic-same' }],
  ['between', { signature: 'between(x, lo, hi) (inclusive)', minArgs: 3, maxArgs: 3, kind: 'between' }],
]);
