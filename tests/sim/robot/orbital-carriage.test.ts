import { describe, expect, it } from 'vitest';
import {
  clockPosition,
  createOrbitalCarriage,
  fixedPipePosition,
  orbitalCarriage,
  pipeSectorPosition,
  progressionAt,
} from '../../../src/sim/robot/index.ts';
import { mat34 } from '../../../src/sim/core/transform.ts';
import { seedPrng } from '../../../src/sim/core/prng.ts';
import { checkRoundTrip, randomJoints } from './helpers.ts';

describe('orbital carriage on an NPS 8 pipe (219.1 mm OD)', () => {
  it("at 12 o'clock the torch stands over the top of the pipe, pointing straight down", () => {
    const t = orbitalCarriage.fk([0, 0, 0.015], mat34());
    expect(t[3]).toBeCloseTo(0, 15);
    expect(t[11]).toBeCloseTo(0.2191 / 2 + 0.015, 15);
    expect([t[2], t[6], t[10]]).toEqual([-0, 0, -1]);
  });

  it("at 3 o'clock (θ = π/2) the torch is on +X pointing back at the pipe axis; 6 o'clock is overhead", () => {
    const t3 = orbitalCarriage.fk([Math.PI / 2, 0, 0.01], mat34());
    expect(t3[3]).toBeCloseTo(0.10955 + 0.01, 15);
    expect(t3[2]).toBeCloseTo(-1, 15);
    const t6 = orbitalCarriage.fk([Math.PI, 0, 0.01], mat34());
    expect(t6[11]).toBeCloseTo(-(0.10955 + 0.01), 15);
    expect(t6[10]).toBeCloseTo(1, 15); // torch points up at the pipe from below
  });

  it('oscillation moves the torch along the pipe axis (across a girth joint)', () => {
    const t = orbitalCarriage.fk([0.7, 0.004, 0.01], mat34());
    expect(t[7]).toBe(0.004);
  });

  it('IK recovers travel, oscillation and height from the torch pose; other poses are out of reach', () => {
    const st = seedPrng('orbital');
    for (let n = 0; n < 3000; n++) {
      const r = checkRoundTrip(orbitalCarriage, randomJoints(orbitalCarriage, st));
      expect(r.count).toBe(1);
      expect(r.foundOriginal).toBe(true);
      expect(r.worstPosition).toBeLessThan(1e-9);
      expect(r.worstRotation).toBeLessThan(1e-9);
    }
    const t = orbitalCarriage.fk([0.3, 0, 0.01], mat34());
    t[3] = t[3]! + 0.005; // torch no longer aimed at the pipe axis
    expect(orbitalCarriage.ik(t, new Float64Array(24))).toBe(0);
    const far = orbitalCarriage.fk([0.3, 0, 0.01], mat34());
    far[7] = 0.05; // 50 mm off the joint: beyond the ±15 mm oscillation slide
    expect(orbitalCarriage.ik(far, new Float64Array(24))).toBe(0);
  });

  it('is parameterised by pipe OD: a 48 in pipeline puts the torch 0.6096 m + height from the axis', () => {
    const big = createOrbitalCarriage({ pipeOdM: 1.2192 });
    expect(big.fk([0, 0, 0.01], mat34())[11]).toBeCloseTo(0.6196, 15);
    expect(big.maxJointSpeed[0]!).toBeLessThan(orbitalCarriage.maxJointSpeed[0]!); // same torch speed, bigger circle
    expect(() => createOrbitalCarriage({ pipeOdM: 0 })).toThrow(/positive/);
  });

  it('the guide band rides 5/8 in off the pipe surface', () => {
    expect(orbitalCarriage.bandRadiusM).toBeCloseTo(0.10955 + 0.015875, 15);
  });
});

describe('clock and ISO 6947 positions round a fixed horizontal pipe', () => {
  it('reads θ as a clock face: 12:00 at the top, 3:00 at +X, 6:00 at the bottom', () => {
    const readings = [
      0,
      Math.PI / 2,
      Math.PI,
      (3 * Math.PI) / 2,
      (7 * Math.PI) / 4,
      -Math.PI / 6,
      2 * Math.PI,
    ];
    expect(readings.map(clockPosition)).toEqual(['12:00', '3:00', '6:00', '9:00', '10:30', '11:00', '12:00']);
  });

  it('top sector is flat PA, bottom is overhead PE, sides are PF uphill and PG downhill', () => {
    expect(pipeSectorPosition(0, 'uphill')).toBe('PA');
    expect(pipeSectorPosition(Math.PI / 2, 'uphill')).toBe('PF');
    expect(pipeSectorPosition((3 * Math.PI) / 2, 'downhill')).toBe('PG');
    expect(pipeSectorPosition(Math.PI, 'downhill')).toBe('PE');
    expect(pipeSectorPosition(-Math.PI / 5, 'uphill')).toBe('PA');
  });

  it("moving toward 12 o'clock is uphill on either side (5G pipe: PH), away from it downhill (PJ)", () => {
    expect(progressionAt(Math.PI / 2, -1)).toBe('uphill'); // 3 o'clock climbing back to 12
    expect(progressionAt((3 * Math.PI) / 2, +1)).toBe('uphill'); // 9 o'clock climbing to 12
    expect(progressionAt(Math.PI / 4, +1)).toBe('downhill');
    expect(fixedPipePosition('uphill')).toBe('PH');
    expect(fixedPipePosition('downhill')).toBe('PJ');
  });
});
