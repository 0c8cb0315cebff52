// `weldtwin replay <attempt.json>` as CONTRACTS.md states it: one JSON object {"hash","score","grade","durationS"},
// the same for the same attempt every time; bad input exits 2 with a message naming the file and the field.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readManifest, GOLDEN_DIR } from '../golden/record.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'wt-replay-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function weldtwin(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/weldtwin.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: unknown): string {
  const p = join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
}

const golden = readManifest().attempts.find((e) => e.solution === 'reference')!;
const goldenPath = join(GOLDEN_DIR, golden.file);

describe('weldtwin replay', () => {
  it('prints exactly {hash, score, grade, durationS} of a recorded attempt, the same on every run', () => {
    const first = weldtwin(['replay', goldenPath]);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout.endsWith('\n')).toBe(true);
    const out = JSON.parse(first.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['hash', 'score', 'grade', 'durationS']);
    expect(out).toEqual(golden.expected);
    const second = weldtwin(['replay', goldenPath]);
    expect(second.stdout).toBe(first.stdout);
  });

  it('exits 2 naming the file for a missing file and for text that is not JSON', () => {
    const missing = weldtwin(['replay', join(dir, 'nope.json')]);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe(`${join(dir, 'nope.json')}: cannot read the attempt file (no such file)\n`);
    const p = file('broken.json', '{"scenarioId": ');
    const broken = weldtwin(['replay', p]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(new RegExp(`^${p}: not valid JSON \\(`));
  });

  it('exits 2 with one line per bad field: wrong types, unknown fields, unknown intents', () => {
    const p = file('bad-fields.json', {
      scenarioId: golden.scenarioId,
      version: golden.version,
      seed: -4,
      score: 100,
      log: [
        { tick: 0, intent: { type: 'arcOn' } },
        { tick: 5, intent: { type: 'setSpeedOverride', percent: 'fast' } },
      ],
    });
    const r = weldtwin(['replay', p]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toContain(`${p}: score: unknown field`);
    expect(lines.some((l) => l.startsWith(`${p}: seed: `))).toBe(true);
    const intents = weldtwin([
      'replay',
      file('bad-intents.json', {
        scenarioId: golden.scenarioId,
        version: golden.version,
        seed: 1,
        log: [
          { tick: 0, intent: { type: 'arcOn' } },
          { tick: 5, intent: { type: 'setSpeedOverride', percent: 'fast' } },
        ],
      }),
    ]);
    expect(intents.status).toBe(2);
    expect(intents.stderr).toMatch(/: log\[0\]\.intent\.type: unknown intent "arcOn"/);
    expect(intents.stderr).toMatch(/: log\[1\]\.intent\.percent: /);
    expect(intents.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('exits 2 for an unknown scenario, listing the installed ones', () => {
    const p = file('unknown.json', { scenarioId: 'no-such-scenario', version: 1, seed: 1, log: [] });
    const r = weldtwin(['replay', p]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        `^${p}: scenarioId: no scenario "no-such-scenario" in scenarios/ \\(installed: .*${golden.scenarioId}`,
      ),
    );
  });

  it('exits 2 when the attempt was recorded on another version of the scenario', () => {
    const p = file('old-version.json', { scenarioId: golden.scenarioId, version: '0.0.1', seed: 1, log: [] });
    const r = weldtwin(['replay', p]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(
        `^${p}: version: the attempt was recorded on ${golden.scenarioId} version 0\\.0\\.1, but scenarios/ has version ${String(golden.version).replace(/\./g, '\\.')}`,
      ),
    );
  });

  it('names the problem with the command line itself', () => {
    expect(weldtwin(['replay'])).toMatchObject({
      status: 2,
      stderr: 'replay: name the attempt file: weldtwin replay <attempt.json>\n',
    });
    expect(weldtwin(['replay', 'a.json', 'b.json']).status).toBe(2);
    expect(weldtwin(['replay', goldenPath, '--fast'])).toMatchObject({
      status: 2,
      stderr: expect.stringMatching(/^--fast: unknown option/),
    });
    expect(weldtwin(['replay', '--help'])).toMatchObject({
      status: 0,
      stdout: expect.stringMatching(/^usage: npm run -s weldtwin -- replay/),
    });
  });

  it('reads scenarios from another folder with --scenarios', () => {
    const r = weldtwin(['replay', goldenPath, `--scenarios=${dir}`]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/scenarioId: no scenario .* \(no valid scenario files there\)/);
  });
});
