// Shared Playwright fixtures: every test fails if a request leaves localhost or the page logs an error.
import { test as base, expect, type Page } from '@playwright/test';
import type { WeldTwinProbe } from '../../src/app/probe.ts';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function isLocalUrl(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true;
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

interface Guards {
  /** Requests to any host but localhost (aborted, and the test fails). */
  externalRequests: string[];
  consoleErrors: string[];
  /** Requests a test made on purpose: seen, aborted, but not a failure. */
  expectedExternal: Set<string>;
}

export const test = base.extend<{ guards: Guards }>({
  guards: [
    async ({ page }, use) => {
      const guards: Guards = { externalRequests: [], consoleErrors: [], expectedExternal: new Set() };
      await page.route(
        (url) => !isLocalUrl(url.href),
        (route) => {
          guards.externalRequests.push(route.request().url());
          return route.abort('blockedbyclient');
        },
      );
      page.on('request', (req) => {
        if (!isLocalUrl(req.url()) && !guards.externalRequests.includes(req.url()))
          guards.externalRequests.push(req.url());
      });
      page.on('console', (msg) => {
        if (msg.type() === 'error') guards.consoleErrors.push(msg.text());
      });
      page.on('pageerror', (err) => guards.consoleErrors.push(`pageerror: ${err.message}`));
      await use(guards);
      const unexpected = guards.externalRequests.filter((u) => !guards.expectedExternal.has(u));
      expect(unexpected, 'requests that left localhost').toEqual([]);
      expect(guards.consoleErrors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function probe<T>(page: Page, read: (p: WeldTwinProbe) => T): Promise<T> {
  return page.evaluate(`(${read.toString()})(window.__weldtwin)`) as Promise<T>;
}

/**
 * Opens the app and waits until the 3D view has rendered a few frames; then, unless `home` is asked for, leaves
 * the home screen for the free cell (what the specs written before the scenario flow exercise).
 */
export async function openApp(page: Page, query = '', opts: { home?: boolean } = {}): Promise<void> {
  await page.goto(`/${query}`);
  await page.waitForFunction(
    () => window.__weldtwin?.ready === true && window.__weldtwin.cell !== null,
    undefined,
    {
      timeout: 90_000,
    },
  );
  if (!opts.home) await enterFreePlay(page);
}

/** From the home screen (when it shows) to the free cell with its panels. */
export async function enterFreePlay(page: Page): Promise<void> {
  const free = page.getByTestId('home-free');
  await expect(free.or(page.getByTestId('pendant'))).toBeVisible({ timeout: 60_000 });
  if (await free.isVisible()) await free.click();
  await expect(page.getByTestId('pendant')).toBeVisible();
}
