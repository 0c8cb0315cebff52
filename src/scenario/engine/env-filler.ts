// Fill the expression environment: the twin's measurements (only those some expression reads) and the
// engine's own quantities (time, phase, variation, WPS numbers).
import type { Env, Value } from '../expr/index.ts';
import type { Scenario } from '../model.ts';
import { MEASUREMENTS } from '../measurements/catalogue.ts';
import { VARIATION_KEYS } from '../schema/variation.ts';
import type { SimPort } from './sim-port.ts';
import type { SampledVariation } from './variation.ts';

/**
 * The slots the scenario's expressions read while the attempt runs, and those read only at its end (seam
 * levels, program checks): an end-only quantity such as the ISO 5817 level of the bead is not worked out
 * thirty times a second.
 */
export function usedSlots(s: Scenario): { running: Set<number>; atEnd: Set<number> } {
  const running = new Set<number>();
  const atEnd = new Set<number>();
  const add = (set: Set<number>) => (e: { slots: readonly number[] } | undefined) =>
    e?.slots.forEach((x) => set.add(x));
  const run = add(running);
  s.phases.forEach((p) => (p.goals.forEach(run), run(p.completeWhen)));
  s.rules.forEach((r) => (run(r.when), run(r.require)));
  s.injections.forEach((i) => (run(i.when), run(i.detect), run(i.resolved)));
  s.technique.forEach((b) => (run(b.value), run(b.min), run(b.max), run(b.when)));
  s.solutions.reference.forEach(run);
  s.solutions.knownBad.forEach(run);
  s.seams.forEach(add(atEnd));
  s.program.forEach(add(atEnd));
  for (const x of running) atEnd.delete(x);
  return { running, atEnd };
}

export class EnvFiller<W> {
  readonly env: Env;
  private readonly readSlots: number[] = [];
  private readonly readers: Array<(w: W) => Value> = [];
  private readonly endSlots: number[] = [];
  private readonly endReaders: Array<(w: W) => Value> = [];
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
      const running = used.running.has(slot);
      if (!running && !used.atEnd.has(slot)) continue;
      const reader = port.readers.get(m.name);
      if (!reader) missing.push(m.name);
      else {
        (running ? this.readSlots : this.endSlots).push(slot);
        (running ? this.readers : this.endReaders).push(reader);
      }
      this.env[slot] = m.type === 'number' ? 0 : m.type === 'boolean' ? false : '';
    }
    if (missing.length)
      throw new Error(
        `the twin does not provide the measurement${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      );
    const slot = (name: string) => sym.lookup(name)!.slot;
    this.timeSlot = slot('time.s');
    this.elapsedSlot = slot('phase.elapsedS');
    this.phaseIdSlot = slot('phase.id');
    this.phaseKindSlot = slot('phase.kind');
    for (const k of VARIATION_KEYS) this.env[slot(`variation.${k}`)] = variation[k];
    for (const [k, v] of Object.entries(scenario.spec.wps)) this.env[slot(`wps.${k}`)] = v;
  }

  fill(world: W, timeS: number, phaseIndex: number, phaseStartS: number, atEnd = false): Env {
    const env = this.env;
    for (let i = 0; i < this.readers.length; i++) env[this.readSlots[i]!] = this.readers[i]!(world);
    if (atEnd)
      for (let i = 0; i < this.endReaders.length; i++) env[this.endSlots[i]!] = this.endReaders[i]!(world);
    env[this.timeSlot] = timeS;
    env[this.elapsedSlot] = timeS - phaseStartS;
    const phase = this.scenario.spec.phases[phaseIndex];
    env[this.phaseIdSlot] = phase?.id ?? '';
    env[this.phaseKindSlot] = phase?.kind ?? '';
    return env;
  }
}
