// A robot MIG torch drawn from the tool's TCP (flange frame): swan neck from the flange to the contact tip,
// wire stick-out to the TCP. On the cobot it carries a hand grip with the freedrive (teach) button.
import { Group, Mesh, Object3D, Vector3 } from 'three';
import { PartBuilder, type V3 } from '../models/part-builder.ts';
import { paintedMaterial } from '../models/materials.ts';

const BODY = 0x2a2d31;
const NOZZLE = 0xc08a3e;
const WIRE = 0xd0a060;
const GRIP = 0x3c4650;
const BUTTON = 0x2fb344;

/** Wire stick-out beyond the contact tip drawn when the tool does not say (domain §3.5: 15 mm). */
const STICK_OUT_M = 0.015;

export interface TorchVisual {
  /** Attach to the robot flange. */
  root: Group;
  /** Where a hand holds the torch to guide it (cobot); the grab point. */
  handle: Object3D;
  /** The TCP: wire tip, Z along the wire. */
  tip: Object3D;
}

/** `tcp` = TCP pose in the flange frame, Mat34 row-major. */
export function createTorchVisual(tcp: ArrayLike<number>, withHandGrip: boolean): TorchVisual {
  const tipPos = new Vector3(tcp[3]!, tcp[7]!, tcp[11]!);
  const wireDir = new Vector3(tcp[2]!, tcp[6]!, tcp[10]!).normalize();
  // Bend point: where the wire axis, traced back, crosses the flange Z axis (straight torch: on the axis).
  const t = Math.abs(wireDir.x) > 1e-6 ? tipPos.x / wireDir.x : tipPos.z * 0.6;
  const bend = tipPos.clone().addScaledVector(wireDir, -t);
  bend.x = 0;
  bend.y = 0;
  const contactTip = tipPos.clone().addScaledVector(wireDir, -STICK_OUT_M);
  const nozzleEnd = contactTip.clone().addScaledVector(wireDir, -0.004);
  const nozzleStart = contactTip.clone().addScaledVector(wireDir, -0.07);
  const v = (p: Vector3): V3 => [p.x, p.y, p.z];

  const b = new PartBuilder()
    // Mount / collision sensor at the flange.
    .cylinder(0.04, 0.05, [0, 0, 0.025], 'z', BODY, 24)
    .tube([0, 0, 0.05], v(bend), 0.016, BODY, 16)
    .sphere(0.017, v(bend), BODY, 12)
    .tube(v(bend), v(nozzleStart), 0.014, BODY, 16)
    .tube(v(nozzleStart), v(nozzleEnd), 0.012, NOZZLE, 20)
    .tube(v(nozzleEnd), v(tipPos), 0.0006, WIRE, 6);
  const handle = new Object3D();
  handle.name = 'torch-handle';
  if (withHandGrip) {
    // A grip sleeve round the straight neck with the freedrive button on top (UR+ welding torches put the
    // teach button on the torch so one hand guides and teaches).
    const a: V3 = [0, 0, 0.08];
    const c: V3 = [0, 0, Math.min(0.2, Math.max(0.12, bend.z - 0.02))];
    b.tube(a, c, 0.024, GRIP, 20).box([0.018, 0.012, 0.03], [0.024, 0, (a[2] + c[2]) / 2], BUTTON);
    handle.position.set(0, 0, (a[2] + c[2]) / 2);
  } else {
    handle.position.set(0, 0, 0.1);
  }
  const root = new Group();
  root.name = 'torch';
  root.add(new Mesh(b.build(), paintedMaterial));
  root.add(handle);
  const tip = new Object3D();
  tip.name = 'tcp';
  // prettier-ignore
  tip.matrix.set(
    tcp[0]!, tcp[1]!, tcp[2]!, tcp[3]!,
    tcp[4]!, tcp[5]!, tcp[6]!, tcp[7]!,
    tcp[8]!, tcp[9]!, tcp[10]!, tcp[11]!,
    0, 0, 0, 1,
  );
  tip.matrix.decompose(tip.position, tip.quaternion, tip.scale);
  root.add(tip);
  return { root, handle, tip };
}
