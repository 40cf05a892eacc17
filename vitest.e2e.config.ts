import { defineConfig } from 'vitest/config';

// Browser stories in real Chromium and Firefox against the built extension (`npm run build:all` first).
// Two files at a time: a story mostly waits (for a fresh profile's seed, a feed's first check, a
// card), so two overlap well on two cores. On a quiet machine the 14 files (144 stories) took 631 s two
// at a time, their own times adding up to 1,082 s; one at a time the CI run went past its 20 minutes.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // A story is a sequence of dependent steps; a retry would hide flakiness instead of reporting it.
    retry: 0,
    reporters: ['default'],
  },
});
