// Installable and offline after the first load: the service worker precaches the app shell, every lazy cell
// chunk and the XR profiles; a new version waits behind an "update available" prompt instead of swapping code.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { Page } from '@playwright/test';
import { E2E_OUT_DIR } from '../../playwright.config.ts';
import { expect, openApp, test } from './fixtures.ts';

test.setTimeout(300_000);

const OUT_DIR = E2E_OUT_DIR;

/** Resolves once a service worker controls the page and reports the precache complete. */
async function waitForOfflineReady(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 120_000,
  });
  await page.waitForFunction(() => window.__weldtwinPwa?.getState().offlineReady === true, undefined, {
    timeout: 120_000,
  });
}

/** Past the home screen to the free cell when the app opens on one (as openApp does for specs). */
async function leaveHome(page: Page): Promise<void> {
  const free = page.getByTestId('home-free');
  await expect(free.or(page.getByTestId('pendant'))).toBeVisible({ timeout: 60_000 });
  if (await free.isVisible()) await free.click();
  await expect(page.getByTestId('pendant')).toBeVisible();
}

function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

test('works offline after the first load: boots, renders a cell, and a cell never opened online', async ({
  page,
  context,
  guards,
}) => {
  await openApp(page);
  await waitForOfflineReady(page);

  // The manifest makes it installable: standalone, both languages, our own icons.
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href;
    return (await fetch(href)).json() as Promise<Record<string, unknown>>;
  });
  expect(manifest).toMatchObject({ display: 'standalone', short_name: 'WeldTwin', theme_color: '#1b1f24' });
  expect(JSON.stringify(manifest)).toContain('焊接');
  expect((manifest.icons as { sizes: string }[]).map((i) => i.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );

  // One versioned precache holding the lazy chunks and the XR profiles.
  const names = await cacheNames(page);
  expect(names.filter((n) => n.includes('-precache-'))).toEqual([
    expect.stringMatching(/^weldtwin-\d+\.\d+\.\d+-precache-/),
  ]);
  const cached = await page.evaluate(
    async (cacheName) => {
      const keys = await (await caches.open(cacheName)).keys();
      return keys.map((r) => new URL(r.url).pathname);
    },
    names.find((n) => n.includes('-precache-'))!,
  );
  for (const re of [
    /\/assets\/pipe-cell-.*\.js$/,
    /\/assets\/xr-root-.*\.js$/,
    /\/profiles\/generic-hand\/right\.glb$/,
  ])
    expect(
      cached.some((p) => re.test(p)),
      `precached ${re}`,
    ).toBe(true);
  expect(cached).toContain('/profiles/meta-quest-touch-plus/right.glb');
  expect(cached).toContain('/icons/icon-512.png');

  // Cut the network and reload: the app boots from the precache.
  await context.setOffline(true);
  // Proof the network is really gone (the failed fetch logs one console error, made on purpose: see the end).
  expect(
    await page.evaluate(() =>
      fetch('/no-such-file.txt').then(
        () => 'online',
        () => 'offline',
      ),
    ),
  ).toBe('offline');
  await page.reload();
  await page.waitForFunction(() => window.__weldtwin?.ready === true, undefined, { timeout: 90_000 });
  await leaveHome(page);
  await page.waitForFunction(() => window.__weldtwin!.cell === 'cobot', undefined, { timeout: 90_000 });
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  const sample = await page.evaluate(() => window.__weldtwin!.sampleCanvas!());
  expect(sample.distinctColors).toBeGreaterThan(20);

  // The pipe cell's chunk was never requested online; it comes from the precache.
  await page.getByTestId('cell-select').selectOption('orbital');
  await page.waitForFunction(() => window.__weldtwin!.cell === 'orbital', undefined, { timeout: 90_000 });
  const frames = await page.evaluate(() => window.__weldtwin!.frames);
  await page.waitForFunction((f) => window.__weldtwin!.frames > f + 3, frames, { timeout: 90_000 });
  const pipe = await page.evaluate(() => window.__weldtwin!.sampleCanvas!());
  expect(pipe.distinctColors).toBeGreaterThan(20);
  expect(await page.evaluate(() => window.__weldtwin!.render.calls)).toBeGreaterThan(5);

  // Headset assets offline too: a hand model from public/profiles.
  const glb = await page.evaluate(() =>
    fetch('/profiles/generic-hand/right.glb').then(
      (r) => `${r.status} ${r.headers.get('content-length') ?? ''}`,
    ),
  );
  expect(glb.startsWith('200')).toBe(true);
  await context.setOffline(false);
  const onPurpose = guards.consoleErrors.indexOf('Failed to load resource: net::ERR_INTERNET_DISCONNECTED');
  if (onPurpose >= 0) guards.consoleErrors.splice(onPurpose, 1);
});

