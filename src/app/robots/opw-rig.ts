// Ortho-parallel arm with spherical wrist (FANUC M-10iA) from its OPW parameters: OPW angle θ_i = q_i·sign_i − offset_i;
// R_0c = Rz(θ1)·Ry(θ2+θ3), R_ce = Rz(θ4)·Ry(θ5)·Rz(θ6), flange = wrist centre + c4 along the flange Z.
import { Group, Mesh } from 'three';
import type { OpwParams, RobotModel } from '../../sim/robot/index.ts';
import { PartBuilder } from '../models/part-builder.ts';
import { paintedMaterial } from '../models/materials.ts';
import type { RobotRig } from './rig.ts';

// FANUC yellow arm, black J1 base and motors.
const YELLOW = 0xf2c200;
const DARK = 0x26282b;
const MOTOR = 0x3b3f45;

export function createOpwRig(model: RobotModel, p: OpwParams): RobotRig {
  const { a1, a2, b, c1, c2, c3, c4, offsets, signs } = p;
  const root = new Group();
  root.name = `${model.id}-base`;
  root.add(
    new Mesh(
      new PartBuilder()
        .box([0.42, 0.42, 0.04], [0, 0, 0.02], DARK)
        .cylinder(0.16, c1 * 0.35, [0, 0, 0.04 + c1 * 0.175], 'z', DARK, 32)
        .build(),
      paintedMaterial,
    ),
  );

  const j1 = new Group();
  j1.add(
    new Mesh(
      new PartBuilder()
        .cylinder(0.15, c1 * 0.45, [0, 0, c1 * 0.62], 'z', YELLOW, 32)
        .box([a1 + 0.2, 0.26, 0.16], [a1 / 2, b, c1 - 0.02], YELLOW)
        .cylinder(0.07, 0.16, [-0.06, -0.14, c1 * 0.7], 'z', MOTOR, 20)
        .build(),
      paintedMaterial,
    ),
  );
  const j2 = new Group();
  j2.position.set(a1, b, c1);
  j2.add(
    new Mesh(
      new PartBuilder()
        .cylinder(0.12, 0.2, [0, 0.12, 0], 'y', YELLOW, 28)
        .box([0.14, 0.09, c2], [0, 0.11, c2 / 2], YELLOW)
        .cylinder(0.08, 0.1, [0, 0.2, 0], 'y', MOTOR, 20)
        .build(),
      paintedMaterial,
    ),
  );
  const j3 = new Group();
  j3.position.set(0, 0, c2);
  j3.add(
    new Mesh(
      new PartBuilder()
        .cylinder(0.1, 0.22, [0, 0.04, 0], 'y', YELLOW, 28)
        .box([Math.abs(a2) + 0.14, 0.2, 0.2], [a2 / 2, 0, 0], YELLOW)
        .cylinder(0.065, 0.16, [-a2 * 0.45, 0, -0.05], 'z', MOTOR, 20)
        .build(),
      paintedMaterial,
    ),
  );
  // J4 turns the forearm about its own axis (through the wrist centre); place it a third of the way along.
  const j4 = new Group();
  j4.position.set(a2, 0, c3 * 0.3);
  j4.add(
    new Mesh(
      new PartBuilder()
        .cylinder(0.075, c3 * 0.55, [0, 0, c3 * 0.275], 'z', YELLOW, 24)
        .box([0.05, 0.14, 0.14], [0, 0.085, c3 * 0.64], YELLOW)
        .box([0.05, 0.14, 0.14], [0, -0.085, c3 * 0.64], YELLOW)
        .build(),
      paintedMaterial,
    ),
  );
  const j5 = new Group();
  j5.position.set(0, 0, c3 * 0.7);
  j5.add(
    new Mesh(new PartBuilder().cylinder(0.055, 0.12, [0, 0, 0], 'y', YELLOW, 24).build(), paintedMaterial),
  );
  const j6 = new Group();
  j6.add(
    new Mesh(
      new PartBuilder()
        .cylinder(0.045, c4 * 0.8, [0, 0, c4 * 0.4], 'z', YELLOW, 24)
        .cylinder(0.04, c4 * 0.2, [0, 0, c4 * 0.9], 'z', DARK, 24)
        .build(),
      paintedMaterial,
    ),
  );
  const flange = new Group();
  flange.name = `${model.id}-flange`;
  flange.position.set(0, 0, c4);

  root.add(j1);
  j1.add(j2);
  j2.add(j3);
  j3.add(j4);
  j4.add(j5);
  j5.add(j6);
  j6.add(flange);

  const [o0, o1, o2, o3, o4, o5] = offsets as [number, number, number, number, number, number];
  const [g0, g1, g2, g3, g4, g5] = signs as [number, number, number, number, number, number];
  return {
    model,
    root,
    flange,
    setJoints(q) {
      j1.rotation.z = q[0]! * g0 - o0;
      j2.rotation.y = q[1]! * g1 - o1;
      j3.rotation.y = q[2]! * g2 - o2;
      j4.rotation.z = q[3]! * g3 - o3;
      j5.rotation.y = q[4]! * g4 - o4;
      j6.rotation.z = q[5]! * g5 - o5;
    },
  };
}
