// Industrial cell: FANUC M-10iA-class arm on a riser, 2-axis positioner carrying a thick-plate weldment,
// guarding with light curtain and interlocked door, torch cleaning station, operator panel.
import { createPortal, useFrame } from '@react-three/fiber';
import { useEffect, useMemo, useRef } from 'react';
import { Group, Mesh } from 'three';
import { getRobot } from '../../../sim/robot/index.ts';
import { glassMaterial, glowMaterial, paintedMaterial, steelMaterial } from '../../models/materials.ts';
import { buildWorkpieceGeometry } from '../../models/workpiece.ts';
import { createTorchVisual } from '../../robots/torch-visual.ts';
import { ArcEffects } from '../../weld/arc-effects.tsx';
import { BeadView } from '../../weld/bead-view.tsx';
import { SimFrame } from '../../scene/sim-frame.tsx';
import { useSimStore } from '../../stores/sim-store.ts';
import { RobotView } from '../common/robot-view.tsx';
import { useCellMounted, usePositionerJoints, useRobotJoints } from '../common/use-sim.ts';
import { buildDoorLeaf, buildIndustrialScenery, DOOR } from './scenery.ts';

const IDENTITY = [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0];
/** Door swing when open, rad (outward, 100°). */
const DOOR_OPEN_RAD = (100 * Math.PI) / 180;

export default function IndustrialCell() {
  const cell = useSimStore((s) => s.cell);
  const model = getRobot(cell.robotId);
  const positioner = getRobot(cell.positionerId ?? 'positioner-2axis');
  if (!model || !positioner)
    throw new Error(`unknown robot "${cell.robotId}" or positioner "${cell.positionerId}"`);
  const positionerBase = cell.positionerBase ?? IDENTITY;
  const scenery = useMemo(() => buildIndustrialScenery(cell), [cell]);
  const doorLeaf = useMemo(buildDoorLeaf, []);
  useEffect(
    () => () => {
      scenery.painted.dispose();
      scenery.mesh.dispose();
      scenery.beams.dispose();
      doorLeaf.dispose();
    },
    [scenery, doorLeaf],
  );
  const torch = useMemo(() => createTorchVisual(cell.tool, false), [cell.tool]);
  const robotFlange = useMemo(() => [torch.root], [torch]);

  // The weldment is described in the work object = the positioner faceplate; it rides on it.
  const weldment = useMemo(() => {
    const g = new Group();
    g.name = 'weldment';
    g.add(new Mesh(buildWorkpieceGeometry(cell.workpiece), steelMaterial));
    return g;
  }, [cell.workpiece]);
  const positionerFlange = useMemo(() => [weldment], [weldment]);

  const door = useRef<Group>(null);
  useFrame(() => {
    const open = useSimStore.getState().view.doorOpen;
    if (door.current) door.current.rotation.z = open ? DOOR_OPEN_RAD : 0;
  });

  useCellMounted('industrial');
  const joints = useRobotJoints();
  const positionerJoints = usePositionerJoints();
  return (
    <SimFrame>
      <mesh name="industrial-scenery" geometry={scenery.painted} material={paintedMaterial} />
      <mesh name="fence-mesh" geometry={scenery.mesh} material={glassMaterial} />
      <mesh name="light-curtain" geometry={scenery.beams} material={glowMaterial} />
      <group ref={door} position={[DOOR.x, DOOR.y0, 0]}>
        <mesh name="door" geometry={doorLeaf} material={paintedMaterial} />
      </group>
      <RobotView model={model} base={cell.robotBase} joints={joints} flangeChildren={robotFlange} />
      <RobotView
        model={positioner}
        base={positionerBase}
        joints={positionerJoints}
        flangeChildren={positionerFlange}
      />
      {/* The bead is laid on the weldment, so it turns with the positioner. */}
      {createPortal(<BeadView />, weldment)}
      <ArcEffects />
    </SimFrame>
  );
}
