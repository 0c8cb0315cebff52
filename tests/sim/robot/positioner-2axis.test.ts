import { describe, expect, it } from 'vitest';
import {
  createPositioner2Axis,
  positioner2Axis,
  positionerAlign,
  positionerToFlat,
} from '../../../src/sim/robot/index.ts';
import { mat34, rotateVector } from '../../../src/sim/core/transform.ts';
import { seedPrng, nextRange } from '../../../src/sim/core/prng.ts';
import { checkRoundTrip, randomJoints } from './helpers.ts';

/** Seam normal (faceplate frame) turned into the positioner base by the joints `q`. */
function normalInBase(q: readonly number[], n: readonly number[]): number[] {
  const t = positioner2Axis.fk(q, mat34());
  return Array.from(rotateVector(t, n, [0, 0, 0]));
}

describe('two-axis tilt-rotate positioner', () => {
  it('at zero the faceplate lies flat on top, 0.25 m above the 0.9 m tilt axis', () => {
    const t = positioner2Axis.fk([0, 0], mat34());
    expect(Array.from(t)).toEqual([1, -0, 0, 0, 0, 1, -0, -0, 0, 0, 1, 1.15]);
  });

  it('tilting 90° stands the faceplate up: its normal points along −Y', () => {
    const t = positioner2Axis.fk([Math.PI / 2, 0], mat34());
    expect(t[2]).toBeCloseTo(0, 15);
    expect(t[6]).toBeCloseTo(-1, 15);
    expect(t[10]).toBeCloseTo(0, 15);
  });

  it('IK of a faceplate pose gives back the joints (one solution), and rejects poses it cannot make', () => {
    const st = seedPrng('positioner');
    for (let n = 0; n < 3000; n++) {
      const r = checkRoundTrip(positioner2Axis, randomJoints(positioner2Axis, st));
      expect(r.count).toBe(1);
      expect(r.foundOriginal).toBe(true);
      expect(r.worstPosition).toBeLessThan(1e-9);
      expect(r.worstRotation).toBeLessThan(1e-9);
    }
    const t = positioner2Axis.fk([0.4, 1], mat34());
    t[3] = t[3]! + 0.01; // the faceplate centre cannot leave the tilt circle
    expect(positioner2Axis.ik(t, new Float64Array(16))).toBe(0);
  });

  it('puts a fillet bisector lying in the table plane into flat position PA with tilt ±90°', () => {
    const out: number[] = [];
    const n = positionerToFlat(positioner2Axis, [1, 0, 0], out);
    expect(n).toBe(2);
    for (let i = 0; i < n; i++) {
      expect(Math.abs(out[i * 2]!)).toBeCloseTo(Math.PI / 2, 12);
      const up = normalInBase([out[i * 2]!, out[i * 2 + 1]!], [1, 0, 0]);
      expect(up[2]).toBeCloseTo(1, 12);
    }
  });

  it('turns any seam normal of the upper hemisphere to vertical, with every solution inside the limits', () => {
    const st = seedPrng('flat');
    const out = new Float64Array(4);
    for (let k = 0; k < 2000; k++) {
      const nrm = [nextRange(st, -1, 1), nextRange(st, -1, 1), nextRange(st, 0.05, 1)];
      const len = Math.hypot(nrm[0]!, nrm[1]!, nrm[2]!);
      const count = positionerToFlat(positioner2Axis, nrm, out);
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const q = [out[i * 2]!, out[i * 2 + 1]!];
        expect(Math.abs(q[0]!)).toBeLessThanOrEqual((135 * Math.PI) / 180);
        const up = normalInBase(q, nrm);
        expect(up[2]! / len).toBeCloseTo(1, 10);
      }
    }
  });

  it('a normal already vertical needs no tilt; rotate is free and follows the hint', () => {
    const out: number[] = [];
    expect(positionerToFlat(positioner2Axis, [0, 0, 1], out, [0, 0.7])).toBe(1);
    expect(out[0]).toBeCloseTo(0, 15);
    expect(out[1]).toBe(0.7);
  });

  it('aligns to any direction (e.g. a 2F/PB horizontal-vertical fillet) and reports impossible ones', () => {
    const out: number[] = [];
    const pb = [0, -Math.SQRT1_2, Math.SQRT1_2];
    const n = positionerAlign(positioner2Axis, [0, 0, 1], pb, out);
    expect(out[0]).toBeCloseTo(Math.PI / 4, 14);
    expect(n).toBeGreaterThan(0);
    const got = normalInBase([out[0]!, out[1]!], [0, 0, 1]);
    for (let j = 0; j < 3; j++) expect(got[j]).toBeCloseTo(pb[j]!, 12);
    // The faceplate normal cannot be turned about the tilt axis X onto +X.
    expect(positionerAlign(positioner2Axis, [0, 0, 1], [1, 0, 0], out)).toBe(0);
  });

  it('geometry is configurable', () => {
    const tall = createPositioner2Axis({ tiltAxisHeightM: 1.2, faceplateOffsetM: 0.1 });
    expect(tall.fk([0, 0], mat34())[11]).toBeCloseTo(1.3, 15);
  });
});
