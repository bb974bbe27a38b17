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

/**
 * Lets a component test make the next request for a file fail with 404, as a chunk removed
 * by a deploy would (issue 14, item 3): the `fail-next-request` command names the path.
 */
const failing = new Set();
const failNextRequestCommand = {
  name: 'fail-next-request',
  executeCommand({ command, payload }) {
    if (command !== 'fail-next-request') return undefined;
    failing.add(payload.path);
    return true;
  },
};
function failNextRequest(context, next) {
  if (!failing.delete(context.path)) return next();
  context.status = 404;
  // The test runner marks every file cacheable for a year (overriding any Cache-Control set
  // here), and a cached 404 would fail every retry; a response that varies on everything is
  // never taken from the cache.
  context.set('Vary', '*');
  context.body = 'Not found (a test made this request fail)';
}

export default {
  files: ['widgets/**/*.test.ts', '!widgets/**/*.unit.test.ts'],
  nodeResolve: { exportConditions: ['production'] },
  middleware: [failNextRequest],
  plugins: [recordTrialsCommand, failNextRequestCommand, esbuildPlugin({ ts: true, json: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromiumPath(), headless: true, args: chromiumArgs } })],
  testFramework: { config: { timeout: 10000 } },
  concurrency: 1,
};
