// A reload mid-scenario loses nothing: the attempt autosaved to IndexedDB is offered on the home screen, and
// continuing it replays the saved log to the same step, so the trainee is back in the same phase with the same
// panel settings and program, and the world is bit-for-bit the one Node rebuilds from the same log.
import type { Page } from '@playwright/test';
import { resumeRun } from '../../src/scenario/progress/index.ts';
import { worldPort } from '../../src/scenario/world/port.ts';
import { expect, openApp, test } from './fixtures.ts';
import { runState, setPowerSource, shippedScenario, storedAttempt } from './flow-helpers.ts';

const SCENARIO = 'cobot-dialogue-vertical-up';

/** What the trainee sees and the twin holds: phase, panel values, program, settings, log. */
async function place(page: Page) {
  const state = await page.evaluate(() => {
    const sim = window.__weldtwin!.sim!() as { world: { settings: Record<string, unknown> } };
    const run = window.__weldtwin!.flow!.run()!;
    return { settings: sim.world.settings, phaseId: run.phaseId, log: run.log, seed: run.seed };
  });
  const program = await page.getByTestId('pendant').getByTestId('program').locator('li').allInnerTexts();
  return { ...state, program };
}

test('reload in the middle of a phase, resume, and carry on from the same place', async ({ page }) => {
  test.setTimeout(240_000);
  await openApp(page, '', { home: true });
  await page.getByTestId(`scenario-${SCENARIO}`).getByRole('button').click();
  await page.getByTestId('briefing-start').click();
  const hud = page.getByTestId('scenario-hud');
  await expect(hud).toHaveAttribute('data-phase', 'tune', { timeout: 30_000 });

  // Some of the work: two panel settings and a rebuilt program with two moves.
  await setPowerSource(page, 'Wire feed speed (m/min)', 6.5);
  await page.getByTestId('power-source').getByLabel('Pulsed').check();
  const pendant = page.getByTestId('pendant');
  await pendant.getByRole('button', { name: 'Clear program' }).click();
  await pendant.getByTestId('target-point').selectOption('clear');
  await pendant.getByTestId('move-j').click();
  await pendant.getByTestId('target-point').selectOption('approach');
  await pendant.getByTestId('move-l').click();
  await expect(pendant.getByTestId('program').locator('li')).toHaveCount(2);

  // Autosave (at least once a second) has every logged action in IndexedDB.
  const logged = await page.evaluate(() => window.__weldtwin!.flow!.run()!.log.length);
  expect(logged).toBe(1 + 2 + 1 + 2); // phase done at start, two settings, clear, two moves
  await expect.poll(async () => (await storedAttempt(page))?.savedEntries, { timeout: 30_000 }).toBe(logged);
  const before = await place(page);
  const tickBefore = (await runState(page))!.tick;
  const saved = await storedAttempt(page);
  expect(saved!.tick).toBeGreaterThan(0);

  await page.reload();
  await page.waitForFunction(() => window.__weldtwin?.ready === true, undefined, { timeout: 90_000 });

  // The home screen offers the interrupted attempt; continuing is one key press.
  const prompt = page.getByTestId('resume-prompt');
  await expect(prompt).toBeVisible({ timeout: 60_000 });
  await expect(prompt).toContainText('from flat to vertical-up');
  await expect(page.getByTestId('resume-continue')).toBeFocused();
  await page.keyboard.press('Enter');

  // Same phase, same settings on the power source, same program on the pendant, same log and seed.
  await expect(hud).toHaveAttribute('data-phase', 'tune', { timeout: 30_000 });
  const after = await place(page);
  expect(after.phaseId).toBe(before.phaseId);
  expect(after.seed).toBe(before.seed);
  expect(after.log).toEqual(before.log);
  expect(after.settings).toEqual(before.settings);
  expect(after.program).toEqual(before.program);
  await expect(
    page
      .getByTestId('power-source')
      .getByRole('spinbutton', { name: 'Wire feed speed (m/min)', exact: true }),
  ).toHaveValue('6.5');
  await expect(page.getByTestId('power-source').getByLabel('Pulsed')).toBeChecked();

  // The run resumed at the step it had saved (a reload loses at most the last second), and its world is the one
  // Node rebuilds by replaying the same log to the same step.
  const snap = await page.evaluate(() => ({
    tick: window.__weldtwin!.flow!.run()!.tick,
    hash: window.__weldtwin!.flow!.worldHash!(),
    log: window.__weldtwin!.flow!.run()!.log,
  }));
  expect(snap.tick).toBeGreaterThanOrEqual(saved!.tick);
  expect(snap.tick).toBeGreaterThanOrEqual(tickBefore - 2 * 180);
  const rebuilt = resumeRun(shippedScenario(SCENARIO), worldPort, {
    seed: before.seed,
    log: snap.log as never,
    tick: snap.tick,
  });
  expect(rebuilt.tick).toBe(snap.tick);
  expect(worldPort.hash(rebuilt.world)).toBe(snap.hash);

  // And the attempt carries on: the next action is recorded into the same attempt.
  await pendant.getByTestId('target-point').selectOption('start');
  await pendant.getByTestId('move-l').click();
  await expect(pendant.getByTestId('program').locator('li')).toHaveCount(3);
  await expect
    .poll(async () => (await storedAttempt(page))?.savedEntries, { timeout: 30_000 })
    .toBe(logged + 1);
});
