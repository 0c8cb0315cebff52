// The other two cells respond to their own controls: the positioner turns the weldment; the orbital
// carriage runs its sector program round the pipe with the arc on.
import { expect, openApp, test } from './fixtures.ts';
import { snapshot } from './sim-helpers.ts';

test.setTimeout(300_000);

test('industrial: the positioner tilts the weldment from its panel', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('cell-select').selectOption('industrial');
  await page.waitForFunction(() => window.__weldtwin!.cell === 'industrial');
  const before = await page.evaluate(() => window.__weldtwin!.objectWorld!('weldment'));
  await page.getByTestId('positioner-tilt').fill('45');
  await expect
    .poll(() =>
      page.evaluate(() => (window.__weldtwin!.sim!().view as { positionerQ: Float64Array }).positionerQ[0]!),
    )
    .toBeCloseTo((45 * Math.PI) / 180, 3);
  const after = await page.evaluate(() => window.__weldtwin!.objectWorld!('weldment'));
  expect(after).not.toEqual(before);
});

test('pipe cell: load the sector program and run the carriage round the pipe with the arc', async ({
  page,
}) => {
  await openApp(page);
  await page.getByTestId('cell-select').selectOption('orbital');
  await page.waitForFunction(() => window.__weldtwin!.cell === 'orbital');
  await page.keyboard.press('KeyH');
  await page.getByTestId('orbital-send').click();
  const start = await page.evaluate(
    () => (window.__weldtwin!.sim!().view as { robotQ: Float64Array }).robotQ[0]!,
  );
  await page.getByTestId('run').click();
  await expect
    .poll(
      () => page.evaluate(() => (window.__weldtwin!.sim!().view as { robotQ: Float64Array }).robotQ[0]!),
      { timeout: 120_000, message: 'carriage travels' },
    )
    .toBeGreaterThan(start + 0.01);
  await expect.poll(async () => (await snapshot(page)).arcOn, { timeout: 120_000 }).toBe(true);
  await expect.poll(async () => (await snapshot(page)).beadShown, { timeout: 120_000 }).toBeGreaterThan(3);
  expect((await snapshot(page)).events.filter((e) => e.code === 'setOrbitalProgram')).toEqual([]);
});
