// The results screen for a real attempt: a golden attempt file and its scenario's YAML are handed to the page,
// which replays the attempt with the same engine. Score and grade must equal what Node computes; the plots, the
// imperfection markers, the replay scrubber and both languages must work.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parseScenario } from '../../src/scenario/index.ts';
import { attemptSchema, replayAttempt } from '../../src/scenario/engine/replay.ts';
import { worldPort } from '../../src/scenario/world/port.ts';
import { expect, openApp, test } from './fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SCENARIO = 'cobot-commands-fillet';
const FILE = `scenarios/${SCENARIO}.yaml`;
const yaml = readFileSync(join(ROOT, FILE), 'utf8');
const attemptJson = JSON.parse(
  readFileSync(join(ROOT, 'tests', 'golden', 'attempts', `${SCENARIO}.knownBad.attempt.json`), 'utf8'),
) as Record<string, unknown>;

function expected(): { score: number; grade: string } {
  const scenario = parseScenario(yaml, FILE).scenario!;
  const { scenarioId, version, seed, log } = attemptJson;
  const attempt = attemptSchema.parse({ scenarioId, version, seed, log });
  const r = replayAttempt(attempt, scenario, worldPort);
  return { score: r.score, grade: r.grade };
}

async function openResults(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof window.__weldtwin?.results?.open === 'function');
  await page.evaluate(({ a, y, f }) => window.__weldtwin!.results!.open!(a, y, f), {
    a: attemptJson,
    y: yaml,
    f: FILE,
  });
  await page.waitForFunction(() => window.__weldtwin?.results?.ready === true, undefined, {
    timeout: 60_000,
  });
}

const camera = (page: Page) => page.evaluate(() => [...window.__weldtwin!.results!.camera]);
const joints = (page: Page) => page.evaluate(() => [...window.__weldtwin!.results!.joints]);

test('results of a known-bad attempt: score, plots, imperfection markers, replay, both languages', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const want = expected();
  await page.setViewportSize({ width: 900, height: 700 });
  await openApp(page, '', { home: true });
  await openResults(page);
  const results = page.getByTestId('results');
  await expect(results).toBeVisible();

  // Score and grade: the page's replay equals Node's.
  // Soft: a mismatch fails the test but the rest of the screen is still checked.
  await expect.soft(page.getByTestId('results-score')).toHaveText(`${want.score} / 100`, { timeout: 5_000 });
  await expect
    .soft(page.getByTestId('results-grade'))
    .toHaveAttribute('data-grade', want.grade, { timeout: 5_000 });
  await expect(page.getByTestId('seam-level').first()).toHaveAttribute('data-level', 'reject');
  await expect(results.getByTestId('points-lost').filter({ hasText: '−' }).first()).toBeVisible();

  // Six plots drawn, each canvas with a line on it (not one flat colour).
  await page.waitForFunction(() => (window.__weldtwin?.results?.plotsDrawn ?? 0) >= 6);
  const plotColours = await page
    .getByTestId('plot-currentA')
    .locator('canvas')
    .evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      const set = new Set<number>();
      for (let i = 0; i < d.length; i += 16)
        set.add((d[i]! << 24) | (d[i + 1]! << 16) | (d[i + 2]! << 8) | d[i + 3]!);
      return set.size;
    });
  expect(plotColours).toBeGreaterThan(8);

  // The macro section carries its labelled dimensions.
  await expect(page.getByTestId('macro-svg')).toContainText('a throat');
  await expect(page.getByTestId('macro-svg')).toContainText('mm');

  // The 3D view renders something.
  await page.waitForFunction(() => window.__weldtwin?.results?.sampleCanvas != null);
  const sample = await page.evaluate(() => window.__weldtwin!.results!.sampleCanvas!());
  expect(sample.distinctColors).toBeGreaterThan(20);
  expect(sample.lumaStdDev).toBeGreaterThan(5);
  const shot = await page.getByTestId('results-canvas').screenshot();
  expect(shot.byteLength).toBeGreaterThan(5_000);

  // Selecting an imperfection (keyboard) flies the camera to its marker.
  const before = await camera(page);
  const imperfections = page.getByTestId('imperfection');
  expect(await imperfections.count()).toBeGreaterThan(1);
  await imperfections.nth(1).focus();
  await page.keyboard.press('Enter');
  await expect(imperfections.nth(1)).toHaveAttribute('aria-pressed', 'true');
  await expect
    .poll(async () => {
      const now = await camera(page);
      return Math.hypot(now[0]! - before[0]!, now[1]! - before[1]!, now[2]! - before[2]!);
    })
    .toBeGreaterThan(0.1);
  // And a click on another flies it again.
  const mid = await camera(page);
  await imperfections.nth(0).click();
  await expect
    .poll(async () => {
      const now = await camera(page);
      return Math.hypot(now[0]! - mid[0]!, now[1]! - mid[1]!, now[2]! - mid[2]!);
    })
    .toBeGreaterThan(0.002);

  // The scrubber moves the robot: the end pose differs from the pose at the start of the weld.
  const atEnd = await joints(page);
  const scrubber = page.getByTestId('replay-scrubber');
  const end = Number(await scrubber.getAttribute('max'));
  await scrubber.fill(String(Math.round(end * 0.93)));
  await expect
    .poll(async () => {
      const q = await joints(page);
      return Math.max(...q.map((v, i) => Math.abs(v - atEnd[i]!)));
    })
    .toBeGreaterThan(0.01);
  await expect(page.getByTestId('replay-clock')).toContainText(' s / ');
  // Play advances the replay tick without React rendering each frame (the clock is written directly).
  const t0 = await page.evaluate(() => window.__weldtwin!.results!.tick);
  await page.getByTestId('replay-speed-8').click();
  await page.getByTestId('replay-play').click();
  await expect.poll(() => page.evaluate(() => window.__weldtwin!.results!.tick)).toBeGreaterThan(t0 + 100);
  await page.getByTestId('replay-play').click();

  // Simplified Chinese, switched from the results screen itself.
  await results.getByTestId('language-select').selectOption('zh-CN');
  await expect(page.locator('#wt-results-quality')).toHaveText('焊缝质量（ISO 5817）');
  await expect(page.getByTestId('results-grade')).toHaveText(/^等级 [A-F]$/);
  await expect(page.getByTestId('macro-svg')).toContainText('焊喉厚度');
  await expect(page.getByTestId('imperfections')).toContainText('咬边');

  // Escape closes the results.
  await page.getByTestId('results-close').focus();
  await page.keyboard.press('Escape');
  await expect(results).toHaveCount(0);
});
