// Headset with tracked hands (IWER-emulated Meta Quest 3 in hand mode) on the cobot cell: the left pinch holds the
// enabling switch, a pinch on the torch grip grabs it and engages freedrive, the TCP follows the hand along the
// seam, opening the fingers stops it, and the index finger pokes pendant buttons.
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures.ts';
import { snapshot } from './sim-helpers.ts';
import {
  enterVR,
  handPosition,
  moveHand,
  nextFrames,
  putRightHandPointAt,
  setPinch,
  useHands,
} from './xr-helpers.ts';

test.setTimeout(480_000);

type V3 = [number, number, number];

/**
 * A point `distance` in front of `button` on a flat panel, along the panel's normal on the viewer's side. The
 * panel's plane is spanned by a button column (`below` shares `button`'s column) and a row (`right` is beside `below`).
 */
function pokeApproach(button: V3, below: V3, right: V3, viewer: V3, distance: number): V3 {
  const a = [below[0] - button[0], below[1] - button[1], below[2] - button[2]];
  const b = [right[0] - below[0], right[1] - below[1], right[2] - below[2]];
  let nx = a[1]! * b[2]! - a[2]! * b[1]!;
  let ny = a[2]! * b[0]! - a[0]! * b[2]!;
  let nz = a[0]! * b[1]! - a[1]! * b[0]!;
  const len = Math.hypot(nx, ny, nz);
  const towardViewer =
    nx * (viewer[0] - button[0]) + ny * (viewer[1] - button[1]) + nz * (viewer[2] - button[2]) > 0 ? 1 : -1;
  nx *= towardViewer / len;
  ny *= towardViewer / len;
  nz *= towardViewer / len;
  return [button[0] + nx * distance, button[1] + ny * distance, button[2] + nz * distance];
}
const worldOf = (page: Page, name: string) =>
  page.evaluate((n) => window.__weldtwin!.objectWorld!(n), name) as Promise<V3 | null>;
const xr = <T>(page: Page, read: (p: NonNullable<Window['__weldtwinXR']>) => T) =>
  page.evaluate(`(${read.toString()})(window.__weldtwinXR)`) as Promise<T>;

test('hands: pinch the torch grip to hand-guide it along the seam, open the fingers to stop, poke the pendant', async ({
  page,
}) => {
  await openApp(page, '?xr=emulate');
  await enterVR(page);
  await useHands(page);

  // Left pinch held = enabling switch in its middle position.
  await setPinch(page, 'left', 1);
  await expect.poll(async () => (await snapshot(page)).enabling).toBe('enabled');

  // Right pinch point onto the torch grip; the pinch grabs it and engages freedrive at once.
  const handle = (await worldOf(page, 'torch-handle'))!;
  expect(handle).not.toBeNull();
  await putRightHandPointAt(page, 'rightPinchPoint', handle);
  await expect.poll(() => page.evaluate(() => window.__weldtwin!.xr.nearTorch)).toBe(true);
  expect(await snapshot(page).then((s) => s.freedrive)).toBe(false);
  await setPinch(page, 'right', 1);
  await expect.poll(() => page.evaluate(() => window.__weldtwin!.xr.grabbing)).toBe(true);
  await expect.poll(async () => (await snapshot(page)).freedrive, { timeout: 60_000 }).toBe(true);

  // Move the pinched hand 6 cm along the seam (sim +Y = three.js −Z): the TCP follows it, nothing else moves.
  const before = await snapshot(page);
  const dev = await handPosition(page, 'right');
  for (let i = 1; i <= 3; i++) {
    await moveHand(page, 'right', [dev[0], dev[1], dev[2] - 0.02 * i]);
    await nextFrames(page, 2);
  }
  await expect
    .poll(async () => (await snapshot(page)).tcp[1] - before.tcp[1], {
      timeout: 90_000,
      message: 'TCP follows the pinched hand along the seam',
    })
    .toBeGreaterThan(0.055);
  const moved = await snapshot(page);
  expect(Math.abs(moved.tcp[0] - before.tcp[0])).toBeLessThan(0.005);
  expect(Math.abs(moved.tcp[2] - before.tcp[2])).toBeLessThan(0.005);

  // Open the fingers: the grab and freedrive end, and moving the hand on no longer moves the arm.
  await setPinch(page, 'right', 0);
  await expect.poll(() => page.evaluate(() => window.__weldtwin!.xr.grabbing)).toBe(false);
  await expect.poll(async () => (await snapshot(page)).freedrive, { timeout: 60_000 }).toBe(false);
  await expect.poll(async () => (await snapshot(page)).tcpSpeedMmPerS, { timeout: 60_000 }).toBeLessThan(0.5);
  const released = await snapshot(page);
  await moveHand(page, 'right', [dev[0], dev[1], dev[2] - 0.12]);
  await nextFrames(page, 4);
  await page.waitForTimeout(1000);
  const later = await snapshot(page);
  expect(later.tick).toBeGreaterThan(released.tick);
  expect(
    Math.hypot(
      later.tcp[0] - released.tcp[0],
      later.tcp[1] - released.tcp[1],
      later.tcp[2] - released.tcp[2],
    ),
    'TCP stays put after the release (m)',
  ).toBeLessThan(0.0005);
  expect(
    await page.evaluate(
      () =>
        (window.__weldtwin!.sim!().log as { intent: { type: string } }[]).filter(
          (l) => l.intent.type === 'handGuide',
        ).length,
    ),
  ).toBeGreaterThan(0);

  // Poke "Record point" on the pendant (left hand) with the right index finger, along the face's normal.
  const record = (await worldOf(page, 'pendant-record'))!;
  const jogMinus = (await worldOf(page, 'pendant-jog-minus'))!;
  const jogPlus = (await worldOf(page, 'pendant-jog-plus'))!;
  const front = pokeApproach(record, jogMinus, jogPlus, [0, 1.6, 1.2], 0.04);
  const presses = await page.evaluate(() => window.__weldtwin!.xr.pendantPresses);
  const pokes = await xr(page, (p) => p.pokes);
  await putRightHandPointAt(page, 'rightIndexTip', front);
  expect(await page.evaluate(() => window.__weldtwin!.xr.pendantPresses)).toBe(presses);
  await putRightHandPointAt(page, 'rightIndexTip', record);
  await expect.poll(() => xr(page, (p) => p.pokes)).toBe(pokes + 1);
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
  // Back out and in again: a second, separate press.
  await putRightHandPointAt(page, 'rightIndexTip', front);
  await putRightHandPointAt(page, 'rightIndexTip', record);
  await expect.poll(() => xr(page, (p) => p.pokes)).toBe(pokes + 2);
});
