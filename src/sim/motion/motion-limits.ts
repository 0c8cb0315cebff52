// Motion defaults with their sources. Units: metres, radians, seconds.

/** Cartesian TCP acceleration: URScript movel default a = 1.2 m/s² (UR Script Manual, movel). */
export const TCP_ACCEL_M_PER_S2 = 1.2;
/** Default TCP speed of a linear move: URScript movel default v = 0.25 m/s (UR Script Manual, movel). */
export const TCP_DEFAULT_SPEED_M_PER_S = 0.25;
/** Tool reorientation speed: every predefined ABB speeddata (v5…v7000) has v_ori = 500 °/s (RAPID speeddata). */
export const ORI_SPEED_RAD_PER_S = (500 * Math.PI) / 180;
/**
 * Reorientation acceleration: reach v_ori in the time a default movel reaches its speed
 * (0.25 m/s ÷ 1.2 m/s² = 0.21 s, UR Script Manual defaults) — sim choice, no controller publishes it.
 */
export const ORI_ACCEL_RAD_PER_S2 = ORI_SPEED_RAD_PER_S / (TCP_DEFAULT_SPEED_M_PER_S / TCP_ACCEL_M_PER_S2);
/** Manual reduced speed / hand guiding: TCP ≤ 250 mm/s (ISO 10218-1; domain/robots.md §4.1). */
export const REDUCED_SPEED_M_PER_S = 0.25;
/**
 * Tool rotation limit in hand guiding and jogging: 1 rad/s keeps a point 250 mm from the TCP (hand on the torch
 * neck) within the same 250 mm/s limit (ISO 10218-1 reduced speed applied to the guiding hand; sim choice).
 */
export const REDUCED_ROT_SPEED_RAD_PER_S = REDUCED_SPEED_M_PER_S / 0.25;
/**
 * A Cartesian move is "in singularity" when honouring the joint speed limits would hold the TCP below this
 * fraction of its programmed speed (sim threshold for ABB 50026 "Close to singularity" / FANUC MOTN-023
 * "In singularity" behaviour, domain/robots.md §1.6 and §5 alarms).
 */
export const SINGULAR_SPEED_FRACTION = 0.1;
/**
 * Blends are skipped when the path turns back on itself by more than this (a U-turn corner has no rounding
 * inside the zone); sim choice, 170°.
 */
export const MAX_BLEND_TURN_RAD = (170 * Math.PI) / 180;
/** When a step would overspeed a joint, retry it 2 % under the limit so rounding cannot tip it over (sim choice). */
export const JOINT_SPEED_MARGIN = 0.98;
