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
 * by a deploy would (issue 14, item 3): the `fail-next-request` command names the path, one
 * of the parts widgets load later. The test runner marks every file cacheable for a year
 * (overriding any Cache-Control set here), so these are served as varying on everything,
 * which the browser never takes from its cache: each page fetches them (and a failed fetch is
 * retried) from the server, whatever an earlier test file's page loaded.
 */
const failable = new Set([
  '/widgets/shared/storage-faults.ts',
  '/widgets/shared/transfer-block.ts',
  '/widgets/attendance-four-is/lazy.ts',
  '/widgets/attendance-four-is/later-steps.ts',
  '/widgets/attendance-four-is/identify-import.ts',
  '/widgets/attendance-four-is/exports.ts',
  '/widgets/attendance-four-is/index.ts',
]);
const failing = new Set();
const failNextRequestCommand = {
  name: 'fail-next-request',
  executeCommand({ command, payload }) {
    if (command !== 'fail-next-request') return undefined;
    if (!failable.has(payload.path)) throw new Error(`fail-next-request: ${payload.path} is not one of ${[...failable].join(', ')}`);
    failing.add(payload.path);
    return true;
  },
};
async function failNextRequest(context, next) {
  if (!failable.has(context.path)) return next();
  if (failing.delete(context.path)) {
    context.status = 404;
    context.body = 'Not found (a test made this request fail)';
  } else {
    await next();
  }
  context.set('Vary', '*');
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
