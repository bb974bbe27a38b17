// Looks into the offline copy a page's service worker keeps, from playwright: what the
// benchmark measures and the offline tests check (test/e2e/offline.test.ts).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeServiceWorker } from './write-service-worker.mjs';

/**
 * Polls an async check in the page until it holds (page.waitForFunction does not await a promise).
 * @param {import('playwright-core').Page} page
 * @param {(arg: string) => Promise<boolean>} check
 */
export async function until(page, check, arg = '', timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(check, arg))) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for the offline copy`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The copy the active worker keeps: its record, its caches and every path saved in the newest.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<{ version: string, everything: boolean, caches: string[], paths: string[] }>}
 */
export function savedCopy(page) {
  return page.evaluate(async () => {
    const names = await caches.keys();
    const record = await (await caches.match('/offline-copy.json'))?.json();
    const store = await caches.open(names[names.length - 1] ?? 'none');
    const paths = (await store.keys()).map((r) => new URL(r.url).pathname).filter((p) => p !== '/offline-copy.json');
    return { version: record?.version ?? '', everything: record?.everything ?? false, caches: names, paths: paths.sort() };
  });
}

/**
 * Waits until a worker controls the page with its copy saved: of `version` alone, when given
 * (the earlier build's copy deleted), else of any version.
 * @param {import('playwright-core').Page} page
 */
export async function copySaved(page, version = '') {
  await until(
    page,
    async (expected) => {
      const record = await caches.match('/offline-copy.json');
      const saved = record ? (await record.json()).version : '';
      return Boolean(navigator.serviceWorker.controller) && saved !== '' && (!expected || (saved === expected && (await caches.keys()).length === 1));
    },
    version,
  );
  return savedCopy(page);
}

/**
 * Asks the browser to look for a new worker (as it does on a visit), then waits for its copy.
 * @param {import('playwright-core').Page} page
 */
export async function updateCopy(page, version) {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  return copySaved(page, version);
}

/** Edits a built page as a new build would, and writes that build's worker. */
export async function changeBuiltPage(distDir, path, mark) {
  const file = join(distDir, path, 'index.html');
  await writeFile(file, (await readFile(file, 'utf8')).replace('</h1>', ` (${mark})</h1>`));
  return (await writeServiceWorker(distDir)).version;
}
