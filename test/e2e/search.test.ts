import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, distDir, openSite, watchedPage, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

async function searchFor(query: string) {
  const watched = await watchedPage(site);
  const { page } = watched;
  await page.goto(`${site.origin}/search/`);
  await page.getByLabel('Search for a word, a role or a question').fill(query);
  await page.keyboard.press('Enter');
  await page
    .locator('#search-status')
    .filter({ hasText: /found|No results/ })
    .waitFor();
  return watched;
}

const resultUrls = (watched: Awaited<ReturnType<typeof searchFor>>) =>
  watched.page.locator('#search-results a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const resultLinks = (watched: Awaited<ReturnType<typeof searchFor>>) =>
  watched.page.locator('#search-results a').evaluateAll((as) =>
    as.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return url.pathname + url.hash;
    }),
  );

describe('search', () => {
  it('loads nothing but its own small script until the reader searches', async () => {
    const watched = await watchedPage(site);
    await watched.page.goto(`${site.origin}/search/`, { waitUntil: 'networkidle' });
    expect(watched.scripts.some((s) => s.includes('/pagefind/'))).toBe(false);
    expect(watched.scripts.some((s) => s.includes('fuse'))).toBe(false);
  });

  it('finds a known page by a word on it, and announces the count', async () => {
    const watched = await searchFor('lateness');
    const urls = await resultUrls(watched);
    expect(urls).toContain('/guidance/what-to-monitor/');
    expect(await watched.page.locator('#search-status').innerText()).toMatch(/\d+ results? .*found for “lateness”/);
    expect(watched.offHost).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    expect(await axeViolations(watched.page)).toEqual([]);
    // Searched by the page's own engine: neither Pagefind's script and worker nor its WebAssembly load.
    expect(watched.scripts.filter((s) => s.includes('/pagefind/'))).toEqual([]);
    expect(watched.requested.filter((url) => /\/pagefind\/[^/]+\.(js|pagefind)$/.test(url))).toEqual([]);
  });

  it('corrects a misspelt word, reading it with the whole everyday-word map in one file', async () => {
    const watched = await searchFor('timtable');
    expect(await watched.page.locator('#search-status').innerText()).toContain('Also searched for “timetable”');
    expect(await resultUrls(watched)).toContain('/guidance/reduced-timetables/');
    const parts = watched.requested.filter((url) => url.includes('/search-plan/'));
    expect(parts).toContain(`${site.origin}/search-plan/all.json`);
    // The query's own parts, then the whole map: not each of the map's 146 parts.
    expect(parts.length).toBeLessThan(6);
  });

  it('fetches the whole everyday-word map once a first result is shown, so that a later question waits for none of its parts', async () => {
    const watched = await searchFor('lateness');
    await expect.poll(() => watched.requested.includes(`${site.origin}/search-plan/all.json`)).toBe(true);
    const before = watched.requested.length;
    const question = 'who sets attendance targets for looked after children';
    await watched.page.getByLabel('Search for a word, a role or a question').fill(question);
    await watched.page.keyboard.press('Enter');
    await watched.page
      .locator('#search-status')
      .filter({ hasText: `found for “${question}”` })
      .waitFor();
    const asked = watched.requested.slice(before);
    // The question's words start six parts of the map; the index it needs is still fetched.
    expect(asked.filter((url) => url.includes('/search-plan'))).toEqual([]);
    expect(asked.some((url) => url.includes('/pagefind/index/'))).toBe(true);
    expect((await resultUrls(watched)).length).toBeGreaterThan(0);
  });

  it("fetches the index's metadata and the plan's parts beside the search plan, not after it", async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    // The plan is held back until the metadata and a part of the map have been asked for: were
    // they asked for only once the plan had arrived, the search would never finish.
    let release: () => void = () => undefined;
    const bothAsked = new Promise<void>((resolve) => (release = resolve));
    const asked = new Set<string>();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('.pf_meta')) asked.add('meta');
      if (path.startsWith('/search-plan/')) asked.add('part');
      if (asked.size === 2) release();
    });
    await page.route('**/search-plan.json', async (route) => {
      await bothAsked;
      await route.continue();
    });
    await page.goto(`${site.origin}/search/#q=${encodeURIComponent('lateness')}`);
    await page
      .locator('#search-status')
      .filter({ hasText: /found for “lateness”/ })
      .waitFor();
    expect(await resultUrls(watched)).toContain('/guidance/what-to-monitor/');
  });

  it('narrows the results with a filter', async () => {
    const watched = await searchFor('attendance');
    const before = (await resultUrls(watched)).length;
    const status = await watched.page.locator('#search-status').innerText();
    const total = Number(/^(\d+)/.exec(status)?.[1]);
    await watched.page.getByText('Filter results').click();
    await watched.page.getByLabel('Virtual school heads').check();
    await watched.page.locator('#search-status').filter({ hasText: 'with filters on' }).waitFor();
    const after = Number(/^(\d+)/.exec(await watched.page.locator('#search-status').innerText())?.[1]);
    expect(before).toBeGreaterThan(0);
    expect(after).toBeGreaterThan(0);
    expect(after).toBeLessThan(total);
    expect(watched.page.url()).toContain('audience=Virtual+school+heads');
  });

  it('finds the full term when searching an acronym', async () => {
    const watched = await searchFor('DSL');
    const urls = await resultUrls(watched);
    expect(urls).toContain('/guidance/key-roles-in-schools/');
  });

  it('forgives a typo in the quick-find', async () => {
    const watched = await searchFor('attendence');
    expect(await watched.page.locator('#quick-results li').count()).toBeGreaterThan(0);
  });

  it('answers a whole-sentence question', async () => {
    const watched = await searchFor('what should I ask the school about suspensions?');
    expect((await resultUrls(watched)).length).toBeGreaterThan(0);
  });

  it('runs a search sent from the header form of any page', async () => {
    const watched = await watchedPage(site);
    await watched.page.goto(`${site.origin}/guidance/why-attendance-matters/`);
    await watched.page.getByLabel('Search the guidance').fill('virtual school head');
    await watched.page.getByLabel('Search the guidance').press('Enter');
    await watched.page.locator('#search-status').filter({ hasText: 'found' }).waitFor();
    const address = new URL(watched.page.url());
    expect(address.pathname).toBe('/search/');
    // Sent after the #, which never reaches the server.
    expect(address.search).toBe('');
    expect(new URLSearchParams(address.hash.slice(1)).get('q')).toBe('virtual school head');
    expect((await resultUrls(watched)).length).toBeGreaterThan(0);
  });

  it('shows result excerpts as text, never as markup from the index', async () => {
    const watched = await searchFor('attendance');
    expect(await watched.page.locator('#search-results script, #search-results img').count()).toBe(0);
  });
});

