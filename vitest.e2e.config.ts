import { defineConfig } from 'vitest/config';

// End-to-end tests over the built site (dist/) in Chromium. Run after `npm run build`.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
