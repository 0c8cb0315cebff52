// Fixed-step clock. 180 Hz = 2 sub-steps per 90 Hz headset frame (Quest 3 default refresh).
// At 180 Hz a 5 Hz weave is sampled 36 times per period, a 600 deg/s wrist (M-10iA J6, domain/robots.md §1.4)
// moves 3.3 deg per step, and a 10 mm/s weld advances 0.056 mm per step: finer than any bead feature we grade.
export const STEP_HZ = 180;
export const STEP_S = 1 / STEP_HZ;
/** Headset frame rate the app targets (Meta Quest 3 default 90 Hz). */
export const FRAME_HZ = 90;
export const STEPS_PER_FRAME = STEP_HZ / FRAME_HZ;

export function ticksToSeconds(tick: number): number {
  return tick / STEP_HZ;
}
export function secondsToTicks(seconds: number): number {
  return Math.round(seconds * STEP_HZ);
}
