import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { mainFields: ['module', 'main'] },
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    server: { deps: { inline: [/@react-three\//] } },
    testTimeout: 60_000,
    // The server load and worker-timeout suites measure wall time; on a busy CI machine give them one more try.
    retry: process.env.CI ? 1 : 0,
    pool: 'forks',
  },
});
