// Published parameter rows, re-tabulated from domain/welding.md §4 (sources P, O, OA, PT, AP, IT, BG there).
// Travel speeds converted to mm/s (cm/min ÷ 6, domain §0). Where a row leaves a cell blank the filled value says why.
import type { Material, Process, ShieldingGas, WeldPosition } from './types.ts';

export interface ChartRow {
  /** Row number in domain §4. */
  row: number;
  process: Process;
  material: Material;
  thicknessMm: number;
  joint: 'fillet' | 'butt';
  /** Butt welded from both sides ("2 sides"). */
  twoSided: boolean;
  rootGapMm: number;
  position: WeldPosition;
  wireMm: number;
  currentA: readonly [number, number];
  voltageV: readonly [number, number];
  travelMmPerS: readonly [number, number];
  gas: ShieldingGas;
  gasFlowLPerMin: readonly [number, number];
  ctwdMm: readonly [number, number];
  /** Fillet leg the chart names, mm. */
  legMm?: readonly [number, number];
}

const r = (row: ChartRow): ChartRow => row;

// Rows 9–16 leave CTWD blank: Panasonic robots use 10 mm up to 4.5 mm plate, 15 mm thicker (domain §2.5).
// Rows 17–19 give "CO2" without flow: §7 "CO2 thick wire 15–25 L/min". Row 26 gives no travel speed: taken as
// row 23 (similar current, manual TIG stainless 15–40 cm/min, §2.4) [est]. Row 26 arc length: §0 2–4 mm.
// Butt gaps: rows 4–6, 16 as tabulated (mid of range); rows without a gap are gap 0.
// Rows 1–3 use 0.9 mm and 4–6 1.2 mm wire: the WFS column of §4 is k(d)·I for those diameters.
// One row per line: this is the §4 table.
// prettier-ignore
export const CHART_ROWS: readonly ChartRow[] = [
  r({ row: 1, process: 'GMAW', material: 'carbon-steel', thicknessMm: 0.8, joint: 'butt', twoSided: false, rootGapMm: 0, position: 'PA', wireMm: 0.9, currentA: [60, 70], voltageV: [16, 16.5], travelMmPerS: [8.33, 10], gas: 'CO2', gasFlowLPerMin: [10, 10], ctwdMm: [10, 10] }),
  r({ row: 2, process: 'GMAW', material: 'carbon-steel', thicknessMm: 1.0, joint: 'butt', twoSided: false, rootGapMm: 0, position: 'PA', wireMm: 0.9, currentA: [75, 85], voltageV: [17, 17.5], travelMmPerS: [8.33, 10], gas: 'CO2', gasFlowLPerMin: [10, 15], ctwdMm: [10, 10] }),
  r({ row: 3, process: 'GMAW', material: 'carbon-steel', thicknessMm: 1.6, joint: 'butt', twoSided: false, rootGapMm: 0, position: 'PA', wireMm: 0.9, currentA: [95, 105], voltageV: [18, 19], travelMmPerS: [7.5, 8.33], gas: 'CO2', gasFlowLPerMin: [10, 15], ctwdMm: [10, 10] }),
  r({ row: 4, process: 'GMAW', material: 'carbon-steel', thicknessMm: 2.3, joint: 'butt', twoSided: false, rootGapMm: 0.75, position: 'PA', wireMm: 1.2, currentA: [120, 130], voltageV: [19.5, 20], travelMmPerS: [7.5, 8.33], gas: 'CO2', gasFlowLPerMin: [10, 15], ctwdMm: [10, 10] }),
  r({ row: 5, process: 'GMAW', material: 'carbon-steel', thicknessMm: 3.2, joint: 'butt', twoSided: false, rootGapMm: 1.1, position: 'PA', wireMm: 1.2, currentA: [140, 150], voltageV: [20, 21], travelMmPerS: [7.5, 8.33], gas: 'CO2', gasFlowLPerMin: [10, 15], ctwdMm: [10, 15] }),
  r({ row: 6, process: 'GMAW', material: 'carbon-steel', thicknessMm: 4.5, joint: 'butt', twoSided: false, rootGapMm: 1.1, position: 'PA', wireMm: 1.2, currentA: [170, 185], voltageV: [22, 23], travelMmPerS: [6.67, 8.33], gas: 'CO2', gasFlowLPerMin: [15, 15], ctwdMm: [15, 15] }),
  r({ row: 7, process: 'GMAW', material: 'carbon-steel', thicknessMm: 6.0, joint: 'butt', twoSided: true, rootGapMm: 0, position: 'PA', wireMm: 1.2, currentA: [230, 260], voltageV: [24, 26], travelMmPerS: [6.67, 8.33], gas: 'CO2', gasFlowLPerMin: [15, 20], ctwdMm: [15, 15] }),
  r({ row: 8, process: 'GMAW', material: 'carbon-steel', thicknessMm: 9.0, joint: 'butt', twoSided: true, rootGapMm: 0, position: 'PA', wireMm: 1.2, currentA: [320, 340], voltageV: [32, 34], travelMmPerS: [6.67, 8.33], gas: 'CO2', gasFlowLPerMin: [15, 20], ctwdMm: [15, 15] }),
  r({ row: 9, process: 'GMAW', material: 'carbon-steel', thicknessMm: 1.6, joint: 'fillet', twoSided: false, rootGapMm: 0, position: 'PB', wireMm: 0.9, currentA: [90, 120], voltageV: [18, 20], travelMmPerS: [8.33, 10], gas: 'CO2', gasFlowLPerMin: [10, 15], ctwdMm: [10, 10], legMm: [2.5, 3] }),
  r({ row: 10, process: 'GMAW', material: 'carbon-steel', thicknessMm: 3.2, joint: 'fillet', twoSided: false, rootGapMm: 0, position: 'PB', wireMm: 1.2, currentA: [130, 170], voltageV: [19, 21], travelMmPerS: [7.5, 9.17], gas: 'CO2', gasFlowLPerMin: [15, 20], ctwdMm: [10, 10], legMm: [3, 4] }),
  r({ row: 11, process: 'GMAW', material: 'carbon-steel', thicknessMm: 6.0, joint: 'fillet', twoSided: false, rootGapMm: 0, position: 'PB', wireMm: 1.2, currentA: [250, 280], voltageV: [26, 29], travelMmPerS: [6.67, 8.33], gas: 'CO2', gasFlowLPerMin: [15, 20], ctwdMm: [15, 15], legMm: [5, 6] }),
  r({ row: 12, process: 'GMAW', material: 'carbon-steel', thicknessMm: 12, joint: 'fillet', twoSided: false, rootGapMm: 0, position: 'PB', wireMm: 1.2, currentA: [300, 340], voltageV: [32, 34], travelMmPerS: [5, 5.83], gas: 'CO2', gasFlowLPerMin: [20, 25], ctwdMm: [15, 15], legMm: [7, 8] }),
  r({ row: 13, process: 'GMAW', material: 'carbon-steel', thicknessMm: 6.0, joint: 'fillet', twoSided: false, rootGapMm: 0, position: 'PA', wireMm: 1.2, currentA: [280, 300], voltageV: [29, 32], travelMmPerS: [6.67, 8.33], gas: 'CO2', gasFlowLPerMin: [15, 20], ctwdMm: [15, 15], legMm: [5, 6] }),
  r({ row: 14, process: 'GMAW', material: 'carbon-steel', thicknessMm: 1.0, joint: 'butt', twoSided: false, rootGapMm: 0, position: 'PA', wireMm: 0.8, currentA: [50, 55], voltageV: [13, 15], travelMmPerS: [6.67, 9.17], gas: 'Ar-18CO2', gasFlowLPerMin: [10, 15], ctwdMm: [10, 10] }),
  r({ row: 15, process: 'GMAW', material: 'carbon-steel', thicknessMm: 1.6, joint: 'butt', twoSided: false, rootGapMm: 0, position: 'PA', wireMm: 0.8, currentA: [100, 110], voltageV: [16, 17], travelMmPerS: [6.67, 10], gas: 'Ar-18CO2', gasFlowLPerMin: [10, 15], ctwdMm: [10, 10] }),
  r({ row: 16, process: 'GMAW', material: 'carbon-steel', thicknessMm: 3.2, joint: 'butt', twoSided: false, rootGapMm: 1.25, position: 'PA', wireMm: 1.2, currentA: [120, 140], voltageV: [17, 19], travelMmPerS: [4.17, 5], gas: 'Ar-18CO2', gasFlowLPerMin: [10, 15], ctwdMm: [10, 10] }),
  r({ row: 17, process: 'FCAW', material: 'carbon-steel', thicknessMm: 6, joint: 'fillet', twoSided: false, rootGapMm: 0, position: 'PB', wireMm: 1.2, currentA: [250, 250], voltageV: [27, 27], travelMmPerS: [8.33, 8.33], gas: 'CO2', gasFlowLPerMin: [15, 25], ctwdMm: [20, 20], legMm: [4, 4] }),
  r({ row: 18, process: 'FCAW', material: 'carbon-steel', thicknessMm: 10, joint: 'fillet', twoSided: false, rootGapMm: 0, position: 'PB', wireMm: 1.2, currentA: [270, 270], voltageV: [29, 29], travelMmPerS: [7.5, 7.5], gas: 'CO2', gasFlowLPerMin: [15, 25], ctwdMm: [20, 20], legMm: [6, 6] }),
  r({ row: 19, process: 'FCAW', material: 'carbon-steel', thicknessMm: 12, joint: 'fillet', twoSided: false, rootGapMm: 0, position: 'PB', wireMm: 1.6, currentA: [380, 380], voltageV: [34, 34], travelMmPerS: [8.67, 8.67], gas: 'CO2', gasFlowLPerMin: [15, 25], ctwdMm: [25, 25], legMm: [8, 8] }),
  r({ row: 20, process: 'GMAW', material: 'aluminium', thicknessMm: 3.0, joint: 'butt', twoSided: false, rootGapMm: 0, position: 'PA', wireMm: 1.2, currentA: [120, 140], voltageV: [20, 22], travelMmPerS: [10, 13.33], gas: 'Ar', gasFlowLPerMin: [20, 20], ctwdMm: [15, 15] }),
  r({ row: 21, process: 'GMAW', material: 'aluminium', thicknessMm: 6.0, joint: 'butt', twoSided: false, rootGapMm: 0, position: 'PA', wireMm: 1.6, currentA: [180, 210], voltageV: [23, 25], travelMmPerS: [6.67, 10], gas: 'Ar', gasFlowLPerMin: [20, 25], ctwdMm: [17, 20] }),
  r({ row: 22, process: 'GMAW', material: 'aluminium', thicknessMm: 3.0, joint: 'fillet', twoSided: false, rootGapMm: 0, position: 'PB', wireMm: 1.2, currentA: [140, 160], voltageV: [21, 22], travelMmPerS: [10, 11.67], gas: 'Ar', gasFlowLPerMin: [15, 20], ctwdMm: [15, 15] }),
  r({ row: 23, process: 'GTAW', material: 'stainless-steel', thicknessMm: 1.5, joint: 'butt', twoSided: false, rootGapMm: 0, position: 'PA', wireMm: 1.6, currentA: [60, 100], voltageV: [10, 12], travelMmPerS: [2.5, 5], gas: 'Ar', gasFlowLPerMin: [5, 5], ctwdMm: [2, 3] }),
  r({ row: 24, process: 'GTAW', material: 'stainless-steel', thicknessMm: 3.0, joint: 'butt', twoSided: false, rootGapMm: 0, position: 'PA', wireMm: 2.4, currentA: [120, 140], voltageV: [11, 13], travelMmPerS: [5, 5], gas: 'Ar', gasFlowLPerMin: [7, 7], ctwdMm: [3, 3] }),
  r({ row: 25, process: 'GTAW', material: 'stainless-steel', thicknessMm: 6.0, joint: 'butt', twoSided: false, rootGapMm: 0, position: 'PA', wireMm: 3.2, currentA: [275, 350], voltageV: [14, 16], travelMmPerS: [4.17, 4.17], gas: 'Ar', gasFlowLPerMin: [10, 10], ctwdMm: [3, 3] }),
  r({ row: 26, process: 'GTAW', material: 'stainless-steel', thicknessMm: 3.2, joint: 'fillet', twoSided: false, rootGapMm: 0, position: 'PB', wireMm: 2.4, currentA: [85, 105], voltageV: [11, 12], travelMmPerS: [2.5, 5], gas: 'Ar', gasFlowLPerMin: [5, 5], ctwdMm: [2, 4] }),
  r({ row: 27, process: 'SAW', material: 'carbon-steel', thicknessMm: 12, joint: 'butt', twoSided: true, rootGapMm: 0, position: 'PA', wireMm: 4.0, currentA: [600, 600], voltageV: [30, 30], travelMmPerS: [9.17, 9.17], gas: 'none', gasFlowLPerMin: [0, 0], ctwdMm: [30, 30] }),
  r({ row: 28, process: 'SAW', material: 'carbon-steel', thicknessMm: 12, joint: 'butt', twoSided: true, rootGapMm: 0, position: 'PA', wireMm: 3.2, currentA: [320, 350], voltageV: [26, 27], travelMmPerS: [6.33, 7], gas: 'none', gasFlowLPerMin: [0, 0], ctwdMm: [25, 35] }),
];
