// Tool (TCP) and work-object frames, ABB tooldata/wobjdata style (domain §3.2): program points live in a work
// object so a moved fixture needs only its frame re-taught; the TCP is the wire tip with Z along the wire.
import type { Mat34 } from '../core/transform.ts';
import type { RobotModel } from './types.ts';
import { fromAxisAngleTranslation, invert34, mat34, multiply34 } from '../core/transform.ts';
import { deg, degToRad } from '../core/units.ts';
import { cos, sin } from '../core/fmath.ts';

export interface Tool {
  name: string;
  /** TCP pose in the flange frame. */
  tcp: Mat34;
}

export interface WorkObject {
  name: string;
  /** Work-object (user) frame in the cell/world frame. */
  frame: Mat34;
}

export interface TorchGeometry {
  name?: string;
  /** Flange to the start of the bend, along flange Z (mount + straight neck), m. @default 0.32 */
  straightLengthM?: number;
  /** Neck bend, degrees, about flange Y. @default 22 */
  bendDeg?: number;
  /** Bend to the contact-tip face along the bent axis, m. @default 0.10 */
  headLengthM?: number;
  /** Wire stick-out beyond the contact tip, m. @default 0.015 (domain §3.5: TCP at ~15 mm stick-out) */
  stickOutM?: number;
}

// Configurable default geometry [stated choice, not a catalogue torch]: robot MIG torches come with 0°/22°/45°
// necks; 22° with a ~0.42 m TCP distance is a common arc-robot set-up. Domain §3.5: TCP = wire tip at ~15 mm stick-out.
const DEFAULT_TORCH: Required<TorchGeometry> = {
  name: 'MIG torch, 22° neck, 15 mm stick-out',
  straightLengthM: 0.32,
  bendDeg: 22,
  headLengthM: 0.1,
  stickOutM: 0.015,
};

/** TCP = Tz(straight)·Ry(bend)·Tz(head + stick-out): Z along the wire, out of the contact tip. */
export function createTorchTool(geometry: TorchGeometry = {}): Tool {
  const g = { ...DEFAULT_TORCH, ...geometry };
  const bend = degToRad(deg(g.bendDeg));
  const along = g.headLengthM + g.stickOutM;
  const tcp = fromAxisAngleTranslation('y', bend, 0, 0, g.straightLengthM, mat34());
  tcp[3] = sin(bend) * along;
  tcp[11] = g.straightLengthM + cos(bend) * along;
  return { name: g.name, tcp };
}

export const defaultTorch: Tool = createTorchTool();
export const noTool: Tool = { name: 'flange (no tool)', tcp: mat34() };
export const worldWorkObject: WorkObject = { name: 'world', frame: mat34() };

const flange = mat34();
const scratch = mat34();

/** TCP pose in the work object: wobj⁻¹ · base · flange(q) · tcp. `base` = robot base in the world (default identity). */
export function fkTcp(
  model: RobotModel,
  q: ArrayLike<number>,
  tool: Tool,
  wobj: WorkObject,
  out: Mat34,
  base?: ArrayLike<number>,
): Mat34 {
  model.fk(q, flange);
  multiply34(flange, tool.tcp, flange);
  if (base) multiply34(base, flange, flange);
  invert34(wobj.frame, scratch);
  return multiply34(scratch, flange, out);
}

/** Every IK solution that puts the TCP at `target` (a pose in the work object); returns the count. */
export function ikTcp(
  model: RobotModel,
  target: ArrayLike<number>,
  tool: Tool,
  wobj: WorkObject,
  out: Float64Array,
  base?: ArrayLike<number>,
  hint?: ArrayLike<number>,
): number {
  // flange = base⁻¹ · wobj · target · tcp⁻¹
  multiply34(wobj.frame, target, flange);
  invert34(tool.tcp, scratch);
  multiply34(flange, scratch, flange);
  if (base) {
    invert34(base, scratch);
    multiply34(scratch, flange, flange);
  }
  return model.ik(flange, out, hint);
}
