// Headset (IWER-emulated Meta Quest 3) on the cobot cell: grab the torch grip with the right controller,
// move it along the seam with the freedrive button held, press pendant buttons with the trigger, and release
// the enabling switch mid-motion to see the arm stop.
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures.ts';
import { snapshot } from './sim-helpers.ts';
import { aimRightAt, enterVR, moveController, pullTrigger, putRightGripAt, setButton } from './xr-helpers.ts';

test.setTimeout(480_000);

type V3 = [number, number, number];
const worldOf = (page: Page, name: string) =>
  page.evaluate((n) => window.__weldtwin!.objectWorld!(n), name) as Promise<V3 | null>;

test('XR: hand-guide the torch with freedrive, press pendant buttons, release the enabling switch to stop', async ({
  page,
}) => {
  await openApp(page, '?xr=emulate');
  await enterVR(page);

  // Enabling switch on the left grip, squeezed to its middle position.
  await setButton(page, 'left', 'squeeze', 0.7);
  await expect.poll(async () => (await snapshot(page)).enabling).toBe('enabled');

  // Right hand onto the torch grip, grab it (grip), press the freedrive button (trigger).
  const handle = (await worldOf(page, 'torch-handle'))!;
  expect(handle).not.toBeNull();
  await putRightGripAt(page, handle);
  await expect.poll(() => page.evaluate(() => window.__weldtwin!.xr.nearTorch)).toBe(true);
  await setButton(page, 'right', 'squeeze', 1);
  await expect.poll(() => page.evaluate(() => window.__weldtwin!.xr.grabbing)).toBe(true);
  await setButton(page, 'right', 'trigger', 1);
  await expect.poll(async () => (await snapshot(page)).freedrive, { timeout: 60_000 }).toBe(true);

  // Move the hand 6 cm along the seam (sim +Y = three.js −Z); the TCP follows the hand.
  const before = await snapshot(page);
  const grip = await page.evaluate(() => [...window.__weldtwin!.rightController.position] as V3);
  const dev = await page.evaluate(() => {
    const p = (
      window.__weldtwin!.xrDevice as {
        controllers: { right: { position: { x: number; y: number; z: number } } };
      }
    ).controllers.right.position;
    return [p.x, p.y, p.z] as V3;
  });
  for (let i = 1; i <= 3; i++) await moveController(page, 'right', [dev[0], dev[1], dev[2] - 0.02 * i]);
  await expect
    .poll(async () => (await snapshot(page)).tcp[1] - before.tcp[1], {
      timeout: 90_000,
      message: 'TCP follows the hand',
    })
    .toBeGreaterThan(0.055);
  const moved = await snapshot(page);
  expect(Math.abs(moved.tcp[0] - before.tcp[0])).toBeLessThan(0.005);
  expect(Math.abs(moved.tcp[2] - before.tcp[2])).toBeLessThan(0.005);
  expect(grip).toBeTruthy();

  // Let go: freedrive releases once the arm has settled.
  await setButton(page, 'right', 'trigger', 0);
  await setButton(page, 'right', 'squeeze', 0);
  await expect.poll(async () => (await snapshot(page)).freedrive, { timeout: 60_000 }).toBe(false);
  await expect.poll(() => page.evaluate(() => window.__weldtwin!.xr.grabbing)).toBe(false);

  // Pendant in the left hand: point at "Record point" and pull the trigger.
  const head: V3 = [0, 1.6, 1.2];
  const aimFrom = (p: V3): V3 => {
    const d = [head[0] - p[0], head[1] - p[1], head[2] - p[2]];
    const n = Math.hypot(d[0]!, d[1]!, d[2]!);
    return [d[0]! / n, d[1]! / n, d[2]! / n];
  };
  const record = (await worldOf(page, 'pendant-record'))!;
  expect(record).not.toBeNull();
  await aimRightAt(page, record, aimFrom(record));
  const presses = await page.evaluate(() => window.__weldtwin!.xr.pendantPresses);
  await pullTrigger(page);
  await expect.poll(() => page.evaluate(() => window.__weldtwin!.xr.pendantPresses)).toBe(presses + 1);
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window.__weldtwin!.sim!().log as { intent: { type: string } }[]).some(
          (l) => l.intent.type === 'recordPoint',
        ),
      ),
    )
    .toBe(true);

  // Hold "Jog −" with the trigger: the arm moves; release the enabling switch mid-motion: it stops.
  const jog = (await worldOf(page, 'pendant-jog-minus'))!;
  await aimRightAt(page, jog, aimFrom(jog));
  await setButton(page, 'right', 'trigger', 1);
  await expect
    .poll(async () => (await snapshot(page)).tcpSpeedMmPerS, { timeout: 60_000, message: 'jogging' })
    .toBeGreaterThan(1);
  await setButton(page, 'left', 'squeeze', 0);
  await expect.poll(async () => (await snapshot(page)).enabling).toBe('released');
  await expect
    .poll(async () => (await snapshot(page)).tcpSpeedMmPerS, { timeout: 60_000, message: 'arm stops' })
    .toBeLessThan(0.5);
  const stopped = await snapshot(page);
  await page.waitForTimeout(1500);
  const later = await snapshot(page);
  expect(later.tick).toBeGreaterThan(stopped.tick);
  expect(
    Math.hypot(later.tcp[0] - stopped.tcp[0], later.tcp[1] - stopped.tcp[1], later.tcp[2] - stopped.tcp[2]),
  ).toBeLessThan(0.0005);
  await setButton(page, 'right', 'trigger', 0);
});
