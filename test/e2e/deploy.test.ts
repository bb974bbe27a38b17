/**
 * A deploy while a page is open (issue 14, item 3). Release A of the widgets is served and a
 * page runs its calculator; release B, whose storage-fault chunk differs, replaces it on the
 * server; then another tab saves the calculator's work, and the open page loads A's chunk,
 * which B's build kept (scripts/build-widgets.mjs). Built without keeping it, the same page
 * gets a 404, says so, and saves nothing over the other tab's work.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { buildWidgets } from '../../scripts/build-widgets.mjs';
import { recordTrials } from '../helpers/trials.ts';

const repo = resolve(import.meta.dirname, '../..');
const scratch = join(repo, 'test-output/deploy');
/** What the server serves under /widgets/v1/: one release's folder, then another's. */
let served = '';
let server: Server;
let origin: string;
let browser: Browser;
const key = 'attendance-kit:attendance-calculator:deploy';

const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Council intranet</title></head><body><main><h1>Attendance</h1>
<script type="module" src="/widgets/v1/attendance-calculator.js"></script>
<attendance-calculator storage="local" storage-key="deploy"></attendance-calculator></main></body></html>`;

beforeAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  // Release A: the sources with one message reworded, so its storage-fault chunk has another hash.
  const sourcesA = join(scratch, 'sources-a');
  for (const dir of ['widgets', 'content']) cpSync(join(repo, dir), join(sourcesA, dir), { recursive: true });
  const messages = join(sourcesA, 'widgets/shared/storage-messages.ts');
  writeFileSync(messages, readFileSync(messages, 'utf8').replace('Load the other version', 'Load the version from the other tab'));
  await buildWidgets({ root: sourcesA, outdir: join(scratch, 'a') });
  // Release B, deployed over A: once keeping A's chunks, once (as before this fix) not.
  await buildWidgets({ outdir: join(scratch, 'b-keeping'), previousDir: join(scratch, 'a') });
  await buildWidgets({ outdir: join(scratch, 'b-bare'), previousDir: join(scratch, 'nothing-deployed') });

  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page);
      return;
    }
    try {
      const body = readFileSync(join(served, path.replace(/^\/widgets\/v1\//, '')));
      response.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404, { 'Cache-Control': 'no-store' }).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  rmSync(scratch, { recursive: true, force: true });
});

/** Opens the page on release A, types, then deploys `release` and has another tab save the calculator's work. */
async function deployWhileOpen(release: string): Promise<{ page: Page; theirs: string; notFound: string[] }> {
  served = join(scratch, 'a');
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const notFound: string[] = [];
  page.on('response', (r) => {
    if (r.status() === 404) notFound.push(new URL(r.url()).pathname);
  });
  await page.goto(origin, { waitUntil: 'networkidle' });
  const calculator = page.locator('attendance-calculator');
  await calculator.getByLabel('Possible sessions').fill('38');
  served = join(scratch, release);
  const theirs = JSON.stringify({ version: 1, savedAt: '2026-12-01T10:15:00.000Z', data: { mode: 'percent', possible: '', attended: '', percent: '91' } });
  await page.evaluate(
    ([k, v]) => {
      localStorage.setItem(k!, v!);
      dispatchEvent(new StorageEvent('storage', { key: k, newValue: v, storageArea: localStorage, url: location.href }));
    },
    [key, theirs],
  );
  return { page, theirs, notFound };
}

describe('a deploy while a page is open', () => {
  it('finds the open page’s own chunk in the new release, so the two-tab check still works', async () => {
    const { page, theirs, notFound } = await deployWhileOpen('b-keeping');
    const calculator = page.locator('attendance-calculator');
    await expect.poll(() => calculator.locator('#other-tab').count()).toBe(1);
    // The page runs release A's chunk (its own words), fetched from release B's folder.
    expect(await calculator.locator('#load-other').innerText()).toBe('Load the version from the other tab');
    await calculator.getByLabel('Possible sessions').fill('380');
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(theirs);
    expect(notFound).toEqual([]);
    await page.context().close();
    await recordTrials({ category: 'storage-faults', check: 'a deploy while a page is open: its lazily loaded chunk kept in the new release', tried: 1 });
  });

  it('without the previous release’s chunks, says a part is missing and saves nothing over the other tab’s work', async () => {
    const { page, theirs, notFound } = await deployWhileOpen('b-bare');
    const calculator = page.locator('attendance-calculator');
    await expect.poll(() => calculator.locator('.storage-line').innerText()).toMatch(/^Not saved: part of this tool could not be loaded/);
    expect(notFound.some((path) => /\/chunks\/storage-faults-/.test(path))).toBe(true);
    await calculator.getByLabel('Possible sessions').fill('380');
    expect(await page.evaluate((k) => localStorage.getItem(k), key)).toBe(theirs);
    await page.context().close();
    await recordTrials({ category: 'storage-faults', check: 'a deploy while a page is open: the chunk gone, the widget holds its saves', tried: 1 });
  });
});
