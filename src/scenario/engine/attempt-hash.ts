// The hash of an attempt: the final world state and the graded result, so the same attempt gives the same hash
// on any machine and any change to either shows.
import { hashString64, canonicalJson } from '../../sim/core/hash.ts';
import type { AttemptResult } from '../grading/types.ts';

export function attemptHash(worldHash: string, r: AttemptResult): string {
  return hashString64(
    canonicalJson({
      world: worldHash,
      scenario: [r.scenarioId, r.version, r.seed],
      score: r.score,
      grade: r.grade,
      passed: r.passed,
      durationS: r.durationS,
      endReason: r.endReason,
      violations: r.violations,
      phases: r.phases,
      injections: r.injections,
      points: r.breakdown.map((c) => [c.component, c.fraction]),
    }),
  );
}
