// Headset in the cell (IWER-emulated Meta Quest 3): the welding helmet goes down and up with the left Y button and
// with a pinch at the brow, as intents the safety model's arc-flash check reads; the trainee starts outside the
// industrial cell's guarded zone and reaching a hand into it trips the light curtain (the sim decides the stop).
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures.ts';
import { snapshot } from './sim-helpers.ts';
import {
  enterVR,
  moveController,
  nextFrames,
  putRightHandPointAt,
  setButton,
  setPinch,
  useHands,
} from './xr-helpers.ts';

test.setTimeout(300_000);

type V3 = [number, number, number];

const helmetDown = (page: Page) =>
  page.evaluate(() => (window.__weldtwin!.sim!().view as { helmetDown: boolean }).helmetDown);
const helmetIntents = (page: Page) =>
  page.evaluate(() =>
    (window.__weldtwin!.sim!().log as { intent: { type: string; down?: boolean } }[])
      .filter((l) => l.intent.type === 'helmet')
      .map((l) => l.intent.down),
  );
const safety = async (page: Page) => (await snapshot(page)).safety;

test('XR: helmet down and up with the left Y button, then with a pinch at the brow', async ({ page }) => {
  await openApp(page, '?xr=emulate');
  await enterVR(page);
  expect(await helmetDown(page)).toBe(false);

  // Controllers: left Y.
  await setButton(page, 'left', 'y-button', 1);
  await expect.poll(() => helmetDown(page)).toBe(true);
  await setButton(page, 'left', 'y-button', 0);
  await nextFrames(page, 2);
  await setButton(page, 'left', 'y-button', 1);
  await expect.poll(() => helmetDown(page)).toBe(false);
  await setButton(page, 'left', 'y-button', 0);

  // Hands: pinch at the brow flips it; a pinch away from the head does not.
  await useHands(page);
  const head: V3 = [0, 1.6, 1.2];
  const away: V3 = [0.3, 1.15, 0.75];
  await putRightHandPointAt(page, 'rightPinchPoint', away, 0.01);
  await setPinch(page, 'right', 1);
  await nextFrames(page, 4);
  await setPinch(page, 'right', 0);
  await nextFrames(page, 4);
  expect(await helmetDown(page)).toBe(false);
  await putRightHandPointAt(page, 'rightPinchPoint', [head[0], head[1] + 0.07, head[2] - 0.08], 0.01);
  await setPinch(page, 'right', 1);
  await expect.poll(() => helmetDown(page)).toBe(true);
  // Held pinch: one flip only.
  await nextFrames(page, 6);
  expect(await helmetDown(page)).toBe(true);
  await setPinch(page, 'right', 0);
  await nextFrames(page, 3);
  await setPinch(page, 'right', 1);
  await expect.poll(() => helmetDown(page)).toBe(false);
  await setPinch(page, 'right', 0);
  expect(await page.evaluate(() => window.__weldtwinXR!.helmetGestures)).toBe(2);
  expect(await helmetIntents(page)).toEqual([true, false, true, false]);

  // The head is reported to the safety model (line of sight to the arc, arc-flash dose).
  expect(
    await page.evaluate(() =>
      (window.__weldtwin!.sim!().log as { intent: { type: string; part?: string } }[]).some(
        (l) => l.intent.type === 'bodyPose' && l.intent.part === 'head',
      ),
    ),
  ).toBe(true);
});

test('XR industrial cell: start outside the guarded zone; a hand reached into it trips the light curtain', async ({
  page,
}) => {
  await openApp(page, '?xr=emulate');
  await page.getByTestId('cell-select').selectOption('industrial');
  await page.waitForFunction(() => window.__weldtwin!.cell === 'industrial');
  await enterVR(page);

  // Standing where the cell starts the trainee: head and hands reported, nothing tripped.
  await expect
    .poll(() =>
      page.evaluate(() =>
        (window.__weldtwin!.sim!().log as { intent: { type: string; part?: string } }[]).some(
          (l) => l.intent.type === 'bodyPose' && l.intent.part === 'rightHand',
        ),
      ),
    )
    .toBe(true);
  await nextFrames(page, 4);
  const poses = await page.evaluate(() =>
    JSON.stringify(
      (window.__weldtwin!.sim!().log as { intent: { type: string } }[])
        .filter((l) => l.intent.type === 'bodyPose')
        .slice(0, 4),
    ),
  );
  expect(await safety(page), `body points reported: ${poses}`).not.toBe('protective-stop');

  // Reach the right hand 60 cm forward, across the curtain: the safety model stops the robot.
  const dev = await page.evaluate(() => {
    const p = (
      window.__weldtwin!.xrDevice as {
        controllers: { right: { position: { x: number; y: number; z: number } } };
      }
    ).controllers.right.position;
    return [p.x, p.y, p.z] as V3;
  });
  await moveController(page, 'right', [dev[0], dev[1] + 0.2, dev[2] - 0.6]);
  await expect.poll(() => safety(page), { timeout: 60_000 }).toBe('protective-stop');
  // Hand back out: the stop latches until it is reset (ISO 10218-1 protective stop).
  await moveController(page, 'right', dev);
  await nextFrames(page, 6);
  expect(await safety(page)).toBe('protective-stop');
});
