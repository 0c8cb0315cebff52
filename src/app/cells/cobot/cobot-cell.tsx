// Cobot cell: UR10e-class arm on a welding table, torch with freedrive button, power source, gas, fume extraction.
import { useEffect, useMemo } from 'react';
import { getRobot } from '../../../sim/robot/index.ts';
import { paintedMaterial, steelMaterial } from '../../models/materials.ts';
import { createTorchVisual } from '../../robots/torch-visual.ts';
import { ArcEffects } from '../../weld/arc-effects.tsx';
import { BeadView } from '../../weld/bead-view.tsx';
import { TorchDrag } from '../../desktop/torch-drag.tsx';
import { sceneRefs } from '../../scene/scene-refs.ts';
import { SimFrame } from '../../scene/sim-frame.tsx';
import { useSimStore } from '../../stores/sim-store.ts';
import { RobotView } from '../common/robot-view.tsx';
import { useCellMounted, useRobotJoints } from '../common/use-sim.ts';
import { WorkpieceView } from '../common/workpiece-view.tsx';
import { PowerSourceKnobs } from './power-source-knobs.tsx';
import { buildCobotScenery } from './scenery.ts';

export default function CobotCell() {
  const cell = useSimStore((s) => s.cell);
  const model = getRobot(cell.robotId);
  if (!model) throw new Error(`unknown robot "${cell.robotId}"`);
  const scenery = useMemo(() => buildCobotScenery(cell), [cell]);
  useEffect(
    () => () => {
      scenery.painted.dispose();
      scenery.steel.dispose();
    },
    [scenery],
  );
  const torch = useMemo(() => createTorchVisual(cell.tool, true), [cell.tool]);
  const flangeChildren = useMemo(() => [torch.root], [torch]);
  useEffect(() => {
    sceneRefs.torchHandle = torch.handle;
    return () => {
      if (sceneRefs.torchHandle === torch.handle) sceneRefs.torchHandle = null;
    };
  }, [torch]);
  useCellMounted('cobot');
  const joints = useRobotJoints();
  return (
    <SimFrame>
      <mesh name="cobot-scenery" geometry={scenery.painted} material={paintedMaterial} />
      <mesh name="cobot-table" geometry={scenery.steel} material={steelMaterial} />
      <WorkpieceView workpiece={cell.workpiece} />
      <RobotView model={model} base={cell.robotBase} joints={joints} flangeChildren={flangeChildren} />
      <TorchDrag handle={torch.handle} />
      <PowerSourceKnobs panel={scenery.layout.panel} />
      <BeadView />
      <ArcEffects />
    </SimFrame>
  );
}
