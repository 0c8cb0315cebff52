import { expect, it } from 'vitest';
import { STEP_S } from '../../../src/sim/core/clock.ts';
import {
  compileScene,
  createHits,
  createPhysics,
  stepPhysics,
  torchContactsFast,
} from '../../../src/sim/physics/index.ts';
import { scene, torchDown } from './scene-fixture.ts';

it('cost per step of the cannon world and of the fast check (reported)', () => {
  const poses = Array.from({ length: 2000 }, (_, i) => torchDown(-0.1 + 0.00007 * i, 0, 0.002));
  const physics = createPhysics(scene);
  const compiled = compileScene(scene);
  const hits = createHits(compiled);
  const cpu = (fn: () => void): number => {
    let best = Infinity;
    for (let rep = 0; rep < 5; rep++) {
      const c0 = process.cpuUsage();
      fn();
      const c = process.cpuUsage(c0);
      best = Math.min(best, (c.user + c.system) / poses.length);
    }
    return best;
  };
  const cannon = cpu(() => {
    for (const p of poses) stepPhysics(physics, p, STEP_S);
  });
  let n = 0;
  const fast = cpu(() => {
    for (const p of poses) n += torchContactsFast(compiled, p, hits);
  });
  console.log(
    `stepPhysics (cannon-es, 27 static boxes): ${cannon.toFixed(2)} µs/step; torchContactsFast: ${fast.toFixed(2)} µs/step`,
  );
  expect(n).toBe(0);
  expect(fast).toBeLessThan(cannon);
});
