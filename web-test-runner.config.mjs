// Component tests: each widget in real Chromium (Debian's), TypeScript through esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';
import { recordTrials } from './scripts/test-trials.mjs';

/** Lets component tests record what they tried for the published report (scripts/test-trials.mjs). */
const recordTrialsCommand = {
  name: 'record-trials',
  executeCommand({ command, payload }) {
    if (command !== 'record-trials') return undefined;
    recordTrials(payload);
    return true;
  },
};

export default {
  files: ['widgets/**/*.test.ts', '!widgets/**/*.unit.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [recordTrialsCommand, esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs } })],
  testFramework: { config: { timeout: 10000 } },
  concurrency: 1,
};
