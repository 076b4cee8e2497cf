import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/helpers/global-setup.ts'],
    // Generous, because CI machines are slow and busy: a browser step that takes 0.6 s on a quiet
    // machine took over 30 s there. A timeout only catches a hang; no test asserts a duration.
    testTimeout: 60_000,
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    pool: 'forks',
    // Each worker keeps the modules it has loaded from one test file to the next: loading Fastify,
    // Kysely, luxon and the rest again for each of 240 files was 600 s of a 1,100 s CI run on two
    // cores (and with it the load that made slow tests time out). Tests restore what they change
    // (environment stubs, fake timers), and each opens its own store and server.
    isolate: false,
    // Most tests wait on PostgreSQL, SQLite's fsync, a child server or the browser rather than
    // on a CPU, so three files at once fit on two cores (about 8 minutes for the suite).
    maxWorkers: 3,
  },
});
