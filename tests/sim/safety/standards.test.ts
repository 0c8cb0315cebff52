import { describe, expect, it } from 'vitest';
import {
  BODY_REGIONS,
  BODY_REGION_LIMITS,
  UR5_TCP_STOP_DATA,
  checkContact,
  createContactCheck,
  forceLimitN,
  jointStoppingProfile,
  lightCurtainMinimumDistance,
  maxTransientContactSpeedMmPerS,
  pressureLimitNPerCm2,
  reducedMassKg,
  stoppingProfile,
} from '../../../src/sim/safety/index.ts';

describe('ISO 13855 light curtain minimum distance S = K·T + C', () => {
  it('wenglor SEFG example: 2000·0.3312 + 8·(30 − 14) = 790 mm > 500, so redo with K = 1600 → 658 mm', () => {
    const r = lightCurtainMinimumDistance(0.0162 + 0.015 + 0.3, 30);
    expect(r.intrusionDistanceMm).toBe(128);
    expect(r.approachSpeedMmPerS).toBe(1600);
    expect(Math.round(r.minimumDistanceMm)).toBe(658);
    expect(2000 * r.totalTimeS + 128).toBeCloseTo(790.4, 6);
  });
  it('stays with K = 2000 while the result is ≤ 500 mm, never below 100 mm', () => {
    const fast = lightCurtainMinimumDistance(0.1, 14);
    expect(fast.approachSpeedMmPerS).toBe(2000);
    expect(fast.minimumDistanceMm).toBeCloseTo(200, 9);
    expect(lightCurtainMinimumDistance(0.02, 14).minimumDistanceMm).toBe(100);
  });
  it('with K = 1600 never below 500 mm', () => {
    // 2000·0.2 + 8·(40 − 14) = 608 > 500 → 1600·0.2 + 208 = 528
    expect(lightCurtainMinimumDistance(0.2, 40).minimumDistanceMm).toBeCloseTo(528, 9);
    // 2000·0.15 + 208 = 508 > 500 → 1600·0.15 + 208 = 448 → raised to 500
    expect(lightCurtainMinimumDistance(0.15, 40).minimumDistanceMm).toBe(500);
  });
  it('needs the tabulated C for coarse (whole-body) detection', () => {
    expect(() => lightCurtainMinimumDistance(0.3, 70)).toThrow(/tabulated/);
    expect(lightCurtainMinimumDistance(0.3, 70, 850).minimumDistanceMm).toBeCloseTo(1600 * 0.3 + 850, 9);
  });
});

describe('ISO/TS 15066 body-region limits', () => {
  it('transient limits are twice the quasi-static ones for every region that allows transient contact', () => {
    for (const region of BODY_REGIONS) {
      const r = BODY_REGION_LIMITS[region];
      if (!r.transientContactAllowed) continue;
      expect(forceLimitN(region, true)).toBe(2 * forceLimitN(region, false));
      expect(pressureLimitNPerCm2(region, true)).toBe(2 * pressureLimitNPerCm2(region, false));
    }
    expect(forceLimitN('hand-fingers', false)).toBe(140);
    expect(forceLimitN('hand-fingers', true)).toBe(280);
    expect(forceLimitN('chest', false)).toBe(140);
  });
  it('no designed-in transient contact with the skull or face: any such contact breaks the limit', () => {
    const out = createContactCheck();
    expect(checkContact('face', 10, 5, true, out).withinLimits).toBe(false);
    expect(checkContact('face', 60, 100, false, out).withinLimits).toBe(true);
  });
  it('a 150 N clamp of the hand breaks the 140 N limit, the same 150 N as a transient impact does not', () => {
    const out = createContactCheck();
    expect(checkContact('hand-fingers', 150, 100, false, out).exceeded).toBe('force');
    expect(checkContact('hand-fingers', 150, 100, true, out).withinLimits).toBe(true);
    expect(checkContact('hand-fingers', 100, 200, false, out).exceeded).toBe('pressure');
  });
  it('v_max = F/√(μk): hand (0.6 kg, 75 N/mm) against a 10 kg robot', () => {
    const mu = reducedMassKg(0.6, 10); // 0.566 kg
    expect(mu).toBeCloseTo(1 / (1 / 0.6 + 1 / 10), 12);
    const expected = (280 / Math.sqrt(mu * 75000)) * 1000; // ≈ 1359 mm/s
    expect(maxTransientContactSpeedMmPerS('hand-fingers', 10)).toBeCloseTo(expected, 9);
    expect(expected).toBeGreaterThan(1300);
    expect(expected).toBeLessThan(1400);
    expect(maxTransientContactSpeedMmPerS('skull-forehead', 10)).toBe(0);
  });
});

describe('stopping model (UR5/CB3 App. A stop category 0 data)', () => {
  it('at the test speed a category 0 stop of the worst joint takes 530 ms and 0.70 rad at 850 mm reach', () => {
    const p = stoppingProfile(0, UR5_TCP_STOP_DATA.referenceSpeedMmPerS);
    expect(p.timeS).toBeCloseTo(0.53, 12);
    expect(p.distanceMm).toBeCloseTo(0.7 * 850, 9);
    expect(p.powerRemoved).toBe(true);
  });
  it('time scales with speed and distance with its square; category 2 keeps power and monitors standstill', () => {
    const v = UR5_TCP_STOP_DATA.referenceSpeedMmPerS;
    const full = stoppingProfile(1, v);
    const half = stoppingProfile(1, v / 2);
    expect(half.timeS).toBeCloseTo(full.timeS / 2, 12);
    expect(half.distanceMm).toBeCloseTo(full.distanceMm / 4, 9);
    const c2 = stoppingProfile(2, 250);
    expect(c2.powerRemoved).toBe(false);
    expect(c2.standstillMonitored).toBe(true);
    // Controlled stops ramp linearly: longer than the front-loaded brake stop of category 0.
    expect(stoppingProfile(1, v).distanceMm).toBeGreaterThan(stoppingProfile(0, v).distanceMm);
  });
  it('per-joint stopping from joint speeds uses each joint’s own row', () => {
    const d: number[] = [0, 0, 0, 0, 0, 0];
    const t = jointStoppingProfile(0, [(183 * Math.PI) / 180, 0, (183 * Math.PI) / 180, 0, 0, 0], d);
    expect(t).toBeCloseTo(0.244, 12);
    expect(d[0]).toBeCloseTo(0.31, 12);
    expect(d[2]).toBeCloseTo(0.22, 12);
    expect(d[1]).toBe(0);
  });
});
