import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// @pmndrs/xr's built-in emulator pulls IWER's environment/devui add-ons (~1.7 MB gzip) we never load: stub them.
const iwerStub = fileURLToPath(new URL('./src/app/xr/iwer-addons-stub.ts', import.meta.url));
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string;
};

// Installable, offline after the first load (src/app/pwa). The service worker precaches the app shell, every
// lazy chunk, the XR controller/hand profiles and the icons: all same-origin. The precache is named after the
// app version and older precaches are deleted when a new worker activates. A new worker waits (no skipWaiting)
// until the trainee accepts the "update available" prompt, so code never changes under a running scenario.
// No service worker in `vite` dev (devOptions off): HMR stays as it is.
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifestFilename: 'manifest.webmanifest',
  manifest: {
    id: '/',
    name: 'WeldTwin — robot welding simulator',
    short_name: 'WeldTwin',
    description:
      'WebXR and desktop training simulator for robot welding: cobot, arc robot and orbital pipe cells.',
    lang: 'en',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#1b1f24',
    theme_color: '#1b1f24',
    icons: [
      { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
    // Web App Manifest localisation (W3C manifest-incubations "name_localized"), read by Chromium-based browsers.
    ...({
      name_localized: { 'zh-CN': 'WeldTwin 焊接机器人实训仿真' },
      short_name_localized: { 'zh-CN': 'WeldTwin 焊接实训' },
    } as object),
  },
  workbox: {
    cacheId: `weldtwin-${version}`,
    globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,json,glb,gltf,woff2,ktx2,bin}'],
    // The biggest controller model is 2.7 MB (oculus-touch/left.glb).
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    cleanupOutdatedCaches: true,
    // The first install claims the page it was installed from (same build, nothing swaps); updates wait.
    clientsClaim: true,
    skipWaiting: false,
    navigateFallback: 'index.html',
  },
  devOptions: { enabled: false },
});

// The app is served from / and needs nothing from outside localhost at run time.
export default defineConfig({
  plugins: [react(), pwa],
  resolve: { mainFields: ['module', 'main'], alias: { '@iwer/devui': iwerStub, '@iwer/sem': iwerStub } },
  build: {
    target: 'es2022',
    // The shipped build has no source maps. The e2e build (playwright.config.ts) asks for hidden ones: files beside
    // the chunks that no chunk points to and the service worker does not precache, read from disk by the
    // frame-budget spec to attribute heap samples to source files.
    sourcemap: process.env.WELDTWIN_SOURCEMAP === 'hidden' ? 'hidden' : false,
    chunkSizeWarningLimit: 1500,
  },
  server: { strictPort: true },
  preview: { strictPort: true },
});
