// Component tests: each widget in real Chromium (Debian's), TypeScript through esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

export default {
  files: ['widgets/**/*.test.ts', '!widgets/**/*.unit.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs } })],
  testFramework: { config: { timeout: 10000 } },
  concurrency: 1,
};
