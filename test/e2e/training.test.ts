/**
 * Training session plans (content/session-plans/): each plan's page and handout are built,
 * clean under axe, link only to pages that exist, and the handout prints on at most two A4
 * pages when Chromium prints it to PDF.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, distDir, openSite, watchedPage, type Site } from './harness.ts';

const planIds = readdirSync(resolve(import.meta.dirname, '../../content/session-plans'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

/** Page objects in a PDF: "/Type /Page", not "/Type /Pages". */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('training session plans', () => {
  it('has the three plans the issue asks for, and an index that links each plan and handout', async () => {
    expect(planIds).toEqual(expect.arrayContaining(['introduction-for-social-workers', 'push-and-pull-in-assessment', 'four-is-for-leaders']));
    const watched = await watchedPage(site);
    await watched.page.goto(`${site.origin}/training/`);
    const links = await watched.page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const id of planIds) expect(links).toEqual(expect.arrayContaining([`/training/${id}/`, `/training/${id}/handout/`]));
    expect(await axeViolations(watched.page)).toEqual([]);
  });

  for (const id of planIds) {
    describe(id, () => {
      it('plan and handout pages have zero axe violations, and every link in them leads to a built page', async () => {
        const watched = await watchedPage(site);
        for (const path of [`/training/${id}/`, `/training/${id}/handout/`]) {
          await watched.page.goto(site.origin + path, { waitUntil: 'load' });
          expect(await axeViolations(watched.page), path).toEqual([]);
          const hrefs = await watched.page.locator('main a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
          expect(
            hrefs.some((h) => h.startsWith('/tools/') || h.startsWith('/checklists/')),
            `${path} links a tool`,
          ).toBe(true);
          expect(
            hrefs.some((h) => h.startsWith('/case-studies/')),
            `${path} links its case study`,
          ).toBe(true);
          expect(
            hrefs.some((h) => h.startsWith('/guidance/')),
            `${path} links guidance`,
          ).toBe(true);
          for (const href of hrefs) {
            const file = join(distDir, href.split('#')[0]!, href.endsWith('/') ? 'index.html' : '');
            expect(existsSync(file), `${path} → ${href}`).toBe(true);
          }
        }
        expect(watched.offHost).toEqual([]);
        expect(watched.errors).toEqual([]);
      });

      it('handout prints on one or two A4 pages with its discussion questions and sources', async () => {
        const watched = await watchedPage(site);
        await watched.page.goto(`${site.origin}/training/${id}/handout/`, { waitUntil: 'load' });
        await watched.page.emulateMedia({ media: 'print' });
        expect(await watched.page.getByRole('heading', { name: 'Questions for discussion' }).isVisible()).toBe(true);
        expect(await watched.page.locator('.citations').isVisible()).toBe(true);
        const pdf = await watched.page.pdf({ format: 'A4' });
        const pages = pdfPages(pdf);
        expect(pages, 'PDF page count').toBeGreaterThanOrEqual(1);
        expect(pages, 'PDF page count').toBeLessThanOrEqual(2);
      });
    });
  }

  it('counts PDF pages correctly (a page that must take three A4 pages counts as three)', async () => {
    const watched = await watchedPage(site);
    await watched.page.setContent('<p style="break-after: page">one</p><p style="break-after: page">two</p><p>three</p>');
    expect(pdfPages(await watched.page.pdf({ format: 'A4' }))).toBe(3);
  });
});
