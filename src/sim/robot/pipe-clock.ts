// Where on a fixed horizontal pipe (5G) the torch is: clock position and the ISO 6947 welding position.
// Domain §2.2: 12 = top (flat), 3/9 = vertical, 6 = bottom (overhead); uphill (6→12) or downhill (12→6).
// Travel angle θ as the orbital carriage: 0 = 12 o'clock, growing clockwise (3 o'clock = π/2).

export type Progression = 'uphill' | 'downhill';
/** ISO 6947 main positions met round a fixed horizontal pipe. */
export type PipeSectorPosition = 'PA' | 'PF' | 'PG' | 'PE';

const TWO_PI = 2 * Math.PI;
// Sector bounds [stated choice]: 45° either side of top = PA, of bottom = PE, the rest vertical. ISO 6947:2019
// defines positions by slope and rotation with tolerances; these round bisectors keep the sectors equal.
const SECTOR_HALF_WIDTH_RAD = Math.PI / 4;

/** θ (rad) as a clock reading 'h:mm' rounded to the minute, e.g. 0 → '12:00', π/2 → '3:00', 7π/4 → '10:30'. */
export function clockPosition(theta: number): string {
  let a = theta % TWO_PI;
  if (a < 0) a += TWO_PI;
  const minutes = Math.round((a / TWO_PI) * 720) % 720;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h === 0 ? 12 : h}:${m.toString().padStart(2, '0')}`;
}

/**
 * ISO 6947 position of the weld pool at θ on a fixed horizontal pipe: PA near the top, PE near the bottom,
 * and on the sides PF when welding uphill, PG when welding downhill.
 */
export function pipeSectorPosition(theta: number, progression: Progression): PipeSectorPosition {
  let a = theta % TWO_PI;
  if (a < 0) a += TWO_PI;
  const fromTop = Math.min(a, TWO_PI - a);
  if (fromTop <= SECTOR_HALF_WIDTH_RAD) return 'PA';
  if (fromTop >= Math.PI - SECTOR_HALF_WIDTH_RAD) return 'PE';
  return progression === 'uphill' ? 'PF' : 'PG';
}

/** Progression of a carriage moving at θ with travel direction sign `dThetaSign`: toward 12 o'clock is uphill. */
export function progressionAt(theta: number, dThetaSign: number): Progression {
  let a = theta % TWO_PI;
  if (a < 0) a += TWO_PI;
  // On the right half (0 < a < π) decreasing θ climbs to the top; on the left half increasing θ does.
  const climbing = a < Math.PI ? dThetaSign < 0 : dThetaSign > 0;
  return climbing ? 'uphill' : 'downhill';
}

/** ISO 6947 designation of the whole girth weld on a fixed horizontal pipe: PH uphill, PJ downhill. */
export function fixedPipePosition(progression: Progression): 'PH' | 'PJ' {
  return progression === 'uphill' ? 'PH' : 'PJ';
}
