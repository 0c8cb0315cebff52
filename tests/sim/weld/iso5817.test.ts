// ISO 5817 limits at their boundaries (domain/welding.md §6) and the grading rules of §8.
import { describe, expect, it } from 'vitest';
import { levelFor, limitFor } from '../../../src/sim/weld/index.ts';
import type { LimitDims } from '../../../src/sim/weld/index.ts';

const thick: LimitDims = { t: 10, b: 10, a: 5, s: 10 };
const thin: LimitDims = { t: 2, b: 6, a: 1.5, s: 2 };
const fillet: LimitDims = { t: 10, b: 8, a: 5, s: 10, fillet: true };
const long = (sizeMm: number) => ({ sizeMm, short: false });
const short = (sizeMm: number) => ({ sizeMm, short: true });

describe('ISO 5817 limits', () => {
  it('undercut on 10 mm: B ≤ 0.5 mm (0.05 t), C ≤ 0.5 mm (cap), D ≤ 1 mm (cap)', () => {
    expect(levelFor(5011, long(0.5), thick)).toBe('B');
    expect(levelFor(5011, long(0.51), thick)).toBe('D');
    expect(levelFor(5011, long(1.0), thick)).toBe('D');
    expect(levelFor(5011, long(1.01), thick)).toBe('reject');
    expect(levelFor(5011, long(0.3), { ...thick, t: 6 })).toBe('B');
    expect(levelFor(5011, long(0.31), { ...thick, t: 6 })).toBe('C');
  });

  it('undercut on 2 mm sheet: short only, C ≤ 0.2 mm, D ≤ 0.4 mm, never B', () => {
    expect(levelFor(5012, short(0.2), thin)).toBe('C');
    expect(levelFor(5012, short(0.21), thin)).toBe('D');
    expect(levelFor(5012, short(0.41), thin)).toBe('reject');
    expect(levelFor(5011, long(0.1), thin)).toBe('reject');
    expect(limitFor(5011, 'B', thin)).toBeNull();
  });

  it('excess weld metal on a 10 mm bead: B 2.0, C 2.5, D 3.5 mm', () => {
    expect(levelFor(502, long(2.0), thick)).toBe('B');
    expect(levelFor(502, long(2.01), thick)).toBe('C');
    expect(levelFor(502, long(2.5), thick)).toBe('C');
    expect(levelFor(502, long(2.51), thick)).toBe('D');
    expect(levelFor(502, long(3.5), thick)).toBe('D');
    expect(levelFor(502, long(3.51), thick)).toBe('reject');
  });

  it('convexity caps at 3 / 4 / 5 mm on a wide bead', () => {
    const wide = { ...fillet, b: 40 };
    expect(levelFor(503, long(3), wide)).toBe('B');
    expect(levelFor(503, long(3.01), wide)).toBe('C');
    expect(levelFor(503, long(4.01), wide)).toBe('D');
    expect(levelFor(503, long(5.01), wide)).toBe('reject');
  });

  it('excess penetration on thin sheet: 1 mm + 0.1/0.3/0.6 × root width', () => {
    const root = { ...thin, b: 4 };
    expect(levelFor(504, long(1.4), root)).toBe('B');
    expect(levelFor(504, long(1.41), root)).toBe('C');
    expect(levelFor(504, long(2.2), root)).toBe('C');
    expect(levelFor(504, long(3.4), root)).toBe('D');
    expect(levelFor(504, long(3.41), root)).toBe('reject');
  });

  it('fillet asymmetry: B 1.5 + 0.15a, C 2 + 0.15a, D 2 + 0.2a', () => {
    expect(levelFor(512, long(2.25), fillet)).toBe('B');
    expect(levelFor(512, long(2.26), fillet)).toBe('C');
    expect(levelFor(512, long(2.75), fillet)).toBe('C');
    expect(levelFor(512, long(3.0), fillet)).toBe('D');
    expect(levelFor(512, long(3.01), fillet)).toBe('reject');
  });

  it('overlap only at D, up to 0.2 b', () => {
    expect(levelFor(506, long(1.6), fillet)).toBe('D');
    expect(levelFor(506, long(1.61), fillet)).toBe('reject');
  });

  it('gas pores use s on butts and a on fillets, and the area limits', () => {
    expect(levelFor(2011, { sizeMm: 2, short: false, areaPct: 0.5 }, thick)).toBe('B');
    expect(levelFor(2011, { sizeMm: 2, short: false, areaPct: 1.2 }, thick)).toBe('C');
    expect(levelFor(2012, { sizeMm: 1.0, short: false, areaPct: 0.5 }, fillet)).toBe('B');
    expect(levelFor(2012, { sizeMm: 1.01, short: false, areaPct: 0.5 }, fillet)).toBe('C');
    expect(levelFor(2012, { sizeMm: 2.01, short: false, areaPct: 0.5 }, fillet)).toBe('reject');
  });

  it('lack of fusion and lack of penetration: only short and only at D; burn-through and cracks never', () => {
    expect(levelFor(4013, short(1), thick)).toBe('D');
    expect(levelFor(4013, long(1), thick)).toBe('reject');
    expect(levelFor(402, short(2), thick)).toBe('D');
    expect(levelFor(402, short(2.01), thick)).toBe('reject');
    expect(levelFor(510, short(0.1), thick)).toBe('reject');
    expect(levelFor(100, short(0.1), thick)).toBe('reject');
  });

  it('insufficient throat only as a short imperfection; excessive throat unlimited at D', () => {
    const big = { ...fillet, a: 10 }; // C: 0.3 + 0.1a capped at 1 mm; D: the same capped at 2 mm
    expect(levelFor(5213, short(1.0), big)).toBe('C');
    expect(levelFor(5213, short(1.01), big)).toBe('D');
    expect(levelFor(5213, short(1.31), big)).toBe('reject');
    expect(levelFor(5213, long(0.1), fillet)).toBe('reject');
    expect(levelFor(5214, long(1.75), fillet)).toBe('B');
    expect(levelFor(5214, long(2.0), fillet)).toBe('C');
    expect(levelFor(5214, long(20), fillet)).toBe('D');
  });

  it('spatter alone never grades below C', () => {
    expect(levelFor(602, long(3), thick)).toBe('C');
    expect(levelFor(602, long(100), thin)).toBe('C');
  });
});
