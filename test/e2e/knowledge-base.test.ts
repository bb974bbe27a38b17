import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guidancePages, readJson } from '../helpers/content.ts';
import { isSitePageScript, openSite, watchedPage, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const partySlugs = ['parents', 'schools', 'trusts-and-governing-bodies', 'local-authorities'];
const levels = readJson<{ id: string; citation: { section: string } }[]>('responsibilities.json');

describe('responsibilities matrix', () => {
  for (const view of ['/responsibilities/', '/responsibilities/by-party/']) {
    it(`shows all ${levels.length} × 4 cells with an anchor and their source section on ${view}`, async () => {
      const { page } = await watchedPage(site);
      await page.goto(site.origin + view);
      const missing: string[] = [];
      for (const level of levels) {
        for (const party of partySlugs) {
          const cell = page.locator(`[id="${level.id}--${party}"]`);
          if ((await cell.count()) !== 1) {
            missing.push(`${level.id}--${party}: no anchor`);
            continue;
          }
          const body = await cell.locator('xpath=..').innerText();
          if (!body.includes(`Source: “${level.citation.section}”`)) missing.push(`${level.id}--${party}: no source line`);
        }
      }
      expect(missing).toEqual([]);
      // No script but the site's own offline registration.
      const scripts = await page.locator('script').evaluateAll((all) => all.map((s) => s.getAttribute('src') ?? 'inline'));
      expect(scripts.filter((src) => !isSitePageScript(src))).toEqual([]);
    });
  }

  it('links each level to the guidance page that retells it', async () => {
    const { page } = await watchedPage(site);
    await page.goto(`${site.origin}/responsibilities/`);
    const wrong: string[] = [];
    for (const level of levels) {
      const href = await page.locator(`section:has(> h2[id="${level.id}"]) p:has-text("More on this level") a`).getAttribute('href');
      if (href !== `/guidance/responsibilities-${level.id}/`) wrong.push(`${level.id}: ${href}`);
    }
    expect(wrong).toEqual([]);
  });

  it('opens at a single cell from a link', async () => {
    const { page } = await watchedPage(site, { width: 320, height: 640 });
    const cell = `${levels[3]!.id}--local-authorities`;
    await page.goto(`${site.origin}/responsibilities/#${cell}`);
    const inView = await page.evaluate((id) => {
      const el = document.getElementById(id);
      if (!el) return false;
      const box = el.getBoundingClientRect();
      return box.top >= -1 && box.top < window.innerHeight / 2;
    }, cell);
    expect(inView).toBe(true);
  });
});

describe('trust: dates, statutory duties and amendments', () => {
  it('marks pages that retell statutory guidance', async () => {
    const { page } = await watchedPage(site);
    await page.goto(`${site.origin}/guidance/responsibilities-all-pupils/`);
    expect(await page.locator('.statutory-notice').innerText()).toContain('must have regard to it');
    await page.goto(`${site.origin}/guidance/why-attendance-matters/`);
    expect(await page.locator('.statutory-notice').count()).toBe(0);
  });

  it('prints the last-reviewed date and a line to check the current version', async () => {
    const { page } = await watchedPage(site);
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${site.origin}/guidance/why-attendance-matters/`);
    const footer = page.locator('.print-only');
    expect(await footer.isVisible()).toBe(true);
    expect(await footer.innerText()).toMatch(/Last reviewed on \d{1,2} \w+ \d{4}/);
    expect(await footer.innerText()).toContain('check the site for the current version');
    await page.emulateMedia({ media: 'screen' });
    expect(await footer.isVisible()).toBe(false);
  });

  it('lists every guidance page on the amendments pages', async () => {
    const { page } = await watchedPage(site);
    const guidance = guidancePages().map((p) => `/guidance/${p.slug}/`);
    // The list is paged (50 to a page): follow it to its end.
    const listed: string[] = [];
    let next: string | null = '/amendments/';
    while (next) {
      await page.goto(site.origin + next);
      listed.push(...(await page.locator('main .amendments a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))));
      const nextLink = page.locator('main a[rel="next"]');
      next = (await nextLink.count()) > 0 ? await nextLink.first().getAttribute('href') : null;
    }
    expect(new Set(listed)).toEqual(new Set(guidance));
    expect(listed).toHaveLength(guidance.length);
    expect(guidance.length).toBeGreaterThan(30);
  });
});

describe('glossary and key facts', () => {
  it('links the first use of an acronym on a page to the glossary, and the glossary entry exists', async () => {
    const { page } = await watchedPage(site);
    await page.goto(`${site.origin}/guidance/key-roles-in-schools/`);
    const href = await page.locator('main a[href^="/glossary/#"]').first().getAttribute('href');
    expect(href).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
    await page.goto(site.origin + href!);
    expect(await page.locator(`[id="${href!.split('#')[1]}"]`).count()).toBe(1);
  });

  it('shows every key fact with its source on the key facts page', async () => {
    const facts = readJson<{ id: string }[]>('key-facts.json');
    const { page } = await watchedPage(site);
    await page.goto(`${site.origin}/key-facts/`);
    for (const fact of facts) expect(await page.locator(`[id="${fact.id}"]`).count(), fact.id).toBe(1);
    expect(await page.locator('.fact-source').count()).toBe(facts.length);
  });
});
