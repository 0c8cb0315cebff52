// The names a scenario's expressions may use: the twin's measurements, the engine's own quantities,
// the scenario's WPS numbers, sampled variation and the state of each injected fault or event.
import { SymbolTable, UNITS, unitFromName } from '../expr/index.ts';
import { MEASUREMENTS } from '../measurements/catalogue.ts';
import { PHASE_KINDS } from '../schema/domain-enums.ts';
import type { ScenarioSpec } from '../schema/scenario.ts';
import { VARIATION_KEYS } from '../schema/variation.ts';

export const INJECTION_FLAGS = ['injected', 'detected', 'diagnosed', 'resolved'] as const;

/** `fault.<id>` for faults, `event.<id>` for safety events and scripted intents. */
export function injectionPrefix(kind: 'fault' | 'safety' | 'intents', id: string): string {
  return `${kind === 'fault' ? 'fault' : 'event'}.${id}`;
}

export function buildSymbols(spec: Pick<ScenarioSpec, 'phases' | 'wps' | 'injections'>): SymbolTable {
  const t = new SymbolTable();
  for (const m of MEASUREMENTS) {
    const unit = m.type === 'number' ? unitFromName(m.name) : undefined;
    t.declare(m.name, m.type, { ...(unit ? { unit } : {}), ...(m.values ? { values: m.values } : {}) });
  }
  t.declare('time.s', 'number', { unit: UNITS.get('s')! });
  t.declare('phase.elapsedS', 'number', { unit: UNITS.get('s')! });
  t.declare('phase.id', 'string', { values: spec.phases.map((p) => p.id) });
  t.declare('phase.kind', 'string', { values: PHASE_KINDS });
  for (const key of VARIATION_KEYS) {
    const unit = unitFromName(key);
    t.declare(`variation.${key}`, 'number', unit ? { unit } : {});
  }
  for (const key of Object.keys(spec.wps)) {
    const unit = unitFromName(key);
    t.declare(`wps.${key}`, 'number', unit ? { unit } : {});
  }
  for (const inj of spec.injections) {
    const prefix = injectionPrefix(inj.kind, inj.id);
    for (const flag of INJECTION_FLAGS) t.declare(`${prefix}.${flag}`, 'boolean');
    t.declare(`${prefix}.sinceS`, 'number', { unit: UNITS.get('s')! });
  }
  return t;
}
