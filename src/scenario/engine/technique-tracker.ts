// Technique bands: the share of (arc) time a quantity such as the work angle stays inside its band,
// the way VR welding trainers score torch angles, CTWD and travel speed (domain/welding.md §8).
import type { Env } from '../expr/index.ts';
import type { Scenario } from '../model.ts';

export interface BandTime {
  id: string;
  inS: number;
  totalS: number;
}

export class TechniqueTracker {
  readonly bands: BandTime[];

  constructor(private readonly scenario: Scenario) {
    this.bands = scenario.spec.rubric.technique.map((b) => ({ id: b.id, inS: 0, totalS: 0 }));
  }

  update(env: Env, dtS: number): void {
    const compiled = this.scenario.technique;
    for (let i = 0; i < compiled.length; i++) {
      const b = compiled[i]!;
      if (b.when.evaluate(env) !== true) continue;
      const t = this.bands[i]!;
      t.totalS += dtS;
      const v = b.value.evaluate(env) as number;
      const lo = (b.min.evaluate(env) as number) * b.minFactor;
      const hi = (b.max.evaluate(env) as number) * b.maxFactor;
      if (v >= lo && v <= hi) t.inS += dtS;
    }
  }
}
