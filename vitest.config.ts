import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fails a test that logged an unexpected error (test/support/log-capture.ts says how to expect one).
    setupFiles: ['test/support/setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Each file starts its own servers on port 0; files run in parallel across the two cores.
    pool: 'forks',
    restoreMocks: true,
  },
});
