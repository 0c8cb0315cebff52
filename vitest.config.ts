import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { mainFields: ['module', 'main'] },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    server: { deps: { inline: [/@react-three\//] } },
    testTimeout: 60_000,
    pool: 'forks',
  },
});
