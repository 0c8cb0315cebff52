// Each cell stays within the rendering budget a standalone headset can hold at 90 Hz:
// ≤ 100 draw calls and ≤ 300 k triangles (renderer.info of a rendered frame, and the whole scene unculled).
import { expect, openApp, test } from './fixtures.ts';

const MAX_DRAW_CALLS = 100;
const MAX_TRIANGLES = 300_000;

for (const cell of ['cobot', 'industrial', 'orbital'] as const) {
  test(`${cell} cell: draw calls and triangles within budget, non-blank`, async ({ page }) => {
    await openApp(page);
    await page.getByTestId('cell-select').selectOption(cell);
    await page.waitForFunction((c) => window.__weldtwin!.cell === c, cell, { timeout: 90_000 });
    const frames = await page.evaluate(() => window.__weldtwin!.frames);
    await page.waitForFunction((f) => window.__weldtwin!.frames > f + 3, frames, { timeout: 90_000 });
    const drawn = await page.evaluate(() => ({ ...window.__weldtwin!.render }));
    const scene = await page.evaluate(() => window.__weldtwin!.sceneStats!());
    test.info().annotations.push({
      type: 'budget',
      description: `${cell}: drawn ${drawn.calls} calls / ${drawn.triangles} triangles; scene ${scene.meshes} meshes / ${scene.triangles} triangles`,
    });
    console.log(
      `${cell}: drawn ${drawn.calls} calls / ${drawn.triangles} tris; scene ${scene.meshes} meshes / ${scene.triangles} tris`,
    );
    expect(drawn.calls).toBeGreaterThan(5);
    expect(drawn.calls).toBeLessThanOrEqual(MAX_DRAW_CALLS);
    expect(drawn.triangles).toBeLessThanOrEqual(MAX_TRIANGLES);
    expect(scene.meshes).toBeLessThanOrEqual(MAX_DRAW_CALLS);
    expect(scene.triangles).toBeLessThanOrEqual(MAX_TRIANGLES);
    const sample = await page.evaluate(() => window.__weldtwin!.sampleCanvas!());
    expect(sample.distinctColors).toBeGreaterThan(20);
    await page.screenshot({ path: test.info().outputPath(`${cell}.png`) });
  });
}
