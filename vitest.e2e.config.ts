import { defineConfig } from 'vitest/config';

// Browser stories in real Chromium and Firefox against the built extension (`npm run build:all` first).
// One file at a time: each file starts browsers, and the machines have two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // A story is a sequence of dependent steps; a retry would hide flakiness instead of reporting it.
    retry: 0,
    reporters: ['default'],
  },
});
