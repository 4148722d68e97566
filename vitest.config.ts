import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
    globalSetup: ['src/server/testing/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Integration tests share one PostgreSQL; two workers match the two cores here.
    maxWorkers: 2,
  },
});
