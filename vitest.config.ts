import { defineConfig } from 'vitest/config';

// Unit tests: pure logic and content validation, no browser.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'widgets/**/*.unit.test.ts', 'integrations/*/test/**/*.unit.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
