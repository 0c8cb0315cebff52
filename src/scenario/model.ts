// A scenario after parsing and checking: the validated spec plus every expression compiled.
import type { CompiledExpr, SymbolTable } from './expr/index.ts';
import type { ScenarioSpec } from './schema/scenario.ts';

export interface CompiledBand {
  value: CompiledExpr;
  min: CompiledExpr;
  max: CompiledExpr;
  /** Converts min/max into the unit of `value` (`40 deg` vs a value in rad…). */
  minFactor: number;
  maxFactor: number;
  when: CompiledExpr;
}

export interface CompiledPhase {
  goals: CompiledExpr[];
  completeWhen: CompiledExpr | undefined;
}

export interface CompiledRule {
  when: CompiledExpr | undefined;
  require: CompiledExpr;
}

export interface CompiledInjection {
  when: CompiledExpr | undefined;
  detect: CompiledExpr | undefined;
  resolved: CompiledExpr | undefined;
}

export interface Scenario {
  /** Where it was read from (for messages). */
  file: string;
  spec: ScenarioSpec;
  symbols: SymbolTable;
  phases: CompiledPhase[];
  rules: CompiledRule[];
  injections: CompiledInjection[];
  seams: CompiledExpr[];
  technique: CompiledBand[];
  program: CompiledExpr[];
  solutions: { reference: Array<CompiledExpr | undefined>; knownBad: Array<CompiledExpr | undefined> };
}

export type SolutionName = keyof Scenario['solutions'];
