import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function safety(stdin: string, args: string[] = []) {
  const r = spawnSync(process.execPath, ['bin/weldtwin.mjs', 'safety', ...args], {
    cwd: ROOT,
    input: stdin,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const EXAMPLE = {
  humanSpeedMmPerS: 1600,
  robotSpeedMmPerS: 500,
  reactionTimeS: 0.1,
  stoppingTimeS: 0.3,
  stoppingDistanceMm: 80,
  intrusionDistanceMm: 208,
  humanUncertaintyMm: 50,
  robotUncertaintyMm: 20,
  separationMm: 900,
};

describe('weldtwin safety', () => {
  it('answers the CONTRACTS.md example: S_p 1048 mm, 900 mm → stop, with the rule in words', () => {
    const r = safety(JSON.stringify([EXAMPLE, { ...EXAMPLE, separationMm: 1100 }]));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({
      protectiveSeparationMm: 1048,
      decision: 'stop',
      allowedSpeedMmPerS: 0,
      stopCategory: 2,
    });
    expect(out[0].rule).toMatch(/900 mm is below the protective separation distance.*1048 mm/);
    expect(out[1]).toMatchObject({
      protectiveSeparationMm: 1048,
      decision: 'continue',
      action: 'continue',
      allowedSpeedMmPerS: 500,
    });
  });

  it('richer items: reduced-speed zone, PFL contact limits, manual mode and SRMS', () => {
    const items = [
      { ...EXAMPLE, separationMm: 1200, reducedSpeedZoneMm: 1500 },
      {
        ...EXAMPLE,
        separationMm: 0,
        mode: 'pfl',
        contact: { bodyRegion: 'hand-fingers', forceN: 150, pressureNPerCm2: 100, transient: false },
      },
      {
        ...EXAMPLE,
        separationMm: 0,
        mode: 'pfl',
        contact: { bodyRegion: 'hand-fingers', forceN: 150, pressureNPerCm2: 100, transient: true },
      },
      { ...EXAMPLE, separationMm: 5000, operatingMode: 'manual', enablingDevice: 'enabled' },
      { ...EXAMPLE, separationMm: 5000, operatingMode: 'manual', enablingDevice: 'panic' },
      { ...EXAMPLE, separationMm: 5000, mode: ['srms'], personInCollaborativeWorkspace: true },
      {
        ...EXAMPLE,
        robotSpeedMmPerS: 800,
        separationMm: 5000,
        mode: ['ssm', 'pfl'],
        nearestBodyRegion: 'chest',
      },
    ];
    const r = safety(JSON.stringify(items));
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out[0]).toMatchObject({
      decision: 'continue',
      action: 'slow',
      allowedSpeedMmPerS: 250,
      ssmZone: 'slow',
    });
    expect(out[1]).toMatchObject({ decision: 'stop', stopCategory: 0, decidingRule: 'pfl-contact-limit' });
    expect(out[1].contact).toEqual({ forceLimitN: 140, pressureLimitNPerCm2: 190, withinLimits: false });
    expect(out[2]).toMatchObject({ decision: 'continue', contact: { forceLimitN: 280, withinLimits: true } });
    expect(out[3]).toMatchObject({
      decision: 'continue',
      allowedSpeedMmPerS: 250,
      decidingRule: 'manual-reduced-speed',
    });
    expect(out[4]).toMatchObject({ decision: 'stop', decidingRule: 'enabling-device-panic' });
    expect(out[5]).toMatchObject({
      decision: 'stop',
      stopCategory: 2,
      decidingRule: 'srms-person-in-workspace',
    });
    expect(out[6].decidingRule).toBe('pfl-transient-speed');
    expect(out[6].allowedSpeedMmPerS).toBeCloseTo(out[6].maxTransientContactSpeedMmPerS, 6);
    // Chest: v_max = 280 N / √(μ·25 N/mm) ≈ 523 mm/s with the default UR10e + torch mass, below the 800 mm/s asked.
    expect(out[6].allowedSpeedMmPerS).toBeGreaterThan(500);
    expect(out[6].allowedSpeedMmPerS).toBeLessThan(550);
    for (const o of out.slice(0, 6)) expect(o.protectiveSeparationMm).toBe(1048);
  });

  it('rejects bad input with path-named problems, exit 2 and no stdout', () => {
    const bad = [
      { ...EXAMPLE, reactionTimeS: -0.1 },
      { ...EXAMPLE, robotSpeedMmPerS: -5, separationMm: 'near' },
      { ...EXAMPLE, stoppinTimeS: 0.3 },
      { ...EXAMPLE, mode: 'fast', contact: { bodyRegion: 'elbow', forceN: 10, transient: 'yes' } },
      7,
    ];
    delete (bad[2] as Record<string, unknown>).stoppingTimeS;
    const r = safety(JSON.stringify(bad));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toContain('[0].reactionTimeS: -0.1 s is below the physical range (min 0 s)');
    expect(lines).toContain('[1].robotSpeedMmPerS: -5 mm/s is below the physical range (min 0 mm/s)');
    expect(lines.some((l) => l.startsWith('[1].separationMm: expected a finite number'))).toBe(true);
    expect(lines.some((l) => l.startsWith('[2].stoppinTimeS: unknown field'))).toBe(true);
    expect(lines.some((l) => l.startsWith('[2].stoppingTimeS: missing'))).toBe(true);
    expect(lines.some((l) => l.startsWith('[3].mode: expected one of'))).toBe(true);
    expect(lines.some((l) => l.startsWith('[3].contact.bodyRegion: expected one of'))).toBe(true);
    expect(lines.some((l) => l.startsWith('[3].contact.transient: expected true or false'))).toBe(true);
    expect(lines).toContain('[4]: expected an object, got 7');
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('rejects non-JSON, a non-array, and unknown flags', () => {
    expect(safety('{not json').status).toBe(2);
    const obj = safety(JSON.stringify(EXAMPLE));
    expect(obj.status).toBe(2);
    expect(obj.stderr).toMatch(/^stdin: expected a JSON array/);
    const flag = safety('[]', ['--fast']);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toMatch(/--fast: unknown option/);
  });

  it('--help documents the fields and their units', () => {
    const r = safety('', ['--help']);
    expect(r.status).toBe(0);
    for (const f of Object.keys(EXAMPLE)) expect(r.stdout).toContain(f);
    expect(r.stdout).toMatch(/S_p = v_h·\(T_r \+ T_s\) \+ v_r·T_r \+ S_s \+ C \+ Z_d \+ Z_r/);
    expect(r.stdout).toContain('mm/s');
  });
});
