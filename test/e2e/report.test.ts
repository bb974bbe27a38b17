/** The published security and accessibility report (issue 10): built from the last run's data. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type Site } from './harness.ts';

const report = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../content/reports/test-run.json'), 'utf8')) as {
  ranAt: string;
  commit: string;
  categories: { id: string; tried: number; checks: { check: string; tried: number }[] }[];
};
let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('security and accessibility report page', () => {
  it('lists the counts of the latest recorded run, category by category', async () => {
    const { page } = await watchedPage(site);
    await page.goto(`${site.origin}/security-and-accessibility/`);
    const shown = await page.locator('[data-report-category]').evaluateAll((bodies) =>
      bodies.map((body) => ({
        id: body.getAttribute('data-report-category'),
        count: body.querySelector('[data-report-count]')?.textContent?.trim(),
        checks: [...body.querySelectorAll('tr:not(.report-category)')].map((row) => [...row.children].map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim()).join(' | ')),
      })),
    );
    expect(shown).toEqual(
      report.categories.map((c) => ({
        id: c.id,
        count: c.tried > 0 ? c.tried.toLocaleString('en-GB') : 'not run',
        checks: c.checks.map((check) => `${check.check} | ${check.tried.toLocaleString('en-GB')}`),
      })),
    );
    const total = report.categories.reduce((sum, c) => sum + c.tried, 0);
    expect(await page.locator('[data-report-total]').textContent()).toBe(total.toLocaleString('en-GB'));
    expect(await page.locator('main').textContent()).toContain(report.commit);
  });

  it('is linked from the guide for councils and the accessibility statement', async () => {
    const { page } = await watchedPage(site);
    for (const path of ['/councils/', '/accessibility/']) {
      await page.goto(site.origin + path);
      expect(await page.locator('main a[href="/security-and-accessibility/"]').count(), path).toBeGreaterThan(0);
    }
  });
});
