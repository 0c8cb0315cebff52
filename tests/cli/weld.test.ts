// `weldtwin weld` as an instructor scripts it: batch in, batch out; bad input exits 2 naming the field.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

const good = {
  process: 'GMAW',
  material: 'carbon-steel',
  thicknessMm: 6,
  joint: 'fillet',
  position: 'PB',
  wireDiameterMm: 1.2,
  wireFeedSpeedMPerMin: 6.7,
  voltageV: 27.5,
  travelSpeedMmPerS: 7.5,
  ctwdMm: 15,
  workAngleDeg: 45,
  travelAngleDeg: 10,
  shieldingGas: 'CO2',
  gasFlowLPerMin: 17,
};
const tig = {
  ...good,
  process: 'GTAW',
  material: 'stainless-steel',
  thicknessMm: 3,
  joint: 'butt',
  position: 'PA',
  wireDiameterMm: 2.4,
  currentA: 130,
  voltageV: 12,
  travelSpeedMmPerS: 5,
  ctwdMm: 3,
  workAngleDeg: 90,
  shieldingGas: 'Ar',
  gasFlowLPerMin: 7,
} as Record<string, unknown>;
delete tig.wireFeedSpeedMPerMin;

function weld(input: string, args: string[] = []) {
  const r = spawnSync(process.execPath, ['bin/weldtwin.mjs', 'weld', ...args], { input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('weldtwin weld', () => {
  it('answers a batch in order with the contract fields', () => {
    const fast = { ...good, thicknessMm: 10, travelSpeedMmPerS: 15 };
    const r = weld(JSON.stringify([good, fast, tig]));
    expect(r.code).toBe(0);
    const res = JSON.parse(r.out) as Record<string, unknown>[];
    expect(res).toHaveLength(3);
    for (const item of res) {
      expect(Object.keys(item).sort()).toEqual([
        'advice',
        'bead',
        'currentA',
        'heatInputKJPerMm',
        'imperfections',
        'qualityLevel',
        'transferMode',
      ]);
      expect(Object.keys(item.bead as object).sort()).toEqual([
        'penetrationMm',
        'reinforcementMm',
        'throatMm',
        'widthMm',
      ]);
    }
    expect(res[0]).toMatchObject({
      currentA: 264,
      transferMode: 'globular',
      qualityLevel: 'B',
      imperfections: [],
      advice: [],
    });
    expect(res[0]!.heatInputKJPerMm).toBeCloseTo(0.77, 2);
    expect((res[1]!.imperfections as { iso6520: number }[]).map((i) => i.iso6520)).toContain(5011);
    expect(res[1]!.qualityLevel).toBe('reject');
    expect((res[1]!.advice as string[]).some((a) => a.startsWith('Undercut: '))).toBe(true);
    expect(res[2]).toMatchObject({ currentA: 130, transferMode: 'none' });
  });

  it('names every bad field with its path, exits 2 and prints nothing on stdout', () => {
    const bad = [
      good,
      { ...good, process: 'MIG' },
      { ...good, wireDiameterMm: 3 },
      { ...good, voltageV: 'high' },
    ];
    const r = weld(JSON.stringify(bad));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(
      '[1].process: expected one of "GMAW", "FCAW", "GTAW", "SMAW", "SAW", got the string "MIG"',
    );
    expect(r.err).toContain('[2].wireDiameterMm: 3 mm is above the physical range (max 1.6 mm)');
    expect(r.err).toContain('[3].voltageV: expected a finite number, got the string "high"');
    expect(r.err).not.toContain('[0]');
    expect(r.err).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  });

  it('requires wire feed for MIG and current for TIG, each in its place', () => {
    const { wireFeedSpeedMPerMin: _w, ...noWfs } = good;
    const r = weld(
      JSON.stringify([
        noWfs,
        { ...tig, wireFeedSpeedMPerMin: 5 },
        { ...good, currentA: 200 },
        { ...tig, currentA: undefined },
      ]),
    );
    expect(r.code).toBe(2);
    expect(r.err).toContain('[0].wireFeedSpeedMPerMin: missing');
    expect(r.err).toContain('[1].wireFeedSpeedMPerMin: GTAW has no wire feeder');
    expect(r.err).toContain('[2].currentA: GMAW runs on a constant-voltage source');
    expect(r.err).toContain('[3].currentA: missing');
  });

  it('rejects unknown fields, impossible combinations, non-arrays and bad JSON', () => {
    expect(weld(JSON.stringify([{ ...good, wireSpeed: 8 }])).err).toContain('[0].wireSpeed: unknown field');
    expect(
      weld(
        JSON.stringify([
          { ...good, process: 'SAW', wireDiameterMm: 4, position: 'PF', shieldingGas: 'none' },
        ]),
      ).err,
    ).toContain('[0].position: SAW needs the flux');
    expect(weld(JSON.stringify([{ ...good, shieldingGas: 'CO2', gasFlowLPerMin: undefined }])).err).toContain(
      '[0].gasFlowLPerMin: missing',
    );
    const notArray = weld('{"process":"GMAW"}');
    expect(notArray.code).toBe(2);
    expect(notArray.err).toContain('stdin: expected a JSON array');
    expect(weld('[{').code).toBe(2);
  });

  it('--help documents the fields and units; unknown flags exit 2', () => {
    const help = weld('', ['--help']);
    expect(help.code).toBe(0);
    for (const field of [
      'wireFeedSpeedMPerMin',
      'currentA',
      'travelSpeedMmPerS',
      'ctwdMm',
      'gasFlowLPerMin',
      'qualityLevel',
      'ISO 5817',
    ])
      expect(help.out).toContain(field);
    expect(weld('[]', ['--fast']).code).toBe(2);
    expect(weld('[]').out.trim()).toBe('[]');
  });
});
