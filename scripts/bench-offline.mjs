// The offline copy in figures, measured in Chromium over a copy of a built site: what a first visit
// to a reading page fetches (the core and the page), and what a new build that changes one page
// of the core then costs that reader. Bytes are what the server sent, gzipped.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer } from './serve.mjs';
import { changeBuiltPage, copySaved, updateCopy } from './offline-probe.mjs';

/**
 * @param {string} distDir
 * @param {import('playwright-core').Browser} browser
 */
export async function measureOffline(distDir, browser) {
  const root = await mkdtemp(join(tmpdir(), 'apk-bench-offline-'));
  const sent = [];
  const server = await startServer({ root, port: 0, onResponse: ({ path, body }) => sent.push({ path, gzipBytes: gzipSync(body, { level: 9 }).length }) });
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  const total = (from) => sent.slice(from).reduce((sum, r) => sum + r.gzipBytes, 0);
  try {
    await cp(distDir, root, { recursive: true });
    const origin = `http://127.0.0.1:${server.address().port}`;
    const page = await context.newPage();
    await page.goto(`${origin}/guidance/why-attendance-matters/`);
    const first = await copySaved(page);
    const firstVisit = { files: first.paths.length, gzipBytes: total(0) };
    const from = sent.length;
    await updateCopy(page, await changeBuiltPage(root, '/guidance/what-you-can-do/', 'changed'));
    return {
      firstVisit,
      onePageUpdate: {
        files: sent.length - from,
        gzipBytes: total(from),
        paths: sent
          .slice(from)
          .map((r) => r.path)
          .sort(),
      },
    };
  } finally {
    await context.close();
    server.close();
    await rm(root, { recursive: true, force: true });
  }
}
