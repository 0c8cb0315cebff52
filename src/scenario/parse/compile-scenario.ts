// Compile every expression of a validated scenario spec into the runnable Scenario.
import type { Diagnostic } from '../diagnostics.ts';
import type { CompiledExpr } from '../expr/index.ts';
import type { CompiledBand, Scenario } from '../model.ts';
import type { ScenarioSpec } from '../schema/scenario.ts';
import type { SourceMap } from '../yaml/source-map.ts';
import { ExprCompiler } from './expr-compiler.ts';
import { buildSymbols } from './symbols-for.ts';

export function compileScenario(
  spec: ScenarioSpec,
  map: SourceMap,
  file: string,
  out: Diagnostic[],
): Scenario | undefined {
  const symbols = buildSymbols(spec);
  const before = out.length;
  const c = new ExprCompiler(symbols, map, out);
  const opt = (path: (string | number)[], src: string | undefined, type: 'boolean' | 'number' | 'string') =>
    src === undefined ? undefined : c.compile(path, src, type);

  const phases = spec.phases.map((p, i) => ({
    goals: p.goals.map((g, j) => c.compile(['phases', i, 'goals', j, 'condition'], g.condition, 'boolean')),
    completeWhen: opt(['phases', i, 'completeWhen'], p.completeWhen, 'boolean'),
  }));
  const rules = spec.rules.map((r, i) => ({
    when: opt(['rules', i, 'when'], r.when, 'boolean'),
    require: c.compile(['rules', i, 'require'], r.require, 'boolean'),
  }));
  const injections = spec.injections.map((inj, i) => ({
    when: opt(['injections', i, 'when'], inj.when, 'boolean'),
    detect: opt(['injections', i, 'handling', 'detect'], inj.handling?.detect, 'boolean'),
    resolved: opt(['injections', i, 'handling', 'resolved'], inj.handling?.resolved, 'boolean'),
  }));
  const seams = (spec.rubric.quality?.seams ?? []).map((s, i) =>
    c.compile(['rubric', 'quality', 'seams', i, 'level'], s.level, 'string'),
  );
  const technique = spec.rubric.technique.map((b, i): CompiledBand | undefined => {
    const base = ['rubric', 'technique', i];
    const value = c.compile([...base, 'value'], b.value, 'number');
    const min = c.compile([...base, 'min'], b.min, 'number');
    const max = c.compile([...base, 'max'], b.max, 'number');
    const when = c.compile([...base, 'when'], b.when, 'boolean');
    if (!value || !min || !max || !when) return undefined;
    return {
      value,
      min,
      max,
      when,
      minFactor: c.unitFactor([...base, 'min'], value, min),
      maxFactor: c.unitFactor([...base, 'max'], value, max),
    };
  });
  const program = spec.rubric.program.map((p, i) =>
    c.compile(['rubric', 'program', i, 'require'], p.require, 'boolean'),
  );
  const steps = (name: 'reference' | 'knownBad') =>
    spec.solutions[name].steps.map((s, i) =>
      opt(['solutions', name, 'steps', i, 'waitFor'], s.waitFor, 'boolean'),
    );
  const solutions = { reference: steps('reference'), knownBad: steps('knownBad') };

  if (out.length > before) return undefined;
  const must = <T>(x: T | undefined): T => x as T; // every entry compiled: no diagnostics were added
  return {
    file,
    spec,
    symbols,
    phases: phases.map((p) => ({ goals: p.goals.map(must), completeWhen: p.completeWhen })),
    rules: rules.map((r) => ({ when: r.when, require: must(r.require) })),
    injections,
    seams: seams.map(must) as CompiledExpr[],
    technique: technique.map(must),
    program: program.map(must),
    solutions,
  };
}
