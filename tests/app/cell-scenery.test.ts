// The cells' scenery follows the cell shown. Cobot: the table follows the cell: free practice and a scenario's cell (part 0.9 m in front of the
// robot, on the twin's table height) both get a table that carries robot and part, with the part lying on it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { partBodies } from '../../src/sim/cell/part-geometry.ts';
import type { CellConfig } from '../../src/sim/cell/types.ts';
import { parseScenario } from '../../src/scenario/index.ts';
import { sampleVariation, worldInit } from '../../src/scenario/engine/variation.ts';
import { scenarioCell } from '../../src/scenario/world/cell.ts';
import { previewCells } from '../../src/app/cells/preview-cells.ts';
import { buildCobotScenery, cobotLayout } from '../../src/app/cells/cobot/scenery.ts';
import { buildIndustrialScenery, curtainOf } from '../../src/app/cells/industrial/scenery.ts';

function cellOf(file: string): CellConfig {
  const parsed = parseScenario(readFileSync(file, 'utf8'), file);
  const spec = parsed.scenario!.spec;
  return scenarioCell(worldInit(spec, 1, sampleVariation(spec, 1)));
}

function lowestPartZ(cell: CellConfig): number {
  let z = Infinity;
  for (const b of partBodies(cell)) {
    if (b.shape !== 'box') continue;
    const p = b.pose;
    const h = b.halfExtentsM;
    z = Math.min(z, p[11]! - Math.abs(p[8]!) * h[0] - Math.abs(p[9]!) * h[1] - Math.abs(p[10]!) * h[2]);
  }
  return z;
}

const cells: Array<[string, CellConfig]> = [
  ['free practice', previewCells.cobot.config],
  ['scenario cobot-commands-fillet', cellOf('scenarios/cobot-commands-fillet.yaml')],
  ['scenario cobot-dialogue-vertical-up', cellOf('scenarios/cobot-dialogue-vertical-up.yaml')],
];

describe('cobot cell layout', () => {
  it.each(cells)(
    '%s: the part lies on the table, the robot stands on it, the table covers both',
    (_, cell) => {
      const l = cobotLayout(cell);
      const base = { x: cell.robotBase[3]!, y: cell.robotBase[7]!, z: cell.robotBase[11]! };
      expect(lowestPartZ(cell)).toBeGreaterThanOrEqual(l.topZ - 1e-9);
      expect(lowestPartZ(cell) - l.topZ).toBeLessThan(0.06); // on the table (or a low fixture), not floating
      expect(l.topZ + l.adapterM).toBeCloseTo(base.z, 12);
      const inside = (x: number, y: number) =>
        Math.abs(x - l.centre[0]) <= l.size[0] / 2 && Math.abs(y - l.centre[1]) <= l.size[1] / 2;
      expect(inside(base.x, base.y)).toBe(true);
      for (const p of [cell.workpiece.seamStart, cell.workpiece.seamEnd])
        expect(inside(p[0], p[1])).toBe(true);
      // The power source stands off the table.
      expect(inside(l.panel.x, l.panel.y + 0.47)).toBe(false);
    },
  );

  it('a scenario cell and the free-practice cell get different tables where their parts differ', () => {
    const a = cobotLayout(cells[0]![1]);
    const b = cobotLayout(cells[1]![1]);
    expect([a.centre, a.topZ]).not.toEqual([b.centre, b.topZ]);
    const scenery = buildCobotScenery(cells[1]![1]);
    expect(scenery.steel.getAttribute('position').count).toBeGreaterThan(0);
    expect(scenery.painted.getAttribute('position').count).toBeGreaterThan(1000);
  });
});

describe('industrial cell layout', () => {
  it.each([
    ['free practice', previewCells.industrial.config],
    ['scenario industrial-commands-thick-fillet', cellOf('scenarios/industrial-commands-thick-fillet.yaml')],
  ] as Array<[string, CellConfig]>)(
    '%s: the riser reaches the robot base; the light curtain guards the opening in front of the positioner',
    (_, cell) => {
      const scenery = buildIndustrialScenery(cell);
      scenery.painted.computeBoundingBox();
      // The riser top: the highest painted point above the robot base footprint is the base height.
      const pos = scenery.painted.getAttribute('position');
      const bx = cell.robotBase[3]!;
      const by = cell.robotBase[7]!;
      let top = 0;
      for (let i = 0; i < pos.count; i++) {
        if (Math.abs(pos.getX(i) - bx) <= 0.25 && Math.abs(pos.getY(i) - by) <= 0.25)
          top = Math.max(top, pos.getZ(i));
      }
      expect(top).toBeCloseTo(cell.robotBase[11]!, 6);
      const c = curtainOf(cell);
      const px = cell.positionerBase![3]!;
      expect(c.x0).toBeLessThanOrEqual(px);
      expect(c.x1).toBeGreaterThanOrEqual(px);
    },
  );
});
