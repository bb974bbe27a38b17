import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guidancePages, readJson } from '../helpers/content.ts';
import { wordsOf } from '../../src/lib/explained-terms.ts';
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

  it('says, in both views, that the Monitoring part tells who checks each party rather than what each does', async () => {
    const { page } = await watchedPage(site);
    for (const view of ['/responsibilities/', '/responsibilities/by-party/']) {
      await page.goto(site.origin + view);
      expect(await page.locator('.lede').innerText(), view).toContain('who checks');
      expect(await page.locator('.level-about').first().innerText(), view).toContain("who checks that party's work");
    }
    await page.goto(`${site.origin}/responsibilities/`);
    expect(await page.locator('section:has(h2#monitoring) .level-about').count()).toBe(1);
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
  it('says what "must" and "should" carry in each kind of source a page retells', async () => {
    const { page } = await watchedPage(site);
    await page.goto(`${site.origin}/guidance/responsibilities-all-pupils/`);
    const statutory = await page.locator('#kind-of-guidance [data-kind="statutory"]').innerText();
    expect(statutory).toContain('is statutory guidance');
    expect(statutory).toContain('must have regard to it');
    expect(statutory).toContain('“must”, that is a legal duty');
    expect(statutory).toContain('“should” or “expected to”, that is what it expects them to do unless there is a good reason not to');
    // The statutory summary table itself says what each party "should" do: not optional advice.
    expect(statutory).not.toMatch(/good practice/);
    await page.goto(`${site.origin}/guidance/why-attendance-matters/`);
    expect(await page.locator('#kind-of-guidance [data-kind="statutory"]').count()).toBe(0);
    expect(await page.locator('#kind-of-guidance [data-kind="non-statutory"]').innerText()).toContain('is non-statutory guidance: advice on good practice, not a legal duty');
    expect(await page.locator('#kind-of-guidance [data-kind="council"]').innerText()).toContain('is a council’s guide: advice for its own area, not a legal duty');
    expect(await page.locator('.page-meta a[href="#kind-of-guidance"]').first().innerText()).toBe('non-statutory guidance');
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

describe('the home page', () => {
  it("says the sources are the Department for Education's and two councils', not all the DfE's", async () => {
    const { page } = await watchedPage(site);
    await page.goto(`${site.origin}/`);
    const lede = await page.locator('.lede').innerText();
    expect(lede).not.toContain("The Department for Education's attendance guidance");
    expect(lede).toMatch(/3 Department for Education documents \(one of them statutory guidance\) and 2 councils' guides/);
  });
});

describe('"Explained on this page"', () => {
  it("lists only terms the page's own text uses, and keeps the other keywords for search alone", async () => {
    const { page } = await watchedPage(site);
    const problems: string[] = [];
    let listed = 0;
    for (const guidance of guidancePages()) {
      await page.goto(`${site.origin}/guidance/${guidance.slug}/`);
      const body = ` ${wordsOf(await page.locator('main .page-body').innerText())} `;
      const terms = await page.locator('.key-terms .key-term').allInnerTexts();
      listed += terms.length;
      for (const term of terms) if (!body.includes(` ${wordsOf(term)} `)) problems.push(`${guidance.slug}: lists "${term}", which its text never uses`);
    }
    expect(problems).toEqual([]);
    expect(listed).toBeGreaterThan(100);
    await page.goto(`${site.origin}/guidance/understanding-barriers/`);
    expect(await page.locator('.key-terms').innerText()).not.toContain('EBSA');
    expect(await page.locator('.search-terms').isVisible()).toBe(false);
    expect(await page.locator('.search-terms').textContent()).toContain('EBSA');
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
