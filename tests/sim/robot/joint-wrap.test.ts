import { describe, expect, it } from 'vitest';
import {
  nearestEquivalent,
  nearestSolution,
  wrapIntoLimits,
  wrapToPi,
} from '../../../src/sim/robot/index.ts';

describe('joint wrapping', () => {
  it('wraps any angle into (−π, π]', () => {
    expect(wrapToPi(Math.PI)).toBe(Math.PI);
    expect(wrapToPi(-Math.PI)).toBe(Math.PI);
    expect(wrapToPi(3 * Math.PI)).toBeCloseTo(Math.PI, 14);
    expect(wrapToPi(-0.5 - 4 * Math.PI)).toBeCloseTo(-0.5, 14);
  });

  it('prefers (−π, π], else the 2π-equivalent inside the limits, else NaN', () => {
    const deg = Math.PI / 180;
    // FANUC J3 −180°…+264°: 250° has no (−π, π] twin inside, but −110° does.
    expect(wrapIntoLimits(250 * deg, -180 * deg, 264 * deg)).toBeCloseTo(-110 * deg, 14);
    // FANUC J2 −90°…+160°: 200° ≡ −160° is outside either way.
    expect(wrapIntoLimits(200 * deg, -90 * deg, 160 * deg)).toBeNaN();
    // A limit of exactly 160°, reached with rounding noise, is clamped onto the limit.
    expect(wrapIntoLimits(160 * deg + 1e-14, -90 * deg, 160 * deg)).toBe(160 * deg);
    // Positioner-style limit 0…270°: −90° maps to 270°.
    expect(wrapIntoLimits(-90 * deg, 0, 270 * deg)).toBeCloseTo(270 * deg, 14);
  });

  it('nearestEquivalent unwraps toward the current joint without leaving the limits', () => {
    expect(nearestEquivalent(0.1, 6.3, -2 * Math.PI, 2 * Math.PI)).toBeCloseTo(0.1, 14); // 0.1 + 2π > 2π
    expect(nearestEquivalent(0.1, 6.0, -2 * Math.PI, 4 * Math.PI)).toBeCloseTo(0.1 + 2 * Math.PI, 14);
    expect(nearestEquivalent(3, -3, -2 * Math.PI, 2 * Math.PI)).toBeCloseTo(3 - 2 * Math.PI, 14);
  });

  it('nearestSolution keeps prismatic joints as they are', () => {
    const out = [0, 0];
    const i = nearestSolution(
      [0.5, 0.01, -0.5, 0.02],
      2,
      [-0.45, 0.019],
      out,
      [
        [-7, 7],
        [-1, 1],
      ],
      ['revolute', 'prismatic'],
    );
    expect(i).toBe(1);
    expect(out).toEqual([-0.5, 0.02]);
  });
});
