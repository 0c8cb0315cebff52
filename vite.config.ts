import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app is served from / and needs nothing from outside localhost at run time.
export default defineConfig({
  plugins: [react()],
  resolve: { mainFields: ['module', 'main'] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
  server: { strictPort: true },
  preview: { strictPort: true },
});
