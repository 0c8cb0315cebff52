import { describe, expect, it } from 'vitest';
import {
  createSsmResult,
  describeSsmRule,
  evaluateSsm,
  protectiveSeparationDistanceMm,
  type SsmParameters,
} from '../../../src/sim/safety/index.ts';

const q = (
  separationMm: number,
  reducedSpeedZoneMm: number | null = null,
  warningZoneMm: number | null = null,
) => ({
  separationMm,
  reducedSpeedZoneMm,
  warningZoneMm,
});

const CONTRACT_EXAMPLE: SsmParameters = {
  humanSpeedMmPerS: 1600,
  robotSpeedMmPerS: 500,
  reactionTimeS: 0.1,
  stoppingTimeS: 0.3,
  stoppingDistanceMm: 80,
  intrusionDistanceMm: 208,
  humanUncertaintyMm: 50,
  robotUncertaintyMm: 20,
};

describe('protective separation distance (ISO/TS 15066 SSM)', () => {
  it('reproduces the CONTRACTS.md example: 1600·0.4 + 500·0.1 + 80 + 208 + 50 + 20 = 1048 mm, 900 mm → stop', () => {
    expect(protectiveSeparationDistanceMm(CONTRACT_EXAMPLE)).toBeCloseTo(1048, 9);
    const r = evaluateSsm(CONTRACT_EXAMPLE, q(900), createSsmResult());
    expect(r.decision).toBe('stop');
    expect(r.zone).toBe('stop');
    expect(describeSsmRule(CONTRACT_EXAMPLE, 900, r)).toMatch(/900 mm is below .*1048 mm.*must stop/);
  });

  it('a walking person, a 250 mm/s robot and a slow stop: hand-computed', () => {
    // 1600·(0.2 + 0.5) + 250·0.2 + 60 + 128 + 100 + 10 = 1120 + 50 + 298 = 1468 mm
    const p = {
      ...CONTRACT_EXAMPLE,
      robotSpeedMmPerS: 250,
      reactionTimeS: 0.2,
      stoppingTimeS: 0.5,
      stoppingDistanceMm: 60,
      intrusionDistanceMm: 128,
      humanUncertaintyMm: 100,
      robotUncertaintyMm: 10,
    };
    expect(protectiveSeparationDistanceMm(p)).toBeCloseTo(1468, 9);
  });

  it('a robot at standstill still needs the person-travel term and the uncertainties', () => {
    const p = { ...CONTRACT_EXAMPLE, robotSpeedMmPerS: 0, stoppingTimeS: 0, stoppingDistanceMm: 0 };
    expect(protectiveSeparationDistanceMm(p)).toBeCloseTo(160 + 208 + 50 + 20, 9);
  });

  it('stops just inside S_p and continues at or just outside it', () => {
    const out = createSsmResult();
    expect(evaluateSsm(CONTRACT_EXAMPLE, q(1047.9), out).decision).toBe('stop');
    expect(evaluateSsm(CONTRACT_EXAMPLE, q(1048), out).decision).toBe('continue');
    expect(evaluateSsm(CONTRACT_EXAMPLE, q(1048.1), out).decision).toBe('continue');
  });

  it('zones: slow inside the reduced-speed zone, warning inside the warning field, clear beyond', () => {
    const out = createSsmResult();
    expect(evaluateSsm(CONTRACT_EXAMPLE, q(1499, 1500, 2000), out).zone).toBe('slow');
    expect(evaluateSsm(CONTRACT_EXAMPLE, q(1501, 1500, 2000), out).zone).toBe('warning');
    expect(evaluateSsm(CONTRACT_EXAMPLE, q(2001, 1500, 2000), out).zone).toBe('clear');
    expect(
      describeSsmRule(CONTRACT_EXAMPLE, 1499, evaluateSsm(CONTRACT_EXAMPLE, q(1499, 1500, 2000), out)),
    ).toMatch(/slow down/);
  });
});
