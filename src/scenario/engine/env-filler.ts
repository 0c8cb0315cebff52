// Fill the expression environment: the twin's measurements (only those some expression reads) and the
// engine's own quantities (time, phase, variation, WPS numbers).
import type { Env, Value } from '../expr/index.ts';
import type { Scenario } from '../model.ts';
import { MEASUREMENTS } from '../measurements/catalogue.ts';
import { VARIATION_KEYS } from '../schema/variation.ts';
import type { SimPort } from './sim-port.ts';
import type { SampledVariation } from './variation.ts';

/** Every slot any compiled expression of the scenario reads. */
export function usedSlots(s: Scenario): Set<number> {
  const used = new Set<number>();
  const add = (e: { slots: readonly number[] } | undefined) => e?.slots.forEach((x) => used.add(x));
  s.phases.forEach((p) => (p.goals.forEach(add), add(p.completeWhen)));
  s.rules.forEach((r) => (add(r.when), add(r.require)));
  s.injections.forEach((i) => (add(i.when), add(i.detect), add(i.resolved)));
  s.seams.forEach(add);
  s.technique.forEach((b) => (add(b.value), add(b.min), add(b.max), add(b.when)));
  s.program.forEach(add);
  s.solutions.reference.forEach(add);
  s.solutions.knownBad.forEach(add);
  return used;
}

export class EnvFiller<W> {
  readonly env: Env;
  private readonly readSlots: number[] = [];
  private readonly readers: Array<(w: W) => Value> = [];
  private readonly timeSlot: number;
  private readonly elapsedSlot: number;
  private readonly phaseIdSlot: number;
  private readonly phaseKindSlot: number;

  constructor(
    private readonly scenario: Scenario,
    port: SimPort<W>,
    variation: SampledVariation,
  ) {
    const sym = scenario.symbols;
    this.env = new Array<Value>(sym.size).fill(0);
    const used = usedSlots(scenario);
    const missing: string[] = [];
    for (const m of MEASUREMENTS) {
      const slot = sym.lookup(m.name)!.slot;
      if (!used.has(slot)) continue;
      const reader = port.readers.get(m.name);
      if (!reader) missing.push(m.name);
      else {
        this.readSlots.push(slot);
        this.readers.push(reader);
      }
      this.env[slot] = m.type === 'number' ? 0 : m.type === 'boolean' ? false : '';
    }
    if (missing.length) throw new Error(`the twin does not provide the measurement${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
    const slot = (name: string) => sym.lookup(name)!.slot;
    this.timeSlot = slot('time.s');
    this.elapsedSlot = slot('phase.elapsedS');
    this.phaseIdSlot = slot('phase.id');
    this.phaseKindSlot = slot('phase.kind');
    for (const k of VARIATION_KEYS) this.env[slot(`variation.${k}`)] = variation[k];
    for (const [k, v] of Object.entries(scenario.spec.wps)) this.env[slot(`wps.${k}`)] = v;
  }

  fill(world: W, timeS: number, phaseIndex: number, phaseStartS: number): Env {
    const env = this.env;
    for (let i = 0; i < this.readers.length; i++) env[this.readSlots[i]!] = this.readers[i]!(world);
    env[this.timeSlot] = timeS;
    env[this.elapsedSlot] = timeS - phaseStartS;
    const phase = this.scenario.spec.phases[phaseIndex];
    env[this.phaseIdSlot] = phase?.id ?? '';
    env[this.phaseKindSlot] = phase?.kind ?? '';
    return env;
  }
}
