// Results CSV: RFC 4180 quoting, and cells a spreadsheet would run as formulas are neutralised (OWASP CSV injection).
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/server/export/csv.ts';

describe('CSV export', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('Bay 1, north')).toBe('"Bay 1, north"');
    expect(csvCell('The "fast" team')).toBe('"The ""fast"" team"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell('plain')).toBe('plain');
  });

  it('prefixes text that starts like a formula with an apostrophe', () => {
    for (const evil of ['=1+1', '+SUM(A1:A9)', '-2+3', '@cmd', '\tTAB', '\rCR']) {
      expect(csvCell(evil).replace(/^"/, '').startsWith(`'${evil[0]}`)).toBe(true);
    }
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('writes numbers and booleans as values (a negative score is a number, not a formula)', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(85)).toBe('85');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('ends every row with CRLF', () => {
    expect(toCsv(['a', 'b'], [[1, 'x']])).toBe('a,b\r\n1,x\r\n');
  });
});
