import { openApp, test } from './fixtures.ts';
test('fps', async ({ page }) => {
  const t0 = Date.now();
  await openApp(page);
  console.log('ready after', Date.now() - t0);
  const f0 = await page.evaluate(() => window.__weldtwin!.frames);
  await page.waitForTimeout(5000);
  const f1 = await page.evaluate(() => window.__weldtwin!.frames);
  console.log('fps', (f1 - f0) / 5);
});
