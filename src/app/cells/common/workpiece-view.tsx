// The coupon being welded, from the cell's Workpiece description.
import { useEffect, useMemo } from 'react';
import type { Workpiece } from '../../../sim/cell/types.ts';
import { steelMaterial } from '../../models/materials.ts';
import { buildWorkpieceGeometry } from '../../models/workpiece.ts';

export function WorkpieceView({ workpiece }: { workpiece: Workpiece }) {
  const geometry = useMemo(() => buildWorkpieceGeometry(workpiece), [workpiece]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  return <mesh name="workpiece" geometry={geometry} material={steelMaterial} />;
}