/**
 * A static server over the built app whose service worker can be swapped for a "new release": the same
 * files with a new precache version, as a real deployment of a changed build would serve.
 */
function releaseServer(): { server: Server; release: (n: number) => void; url: () => string } {
  let releaseNo = 1;
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json',
    '.webmanifest': 'application/manifest+json',
    '.png': 'image/png',
    '.svg': 'image/svg+xml',
    '.glb': 'model/gltf-binary',
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join(OUT_DIR, path === '/' ? 'index.html' : path));
    if (!file.startsWith(normalize(OUT_DIR))) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        let out: Buffer | string = body;
        if (path === '/sw.js' && releaseNo > 1)
          out = body.toString('utf8').replace(/weldtwin-(\d+\.\d+\.\d+)/, `weldtwin-$1-r${releaseNo}`);
        res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
        res.end(out);
      },
      () => res.writeHead(404).end(),
    );
  });
  server.listen(0, '127.0.0.1');
  return {
    server,
    release: (n) => (releaseNo = n),
    url: () => {
      const a = server.address();
      return `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}/`;
    },
  };
}

test('a new release waits behind an "update available" prompt and activates only on reload', async ({
  page,
}) => {
  const srv = releaseServer();
  try {
    await new Promise<void>((r) => (srv.server.listening ? r() : srv.server.once('listening', () => r())));
    await page.goto(srv.url());
    await page.waitForFunction(() => window.__weldtwin?.ready === true && window.__weldtwin.cell !== null);
    await leaveHome(page);
    await waitForOfflineReady(page);
    const before = (await cacheNames(page)).filter((n) => n.includes('-precache-'));
    expect(before).toHaveLength(1);
    await expect(page.getByTestId('update-prompt')).toHaveCount(0);

    // Deploy release 2; the browser's update check (as on every navigation) finds the changed worker.
    srv.release(2);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const prompt = page.getByTestId('update-prompt');
    await expect(prompt).toBeVisible({ timeout: 120_000 });
    await expect(prompt).toContainText('Update available');
    // Nothing swapped: same page, the old worker still in control, the new one waiting.
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting !== null),
    ).toBe(true);
    await page.getByTestId('language-select').selectOption('zh-CN');
    await expect(prompt).toContainText('有可用更新');
    await expect(page.getByTestId('update-reload')).toHaveText('重新加载');

    // Accept: the page reloads under the new worker, whose activation removed the old precache.
    await page.getByTestId('update-reload').click();
    await page.waitForFunction(
      () => (window as unknown as { marker?: number }).marker === undefined,
      undefined,
      {
        timeout: 60_000,
      },
    );
    await page.waitForFunction(() => window.__weldtwin?.ready === true && window.__weldtwin.cell !== null);
    await expect
      .poll(async () => (await cacheNames(page)).filter((n) => n.includes('-precache-')), { timeout: 60_000 })
      .toEqual([expect.stringMatching(/^weldtwin-\d+\.\d+\.\d+-r2-precache-/)]);
    await expect(page.getByTestId('update-prompt')).toHaveCount(0);
  } finally {
    srv.server.closeAllConnections();
    await new Promise((r) => srv.server.close(r));
  }
});
