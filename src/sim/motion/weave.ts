// Weave pattern generator (ABB weavedata, FANUC weave schedules; domain/robots.md §3.4). Offsets are in the
// weave frame: lateral (+ = left of the travel direction) and vertical (+ = away from the work, along the
// reversed torch axis). One cycle of period 1/f, dwells included, runs
//   centre → left [dwell L] → centre [dwell C] → right [dwell R] → centre [dwell C]
// with the four moves sharing the time left after the dwells. Shapes of the cross-section:
//   zigzag    lateral triangle wave (linear moves), no vertical motion (ABB weave_shape 1)
//   sine      lateral sine wave (FANUC Sine weave); with no dwell exactly (w/2)·sin(2πft)
//   triangle  a triangle in the cross-section: left foot → apex (height) → right foot → centre
//   circular  a circle (ellipse if height ≠ width) in the cross-section, touching the nominal point at the bottom
import type { WeaveData } from './program.ts';
import { cos, sin } from '../core/fmath.ts';

/** Default vertical extent: circular → the width (a true circle); triangle → half the width (sim choice). */
export function weaveHeightM(w: WeaveData): number {
  if (w.heightMm !== undefined) return w.heightMm / 1000;
  if (w.pattern === 'circular') return w.widthMm / 1000;
  if (w.pattern === 'triangle') return w.widthMm / 2000;
  return 0;
}

/** Time of the four moves in one cycle; dwells that would not fit are scaled to leave 10 % for moving. */
function dwellScale(w: WeaveData, period: number): number {
  const dwell = (w.leftDwellS ?? 0) + (w.rightDwellS ?? 0) + 2 * (w.centreDwellS ?? 0);
  return dwell > 0.9 * period ? (0.9 * period) / dwell : 1;
}

const HALF_PI = Math.PI / 2;

/**
 * Weave offset (metres) at time `t` seconds into the pattern, written into out[0] = lateral, out[1] = vertical.
 * `t` may be any non-negative time: the pattern repeats every 1/frequency.
 */
export function weaveOffset(w: WeaveData, t: number, out: number[] | Float64Array): number[] | Float64Array {
  const period = 1 / w.frequencyHz;
  const k = dwellScale(w, period);
  const dl = (w.leftDwellS ?? 0) * k;
  const dr = (w.rightDwellS ?? 0) * k;
  const dc = (w.centreDwellS ?? 0) * k;
  const q = (period - dl - dr - 2 * dc) / 4;
  let tc = t - period * Math.floor(t / period);
  // Walk the cycle: quarter i moves from vertex i to vertex i+1, then dwells at vertex i+1.
  let quarter = 0;
  let x = 0;
  const dwellAfter0 = dl,
    dwellAfter1 = dc,
    dwellAfter2 = dr;
  for (quarter = 0; quarter < 4; quarter++) {
    if (tc < q) {
      x = tc / q;
      break;
    }
    tc -= q;
    const d = quarter === 0 ? dwellAfter0 : quarter === 1 ? dwellAfter1 : quarter === 2 ? dwellAfter2 : dc;
    if (tc < d) {
      x = 1;
      break;
    }
    tc -= d;
  }
  if (quarter === 4) {
    quarter = 3;
    x = 1;
  }
  const a = w.widthMm / 2000;
  const h = weaveHeightM(w);
  switch (w.pattern) {
    case 'sine':
      out[0] = a * sin((quarter + x) * HALF_PI);
      out[1] = 0;
      break;
    case 'circular': {
      const th = (quarter + x) * HALF_PI;
      out[0] = a * sin(th);
      out[1] = (h / 2) * (1 - cos(th));
      break;
    }
    case 'triangle':
    case 'zigzag': {
      // Vertices: centre (0,0), left (a,0), centre or apex (0,h), right (−a,0), centre.
      const l0 = quarter === 0 ? 0 : quarter === 1 ? a : quarter === 2 ? 0 : -a;
      const l1 = quarter === 0 ? a : quarter === 1 ? 0 : quarter === 2 ? -a : 0;
      out[0] = l0 + (l1 - l0) * x;
      if (w.pattern === 'triangle') {
        const v0 = quarter === 2 ? h : 0;
        const v1 = quarter === 1 ? h : 0;
        out[1] = v0 + (v1 - v0) * x;
      } else out[1] = 0;
      break;
    }
  }
  return out;
}
