// Each cell is its own lazy chunk: only the one on screen is downloaded.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { CellFamily } from '../../sim/cell/types.ts';

export const CELL_FAMILIES: readonly CellFamily[] = ['cobot', 'industrial', 'orbital'];

export const cellComponents: Record<CellFamily, LazyExoticComponent<ComponentType>> = {
  cobot: lazy(() => import('./cobot/cobot-cell.tsx')),
  industrial: lazy(() => import('./industrial/industrial-cell.tsx')),
  orbital: lazy(() => import('./pipe/pipe-cell.tsx')),
};

/** Where the desktop camera looks and stands for each cell (three.js Y-up coordinates). */
export const cellCameras: Record<
  CellFamily,
  { position: [number, number, number]; target: [number, number, number] }
> = {
  cobot: { position: [1.9, 1.75, 1.9], target: [0.35, 0.95, 0] },
  industrial: { position: [0.3, 2.3, 3.4], target: [0.7, 0.9, 0] },
  orbital: { position: [0.75, 1.3, 0.85], target: [0, 1.0, 0] },
};
