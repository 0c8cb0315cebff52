// Orbital carriage on a guide band: torch tip = Ry(travel)·T(0, oscillation, r + height)·Rx(π)
// in the pipe frame (sim/robot/orbital-carriage.ts).
import { Group, Mesh } from 'three';
import type { OrbitalCarriageModel } from '../../sim/robot/index.ts';
import { PartBuilder } from '../models/part-builder.ts';
import { paintedMaterial } from '../models/materials.ts';
import type { RobotRig } from './rig.ts';

const BAND = 0xb8bec4;
const BODY = 0x2c6e49;
const DARK = 0x23272b;
const COPPER = 0xb87333;

export function createOrbitalRig(model: OrbitalCarriageModel): RobotRig {
  const r = model.pipeOdM / 2;
  const band = model.bandRadiusM;
  const root = new Group();
  root.name = `${model.id}-band`;
  // The guide band: a ring round the pipe, 127 mm (5 in) wide beside the joint plane.
  root.add(
    new Mesh(
      new PartBuilder()
        .torus(band, 0.006, [0, 0.07, 0], 'y', BAND, 8, 64)
        .torus(band, 0.006, [0, 0.12, 0], 'y', BAND, 8, 64)
        .build(),
      paintedMaterial,
    ),
  );
  const travel = new Group();
  // The carriage body rides the band beside the joint, its wheels on the band.
  travel.add(
    new Mesh(
      new PartBuilder()
        .box([0.16, 0.13, 0.07], [0, 0.095, band + 0.045], BODY)
        .box([0.06, 0.05, 0.05], [0.05, 0.095, band + 0.105], DARK)
        .cylinder(0.014, 0.14, [-0.06, 0.095, band + 0.005], 'y', DARK, 12)
        .cylinder(0.014, 0.14, [0.06, 0.095, band + 0.005], 'y', DARK, 12)
        .box([0.03, 0.07, 0.03], [0, 0.03, band + 0.06], DARK)
        .build(),
      paintedMaterial,
    ),
  );
  const oscillation = new Group();
  const height = new Group();
  // Torch: a straight GMAW torch pointing at the pipe axis, tip at the group origin.
  height.add(
    new Mesh(
      new PartBuilder()
        .cylinder(0.011, 0.012, [0, 0, 0.02], 'z', COPPER, 14)
        .cylinder(0.009, 0.09, [0, 0, 0.072], 'z', DARK, 14, 0.011)
        .cylinder(0.0006, 0.015, [0, 0, 0.0075], 'z', COPPER, 6)
        .build(),
      paintedMaterial,
    ),
  );
  const flange = new Group();
  flange.name = `${model.id}-torch-tip`;
  flange.rotation.x = Math.PI;
  root.add(travel);
  travel.add(oscillation);
  oscillation.add(height);
  height.add(flange);
  return {
    model,
    root,
    flange,
    setJoints(q) {
      travel.rotation.y = q[0]!;
      oscillation.position.y = q[1]!;
      height.position.z = r + q[2]!;
    },
  };
}
