/**
 * The four i's planner on the built site: its page, the fictional sample a trainer downloads
 * and loads by keyboard, the links into the responsibilities page, and a 10,000-row cohort.
 * Timings are printed for the record, not asserted: the benchmark (npm run bench) measures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, distDir, isSitePageScript, openSite, watchedPage, type Site } from './harness.ts';
import { generateCohortCsv } from '../../widgets/attendance-four-is/sample-cohort.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const pagePath = '/tools/four-is/';
const samplePath = '/samples/four-is-fictional-cohort.csv';

describe('the four i’s planner page', () => {
  it('loads the fictional sample by keyboard, reports its bad rows, and stays accessible, under the CSP, with no off-host request', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(site.origin + pagePath, { waitUntil: 'networkidle' });
    const planner = page.locator('attendance-four-is');
    await planner.locator('#file').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // The sample a trainer downloads from the page is the one in the repository.
    const href = await page.getByRole('link', { name: 'Download the fictional sample cohort (CSV)' }).getAttribute('href');
    expect(href).toBe(samplePath);
    const response = await page.request.get(site.origin + samplePath);
    expect(response.ok()).toBe(true);
    const sample = await response.text();
    expect(sample).toBe(readFileSync(join(distDir, samplePath), 'utf8'));

    // Choosing the file is the browser's own dialog; everything after it is by keyboard.
    await planner.locator('#file').setInputFiles({ name: 'four-is-fictional-cohort.csv', mimeType: 'text/csv', buffer: Buffer.from(sample) });
    await planner.locator('#preview-title').waitFor();
    await planner.locator('#load').focus();
    await page.keyboard.press('Enter');
    const report = planner.locator('#import-report');
    await report.waitFor();
    expect(await report.innerText()).toContain('Loaded 120 pupils from four-is-fictional-cohort.csv. 6 rows were not loaded.');
    expect(await planner.locator('#problems li').allInnerTexts()).toEqual([
      'Line 12: Possible sessions must be a number, like 380',
      'Line 28: Sessions attended cannot be more than possible sessions (140)',
      'Line 44: pupil reference “FICT-00007” is already on line 8',
      'Line 60: “Foster care” is not a social worker status (child in need, child protection, looked after, previously looked after)',
      'Line 76: the pupil reference is missing',
      'Line 92: Possible sessions cannot be less than 0',
    ]);
    expect(await planner.locator('#ranked-caption').innerText()).toBe('Pupils from the lowest attendance: 1 to 25 of 120');
    expect(await axeViolations(page)).toEqual([]);

    // Each later step, reached with the arrow keys, is accessible too.
    await planner.locator('#tab-identify').focus();
    for (const step of ['intelligence', 'intervention', 'impact']) {
      await page.keyboard.press('ArrowRight');
      await planner.locator(`#panel-${step} .h3`).waitFor();
      expect(await axeViolations(page), step).toEqual([]);
    }
    expect(watched.offHost).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    expect(watched.errors).toEqual([]);
    // The steps load from beside the widget's own file, never from anywhere else.
    expect(watched.scripts.filter((url) => !isSitePageScript(url)).every((url) => url.startsWith(`${site.origin}/widgets/v1/`))).toBe(true);
  });

  it('links each action to a part of the responsibilities page that exists', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(site.origin + pagePath, { waitUntil: 'networkidle' });
    const planner = page.locator('attendance-four-is');
    await planner.locator('#tab-intervention').click();
    const link = planner.locator('details a');
    const href = await link.getAttribute('href');
    expect(href).toBe('/responsibilities/#pupils-with-a-social-worker--local-authorities');
    const html = readFileSync(join(distDir, 'responsibilities/index.html'), 'utf8');
    for (const level of ['all-pupils', 'pupils-with-a-social-worker', 'looked-after-children', 'monitoring']) {
      for (const party of ['parents', 'schools', 'trusts-and-governing-bodies', 'local-authorities']) expect(html).toContain(`id="${level}--${party}"`);
    }
  });

  it('computes and renders a 10,000-row cohort (time printed for the record)', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(site.origin + pagePath, { waitUntil: 'networkidle' });
    await page.locator('attendance-four-is #file').waitFor();
    const csv = generateCohortCsv(10_000);
    const measured = await page.evaluate(async (text) => {
      const el = document.querySelector('attendance-four-is') as HTMLElement & { loadCsv: (t: string, n: string) => Promise<{ loaded: number; problems: number }> };
      // Chromium's own heap figure: not standard, so read loosely.
      const heap = () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;
      const before = heap();
      const started = performance.now();
      const result = await el.loadCsv(text, 'cohort.csv');
      await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
      const rows = el.shadowRoot!.querySelectorAll('#ranked tbody tr').length;
      return { ...result, rows, milliseconds: Math.round(performance.now() - started), heapMegabytes: Math.round((heap() - before) / 1e5) / 10 };
    }, csv);
    expect(measured).toMatchObject({ loaded: 10_000, problems: 0, rows: 25 });
    console.log(`four i's planner: 10,000-row cohort parsed, checked, computed and rendered in ${measured.milliseconds} ms, heap +${measured.heapMegabytes} MB`);
    expect(watched.errors).toEqual([]);
  });
});
