// The scenario flow end to end: from the home screen pick the cobot vertical-up dialogue scenario, read its
// briefing, do its reference steps with the real panels (power source, pendant, phase button, keys), let the robot
// weld, and reach the results with the grade the same engine gives in Node for the same seed.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { runSolution } from '../../src/scenario/index.ts';
import { worldPort } from '../../src/scenario/world/port.ts';
import { E2E_OUT_DIR } from '../../playwright.config.ts';
import { expect, openApp, test } from './fixtures.ts';
import {
  playVerticalUpReference,
  screenshotNonBlank,
  setScreenshotDir,
  shippedScenario,
} from './flow-helpers.ts';

const SCENARIO = 'cobot-dialogue-vertical-up';

test('home → briefing → run the reference steps with the panels → graded result', async ({ page }) => {
  test.setTimeout(300_000);
  setScreenshotDir((n) => test.info().outputPath(n));
  await openApp(page, '', { home: true });

  // Home: the scenarios grouped by family and skill layer, none broken.
  await expect(page.getByTestId('scenario-list')).toBeVisible({ timeout: 60_000 });
  expect(await page.evaluate(() => window.__weldtwin!.flow!.catalogue())).toEqual({
    ok: readdirSync('scenarios').filter((f) => f.endsWith('.yaml')).length,
    broken: 0,
  });
  await expect(page.getByRole('heading', { name: 'Collaborative robot' })).toBeVisible();
  await expect(page.getByTestId(`scenario-${SCENARIO}`)).toContainText('Level 3');
  await screenshotNonBlank(page, '0-home');

  // Briefing: objectives, cell, phases with goals and limits; started from the keyboard.
  await page.getByTestId(`scenario-${SCENARIO}`).getByRole('button').click();
  const briefing = page.getByTestId('briefing-screen');
  await expect(briefing).toContainText('What you will learn');
  await expect(page.getByTestId('briefing-cell')).toContainText('12 mm');
  await expect(page.getByTestId('briefing-phases')).toContainText('Voltage in the pulse window 24–30 V');
  await expect(page.getByTestId('briefing-phases')).toContainText('time limit 5:00');
  await screenshotNonBlank(page, '1-briefing');
  await expect(page.getByTestId('briefing-start')).toBeFocused();
  await page.keyboard.press('Enter');

  // Tune, weld, inspect, debrief: the scenario's reference steps with the panels (flow-helpers.ts).
  const before = await playVerticalUpReference(page, async (phase) => {
    const shots = { tune: '2-tune', weld: '3-weld', inspect: '4-inspect' } as const;
    await screenshotNonBlank(page, shots[phase]);
  });

  // The results: the grade Node computes for the reference solution with the same seed.
  const scenario = shippedScenario(SCENARIO);
  const expected = runSolution(scenario, before!.seed, 'reference', worldPort).result;
  const grade = page.locator('[data-testid="results-grade"], [data-testid="debrief-grade"]');
  await expect(grade).toBeVisible({ timeout: 60_000 });
  await expect(grade).toHaveAttribute('data-grade', expected.grade);
  const result = await page.evaluate(() => window.__weldtwin!.flow!.result());
  expect(result).toMatchObject({ grade: expected.grade, passed: true, endReason: 'completed' });
  // The trainee's timing differs from the script's, not the weld: within a few points of the reference.
  expect(Math.abs(result!.score - expected.score)).toBeLessThanOrEqual(5);
  await screenshotNonBlank(page, '5-results');

  // The result is in the trainee's progress: the home screen shows it as the best grade.
  const close = page.locator('[data-testid="results-close"], [data-testid="debrief-home"]');
  await close.first().click();
  await expect(page.getByTestId(`scenario-${SCENARIO}`).getByTestId('best-grade')).toContainText(
    `Best: ${expected.grade}`,
    { timeout: 30_000 },
  );
});

test('initial JavaScript stays within 450 kB gzip (the flow and the scenario engine load lazily)', () => {
  const dir = E2E_OUT_DIR;
  const html = readFileSync(`${dir}/index.html`, 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  expect(scripts.length).toBeGreaterThan(0);
  const bytes = scripts.reduce((sum, f) => sum + gzipSync(readFileSync(`${dir}/${f}`)).length, 0);
  test
    .info()
    .annotations.push({ type: 'bundle', description: `initial JS ${(bytes / 1024).toFixed(1)} kB gzip` });
  console.log(`initial JS: ${(bytes / 1024).toFixed(1)} kB gzip in ${scripts.length} files`);
  expect(bytes).toBeLessThanOrEqual(450 * 1024);
});
