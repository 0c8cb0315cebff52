// A robot (or external axis set) rendered from its kinematic model: the rig's joints follow `joints`
// every frame (read transiently, no React re-render).
import { useFrame } from '@react-three/fiber';
import { useLayoutEffect, useMemo } from 'react';
import type { Object3D } from 'three';
import type { RobotModel } from '../../../sim/robot/index.ts';
import { createRig } from '../../robots/create-rig.ts';
import type { RobotRig } from '../../robots/rig.ts';
import { applyMat34 } from './pose.ts';

export interface RobotViewProps {
  model: RobotModel;
  /** Robot base pose in the sim world (Mat34). */
  base: ArrayLike<number>;
  /** Current joint values, read each frame; null keeps the last pose. */
  joints: () => ArrayLike<number> | null;
  /** Extra objects to carry on the flange (torch, workpiece on a positioner). */
  flangeChildren?: readonly Object3D[];
  onRig?: (rig: RobotRig) => void;
}

export function RobotView({ model, base, joints, flangeChildren, onRig }: RobotViewProps) {
  const rig = useMemo(() => createRig(model), [model]);
  useLayoutEffect(() => {
    applyMat34(rig.root, base);
    const q = joints();
    if (q) rig.setJoints(q);
    onRig?.(rig);
  }, [rig, base, joints, onRig]);
  useLayoutEffect(() => {
    if (!flangeChildren) return;
    for (const c of flangeChildren) rig.flange.add(c);
    return () => {
      for (const c of flangeChildren) rig.flange.remove(c);
    };
  }, [rig, flangeChildren]);
  useFrame(() => {
    const q = joints();
    if (q) rig.setJoints(q);
  });
  return <primitive object={rig.root} />;
}
