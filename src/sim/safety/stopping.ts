// Stop categories (IEC 60204-1, domain/robots.md §4.1) and the stopping time/distance model the motion layer applies.
// Data: UR5/CB3 manual App. A, Stop Category 0 at full extension, 5 kg, 183°/s (domain/robots.md §1.3):
//   J0 0.31 rad / 244 ms, J1 0.70 rad / 530 ms, J2 0.22 rad / 164 ms.
// Model: the robot decelerates at the constant average rate those figures imply, so stopping time scales with
// speed (t = t_ref·v/v_ref) and the distance is d = shape·v·t, where shape = d_ref/(v_ref·t_ref) ≈ 0.41 for the
// measured Cat 0 brake stops (front-loaded braking). Cat 1 and Cat 2 are controlled stops along the path: UR
// publishes their curves only as graphs (UR5e hardware manual ch. 9, not transcribed here), so they use the same
// stopping time with a linear ramp (shape 0.5): slightly longer distances than Cat 0, i.e. the conservative side.

/** IEC 60204-1: 0 = power removed at once; 1 = controlled stop, then power off; 2 = controlled stop, power kept. */
export type StopCategory = 0 | 1 | 2;

export interface JointStopData {
  referenceSpeedRadPerS: number;
  stoppingTimeS: number;
  stoppingDistanceRad: number;
}

const UR5_TEST_SPEED_RAD_PER_S = (183 * Math.PI) / 180; // UR5/CB3 App. A test joint speed, 183°/s (§1.3)

/** UR5/CB3 App. A Cat 0 rows for J0 (base), J1 (shoulder), J2 (elbow) (§1.3). */
export const UR5_CAT0_JOINT_STOPS: readonly JointStopData[] = [
  { referenceSpeedRadPerS: UR5_TEST_SPEED_RAD_PER_S, stoppingTimeS: 0.244, stoppingDistanceRad: 0.31 },
  { referenceSpeedRadPerS: UR5_TEST_SPEED_RAD_PER_S, stoppingTimeS: 0.53, stoppingDistanceRad: 0.7 },
  { referenceSpeedRadPerS: UR5_TEST_SPEED_RAD_PER_S, stoppingTimeS: 0.164, stoppingDistanceRad: 0.22 },
];

/** UR5 reach 850 mm (domain/robots.md §1.3 [unverified]): TCP radius at full extension in the App. A test. */
const UR5_REACH_MM = 850;

export interface TcpStopData {
  /** TCP speed at which the reference stop was measured, mm/s. */
  referenceSpeedMmPerS: number;
  /** Stopping time at that speed, s. */
  referenceTimeS: number;
  /** d/(v·t) of a Cat 0 stop (brakes). */
  cat0Shape: number;
}

const worst = UR5_CAT0_JOINT_STOPS[1]!; // the shoulder (J1) is the slowest to stop
/** Worst-joint (J1) figures turned into TCP terms at full extension (850 mm · 3.19 rad/s ≈ 2715 mm/s). */
export const UR5_TCP_STOP_DATA: TcpStopData = {
  referenceSpeedMmPerS: worst.referenceSpeedRadPerS * UR5_REACH_MM,
  referenceTimeS: worst.stoppingTimeS,
  cat0Shape: worst.stoppingDistanceRad / (worst.referenceSpeedRadPerS * worst.stoppingTimeS),
};

/** Shape factor of a linear (constant-deceleration) ramp: d = v·t/2. */
const CONTROLLED_RAMP_SHAPE = 0.5;

export interface StoppingProfile {
  category: StopCategory;
  timeS: number;
  distanceMm: number;
  /** Cat 0 and Cat 1 remove drive power at standstill; Cat 2 keeps it (IEC 60204-1, §4.1). */
  powerRemoved: boolean;
  /** Cat 2 holds position under standstill monitoring (UR: SS2-type, §4.1). */
  standstillMonitored: boolean;
}

export function createStoppingProfile(): StoppingProfile {
  return { category: 0, timeS: 0, distanceMm: 0, powerRemoved: true, standstillMonitored: false };
}

/**
 * Time and distance to stop from `speedMmPerS` (TCP) with the given stop category, written into `out`.
 * Zero allocation when `out` is passed.
 */
export function stoppingProfile(
  category: StopCategory,
  speedMmPerS: number,
  out: StoppingProfile = createStoppingProfile(),
  data: TcpStopData = UR5_TCP_STOP_DATA,
): StoppingProfile {
  const v = Math.max(0, speedMmPerS);
  const timeS = (data.referenceTimeS * v) / data.referenceSpeedMmPerS;
  const shape = category === 0 ? data.cat0Shape : CONTROLLED_RAMP_SHAPE;
  out.category = category;
  out.timeS = timeS;
  out.distanceMm = shape * v * timeS;
  out.powerRemoved = category !== 2;
  out.standstillMonitored = category === 2;
  return out;
}

/**
 * Per-joint stopping distances (rad, into `outDistancesRad`) from joint speeds (rad/s); returns the stopping time
 * of the slowest joint. Joints beyond the three measured ones (the wrist) use the elbow row, the closest
 * published figure [assumption].
 */
export function jointStoppingProfile(
  category: StopCategory,
  jointSpeedsRadPerS: ArrayLike<number>,
  outDistancesRad: number[] | Float64Array,
  table: readonly JointStopData[] = UR5_CAT0_JOINT_STOPS,
): number {
  let timeS = 0;
  for (let i = 0; i < jointSpeedsRadPerS.length; i++) {
    const row = table[Math.min(i, table.length - 1)]!;
    const v = Math.abs(jointSpeedsRadPerS[i]!);
    const t = (row.stoppingTimeS * v) / row.referenceSpeedRadPerS;
    const shape =
      category === 0
        ? row.stoppingDistanceRad / (row.referenceSpeedRadPerS * row.stoppingTimeS)
        : CONTROLLED_RAMP_SHAPE;
    outDistancesRad[i] = shape * v * t;
    if (t > timeS) timeS = t;
  }
  return timeS;
}
