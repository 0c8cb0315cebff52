// `weldtwin scenario validate | selftest | schema` as CONTRACTS.md states them: exit codes, `path:line:column:
// message` lines on stderr, the selftest JSON on stdout.
import { mkdtempSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { TOY_SCENARIO } from '../scenario/support/toy-scenario.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'wt-scenario-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SHIPPED = join(ROOT, 'scenarios');

function weldtwin(args: string[]) {
  const r = spawnSync(process.execPath, ['bin/weldtwin.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function file(name: string, content: string): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

describe('weldtwin scenario validate', () => {
  it('exits 0 when every file is valid (a file and the shipped directory)', () => {
    const r = weldtwin(['scenario', 'validate', file('good.yaml', TOY_SCENARIO), SHIPPED]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('exits 1 with one path:line:column: message line per problem', () => {
    const bad = file(
      'bad.yaml',
      TOY_SCENARIO.replace('level: 1', 'level: 9').replace('robot: ur10e', 'robot: ur11e'),
    );
    const r = weldtwin(['scenario', 'validate', bad]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toEqual([`${bad}:7:8: level: 9 is above the maximum 5; allowed 1–5`]);
    const bad2 = file(
      'bad2.yaml',
      TOY_SCENARIO.replace('robot: ur10e', 'robot: ur11e').replace('scope: [weld]', 'scope: [weldd]'),
    );
    const r2 = weldtwin(['scenario', 'validate', bad2]);
    expect(r2.status).toBe(1);
    const l2 = r2.stderr.trimEnd().split('\n');
    expect(l2).toHaveLength(2);
    for (const line of l2)
      expect(line).toMatch(new RegExp(`^${bad2.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: .+`));
    expect(l2[0]).toMatch(/:16:10: cell\.robot: unknown robot "ur11e"/);
  });

  it('a YAML syntax error is reported with its position too', () => {
    const p = file('syntax.yaml', 'id: x\ntitle: { en: a\nversion: 1\n');
    const r = weldtwin(['scenario', 'validate', p]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(
      new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: YAML syntax: `),
    );
  });

  it('bad arguments exit 2', () => {
    expect(weldtwin(['scenario', 'validate']).status).toBe(2);
    expect(weldtwin(['scenario', 'validate', join(dir, 'missing.yaml')]).status).toBe(2);
    expect(weldtwin(['scenario', 'frobnicate']).status).toBe(2);
    expect(weldtwin(['scenario', 'validate', '--strict', SHIPPED]).status).toBe(2);
  });
});

describe('weldtwin scenario schema', () => {
  it('prints the JSON Schema that scenarios/schema.json holds', () => {
    const r = weldtwin(['scenario', 'schema']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(join(SHIPPED, 'schema.json'), 'utf8')));
  });
});

describe('weldtwin scenario selftest', () => {
  const one = join(SHIPPED, 'cobot-commands-fillet.yaml');

  it('runs the reference and the known-bad solution of each scenario and prints their scores', () => {
    const r = weldtwin(['scenario', 'selftest', one]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as Array<{
      scenario: string;
      reference: { score: number; passed: boolean };
      bad: { score: number; passed: boolean };
    }>;
    expect(rows).toHaveLength(1);
    expect(rows[0]!.scenario).toBe('cobot-commands-fillet');
    expect(rows[0]!.reference.passed).toBe(true);
    expect(rows[0]!.bad.passed).toBe(false);
    expect(rows[0]!.reference.score).toBeGreaterThan(rows[0]!.bad.score);
  });

  it('exits 1 when a known-bad solution passes', () => {
    const text = readFileSync(one, 'utf8');
    // Make the known-bad solution the reference one: it now passes, which selftest must flag.
    const ref = text.slice(text.indexOf('  reference:'), text.indexOf('  knownBad:'));
    const broken = file(
      'bad-passes.yaml',
      text.slice(0, text.indexOf('  knownBad:')) + ref.replace('  reference:', '  knownBad:'),
    );
    const r = weldtwin(['scenario', 'selftest', broken]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/known-bad solution passes/);
    expect((JSON.parse(r.stdout) as Array<{ bad: { passed: boolean } }>)[0]!.bad.passed).toBe(true);
  });

  it('exits 1 when a file is invalid, and 2 on a bad seed', () => {
    const r = weldtwin(['scenario', 'selftest', file('invalid.yaml', 'id: nope\n')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/invalid\.yaml:\d+:\d+: /);
    expect(weldtwin(['scenario', 'selftest', '--seed=-3', one]).status).toBe(2);
  });
});
