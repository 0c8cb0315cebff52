// The app loads, renders a non-blank 3D view, logs no errors and fetches nothing from outside localhost.
import { expect, openApp, probe, test } from './fixtures.ts';

test('loads and renders a non-blank cell with no external requests', async ({ page }) => {
  await openApp(page);
  await expect(page.locator('canvas')).toBeVisible();

  const sample = await page.evaluate(() => window.__weldtwin!.sampleCanvas!());
  expect(sample.width).toBeGreaterThan(100);
  // A blank (cleared) canvas has one colour; the cell, floor and lighting give many and some contrast.
  expect(sample.distinctColors).toBeGreaterThan(20);
  expect(sample.lumaStdDev).toBeGreaterThan(5);

  const calls = await probe(page, (p) => p.render.calls);
  expect(calls).toBeGreaterThan(0);

  const shot = await page.locator('canvas').screenshot();
  expect(shot.byteLength).toBeGreaterThan(5_000);
});

test('a request to another host is caught by the network guard', async ({ page, guards }) => {
  await openApp(page);
  const url = 'https://cdn.jsdelivr.net/npm/@webxr-input-profiles/assets@1.0/dist/profiles/profilesList.json';
  const status = await page.evaluate(
    (u) =>
      fetch(u).then(
        () => 'loaded',
        () => 'blocked',
      ),
    url,
  );
  expect(status).toBe('blocked');
  expect(guards.externalRequests).toContain(url);
  // The guard is proven; this one request was made on purpose, and its failed fetch logs an error.
  guards.expectedExternal.add(url);
  guards.consoleErrors.length = 0;
});

test('switches the whole UI to Simplified Chinese and keeps the choice after a reload', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('pendant').locator('h2')).toHaveText('Teach pendant');
  await page.getByTestId('language-select').selectOption('zh-CN');
  await expect(page.getByTestId('pendant').locator('h2')).toHaveText('示教器');
  await expect(page.getByTestId('power-source').locator('h2')).toHaveText('焊接电源');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.keyboard.press('Slash');
  await expect(page.getByTestId('help').locator('h2')).toHaveText('键盘快捷键');
  await page.reload();
  await page.waitForFunction(() => window.__weldtwin?.ready === true);
  await expect(page.getByTestId('pendant').locator('h2')).toHaveText('示教器');
});
