// Joint preparation the chart rows imply (domain/welding.md §4) and the torch angles each process expects (§2.6, §8).
import type { Joint, Process, WeldPosition } from './types.ts';
import { isFilletLike } from './types.ts';
import { interpolateTable } from './transfer-mode.ts';

// domain §4: single-sided square butts up to 4.5 mm (rows 1–6), "2 sides" from 6 mm (rows 7–8); GTAW row 25 welds
// 6 mm from one side; SAW [model]: ≈ 1 mm penetration per 100 A (IT) makes one side practical up to ~6 mm.
const SINGLE_SIDED_MAX_MM: Record<Process, number> = { GMAW: 4.5, FCAW: 4.5, SMAW: 4.5, GTAW: 6, SAW: 6 };

export function isTwoSidedButt(process: Process, joint: Joint, thicknessMm: number): boolean {
  return joint === 'butt' && thicknessMm > SINGLE_SIDED_MAX_MM[process];
}

// domain §4 root gaps of single-sided butts: ≤ 1.6 mm gap 0 (rows 1–3), 2.3 mm 0.5–1 (row 4), 3.2–4.5 mm 1–1.2 (rows 5–6).
const GAP_T_MM = [1.6, 2.3, 3.2, 4.5];
const GAP_MM = [0, 0.75, 1.1, 1.1];

export function defaultRootGapMm(process: Process, joint: Joint, thicknessMm: number): number {
  if (joint !== 'butt' || isTwoSidedButt(process, joint, thicknessMm)) return 0;
  if (thicknessMm <= GAP_T_MM[0]!) return 0;
  if (thicknessMm >= GAP_T_MM[GAP_T_MM.length - 1]!) return GAP_MM[GAP_MM.length - 1]!;
  return interpolateTable(GAP_T_MM, GAP_MM, thicknessMm);
}

/**
 * Fusion depth the joint needs from one run: a single-sided butt must penetrate the plate, a two-sided butt must
 * reach the middle, a fillet must fuse its root ([model] 0.3 mm, a visible root fusion on a macro).
 */
export function requiredPenetrationMm(process: Process, joint: Joint, thicknessMm: number): number {
  if (isFilletLike(joint)) return FILLET_ROOT_FUSION_MM;
  return isTwoSidedButt(process, joint, thicknessMm) ? thicknessMm / 2 : thicknessMm;
}
const FILLET_ROOT_FUSION_MM = 0.3;

/** domain §2.6: butt 90°, fillet ≈ half the included angle (45°). */
export function idealWorkAngleDeg(joint: Joint): number {
  return joint === 'butt' ? 90 : 45;
}

// Expected travel angle, > 0 push: GMAW/GTAW push 5–15° (domain §2.6 good band, centre 10°); slag processes drag
// 0–15° ("when there's slag, you drag", arclabs.edu); SAW electrode leading ~10° (TWI, domain §2.6).
const NOMINAL_TRAVEL_ANGLE_DEG: Record<Process, number> = {
  GMAW: 10,
  GTAW: 10,
  FCAW: -10,
  SMAW: -10,
  SAW: 10,
};

export function nominalTravelAngleDeg(process: Process): number {
  return NOMINAL_TRAVEL_ANGLE_DEG[process];
}

/** Where gravity pulls the pool relative to the weld. */
export type Gravity = 'flat' | 'horizontal' | 'vertical-up' | 'vertical-down' | 'overhead';

/** Distance of a clock position from 12 o'clock, in hours (0 at the top, 6 at the bottom). */
function hoursFromTop(clockHour: number): number {
  const h = ((clockHour % 12) + 12) % 12;
  return Math.min(h, 12 - h);
}

/** ISO 6947 position (domain §3), with the pipe clock position for fixed pipe (PH up, PJ down). */
export function gravityAt(position: WeldPosition, clockHour: number): Gravity {
  switch (position) {
    case 'PA':
    case 'PB':
      return 'flat';
    case 'PC':
      return 'horizontal';
    case 'PD':
    case 'PE':
      return 'overhead';
    case 'PF':
      return 'vertical-up';
    case 'PG':
      return 'vertical-down';
    case 'PH':
    case 'PJ': {
      // domain §3: the arc passes flat (12 o'clock), vertical (3/9), overhead (6).
      const d = hoursFromTop(clockHour);
      if (d <= 1.5) return 'flat';
      if (d >= 4.5) return 'overhead';
      return position === 'PH' ? 'vertical-up' : 'vertical-down';
    }
  }
}

// domain §3 simulator rule [model]: PF/PE/PD ≈ 0.8 × flat current from 4.5 mm, 0.9 thinner; PC "reduce pool
// size" taken as 0.9. Orbital program [model]: 12–2 o'clock 100 %, 2–4 90 %, 4–6 80–85 % (82.5 % used).
const OUT_OF_POSITION_THICK = 0.8;
const OUT_OF_POSITION_THIN = 0.9;
const OUT_OF_POSITION_THICK_FROM_MM = 4.5;
const PC_CURRENT = 0.9;
const CLOCK_SECTORS_H = [2, 4];
const CLOCK_FACTORS = [1, 0.9, 0.825];

/** Nominal current as a fraction of the flat-position chart current. */
export function positionCurrentFactor(
  position: WeldPosition,
  thicknessMm: number,
  clockHour: number,
): number {
  switch (position) {
    case 'PA':
    case 'PB':
    case 'PG':
      return 1;
    case 'PC':
      return PC_CURRENT;
    case 'PD':
    case 'PE':
    case 'PF':
      return thicknessMm >= OUT_OF_POSITION_THICK_FROM_MM ? OUT_OF_POSITION_THICK : OUT_OF_POSITION_THIN;
    case 'PH':
    case 'PJ': {
      const d = hoursFromTop(clockHour);
      return d <= CLOCK_SECTORS_H[0]!
        ? CLOCK_FACTORS[0]!
        : d <= CLOCK_SECTORS_H[1]!
          ? CLOCK_FACTORS[1]!
          : CLOCK_FACTORS[2]!;
    }
  }
}

// domain §3: vertical-down on thin sheet +30 % travel speed (Lincoln STT II); PJ is downhill pipe.
const DOWNHILL_TRAVEL_FACTOR = 1.3;

export function positionTravelFactor(position: WeldPosition): number {
  return position === 'PG' || position === 'PJ' ? DOWNHILL_TRAVEL_FACTOR : 1;
}
