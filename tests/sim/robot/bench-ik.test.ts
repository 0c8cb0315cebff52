import { describe, expect, it } from 'vitest';
import { benchIk, fanucM10ia, prepareIkBench } from '../../../src/sim/robot/index.ts';

describe('IK bench fixture', () => {
  it('is deterministic: the same count gives the same checksum', () => {
    expect(prepareIkBench()).toHaveLength(1024);
    const a = benchIk(3000);
    const b = benchIk(3000);
    expect(a).toBe(b);
    expect(a).toBeGreaterThan(3000); // at least one solution per reachable pose
    expect(benchIk(500, fanucM10ia)).toBe(benchIk(500, fanucM10ia));
  });
});
