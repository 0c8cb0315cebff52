// A scenario in the headset: the board beside the cell shows the phase and its goals, "Phase done" pressed with the
// controller ray moves the attempt on, "Finish" needs a second press to confirm, and the board then shows the
// graded result the flow computed.
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './fixtures.ts';
import { aimRightAt, enterVR, pullTrigger } from './xr-helpers.ts';

test.setTimeout(360_000);

type V3 = [number, number, number];
const worldOf = (page: Page, name: string) =>
  page.evaluate((n) => window.__weldtwin!.objectWorld!(n), name) as Promise<V3 | null>;
const phaseId = (page: Page) => page.evaluate(() => window.__weldtwin!.flow!.run()?.phaseId ?? null);

/** The board faces the trainee's start: aim along its normal (the board is turned −45° about the vertical). */
const FROM_BOARD: V3 = [-Math.SQRT1_2, 0, Math.SQRT1_2];

test('XR: the scenario board advances a phase and finishes the attempt with the controller ray', async ({
  page,
}) => {
  await openApp(page, '?xr=emulate', { home: true });
  await page.getByTestId('scenario-cobot-dialogue-vertical-up').getByRole('button').click();
  await page.getByTestId('briefing-start').click();
  await expect.poll(() => phaseId(page), { timeout: 60_000 }).toBe('tune');
  await enterVR(page);

  const done = await worldOf(page, 'xr-board-phase-done');
  expect(done, 'the board has a "Phase done" button').not.toBeNull();
  await expect
    .poll(() => page.evaluate(() => window.__weldtwin!.objectVisible!('xr-scenario-board')))
    .toBe(true);

  await aimRightAt(page, done!, FROM_BOARD);
  await pullTrigger(page);
  await expect.poll(() => phaseId(page), { timeout: 60_000, message: 'phase done moves on' }).toBe('weld');
  const log = await page.evaluate(() => window.__weldtwin!.flow!.run()!.log.map((e) => e.intent.type));
  expect(log).toContain('advancePhase');

  // Finish: the first press only asks for confirmation; the second ends and grades the attempt.
  const finish = (await worldOf(page, 'xr-board-finish'))!;
  await aimRightAt(page, finish, FROM_BOARD);
  await pullTrigger(page);
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => window.__weldtwin!.flow!.result())).toBeNull();
  await pullTrigger(page);
  await expect
    .poll(() => page.evaluate(() => window.__weldtwin!.flow!.result()), {
      timeout: 90_000,
      message: 'graded',
    })
    .not.toBeNull();
  const result = (await page.evaluate(() => window.__weldtwin!.flow!.result()))!;
  expect(result.endReason).toBe('finished');
  // Welded nothing: the attempt does not pass.
  expect(result.passed).toBe(false);
});
