#!/usr/bin/env node
// Re-record the golden attempts (tests/golden/): play every shipped scenario's reference and known-bad solution,
// save the input logs as attempt files, replay them with `weldtwin replay`'s own code and pin the results in
// tests/golden/golden.json. Run it only when a change to the twin, the engine or a scenario is intended, and
// say in the commit why the hashes moved.
//
//   node scripts/golden-update.mjs [scenario-id ...]   re-record all, or only these scenarios
//   node scripts/golden-update.mjs --check             replay and compare, write nothing (exit 1 on a difference)
import { mkdirSync, unlinkSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { register } from 'tsx/esm/api';
import * as prettier from 'prettier';

register();
const golden = await import('../tests/golden/record.ts');
const { replayFile } = await import('../src/cli/commands/replay.ts');

const args = process.argv.slice(2);
const check = args.includes('--check');
const only = new Set(args.filter((a) => !a.startsWith('--')));
const unknownFlags = args.filter((a) => a.startsWith('--') && a !== '--check');
if (unknownFlags.length) {
  console.error(`golden-update: unknown option ${unknownFlags.join(', ')}; allowed: --check`);
  process.exit(2);
}

async function writeJson(path, value) {
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(
    path,
    await prettier.format(JSON.stringify(value), { ...options, parser: 'json', filepath: path }),
  );
}

const scenarios = golden.shippedScenarios();
const known = new Set(scenarios.map((s) => s.spec.id));
for (const id of only) {
  if (!known.has(id)) {
    console.error(
      `golden-update: no scenario ${JSON.stringify(id)} in scenarios/ (have: ${[...known].join(', ')})`,
    );
    process.exit(2);
  }
}

const previous = existsSync(golden.MANIFEST)
  ? golden.readManifest()
  : { seed: golden.GOLDEN_SEED, attempts: [] };
const before = new Map(previous.attempts.map((e) => [e.file, e]));
const entries = [];
let differences = 0;
mkdirSync(join(golden.GOLDEN_DIR, 'attempts'), { recursive: true });

for (const scenario of scenarios) {
  for (const solution of golden.SOLUTIONS) {
    const file = golden.goldenFileName(scenario.spec.id, solution);
    const path = join(golden.GOLDEN_DIR, file);
    const old = before.get(file);
    if (only.size && !only.has(scenario.spec.id) && old) {
      entries.push(old);
      continue;
    }
    let expected;
    if (check) {
      if (!old || !existsSync(path)) {
        console.log(`missing   ${file}`);
        differences++;
        continue;
      }
      expected = replayFile(path);
    } else {
      await writeJson(path, golden.recordAttempt(scenario, solution));
      expected = replayFile(path);
    }
    const entry = {
      file,
      scenarioId: scenario.spec.id,
      version: scenario.spec.version,
      robotFamily: scenario.spec.robotFamily,
      skillLayer: scenario.spec.skillLayer,
      solution,
      expected,
    };
    const same =
      old &&
      JSON.stringify(old.expected) === JSON.stringify(expected) &&
      String(old.version) === String(entry.version);
    if (!same) differences++;
    const show = (e) => (e ? `${e.hash} ${e.score} ${e.grade} ${e.durationS}s` : '(new)');
    console.log(
      `${same ? 'same   ' : 'changed'}   ${file}  ${same ? show(expected) : `${show(old?.expected)} -> ${show(expected)}`}`,
    );
    entries.push(entry);
  }
}

const gone = previous.attempts.filter((e) => !entries.some((n) => n.file === e.file));
for (const e of gone) {
  console.log(`removed   ${e.file} (its scenario is no longer shipped)`);
  differences++;
}

if (check) {
  if (differences) console.error(`golden-update --check: ${differences} golden attempt(s) differ`);
  process.exit(differences ? 1 : 0);
}

for (const e of gone) {
  const p = join(golden.GOLDEN_DIR, e.file);
  if (existsSync(p)) unlinkSync(p);
}
// Attempt files nobody lists any more (a renamed scenario) go too.
for (const f of readdirSync(join(golden.GOLDEN_DIR, 'attempts'))) {
  if (!entries.some((e) => e.file === `attempts/${f}`)) unlinkSync(join(golden.GOLDEN_DIR, 'attempts', f));
}
await writeJson(golden.MANIFEST, { seed: golden.GOLDEN_SEED, attempts: entries });
console.log(`${entries.length} golden attempts in tests/golden/golden.json (${differences} changed)`);
