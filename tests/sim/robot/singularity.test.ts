import { describe, expect, it } from 'vitest';
import {
  fanucM10ia,
  orbitalCarriage,
  positioner2Axis,
  singularityKind,
  singularityMeasure,
  ur10e,
} from '../../../src/sim/robot/index.ts';

describe('singularity warnings for the motion layer', () => {
  it('UR: wrist 2 at 0 lines up wrists 1 and 3 (wrist singularity)', () => {
    expect(singularityKind(ur10e, [0, -1.2, 1.4, -1.5, 0.02, 0])).toBe('wrist');
  });

  it('UR: the stretched elbow is an elbow singularity', () => {
    expect(singularityKind(ur10e, [0, -1.2, 0.03, -1.5, 1.2, 0])).toBe('elbow');
  });

  it('UR: the wrist over the base axis is a shoulder singularity', () => {
    // Forearm folded back over the base so the wrist-2 origin lies in the J1 axis plane: a2·c2 + a3·c23 + d5·s234 = 0.
    const { a2, a3, d5 } = ur10e.dh;
    const q2 = -1.27;
    const q23 = Math.acos((-d5 - a2 * Math.cos(q2)) / a3); // with θ234 = π/2
    const q = [0.4, q2, q23 - q2, Math.PI / 2 - q23, 1.2, 0];
    expect(singularityKind(ur10e, q)).toBe('shoulder');
  });

  it('UR: a normal welding posture is clear of all of them', () => {
    const q = [0.3, -1.2, 1.5, -1.9, -1.57, 0];
    expect(singularityKind(ur10e, q)).toBeNull();
    expect(singularityMeasure(ur10e, q)).toBeGreaterThan(1);
  });

  it('FANUC: zero joints (J5 = 0) is a wrist singularity; a bent wrist is clear', () => {
    expect(singularityKind(fanucM10ia, [0, 0, 0, 0, 0, 0])).toBe('wrist');
    expect(singularityKind(fanucM10ia, [0, 0, 0, 0, -0.8, 0])).toBeNull();
  });

  it('FANUC: forearm in line with the upper arm is an elbow singularity', () => {
    // OPW θ3 + ψ3 = 0 ⇔ J3 = −(θ3_opw + offset) with θ3_opw = −ψ3, ψ3 = atan2(a2, c3).
    const psi3 = Math.atan2(-0.2, 0.64);
    const j3 = -(-psi3 - Math.PI / 2);
    expect(singularityKind(fanucM10ia, [0, 0.3, j3, 0, -0.8, 0])).toBe('elbow');
  });

  it('the positioner and the orbital carriage have no singular joints', () => {
    expect(singularityKind(positioner2Axis, [0, 0])).toBeNull();
    expect(singularityKind(orbitalCarriage, [0, 0, 0])).toBeNull();
    expect(singularityMeasure(orbitalCarriage, [0, 0, 0])).toBe(Infinity);
  });
});
