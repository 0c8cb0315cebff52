import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { segmentBoxDistance } from '../../../src/sim/physics/index.ts';

/** Distance from a point to an axis-aligned box centred at the origin (brute-force reference). */
function pointBox(p: number[], h: number[]): number {
  let s = 0;
  for (let i = 0; i < 3; i++) s += Math.max(0, Math.abs(p[i]!) - h[i]!) ** 2;
  return Math.sqrt(s);
}

describe('segment–box distance', () => {
  it('matches dense sampling of the segment for random boxes and segments', () => {
    const coord = fc.double({ min: -1, max: 1, noNaN: true });
    const half = fc.double({ min: 0.01, max: 0.5, noNaN: true });
    const angle = fc.double({ min: -Math.PI, max: Math.PI, noNaN: true });
    fc.assert(
      fc.property(
        fc.tuple(coord, coord, coord),
        fc.tuple(coord, coord, coord),
        fc.tuple(half, half, half),
        angle,
        (a, b, h, th) => {
          // Box rotated by th about Z and shifted by (0.1, −0.2, 0.3).
          const c = Math.cos(th),
            s = Math.sin(th);
          const box = [c, -s, 0, 0.1, s, c, 0, -0.2, 0, 0, 1, 0.3];
          const d = segmentBoxDistance(a, b, box, h);
          let best = Infinity;
          const n = 2000;
          for (let k = 0; k <= n; k++) {
            const t = k / n;
            const w = [0, 1, 2].map((i) => a[i]! + t * (b[i]! - a[i]!) - box[i * 4 + 3]!);
            // Into box coordinates: Rᵀ·w.
            const l = [0, 1, 2].map((i) => box[i]! * w[0]! + box[4 + i]! * w[1]! + box[8 + i]! * w[2]!);
            best = Math.min(best, pointBox(l, h));
          }
          const len = Math.hypot(b[0] - a[0], b[1] - a[1], b[2] - a[2]);
          expect(d).toBeLessThanOrEqual(best + 1e-12);
          expect(d).toBeGreaterThanOrEqual(best - len / n - 1e-12);
        },
      ),
      { seed: 20261124, numRuns: 300 },
    );
  });
});
