// End-to-end tests in Debian's Chromium (never a downloaded browser). WebGL runs on SwiftShader, which is slow:
// timeouts are generous and the viewport small (STACK.md: ~11 fps at 1280x720, 40-60 fps at 640x360).
import { defineConfig } from '@playwright/test';

// Several checkouts (or agents) may run e2e at once: each can pick its own port and build directory.
const PORT = Number(process.env.WELDTWIN_E2E_PORT ?? 5199);
/**
 * The e2e build's directory. Not `dist` (what `npm run build` ships): the e2e build also writes hidden source maps
 * (WELDTWIN_SOURCEMAP=hidden, vite.config.ts) next to its chunks, for the frame-budget spec's attribution.
 */
export const E2E_OUT_DIR = process.env.WELDTWIN_E2E_OUTDIR ?? 'dist-e2e';
const OUT_DIR = E2E_OUT_DIR;
const CI = !!process.env.CI;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    viewport: { width: 800, height: 500 },
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
    actionTimeout: 30_000,
    navigationTimeout: 60_000,
    trace: CI ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    // The production build, served by vite preview: what ships is what is tested, and the dev server's
    // on-demand dependency optimisation (which reloads the page mid-test) is out of the way.
    command:
      `node scripts/copy-xr-profiles.mjs && node node_modules/vite/bin/vite.js build --logLevel warn --outDir ${OUT_DIR} && ` +
      `node node_modules/vite/bin/vite.js preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
    // Hidden source maps: written beside the chunks, never referenced by them nor precached (vite.config.ts).
    env: { WELDTWIN_SOURCEMAP: 'hidden' },
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
