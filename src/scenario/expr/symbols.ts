// The names a rule may use. Lookups go through a Map, so no JavaScript object property is ever reached by a
// name that a scenario author wrote.
import type { UnitInfo } from './units.ts';

export type ValueType = 'number' | 'boolean' | 'string';
export type Value = number | boolean | string;
/** Values of the symbols, indexed by `SymbolInfo.slot`; the engine fills it once per evaluation. */
export type Env = Value[];

export interface SymbolInfo {
  name: string;
  type: ValueType;
  unit?: UnitInfo;
  /** Allowed values of a string quantity (e.g. welding positions). */
  values?: readonly string[];
  slot: number;
}

/** Names a rule can never use, whatever a scenario declares: they only make sense as an attack. */
const FORBIDDEN = new Set([
  'constructor',
  'prototype',
  'process',
  'globalThis',
  'global',
  'window',
  'self',
  'this',
  'eval',
  'Function',
  'require',
  'import',
  'module',
  'exports',
  'Object',
  'Reflect',
  'Proxy',
  'document',
  'arguments',
  'new',
  'function',
  'return',
  'toString',
  'valueOf',
  'hasOwnProperty',
]);

/** Why a name can never be used, or undefined when it may be looked up. */
export function forbiddenReason(name: string): string | undefined {
  for (const part of name.split('.')) {
    if (part.startsWith('__') || FORBIDDEN.has(part)) {
      return `\`${part}\` is not allowed in rules: rules only read declared measurements and cannot run code`;
    }
  }
  return undefined;
}

export class SymbolTable {
  private readonly byName = new Map<string, SymbolInfo>();

  get size(): number {
    return this.byName.size;
  }

  /** Declare a name; returns its slot. Re-declaring returns the existing symbol. */
  declare(
    name: string,
    type: ValueType,
    extra: { unit?: UnitInfo; values?: readonly string[] } = {},
  ): SymbolInfo {
    const existing = this.byName.get(name);
    if (existing) return existing;
    const info: SymbolInfo = { name, type, slot: this.byName.size };
    if (extra.unit) info.unit = extra.unit;
    if (extra.values) info.values = extra.values;
    this.byName.set(name, info);
    return info;
  }

  lookup(name: string): SymbolInfo | undefined {
    return this.byName.get(name);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  all(): SymbolInfo[] {
    return [...this.byName.values()];
  }
}
