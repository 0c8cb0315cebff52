// Orbital pipe-welding carriage ("bug") riding a guide band clamped round a fixed pipe (domain §2.1), dof 3:
//   q0 travel angle θ round the pipe, rad (0 = 12 o'clock, top),
//   q1 torch oscillation across the joint, m (prismatic, along the pipe axis),
//   q2 torch height of the wire tip above the pipe surface, m (prismatic, radial; the AVC / arc-length slide).
// Pipe frame: origin on the pipe axis in the plane of the girth joint, +Y along the pipe axis, +Z up (12 o'clock),
// +X at 3 o'clock; θ grows clockwise when looking along +Y. Flange = torch tip frame: Z points at the pipe axis
// (the torch looks at the surface), X along the travel direction (+θ), Y = Z × X = −pipe axis.
import type { Mat34 } from '../core/transform.ts';
import type { RobotModel } from './types.ts';
import { wrapIntoLimits, clampIntoLimits } from './joint-wrap.ts';
import { posesMatch } from './pose-check.ts';
import { atan2, cos, sin } from '../core/fmath.ts';

const INCH_M = 0.0254;
// ASME B36.10M: NPS 8 pipe outside diameter 219.1 mm (8.625 in) — the catalogue's default pipe.
export const NPS8_OD_M = 0.2191;
// CRC-Evans "Band": the guide band sits about 5/8 in off the pipe surface (domain §2.1).
export const BAND_STANDOFF_M = (5 / 8) * INCH_M;

// Travel: one full turn either way from 12 o'clock before the torch cable package must unwind [stated choice];
// orbital heads weld a full 360° plus overlap (domain §2.2), so the ring needs at least ±360°.
const TRAVEL_LIMIT_RAD = 2 * Math.PI;
// Oscillation ±15 mm [stated choice] covers the cap of the thickest standard pipeline bevel in domain §2.4:
// single V 32½° with 1.6 mm land on ¾ in wall → cap ≈ 2·(19.05 − 1.6)·tan 32.5° ≈ 22 mm wide, ±11 mm.
const OSCILLATION_LIMIT_M = 0.015;
// Height −25 … +50 mm [stated choice]: negative reaches into the groove for the root pass on walls up to ~25 mm
// (domain §2.4 pipeline wall 6–25 mm); positive up to 50 mm retract for clearance.
const HEIGHT_LIMITS_M: readonly [number, number] = [-0.025, 0.05];
// Travel speed at the torch 1.5 m/min [stated choice]: above the 0.5–1 m/min mechanized root speed of domain §2.4
// [unverified there] to leave room for repositioning; converted to rad/s per pipe radius.
const MAX_TRAVEL_SPEED_M_PER_S = 1.5 / 60;
// Oscillation slide 0.1 m/s and AVC slide 0.02 m/s [stated choices]: a ±11 mm weave at 2–3 Hz needs ~0.09 m/s.
const MAX_OSCILLATION_SPEED_M_PER_S = 0.1;
const MAX_HEIGHT_SPEED_M_PER_S = 0.02;
const ACCEL_TIME_S = 0.05; // [stated choice] the weave reverses at each side within ~50 ms

export interface OrbitalCarriageOptions {
  /** Pipe outside diameter, m. @default 0.2191 (NPS 8) */
  pipeOdM?: number;
}

export interface OrbitalCarriageModel extends RobotModel {
  kind: 'orbital-carriage';
  pipeOdM: number;
  /** Radius of the guide band the carriage rides on, m (pipe radius + 5/8 in stand-off). */
  bandRadiusM: number;
}

export function createOrbitalCarriage(options: OrbitalCarriageOptions = {}): OrbitalCarriageModel {
  const pipeOdM = options.pipeOdM ?? NPS8_OD_M;
  if (!(pipeOdM > 0)) throw new RangeError(`pipe outside diameter must be positive, got ${pipeOdM} m`);
  const radius = pipeOdM / 2;
  const limits: ReadonlyArray<readonly [number, number]> = [
    [-TRAVEL_LIMIT_RAD, TRAVEL_LIMIT_RAD],
    [-OSCILLATION_LIMIT_M, OSCILLATION_LIMIT_M],
    HEIGHT_LIMITS_M,
  ];
  const maxJointSpeed = [
    MAX_TRAVEL_SPEED_M_PER_S / radius,
    MAX_OSCILLATION_SPEED_M_PER_S,
    MAX_HEIGHT_SPEED_M_PER_S,
  ];
  const check = new Float64Array(12);
  const candidate = new Float64Array(3);

  function fk(q: ArrayLike<number>, out: Mat34): Mat34 {
    const c = cos(q[0]!),
      s = sin(q[0]!);
    const r = radius + q[2]!;
    // X = travel direction (cos θ, 0, −sin θ), Y = −pipe axis, Z = toward the axis (−sin θ, 0, −cos θ).
    out[0] = c;
    out[1] = 0;
    out[2] = -s;
    out[4] = 0;
    out[5] = -1;
    out[6] = 0;
    out[8] = -s;
    out[9] = 0;
    out[10] = -c;
    out[3] = r * s;
    out[7] = q[1]!;
    out[11] = r * c;
    return out;
  }

  function ik(t: ArrayLike<number>, out: Float64Array): number {
    // θ from the torch axis (robust on the pipe axis too), then height and oscillation from the position.
    const theta = atan2(-t[2]!, -t[10]!);
    const c = cos(theta),
      s = sin(theta);
    candidate[0] = theta;
    candidate[1] = t[7]!;
    candidate[2] = t[3]! * s + t[11]! * c - radius;
    fk(candidate, check);
    if (!posesMatch(check, t)) return 0;
    out[0] = wrapIntoLimits(theta, limits[0]![0], limits[0]![1]);
    out[1] = clampIntoLimits(candidate[1]!, limits[1]![0], limits[1]![1]);
    out[2] = clampIntoLimits(candidate[2]!, limits[2]![0], limits[2]![1]);
    return out[0] === out[0] && out[1] === out[1] && out[2] === out[2] ? 1 : 0;
  }

  const inches = pipeOdM / INCH_M;
  return {
    id: 'orbital-carriage',
    name: `Orbital pipe-welding carriage on a guide band (pipe OD ${(pipeOdM * 1000).toFixed(1)} mm, ${inches.toFixed(3)} in)`,
    family: 'orbital',
    kind: 'orbital-carriage',
    dof: 3,
    pipeOdM,
    bandRadiusM: radius + BAND_STANDOFF_M,
    jointLimits: limits,
    maxJointSpeed,
    maxJointAccel: maxJointSpeed.map((v) => v / ACCEL_TIME_S),
    jointTypes: ['revolute', 'prismatic', 'prismatic'],
    jointNames: ['travel', 'oscillation', 'height'],
    frames:
      "Base = pipe frame (origin on the pipe axis in the joint plane, +Y along the axis, +Z up = 12 o'clock); " +
      'flange = wire tip, Z toward the pipe axis, X along +travel.',
    fk,
    ik,
  };
}

export const orbitalCarriage: OrbitalCarriageModel = createOrbitalCarriage();
