import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// @pmndrs/xr's built-in emulator pulls IWER's environment/devui add-ons (~1.7 MB gzip) we never load: stub them.
const iwerStub = fileURLToPath(new URL('./src/app/xr/iwer-addons-stub.ts', import.meta.url));

// The app is served from / and needs nothing from outside localhost at run time.
export default defineConfig({
  plugins: [react()],
  resolve: { mainFields: ['module', 'main'], alias: { '@iwer/devui': iwerStub, '@iwer/sem': iwerStub } },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { strictPort: true },
  preview: { strictPort: true },
});
