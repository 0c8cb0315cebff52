// ISO 13855 minimum distance of an electro-sensitive guard (light curtain) from the hazard zone,
// S = K·T + C (domain/robots.md §4.4, gt-engineering ISO 13855 §5; wenglor SEFG manual worked example).

/** Approach speed of hand/arm used first, mm/s (ISO 13855, §4.4). */
export const APPROACH_SPEED_HAND_MM_PER_S = 2000;
/** Walking approach speed used when the first result exceeds 500 mm, mm/s (ISO 13855, §4.4). */
export const APPROACH_SPEED_BODY_MM_PER_S = 1600;
/** K = 2000 applies only while S ≤ 500 mm; below 100 mm the distance is set to 100 mm (§4.4). */
const HAND_RULE_MAX_MM = 500;
const HAND_RULE_MIN_MM = 100;
/** With K = 1600 the distance is at least 500 mm (§4.4). */
const BODY_RULE_MIN_MM = 500;
/** C = 8·(d − 14) holds for detection capability d ≤ 40 mm (§4.4). */
const FINGER_HAND_MAX_RESOLUTION_MM = 40;
const FINGER_THRESHOLD_MM = 14;
const INTRUSION_PER_MM_RESOLUTION = 8;

export interface LightCurtainDistance {
  minimumDistanceMm: number;
  approachSpeedMmPerS: number;
  intrusionDistanceMm: number;
  /** Overall stopping time T used: sensor response + controller + machine stopping time. */
  totalTimeS: number;
}

/** C for a light curtain of resolution d ≤ 40 mm: 8·(d − 14) mm, never negative. */
export function lightCurtainIntrusionMm(resolutionMm: number): number {
  return Math.max(0, INTRUSION_PER_MM_RESOLUTION * (resolutionMm - FINGER_THRESHOLD_MM));
}

/**
 * ISO 13855 minimum distance. `totalTimeS` = T (response of the curtain + safety relay/controller + machine
 * stopping time). For d > 40 mm (whole-body / reach-over arrangements) C is tabulated in the standard and
 * must be given as `tabulatedIntrusionMm` (e.g. 850, 750, 450 mm in the wenglor example, §4.4).
 */
export function lightCurtainMinimumDistance(
  totalTimeS: number,
  resolutionMm: number,
  tabulatedIntrusionMm?: number,
): LightCurtainDistance {
  if (tabulatedIntrusionMm === undefined && resolutionMm > FINGER_HAND_MAX_RESOLUTION_MM) {
    throw new RangeError(
      `ISO 13855: C = 8·(d − 14) holds for d ≤ 40 mm; for d = ${resolutionMm} mm pass the tabulated intrusion C`,
    );
  }
  const c = tabulatedIntrusionMm ?? lightCurtainIntrusionMm(resolutionMm);
  if (tabulatedIntrusionMm === undefined) {
    const sHand = APPROACH_SPEED_HAND_MM_PER_S * totalTimeS + c;
    if (sHand <= HAND_RULE_MAX_MM) {
      return {
        minimumDistanceMm: Math.max(HAND_RULE_MIN_MM, sHand),
        approachSpeedMmPerS: APPROACH_SPEED_HAND_MM_PER_S,
        intrusionDistanceMm: c,
        totalTimeS,
      };
    }
  }
  const sBody = APPROACH_SPEED_BODY_MM_PER_S * totalTimeS + c;
  return {
    minimumDistanceMm: Math.max(BODY_RULE_MIN_MM, sBody),
    approachSpeedMmPerS: APPROACH_SPEED_BODY_MM_PER_S,
    intrusionDistanceMm: c,
    totalTimeS,
  };
}
