// Picks the rig that mirrors a robot model's kinematic kind.
import { M10IA_OPW, type RobotModel } from '../../sim/robot/index.ts';
import type { OrbitalCarriageModel, PositionerModel, UrModel } from '../../sim/robot/index.ts';
import { createOpwRig } from './opw-rig.ts';
import { createOrbitalRig } from './orbital-rig.ts';
import { createPositionerRig } from './positioner-rig.ts';
import type { RobotRig } from './rig.ts';
import { createUrRig } from './ur-rig.ts';

const OPW_PARAMS = { 'fanuc-m10ia': M10IA_OPW } as const;

export function createRig(model: RobotModel): RobotRig {
  switch (model.kind) {
    case 'ur-dh':
      return createUrRig(model as UrModel);
    case 'opw': {
      const params = OPW_PARAMS[model.id as keyof typeof OPW_PARAMS];
      if (!params)
        throw new Error(
          `no OPW parameters for robot "${model.id}" (known: ${Object.keys(OPW_PARAMS).join(', ')})`,
        );
      return createOpwRig(model, params);
    }
    case 'positioner-2axis':
      return createPositionerRig(model as PositionerModel);
    case 'orbital-carriage':
      return createOrbitalRig(model as OrbitalCarriageModel);
  }
}
