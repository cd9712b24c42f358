import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Each file starts its own servers on port 0; files run in parallel across the two cores.
    pool: 'forks',
    restoreMocks: true,
  },
});
