// Golden replays: whole attempts pinned by hash, score, grade and duration. A change anywhere in the twin, the
// engine or a scenario that moves a result fails here; if the change is intended, re-record with
// `node scripts/golden-update.mjs` and say why in the commit.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayFile } from '../../src/cli/commands/replay.ts';
import { GOLDEN_DIR, goldenFileName, readManifest, shippedScenarios, SOLUTIONS } from './record.ts';

const manifest = readManifest();
const scenarios = shippedScenarios();

describe('golden attempts', () => {
  it('cover every shipped scenario (reference and known-bad) and every robot family that has scenarios', () => {
    const have = new Set(manifest.attempts.map((e) => e.file));
    const missing = scenarios
      .flatMap((s) => SOLUTIONS.map((sol) => goldenFileName(s.spec.id, sol)))
      .filter((f) => !have.has(f));
    expect(missing, 'record them with: node scripts/golden-update.mjs').toEqual([]);
    const families = new Set(scenarios.map((s) => s.spec.robotFamily));
    for (const family of families)
      expect(
        manifest.attempts.some((e) => e.robotFamily === family),
        family,
      ).toBe(true);
    const versions = new Map(scenarios.map((s) => [s.spec.id, String(s.spec.version)]));
    for (const e of manifest.attempts) {
      expect(
        versions.get(e.scenarioId),
        `${e.file}: its scenario is gone or at another version; re-record`,
      ).toBe(String(e.version));
    }
  });

  for (const e of manifest.attempts) {
    it(`${e.file} replays to ${e.expected.hash} (${e.expected.score}, ${e.expected.grade})`, () => {
      expect(replayFile(join(GOLDEN_DIR, e.file))).toEqual(e.expected);
    });
  }

  it('reference solutions score above their known-bad counterparts', () => {
    for (const s of scenarios) {
      const ref = manifest.attempts.find((e) => e.scenarioId === s.spec.id && e.solution === 'reference');
      const bad = manifest.attempts.find((e) => e.scenarioId === s.spec.id && e.solution === 'knownBad');
      if (ref && bad) expect(ref.expected.score, s.spec.id).toBeGreaterThan(bad.expected.score);
    }
  });
});
