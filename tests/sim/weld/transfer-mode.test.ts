// Transfer mode at the published transitions (domain/welding.md §2.2, ESAB MIG handbook Table 1-2).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyTransfer, minimumSprayCurrent } from '../../../src/sim/weld/index.ts';

describe('metal transfer', () => {
  it.each([
    ['carbon-steel', 0.8, 150],
    ['carbon-steel', 0.9, 165],
    ['carbon-steel', 1.2, 220],
    ['carbon-steel', 1.6, 275],
    ['stainless-steel', 1.2, 225],
    ['aluminium', 1.6, 180],
  ] as const)('%s %s mm in Ar-O2/Ar: globular 2 A below %s A, spray 2 A above', (material, d, sprayA) => {
    const gas = material === 'aluminium' ? 'Ar' : 'Ar-2O2';
    expect(minimumSprayCurrent(material, gas, d)).toBeCloseTo(sprayA, 6);
    expect(classifyTransfer('GMAW', material, gas, d, sprayA - 2, 30, false)).not.toBe('spray');
    expect(classifyTransfer('GMAW', material, gas, d, sprayA + 2, 30, false)).toBe('spray');
  });

  it('Ar-CO2 mixtures need somewhat more current than Ar-O2 to spray', () => {
    expect(minimumSprayCurrent('carbon-steel', 'Ar-18CO2', 1.2)).toBeGreaterThan(
      minimumSprayCurrent('carbon-steel', 'Ar-2O2', 1.2),
    );
    expect(classifyTransfer('GMAW', 'carbon-steel', 'Ar-18CO2', 1.2, 225, 28, false)).toBe('globular');
  });

  it('CO2 never gives axial spray, at any current and voltage', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 30, max: 600, noNaN: true }),
        fc.double({ min: 12, max: 45, noNaN: true }),
        fc.constantFrom(0.8, 0.9, 1.0, 1.2, 1.6),
        (i, v, d) => {
          const mode = classifyTransfer('GMAW', 'carbon-steel', 'CO2', d, i, v, false);
          return mode === 'short-circuit' || mode === 'globular';
        },
      ),
    );
  });

  it('short circuit inside the Miller window (1.2 mm CO2: 100–225 A, 17–22 V); globular above it', () => {
    expect(classifyTransfer('GMAW', 'carbon-steel', 'CO2', 1.2, 150, 20, false)).toBe('short-circuit');
    expect(classifyTransfer('GMAW', 'carbon-steel', 'CO2', 1.2, 150, 24, false)).toBe('globular');
    expect(classifyTransfer('GMAW', 'carbon-steel', 'CO2', 1.2, 265, 27.5, false)).toBe('globular'); // robot chart row 11
  });

  it('spray needs the spray voltage too: 1.2 mm Ar-2O2 at 250 A and 20 V is a buried globular arc, not spray', () => {
    expect(classifyTransfer('GMAW', 'carbon-steel', 'Ar-2O2', 1.2, 250, 20, false)).toBe('globular');
    expect(classifyTransfer('GMAW', 'carbon-steel', 'Ar-2O2', 1.2, 250, 26, false)).toBe('spray');
  });

  it('pulsed when the programme pulses with an Ar-rich gas; TIG, stick and SAW report "none"', () => {
    expect(classifyTransfer('GMAW', 'carbon-steel', 'Ar-18CO2', 1.2, 150, 24, true)).toBe('pulsed');
    expect(classifyTransfer('GTAW', 'stainless-steel', 'Ar', 2.4, 130, 12, false)).toBe('none');
    expect(classifyTransfer('SMAW', 'carbon-steel', 'none', 3.2, 120, 24, false)).toBe('none');
    expect(classifyTransfer('SAW', 'carbon-steel', 'none', 4, 600, 30, false)).toBe('none');
  });

  it('aluminium below its spray transition is globular, never short arc', () => {
    expect(classifyTransfer('GMAW', 'aluminium', 'Ar', 1.2, 120, 18, false)).toBe('globular');
  });
});
