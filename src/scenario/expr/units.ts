// Units a rule may write after a number (`250 C`, `4 h`, `80 %`, `10 mm/s`) and the quantity each measures.
// A number with a unit is converted to the unit of the quantity it is compared with, so `tipArcTimeMin < 4 h`
// means 240 min. Temperatures are °C only (no offset conversions).

export type Dimension =
  | 'length'
  | 'time'
  | 'current'
  | 'voltage'
  | 'temperature'
  | 'angle'
  | 'speed'
  | 'flow'
  | 'heatInput'
  | 'force'
  | 'mass'
  | 'pressure'
  | 'ratio';

export interface UnitInfo {
  id: string;
  dimension: Dimension;
  /** Multiply a value in this unit by `factor` to get the dimension's base unit. */
  factor: number;
}

const table: readonly UnitInfo[] = [
  { id: 'mm', dimension: 'length', factor: 1 },
  { id: 'cm', dimension: 'length', factor: 10 },
  { id: 'm', dimension: 'length', factor: 1000 },
  { id: 'ms', dimension: 'time', factor: 0.001 },
  { id: 's', dimension: 'time', factor: 1 },
  { id: 'min', dimension: 'time', factor: 60 },
  { id: 'h', dimension: 'time', factor: 3600 },
  { id: 'A', dimension: 'current', factor: 1 },
  { id: 'V', dimension: 'voltage', factor: 1 },
  { id: 'C', dimension: 'temperature', factor: 1 },
  { id: 'degC', dimension: 'temperature', factor: 1 },
  { id: 'deg', dimension: 'angle', factor: 1 },
  { id: 'rad', dimension: 'angle', factor: 180 / Math.PI },
  { id: 'mm/s', dimension: 'speed', factor: 1 },
  { id: 'cm/min', dimension: 'speed', factor: 10 / 60 },
  { id: 'm/min', dimension: 'speed', factor: 1000 / 60 },
  { id: 'm/s', dimension: 'speed', factor: 1000 },
  { id: 'L/min', dimension: 'flow', factor: 1 },
  { id: 'kJ/mm', dimension: 'heatInput', factor: 1 },
  { id: 'N', dimension: 'force', factor: 1 },
  { id: 'kg', dimension: 'mass', factor: 1 },
  { id: 'bar', dimension: 'pressure', factor: 1 },
  { id: '%', dimension: 'ratio', factor: 0.01 },
  { id: 'fraction', dimension: 'ratio', factor: 1 },
];

export const UNITS: ReadonlyMap<string, UnitInfo> = new Map(table.map((u) => [u.id, u]));

/** Unit ids a rule may write after a number (`fraction` is internal). */
export const WRITABLE_UNITS: readonly string[] = table.filter((u) => u.id !== 'fraction').map((u) => u.id);

/** Factor that converts a value in `from` into `to` (same dimension assumed). */
export function conversionFactor(from: UnitInfo, to: UnitInfo): number {
  return from.factor / to.factor;
}

// Name suffixes (camelCase, longest first) that give a quantity its unit: `flatCurrentA` is in A,
// `maxInterpassC` in °C, `tipArcTimeMin` in min. The same convention names the measurements.
const suffixes: ReadonlyArray<readonly [string, string]> = [
  ['KJPerMm', 'kJ/mm'],
  ['MmPerS', 'mm/s'],
  ['MPerMin', 'm/min'],
  ['CmPerMin', 'cm/min'],
  ['LPerMin', 'L/min'],
  ['Percent', '%'],
  ['Deg', 'deg'],
  ['Rad', 'rad'],
  ['Min', 'min'],
  ['Mm', 'mm'],
  ['Kg', 'kg'],
  ['Bar', 'bar'],
  ['S', 's'],
  ['H', 'h'],
  ['A', 'A'],
  ['V', 'V'],
  ['C', 'C'],
  ['N', 'N'],
  ['M', 'm'],
];

/** Unit implied by a camelCase name's suffix (`wps.flatCurrentA` → A), or undefined. */
export function unitFromName(name: string): UnitInfo | undefined {
  const last = name.slice(name.lastIndexOf('.') + 1);
  for (const [suffix, id] of suffixes) {
    // The suffix must start a new camelCase word: `flatCurrentA` yes, `gamma` no.
    if (last.length > suffix.length && last.endsWith(suffix)) {
      const before = last.charAt(last.length - suffix.length - 1);
      if (/[a-z0-9]/.test(before)) return UNITS.get(id);
    }
  }
  return undefined;
}
