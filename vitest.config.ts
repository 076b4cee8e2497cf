import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Most tests wait on PostgreSQL, SQLite's fsync, a child server or the browser rather than
    // on a CPU, so three files at once finish a 2-core run in 10 minutes instead of 14.
    maxWorkers: 3,
  },
});
