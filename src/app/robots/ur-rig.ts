// Universal Robots e-Series rig from the published standard DH table (T_i = Rz(q_i)·Tz(d_i)·Tx(a_i)·Rx(α_i)).
import { Group, Mesh } from 'three';
import type { UrModel } from '../../sim/robot/index.ts';
import { PartBuilder } from '../models/part-builder.ts';
import { paintedMaterial } from '../models/materials.ts';
import type { RobotRig } from './rig.ts';

const ALPHA = [Math.PI / 2, 0, 0, Math.PI / 2, -Math.PI / 2, 0] as const;
// UR colours: light grey links, dark blue-grey joint covers, black flange ring.
const LINK = 0xd9dde1;
const COVER = 0x44566a;
const FLANGE = 0x202327;

export function createUrRig(model: UrModel): RobotRig {
  const { d1, a2, a3, d4, d5, d6 } = model.dh;
  // Joint housing radii scale with the arm (UR10e ≈ 75 mm shoulder, 45 mm wrist; UR5e about 0.8x).
  const k = Math.abs(a2) / 0.6127;
  const rBase = 0.095 * k,
    rBig = 0.075 * k,
    rMid = 0.06 * k,
    rWrist = 0.045 * k;
  const a = [0, a2, a3, 0, 0, 0];
  const d = [d1, 0, 0, d4, d5, d6];

  const root = new Group();
  root.name = `${model.id}-base`;
  const base = new PartBuilder()
    .cylinder(rBase, 0.012, [0, 0, 0.006], 'z', FLANGE, 32)
    .cylinder(rBig, d1 * 0.55, [0, 0, d1 * 0.275 + 0.012], 'z', LINK, 32);
  root.add(new Mesh(base.build(), paintedMaterial));

  const visuals: PartBuilder[] = [
    // J1 (shoulder pan): the turret up to the shoulder axis.
    new PartBuilder().cylinder(rBig, d1 * 0.45, [0, 0, d1 * 0.775], 'z', COVER, 32),
    // J2 (shoulder lift): shoulder housing on its axis, upper arm along DH −x (a2 < 0).
    new PartBuilder()
      .cylinder(rBig, rBig * 2.4, [0, 0, rBig * 1.2], 'z', COVER, 32)
      .tube([0, 0, d4 * 0.95], [a2, 0, d4 * 0.95], rMid, LINK, 24)
      .cylinder(rMid, rMid * 2.2, [a2, 0, d4 * 0.95], 'z', LINK, 24),
    // J3 (elbow): elbow housing and forearm.
    new PartBuilder()
      .cylinder(rMid, rMid * 2.2, [0, 0, d4 * 0.3], 'z', COVER, 24)
      .tube([0, 0, d4 * 0.3], [a3, 0, d4 * 0.3], rWrist, LINK, 20),
    // J4..J6 (wrists): each housing spans its d offset.
    new PartBuilder().cylinder(rWrist, d4, [0, 0, d4 / 2], 'z', COVER, 24),
    new PartBuilder().cylinder(rWrist, d5, [0, 0, d5 / 2], 'z', COVER, 24),
    new PartBuilder()
      .cylinder(rWrist, d6 - 0.01, [0, 0, (d6 - 0.01) / 2], 'z', LINK, 24)
      .cylinder(rWrist * 0.7, 0.01, [0, 0, d6 - 0.005], 'z', FLANGE, 24),
  ];

  const joints: Group[] = [];
  let parent: Group = root;
  for (let i = 0; i < 6; i++) {
    const joint = new Group();
    joint.name = `${model.id}-${model.jointNames?.[i] ?? `joint${i + 1}`}`;
    joint.add(new Mesh(visuals[i]!.build(), paintedMaterial));
    parent.add(joint);
    joints.push(joint);
    const next = new Group();
    next.position.set(a[i]!, 0, d[i]!);
    next.rotation.x = ALPHA[i]!;
    joint.add(next);
    parent = next;
  }
  parent.name = `${model.id}-flange`;

  return {
    model,
    root,
    flange: parent,
    setJoints(q) {
      for (let i = 0; i < 6; i++) joints[i]!.rotation.z = q[i]!;
    },
  };
}
