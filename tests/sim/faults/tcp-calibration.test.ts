import { describe, expect, it } from 'vitest';
import { fitTcpFourPoint } from '../../../src/sim/faults/index.ts';
import { TILTS, touchPoses } from './fault-test-cell.ts';

const TCP: [number, number, number] = [0.0123, -0.0047, 0.3981];
const POINT: [number, number, number] = [0.62, 0.11, 0.05];

describe('4-point TCP calibration (least-squares sphere centre, domain §3.2)', () => {
  it('recovers a known TCP within 0.1 mm from noisy touch poses', () => {
    const poses = touchPoses(TCP, POINT, TILTS, { positionMm: 0.05, rotationDeg: 0.005, seed: 3 });
    const fit = fitTcpFourPoint(poses);
    expect(fit.ok).toBe(true);
    const errMm = Math.hypot(fit.tcpM[0] - TCP[0], fit.tcpM[1] - TCP[1], fit.tcpM[2] - TCP[2]) * 1000;
    expect(errMm).toBeLessThan(0.1);
    expect(
      Math.hypot(fit.pointM[0] - POINT[0], fit.pointM[1] - POINT[1], fit.pointM[2] - POINT[2]) * 1000,
    ).toBeLessThan(0.1);
    expect(fit.rmsResidualMm).toBeLessThan(0.5);
    expect(fit.rmsResidualMm).toBeGreaterThan(0);
  });
  it('is exact with four exact touches', () => {
    const fit = fitTcpFourPoint(touchPoses(TCP, POINT, TILTS.slice(0, 4)));
    expect(fit.ok).toBe(true);
    for (let i = 0; i < 3; i++) expect(fit.tcpM[i]).toBeCloseTo(TCP[i]!, 9);
    expect(fit.rmsResidualMm).toBeLessThan(1e-6);
  });
  it('refuses fewer than four poses, and poses all of one orientation', () => {
    expect(fitTcpFourPoint(touchPoses(TCP, POINT, TILTS.slice(0, 3))).reason).toBe('too-few-poses');
    const same = touchPoses(TCP, POINT, [TILTS[1]!, TILTS[1]!, TILTS[1]!, TILTS[1]!]);
    expect(fitTcpFourPoint(same).reason).toBe('orientations-too-similar');
  });
  it('flags touches that did not meet at one point (residual above the 0.5 mm acceptance)', () => {
    const poses = touchPoses(TCP, POINT, TILTS.slice(0, 6));
    poses[2]![3] = poses[2]![3]! + 0.003; // one touch 3 mm off the pointer
    const fit = fitTcpFourPoint(poses);
    expect(fit.ok).toBe(false);
    expect(fit.reason).toBe('residual-too-large');
    expect(fit.maxResidualMm).toBeGreaterThan(0.5);
  });
});
