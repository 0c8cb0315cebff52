// The sim world is Z-up, three.js is Y-up: the view's frame rotation and the point conversions agree.
import { describe, expect, it } from 'vitest';
import { Group, Matrix4, Vector3 } from 'three';
import { simToThree, threeToSim } from '../../src/app/scene/sim-frame.tsx';

describe('sim ↔ three frames', () => {
  it('SimFrame rotation (−90° about X) maps sim points like simToThree, and threeToSim inverts it', () => {
    const g = new Group();
    g.rotation.x = -Math.PI / 2;
    g.updateMatrixWorld();
    const p: [number, number, number] = [0.3, -0.7, 1.2];
    const viaGroup = new Vector3(...p).applyMatrix4(g.matrixWorld);
    const out: [number, number, number] = [0, 0, 0];
    simToThree(...p, out);
    expect(viaGroup.x).toBeCloseTo(out[0], 12);
    expect(viaGroup.y).toBeCloseTo(out[1], 12);
    expect(viaGroup.z).toBeCloseTo(out[2], 12);
    const back: [number, number, number] = [0, 0, 0];
    threeToSim(...out, back);
    expect(back[0]).toBeCloseTo(p[0], 12);
    expect(back[1]).toBeCloseTo(p[1], 12);
    expect(back[2]).toBeCloseTo(p[2], 12);
    // Up is up: sim +Z is three +Y.
    expect(new Vector3(0, 0, 1).applyMatrix4(new Matrix4().makeRotationX(-Math.PI / 2)).y).toBeCloseTo(1, 12);
  });
});
