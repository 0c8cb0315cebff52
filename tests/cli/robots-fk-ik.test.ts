import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { getRobot, posesMatch } from '../../src/sim/robot/index.ts';
import { fromPositionRotation, mat34 } from '../../src/sim/core/transform.ts';
import { nextRange, seedPrng } from '../../src/sim/core/prng.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function weldtwin(args: string[], stdin = ''): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['bin/weldtwin.mjs', ...args], {
    cwd: ROOT,
    input: stdin,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface Pose {
  position: number[];
  rotation: number[][];
}

describe('weldtwin robots', () => {
  it('lists the cobots, the arc-welding arm, its positioner and the orbital carriage with limits and speeds', () => {
    const r = weldtwin(['robots']);
    expect(r.status).toBe(0);
    const list = JSON.parse(r.stdout) as {
      id: string;
      family: string;
      dof: number;
      jointLimits: number[][];
      maxJointSpeed: number[];
    }[];
    expect(list.map((x) => x.id)).toEqual([
      'ur10e',
      'ur5e',
      'fanuc-m10ia',
      'positioner-2axis',
      'orbital-carriage',
    ]);
    expect(list.map((x) => x.family)).toEqual(['cobot', 'cobot', 'industrial', 'industrial', 'orbital']);
    for (const x of list)
      expect(Object.keys(x).sort()).toEqual(['dof', 'family', 'id', 'jointLimits', 'maxJointSpeed', 'name']);
    const ur10e = list[0]!;
    expect(ur10e.jointLimits).toEqual(Array.from({ length: 6 }, () => [-2 * Math.PI, 2 * Math.PI]));
    // UR10e: base and shoulder 120°/s, the rest 180°/s.
    expect(ur10e.maxJointSpeed.map((v) => Math.round((v * 180) / Math.PI))).toEqual([
      120, 120, 180, 180, 180, 180,
    ]);
    expect(list[2]!.maxJointSpeed.map((v) => Math.round((v * 180) / Math.PI))).toEqual([
      210, 190, 210, 400, 400, 600,
    ]);
  });
});

