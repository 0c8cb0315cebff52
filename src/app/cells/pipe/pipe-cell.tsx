// Pipe cell: pipe spools on roller stands, orbital carriage on its guide band, weld controller on a cart.
import { useEffect, useMemo } from 'react';
import type { Group } from 'three';
import { getRobot } from '../../../sim/robot/index.ts';
import { paintedMaterial, steelMaterial } from '../../models/materials.ts';
import { ArcEffects } from '../../weld/arc-effects.tsx';
import { BeadView } from '../../weld/bead-view.tsx';
import { SimFrame } from '../../scene/sim-frame.tsx';
import { useSimStore } from '../../stores/sim-store.ts';
import { applyMat34 } from '../common/pose.ts';
import { RobotView } from '../common/robot-view.tsx';
import { useCellMounted, useRobotJoints } from '../common/use-sim.ts';
import {
  buildControllerCart,
  buildPipeGeometry,
  buildPipeStands,
  CONTROLLER_CART_AT,
  DEFAULT_PIPE_OD_MM,
} from './scenery.ts';

export default function PipeCell() {
  const cell = useSimStore((s) => s.cell);
  const model = getRobot(cell.robotId);
  if (!model) throw new Error(`unknown robot "${cell.robotId}"`);
  const odM = (cell.workpiece.pipeOdMm ?? DEFAULT_PIPE_OD_MM) / 1000;
  const axisHeight = cell.robotBase[11] ?? 1;
  const pipe = useMemo(
    () => buildPipeGeometry(odM, cell.workpiece.gapMm / 1000),
    [odM, cell.workpiece.gapMm],
  );
  const stands = useMemo(() => buildPipeStands(odM, axisHeight), [odM, axisHeight]);
  const cart = useMemo(() => buildControllerCart(CONTROLLER_CART_AT[0], CONTROLLER_CART_AT[1]), []);
  useEffect(
    () => () => {
      pipe.dispose();
      stands.dispose();
      cart.dispose();
    },
    [pipe, stands, cart],
  );
  useCellMounted('orbital');
  const joints = useRobotJoints();
  const placePipeFrame = (g: Group | null) => {
    if (g) applyMat34(g, cell.robotBase);
  };
  return (
    <SimFrame>
      <group ref={placePipeFrame}>
        <mesh name="pipe" geometry={pipe} material={steelMaterial} />
        <mesh name="pipe-stands" geometry={stands} material={paintedMaterial} />
      </group>
      <mesh name="weld-controller" geometry={cart} material={paintedMaterial} />
      <RobotView model={model} base={cell.robotBase} joints={joints} />
      <BeadView />
      <ArcEffects />
    </SimFrame>
  );
}
