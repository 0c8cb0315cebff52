// Two-axis tilt-rotate positioner: faceplate = Tz(h)·Rx(tilt)·Tz(offset)·Rz(rotate) (sim/robot/positioner-2axis.ts).
import { Group, Mesh } from 'three';
import type { PositionerModel } from '../../sim/robot/index.ts';
import { PartBuilder } from '../models/part-builder.ts';
import { paintedMaterial } from '../models/materials.ts';
import type { RobotRig } from './rig.ts';

const BLUE = 0x1f5fa8;
const GREY = 0x5a6068;
const STEEL = 0x9aa3ab;

export function createPositionerRig(model: PositionerModel): RobotRig {
  const h = model.tiltAxisHeightM;
  const f = model.faceplateOffsetM;
  const root = new Group();
  root.name = `${model.id}-base`;
  // L-type frame: base plate and a column on each side carrying the tilt axis (parallel to X).
  root.add(
    new Mesh(
      new PartBuilder()
        .box([1.3, 0.8, 0.06], [0, 0, 0.03], GREY)
        .box([0.16, 0.4, h], [-0.58, 0, h / 2], BLUE)
        .box([0.16, 0.4, h], [0.58, 0, h / 2], BLUE)
        .cylinder(0.11, 0.2, [-0.58, 0, h], 'x', GREY, 28)
        .cylinder(0.11, 0.2, [0.58, 0, h], 'x', GREY, 28)
        .build(),
      paintedMaterial,
    ),
  );
  const tilt = new Group();
  tilt.position.set(0, 0, h);
  tilt.add(
    new Mesh(
      new PartBuilder()
        .cylinder(0.06, 1.0, [0, 0, 0], 'x', STEEL, 20)
        .box([0.9, 0.35, 0.14], [0, 0, f - 0.12], BLUE)
        .cylinder(0.14, 0.1, [0, 0, f - 0.06], 'z', GREY, 28)
        .build(),
      paintedMaterial,
    ),
  );
  const faceplate = new Group();
  faceplate.name = `${model.id}-faceplate`;
  faceplate.position.set(0, 0, f);
  faceplate.add(
    new Mesh(
      new PartBuilder()
        .cylinder(0.3, 0.03, [0, 0, -0.015], 'z', STEEL, 40)
        .box([0.04, 0.2, 0.02], [0.27, 0, 0.005], BLUE)
        .build(),
      paintedMaterial,
    ),
  );
  root.add(tilt);
  tilt.add(faceplate);
  return {
    model,
    root,
    flange: faceplate,
    setJoints(q) {
      tilt.rotation.x = q[0]!;
      faceplate.rotation.z = q[1]!;
    },
  };
}