describe('weldtwin fk and ik', () => {
  it('fk answers a mixed batch in order: UR10e zero pose stretched along −X, FANUC zero at (0.89, 0, 1.25)', () => {
    const r = weldtwin(
      ['fk'],
      JSON.stringify([
        { robot: 'ur10e', joints: [0, 0, 0, 0, 0, 0] },
        { robot: 'fanuc-m10ia', joints: [0, 0, 0, 0, 0, 0] },
        { robot: 'positioner-2axis', joints: [0, 0] },
        { robot: 'orbital-carriage', joints: [0, 0, 0.01] },
      ]),
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as Pose[];
    expect(out).toHaveLength(4);
    expect(out[0]!.position.map((v) => Number(v.toFixed(12)))).toEqual([-1.18425, -0.2907, 0.06085]);
    expect(out[0]!.rotation).toEqual([
      [1, 0, 0],
      [0, 0, -1],
      [0, 1, 0],
    ]);
    expect(out[1]!.position.map((v) => Number(v.toFixed(12)))).toEqual([0.89, 0, 1.25]);
    expect(out[2]!.position).toEqual([0, 0, 1.15]);
    expect(out[3]!.position[2]).toBeCloseTo(0.10955 + 0.01, 15);
  });

  it('ik of fk output: every solution of every robot reproduces the pose within 1e-9, in one process', () => {
    const st = seedPrng('cli-ik');
    const batch: { robot: string; joints: number[] }[] = [];
    for (const id of ['ur10e', 'ur5e', 'fanuc-m10ia', 'positioner-2axis', 'orbital-carriage']) {
      const model = getRobot(id)!;
      for (let n = 0; n < 200; n++) {
        batch.push({ robot: id, joints: model.jointLimits.map(([lo, hi]) => nextRange(st, lo, hi)) });
      }
    }
    const fk = weldtwin(['fk'], JSON.stringify(batch));
    expect(fk.status).toBe(0);
    const poses = JSON.parse(fk.stdout) as Pose[];
    const ik = weldtwin(['ik'], JSON.stringify(poses.map((p, i) => ({ robot: batch[i]!.robot, ...p }))));
    expect(ik.status).toBe(0);
    const answers = JSON.parse(ik.stdout) as { solutions: number[][] }[];
    expect(answers).toHaveLength(batch.length);
    const target = mat34();
    const back = mat34();
    answers.forEach((a, i) => {
      const model = getRobot(batch[i]!.robot)!;
      expect(a.solutions.length, `${i}`).toBeGreaterThan(0);
      expect(a.solutions.length).toBeLessThanOrEqual(8);
      fromPositionRotation(poses[i]!.position, poses[i]!.rotation, target);
      for (const q of a.solutions) {
        expect(q).toHaveLength(model.dof);
        q.forEach((v, j) => {
          expect(v).toBeGreaterThanOrEqual(model.jointLimits[j]![0]);
          expect(v).toBeLessThanOrEqual(model.jointLimits[j]![1]);
        });
        expect(posesMatch(model.fk(q, back), target), `${batch[i]!.robot} ${i}`).toBe(true);
      }
    });
  });

  it('a pose out of reach answers an empty solution list, not an error', () => {
    const identity = [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ];
    const r = weldtwin(
      ['ik'],
      JSON.stringify([
        { robot: 'ur10e', position: [3, 0, 0], rotation: identity },
        { robot: 'orbital-carriage', position: [0, 0, 0.5], rotation: identity },
      ]),
    );
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([{ solutions: [] }, { solutions: [] }]);
  });
});

describe('bad input exits 2, names the field, prints nothing on stdout and no stack trace', () => {
  it('fk: unknown robot, wrong joint count, wrong types, joints beyond limits, unknown fields', () => {
    const r = weldtwin(
      ['fk'],
      JSON.stringify([
        { robot: 'ur11', joints: [0, 0, 0, 0, 0, 0] },
        { robot: 'ur10e', joints: [0, 0, 0, 0, 0, 0] },
        { robot: 'ur10e', joints: [0, 0, 0, 0, 0, 'x'] },
        { robot: 'ur10e', joints: [0, 0, 0, 0, 0] },
        { robot: 'fanuc-m10ia', joints: [0, 3, 0, 0, 0, 0] },
        { robot: 'ur5e', joints: [0, 0, 0, 0, 0, 0], tool: 'torch' },
        'ur10e',
      ]),
    );
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe(
      '[0].robot: unknown robot "ur11"; known: ur10e, ur5e, fanuc-m10ia, positioner-2axis, orbital-carriage',
    );
    expect(lines).toContain('[2].joints[5]: expected a finite number, got the string "x"');
    expect(lines).toContain('[3].joints: expected 6 numbers, got 5');
    expect(lines.some((l) => l.startsWith('[4].joints[1]: 3 rad is above'))).toBe(true);
    expect(lines.some((l) => l.startsWith('[5].tool: unknown field'))).toBe(true);
    expect(lines).toContain('[6]: expected an object, got the string "ur10e"');
    expect(lines).toHaveLength(6);
  });

  it('ik: missing position, a reflection instead of a rotation, not JSON at all', () => {
    const r = weldtwin(
      ['ik'],
      JSON.stringify([
        {
          robot: 'ur10e',
          rotation: [
            [1, 0, 0],
            [0, 1, 0],
            [0, 0, 1],
          ],
        },
        {
          robot: 'ur10e',
          position: [0.5, 0, 0.5],
          rotation: [
            [1, 0, 0],
            [0, 1, 0],
            [0, 0, -1],
          ],
        },
      ]),
    );
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[0].position: expected 3 numbers, got undefined');
    expect(r.stderr).toContain('[1].rotation: not a rotation matrix: determinant is -1 (a reflection)');
    const notJson = weldtwin(['ik'], '{robot: ur10e');
    expect(notJson.status).toBe(2);
    expect(notJson.stdout).toBe('');
    expect(notJson.stderr).toMatch(/^stdin: not valid JSON/);
  });

  it('unknown flags and stray arguments are errors; --help works on every command', () => {
    const flag = weldtwin(['fk', '--degrees'], '[]');
    expect(flag.status).toBe(2);
    expect(flag.stderr).toContain('--degrees: unknown option');
    expect(weldtwin(['robots', 'extra']).status).toBe(2);
    for (const cmd of ['robots', 'fk', 'ik']) {
      const help = weldtwin([cmd, '--help']);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/^usage: /);
      expect(help.stdout).toContain(`npm run -s weldtwin -- ${cmd}`);
    }
  });
});