describe('search results paging', () => {
  it('shows ten results, then more on request with focus on the first new one', async () => {
    const watched = await searchFor('attendance');
    const status = await watched.page.locator('#search-status').innerText();
    const total = Number(/^(\d+)/.exec(status)?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(await watched.page.locator('#search-results li').count()).toBe(10);
    await watched.page.getByRole('button', { name: 'Show more results' }).focus();
    await watched.page.keyboard.press('Enter');
    await expect.poll(() => watched.page.locator('#search-results li').count()).toBe(Math.min(20, total));
    const focused = await watched.page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results li')[10]);
    expect(focused).toBe(true);
  });
});

/** Every record in the built Pagefind index: its URL (fragments are gzipped "pagefind_dcd" + JSON). */
function indexedRecords(): { url: string; content: string }[] {
  const dir = join(distDir, 'pagefind', 'fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
  });
}
const indexedUrls = () => indexedRecords().map((r) => r.url);

describe('what the search covers', () => {
  it('indexes every page a person may look for, and no embed page', () => {
    const urls = new Set(indexedUrls());
    /**
     * The pages left out, each for a reason: a person looking for one of them is served by
     * another page or by the quick-find (which finds every page by its title).
     */
    const leftOut: Record<string, RegExp> = {
      'a tool as an iframe or a Teams tab: the tool page is the one to find': /^\/(embed|teams)\//,
      'a printable copy of a training session': /^\/training\/[^/]+\/handout\/$/,
      'a list of other pages by topic or audience, or the home page: their names are in the quick-find': /^\/((topics|audiences)(\/[^/]+)?\/|guidance\/|case-studies\/|)$/,
      'the same cells as /responsibilities/, in another order': /^\/responsibilities\/by-party\/$/,
      'which page each section of the sources became: it repeats every section title, so it would match every question': /^\/sources\/coverage\/$/,
      'the record of corrections, which repeats the text of the pages it corrects': /^\/amendments\/$/,
      'the search page itself, and the page for a wrong address': /^\/(search\/|404\.html)$/,
    };
    const pages = readdirSync(distDir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('index.html') || file === '404.html')
      .map((file) => `/${file.replace(/index\.html$/, '')}`);
    expect(pages.length).toBeGreaterThan(90);
    const unindexed = pages.filter((page) => !urls.has(page) && !Object.values(leftOut).some((rule) => rule.test(page)));
    expect(unindexed, 'pages a person may look for that search cannot find').toEqual([]);
    for (const page of ['/councils/sharepoint/', '/councils/teams/', '/councils/your-own-edition/', '/checklists/', '/tools/four-is/', '/offline/'])
      expect(urls, page).toContain(page);
    expect([...urls].filter((url) => /^\/(embed|teams)\//.test(url))).toEqual([]);
  });

  it('indexes each glossary term on its own, at its anchor on the glossary page', () => {
    const terms = yaml.load(readFileSync(join(distDir, '..', 'content', 'glossary.yaml'), 'utf8')) as { id: string }[];
    const urls = new Set(indexedUrls());
    const glossaryPage = readFileSync(join(distDir, 'glossary', 'index.html'), 'utf8');
    for (const { id } of terms) {
      expect(urls.has(`/glossary/#${id}`), id).toBe(true);
      expect(glossaryPage, id).toContain(`id="${id}"`);
    }
  });

  it('indexes every page and glossary term with its search phrasings, which no built page holds', () => {
    const entries = yaml.load(readFileSync(join(distDir, '..', 'content', 'search-phrasings.yaml'), 'utf8')) as { url: string; asked: string[] }[];
    const records = new Map(indexedRecords().map((r) => [r.url, r.content]));
    const missing = entries.flatMap(({ url, asked }) => {
      const record = url.startsWith('/glossary/#') ? url : url.replace(/#.*$/, '');
      const text = records.get(record);
      return asked.filter((a) => !text?.includes(a)).map((a) => `${url}: ${a}`);
    });
    expect(entries.length).toBeGreaterThan(300);
    expect(missing, 'phrasings not in their page’s record').toEqual([]);
    const pages = readdirSync(distDir, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith('.html'));
    const holding = pages.filter((file) => readFileSync(join(distDir, file), 'utf8').includes('id="search-phrasings'));
    expect(holding, 'built pages with search phrasings in them').toEqual([]);
  });

  it('sends each task in content/search-terms.yaml to a page whose title it shows', () => {
    const entries = yaml.load(readFileSync(join(distDir, '..', 'content', 'search-terms.yaml'), 'utf8')) as { kind: string; page?: string; title?: string }[];
    const tasks = entries.filter((e) => e.kind === 'task');
    expect(tasks.length).toBeGreaterThan(0);
    for (const { page, title } of tasks) {
      const html = readFileSync(join(distDir, page!, 'index.html'), 'utf8');
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/
        .exec(html)?.[1]
        ?.replace(/<[^>]+>/g, '')
        .replace(/&#39;|&rsquo;/g, '’')
        .trim();
      expect(h1, page).toBe(title);
    }
  });
});

describe('answers a question by what it asks', () => {
  it('puts the glossary term first, at its anchor, when the question asks what it means, and fills in its definition', async () => {
    const watched = await searchFor('what does EHCP stand for');
    expect((await resultLinks(watched))[0]).toBe('/glossary/#ehcp');
    await expect.poll(() => watched.page.locator('#search-results li').first().locator('.result-excerpt').innerText()).not.toBe('');
    expect(await axeViolations(watched.page)).toEqual([]);
  });

  it('puts both glossary terms first, each with its definition, when a question asks how they differ', async () => {
    const watched = await searchFor('whats the difference between CIN and CP');
    expect((await resultLinks(watched)).slice(0, 2)).toEqual(['/glossary/#cin', '/glossary/#cp']);
    for (const n of [0, 1]) await expect.poll(() => watched.page.locator('#search-results li').nth(n).locator('.result-excerpt').innerText()).not.toBe('');
    expect(await axeViolations(watched.page)).toEqual([]);
  });

  it('ranks the pages of the kind a question asks for above the guidance that mentions it', async () => {
    // "checklist" is on the guidance pages the checklists come from, too: asked for, the checklist comes first.
    expect((await resultLinks(await searchFor('supervision checklist')))[0]).toBe('/checklists/supervision/');
    expect((await resultLinks(await searchFor('case study on transitions')))[0]).toBe('/case-studies/newham-admissions-transitions/');
  });

  it('puts the tool first when a question names it or what it does', async () => {
    expect((await resultUrls(await searchFor('attendance calculator')))[0]).toBe('/tools/attendance-calculator/');
    expect((await resultUrls(await searchFor('map what keeps the child away from school')))[0]).toBe('/tools/push-and-pull/');
    expect((await resultUrls(await searchFor('how do we embed the checklist on our intranet')))[0]).toBe('/councils/');
    expect((await resultUrls(await searchFor("she's on 87% what does that mean in days")))[0]).toBe('/tools/attendance-calculator/');
  });

  it('reads everyday words as the guidance’s terms', async () => {
    const links = await resultLinks(await searchFor('my son got kicked out of school'));
    expect(links.slice(0, 3).some((url) => /^\/glossary\/#(suspension|exclusion)$/.test(url) || url.startsWith('/guidance/'))).toBe(true);
    const glossaryAnswers = await resultLinks(await searchFor('what is a part time timetable'));
    expect(glossaryAnswers[0]).toBe('/glossary/#reduced-timetable');
  });

  it('ranks the answer that has the question’s ideas close together above pages that name them apart', async () => {
    // "Holiday" is read as leave of absence, whose glossary record ("term-time leave") has both
    // ideas within a few words; without nearness (src/lib/search/nearness.ts) three pages that
    // name them in different sections come first.
    const links = await resultLinks(await searchFor('can I take my son on holiday in term time'));
    expect(links.slice(0, 3)).toContain('/glossary/#leave-of-absence');
  });

  it('finds a section by what people type for it (its search phrasings), and shows its own text', async () => {
    // "Cope" is on no page: content/search-phrasings.yaml has it for this section; without the
    // phrasings the everyday-word map finds the page but at the section on key stages.
    const watched = await searchFor('she cannot cope with lunchtimes');
    expect((await resultLinks(watched))[0]).toBe('/guidance/transitions-and-attendance/#transitions-within-the-school-day');
    const excerpt = await watched.page.locator('#search-results li').first().locator('.result-excerpt').innerText();
    expect(excerpt).toContain('Smaller moves happen');
    expect(excerpt).not.toMatch(/cope|lunchtimes/i);
  });

  it('goes to the section of a page that matched, not only the page', async () => {
    const links = await resultLinks(await searchFor('micro-transitions between lessons'));
    expect(links[0]).toMatch(/^\/guidance\/transitions-and-attendance\/#[a-z0-9-]+$/);
  });
});

describe('search text stays on the device', () => {
  it('sends no typed query in any request, from the header form, the home form or the search box', async () => {
    const watched = await watchedPage(site);
    const requested: string[] = [];
    watched.page.on('request', (request) => requested.push(decodeURIComponent(request.url()).toLowerCase()));
    await watched.page.goto(`${site.origin}/guidance/why-attendance-matters/`);
    await watched.page.getByLabel('Search the guidance').fill('Jordan Okafor lateness');
    await watched.page.getByLabel('Search the guidance').press('Enter');
    await watched.page
      .locator('#search-status')
      .filter({ hasText: /found|No results/ })
      .waitFor();
    await watched.page.goto(`${site.origin}/`);
    await watched.page.locator('#home-q').fill('Priya Raman anxiety');
    await watched.page.locator('#home-q').press('Enter');
    await watched.page
      .locator('#search-status')
      .filter({ hasText: /found|No results/ })
      .waitFor();
    await watched.page.locator('#search-q').fill('Casey Whitfield reduced timetable');
    await watched.page.locator('#search-q').press('Enter');
    await watched.page.locator('#search-status').filter({ hasText: /Casey/ }).waitFor();
    expect(requested.length).toBeGreaterThan(5);
    for (const name of ['jordan', 'okafor', 'priya', 'raman', 'casey', 'whitfield']) {
      expect(
        requested.filter((url) => url.includes(name)),
        name,
      ).toEqual([]);
    }
  });

  it('reads a query sent as ?q= (the form without scripts) and moves it after the #', async () => {
    const watched = await watchedPage(site);
    await watched.page.goto(`${site.origin}/search/?q=lateness`);
    await watched.page.locator('#search-status').filter({ hasText: 'found' }).waitFor();
    const address = new URL(watched.page.url());
    expect(address.search).toBe('');
    expect(address.hash).toBe('#q=lateness');
  });

  it('says on the search page that queries stay on the device once the offline copy is saved', async () => {
    const watched = await watchedPage(site);
    await watched.page.goto(`${site.origin}/search/`);
    await expect.poll(() => watched.page.locator('.search-privacy').innerText()).toMatch(/never sent to the\s+server.*offline copy/s);
  });
});

describe('very long queries', () => {
  it('searches the first 200 characters of a pasted 15,000, and says so', async () => {
    const watched = await watchedPage(site);
    await watched.page.goto(`${site.origin}/search/`);
    const pasted = `${'lateness and attendance '.repeat(625)}`;
    expect(pasted.length).toBe(15_000);
    await watched.page.locator('#search-q').fill(pasted);
    await watched.page.locator('#search-q').press('Enter');
    await watched.page.locator('#search-status').filter({ hasText: 'Only the first 200 characters were searched' }).waitFor({ timeout: 10_000 });
    expect(await watched.page.locator('#search-length').isVisible()).toBe(true);
    expect((await watched.page.locator('#search-status').innerText()).length).toBeLessThan(400);
    expect(watched.errors).toEqual([]);
  });
});
