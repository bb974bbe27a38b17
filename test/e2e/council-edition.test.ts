/**
 * A council's own edition, end to end: the fictional Anyshire council (examples/anyshire) built
 * with the command a council runs, into dist-anyshire/, beside the national dist/ that the other
 * end-to-end tests use. Anyshire's names on national pages and in the widgets, its contacts,
 * local notes and pages (marked local and filterable in search), its colours, logo and origin;
 * page checks on its pages; and none of it in the national build.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, builtPages, distDir, openSite, watchedPage, widerThan320, type Site } from './harness.ts';
import { recordTrials } from '../helpers/trials.ts';
import { withPagefindRuntime, type RuntimeResult } from '../helpers/pagefind-runtime.ts';
import { anyshireDir, contentDir, root } from '../helpers/council.ts';
import { loadEdition } from '../../src/council/settings.ts';
import { pngFacts } from '../../integrations/teams/test/package-checks.ts';

const anyshireDist = resolve(root, 'dist-anyshire');
const anyshire = loadEdition(anyshireDir, contentDir)!;
const origin = anyshire.origin!;
let site: Site;
let buildOutput = '';

/** The built HTML of a page of a build. */
const html = (dist: string, path: string) => readFileSync(join(dist, path, path.endsWith('.html') ? '' : 'index.html'), 'utf8');
/** The text of a page's HTML, tags removed, entities for quotes decoded (enough for phrase checks). */
const textOf = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** How long a widget may take to load and render on a busy machine (expect.poll's own default is 1 s). */
const widgetWait = { timeout: 15_000 };
/** The text a running widget shows, through its shadow roots (and each option's value), once it has rendered. */
const widgetText = (page: Page, selector: string) =>
  page.locator(selector).evaluate(async (el) => {
    await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    const collect = (node: Node): string =>
      [...node.childNodes]
        .map(
          (child) =>
            (child instanceof Element && child.shadowRoot ? collect(child.shadowRoot) : '') +
            (child.nodeType === Node.TEXT_NODE ? child.textContent : collect(child)) +
            (child instanceof HTMLOptionElement ? ` ${child.value}` : ''),
        )
        .join(' ');
    return collect(el.shadowRoot!);
  });

beforeAll(async () => {
  buildOutput = await new Promise<string>((done, fail) => {
    execFile(
      process.execPath,
      [join(root, 'scripts/build-edition.mjs'), '--council', 'examples/anyshire', '--out', 'dist-anyshire'],
      { cwd: root, env: { ...process.env, FORCE_COLOR: '0' }, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => (error ? fail(new Error(`the Anyshire build failed:\n${stdout}\n${stderr}`)) : done(stdout + stderr)),
    );
  });
  site = await openSite(anyshireDist);
}, 300_000);
afterAll(async () => {
  await site?.close();
});

describe('the Anyshire build', () => {
  it('is built by the council command into its own folder, saying whose edition it is', () => {
    expect(buildOutput).toContain("Building Anyshire County Council's edition from examples/anyshire (a fictional example council)");
    expect(existsSync(join(anyshireDist, 'pagefind/pagefind.js'))).toBe(true);
    expect(existsSync(join(anyshireDist, 'sw.js'))).toBe(true);
    expect(existsSync(join(anyshireDist, '_headers'))).toBe(true);
  });

  it("shows Anyshire's names in national pages marked for local names, and in the printed checklists", () => {
    expect(textOf(html(anyshireDist, '/guidance/hearing-the-pupil-voice/'))).toContain('ask Anyshire Virtual School what it offers');
    expect(textOf(html(anyshireDist, '/guidance/responsibilities-cohorts-lower-attendance/'))).toContain('with the Anyshire Attendance Support Team, so');
    expect(textOf(html(anyshireDist, '/checklists/seven-questions/'))).toContain('referred the child to the Anyshire Inclusion Hub');
    expect(textOf(html(anyshireDist, '/checklists/supervision/'))).toContain('Have we asked Anyshire Virtual School or the Anyshire Attendance Support Team');
    expect(textOf(html(anyshireDist, '/key-facts/'))).toContain('The head of Anyshire Virtual School can help');
    expect(textOf(html(anyshireDist, '/case-studies/newham-admissions-transitions/'))).toContain(
      'above all the Anyshire Attendance Support Team and the head of Anyshire Virtual School, so you can',
    );
  });

  it("hands every widget on its pages Anyshire's names, with no second setting", () => {
    const tags: string[] = [];
    for (const path of builtPages(anyshireDist).filter((p) => !p.startsWith('/embed/') && !p.startsWith('/councils/'))) {
      for (const [tag] of html(anyshireDist, path).matchAll(/<attendance-(checklist|push-pull|four-is)\b[^>]*>/g)) tags.push(`${path} ${tag}`);
    }
    expect(tags.length).toBeGreaterThanOrEqual(8);
    for (const tag of tags) {
      expect(tag).toContain('attendance-team="the Anyshire Attendance Support Team"');
      expect(tag).toContain('virtual-school="Anyshire Virtual School"');
      expect(tag).toContain('inclusion-service="the Anyshire Inclusion Hub"');
    }
  });

  it('shows the names inside the running widgets', async () => {
    const { page } = await watchedPage(site);
    const deepText = (selector: string) => widgetText(page, selector);
    await page.goto(`${site.origin}/tools/supervision/`);
    await expect.poll(() => deepText('attendance-checklist'), widgetWait).toContain('Have we asked Anyshire Virtual School or the Anyshire Attendance Support Team');
    await page.goto(`${site.origin}/checklists/seven-questions/`);
    await expect.poll(() => deepText('attendance-checklist'), widgetWait).toContain('referred the child to the Anyshire Inclusion Hub');
    await page.goto(`${site.origin}/tools/push-and-pull/`);
    await page
      .locator('attendance-push-pull')
      .getByRole('button', { name: /load the fictional worked example/i })
      .click();
    await expect.poll(() => deepText('attendance-push-pull'), widgetWait).toContain('the Anyshire Attendance Support Team');
    await page.goto(`${site.origin}/tools/four-is/`);
    await page
      .locator('attendance-four-is')
      .getByRole('tab', { name: /intelligence/i })
      .click();
    await expect.poll(() => deepText('attendance-four-is'), widgetWait).toContain('Virtual school (Anyshire Virtual School)');
  });

  it("gives the iframe embed pages Anyshire's names by default, which the embed's query string can still override", async () => {
    const { page, errors } = await watchedPage(site);
    await page.goto(`${site.origin}/embed/attendance-checklist/?checklist=supervision`);
    await expect.poll(() => widgetText(page, 'attendance-checklist'), widgetWait).toContain('Have we asked Anyshire Virtual School or the Anyshire Attendance Support Team');
    await page.goto(`${site.origin}/embed/attendance-checklist/?checklist=supervision&virtual-school=Northshire%20Virtual%20School`);
    await expect.poll(() => widgetText(page, 'attendance-checklist'), widgetWait).toContain('Have we asked Northshire Virtual School or the Anyshire Attendance Support Team');
    await page.goto(`${site.origin}/embed/attendance-four-is/`);
    await page
      .locator('attendance-four-is')
      .getByRole('tab', { name: /intelligence/i })
      .click();
    await expect.poll(() => widgetText(page, 'attendance-four-is'), widgetWait).toContain('Virtual school (Anyshire Virtual School)');
    expect(errors).toEqual([]);
    // Only the names a widget takes: the calculator takes none.
    expect(html(anyshireDist, '/embed/attendance-calculator/')).not.toContain('data-embed-defaults');
  });

  it('lists every contact on the contacts page, each with a way to reach them', async () => {
    const { page } = await watchedPage(site);
    await page.goto(`${site.origin}/contacts/`);
    for (const contact of anyshire.contacts) {
      const card = page.locator(`li:has(> h2[id="${contact.id}"])`);
      expect(await card.locator('h2').innerText()).toBe(contact.team);
      if (contact.phone) expect(await card.locator(`a[href="tel:${contact.phone.replace(/\s/g, '')}"]`).count()).toBe(1);
      if (contact.email) expect(await card.locator(`a[href="mailto:${contact.email}"]`).count()).toBe(1);
    }
  });

  it('puts a "who to contact" aside on each guidance page whose topics a contact covers, and only those contacts', () => {
    const guidance = builtPages(anyshireDist).filter((p) => /^\/guidance\/[^/]+\/$/.test(p));
    expect(guidance.length).toBeGreaterThan(20);
    let asides = 0;
    for (const path of guidance) {
      const markup = html(anyshireDist, path);
      const topics = [...markup.matchAll(/href="\/topics\/([a-z-]+)\/" data-pagefind-filter="topic"/g)].map((m) => m[1]!);
      const expected = anyshire.contacts.filter((c) => c.about.some((t) => topics.includes(t))).map((c) => c.team);
      const aside = /<aside class="who-to-contact"[\s\S]*?<\/aside>/.exec(markup)?.[0] ?? '';
      const shown = [...aside.matchAll(/<h3[^>]*>([^<]+)<\/h3>/g)].map((m) => m[1]!);
      expect(shown, path).toEqual(expected);
      if (shown.length > 0) asides += 1;
    }
    expect(asides).toBeGreaterThan(20);
  });

  it('shows each local note on its national page, in a box headed "In Anyshire (fictional)"', () => {
    for (const note of anyshire.localNotes) {
      const markup = html(anyshireDist, `/guidance/${note.page}/`);
      const box = /<aside class="local-note"[\s\S]*?<\/aside>/.exec(markup)?.[0] ?? '';
      expect(textOf(box)).toContain('In Anyshire (fictional)');
      for (const paragraph of note.text) expect(textOf(box)).toContain(paragraph);
    }
    expect(html(anyshireDist, '/guidance/national-frameworks/')).not.toContain('class="local-note"');
  });

  it('marks local pages "Local to Anyshire (fictional)" on the page and in the list, citing Anyshire\'s own documents', async () => {
    const { page } = await watchedPage(site);
    await page.goto(`${site.origin}/local/`);
    const listed = await page
      .locator('main .card-list li')
      .evaluateAll((items) => items.map((li) => ({ href: li.querySelector('a')!.getAttribute('href'), mark: li.querySelector('.local-mark')?.textContent })));
    expect(listed).toEqual([
      { href: '/local/attendance-panel/', mark: 'Local to Anyshire (fictional)' },
      { href: '/local/attendance-sharing-form/', mark: 'Local to Anyshire (fictional)' },
      { href: '/local/virtual-school-drop-in/', mark: 'Local to Anyshire (fictional)' },
    ]);
    await page.goto(`${site.origin}/local/attendance-panel/`);
    expect(await page.locator('main .local-mark').first().innerText()).toBe('Local to Anyshire (fictional)');
    expect(await page.locator('.citations h2').innerText()).toBe("Anyshire's own documents");
    expect(await page.locator('.citations li').first().innerText()).toContain('Attendance panel terms of reference (fictional), Anyshire Attendance Support Team, September 2026');
    expect(await page.locator('main').innerText()).toContain('Send the referral form to the Anyshire Attendance Support Team');
  });

  it('lists its local pages with the national ones on the home page, the guidance index and the topic and audience lists, each marked local', () => {
    const local = [
      { href: '/local/attendance-panel/', topics: ['multi-agency', 'levels-of-support', 'social-worker'], audiences: ['practitioners', 'la-attendance-teams'] },
      { href: '/local/attendance-sharing-form/', topics: ['monitoring-data', 'social-worker'], audiences: ['practitioners', 'schools'] },
      { href: '/local/virtual-school-drop-in/', topics: ['social-worker', 'looked-after'], audiences: ['practitioners', 'virtual-school-heads'] },
    ];
    /** Each list item of a page's main: where it links and the local mark it carries, if any. */
    const items = (path: string) =>
      [...(/<main[\s\S]*?<\/main>/.exec(html(anyshireDist, path))?.[0] ?? '').matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => ({
        href: /<a href="([^"]+)"/.exec(m[1]!)?.[1],
        mark: /<span class="local-mark"[^>]*>([^<]+)<\/span>/.exec(m[1]!)?.[1],
      }));
    const localIn = (path: string) => items(path).filter((item) => item.href?.startsWith('/local/'));
    const mark = 'Local to Anyshire (fictional)';
    for (const { path, hrefs } of [
      { path: '/', hrefs: local.map((p) => p.href) },
      ...['social-worker', 'multi-agency', 'monitoring-data', 'looked-after'].map((topic) => ({
        path: `/topics/${topic}/`,
        hrefs: local.filter((p) => p.topics.includes(topic)).map((p) => p.href),
      })),
      ...['practitioners', 'schools', 'virtual-school-heads', 'supervisors-leaders'].map((audience) => ({
        path: `/audiences/${audience}/`,
        hrefs: local.filter((p) => p.audiences.includes(audience)).map((p) => p.href),
      })),
    ]) {
      expect(localIn(path), path).toEqual(hrefs.map((href) => ({ href, mark })));
      expect(
        items(path).filter((item) => item.href?.startsWith('/guidance/') && item.mark !== undefined),
        path,
      ).toEqual([]);
    }
    // The guidance index groups pages by their first topic: each local page once, under its own.
    const guidance = html(anyshireDist, '/guidance/');
    expect(localIn('/guidance/').sort((a, b) => a.href!.localeCompare(b.href!))).toEqual(local.map((p) => ({ href: p.href, mark })));
    for (const page of local) expect(new RegExp(`id="topic-${page.topics[0]}"[\\s\\S]*?</section>`).exec(guidance)?.[0], page.href).toContain(`href="${page.href}"`);
    expect(textOf(guidance)).toContain("Anyshire's own 3 pages are listed with them, marked “Local to Anyshire (fictional)”.");
    // A topic's count on /topics/ is what its own page lists, local pages included.
    const topicsIndex = textOf(html(anyshireDist, '/topics/'));
    const nationalCount = (topic: string) => Number(/(\d+) pages?/.exec(textOf(html(distDir, '/topics/')).split(topicLabel(topic))[1]!)![1]);
    const topicLabel = (topic: string) => /<h1>([^<]+)<\/h1>/.exec(html(distDir, `/topics/${topic}/`))![1]!.replace(/&#39;/g, "'");
    expect(topicsIndex.split(topicLabel('looked-after'))[1]).toMatch(new RegExp(`^ ${nationalCount('looked-after') + 1} pages`));
    expect(topicsIndex.split(topicLabel('social-worker'))[1]).toMatch(new RegExp(`^ ${nationalCount('social-worker') + 3} pages`));
  });

  it('indexes local pages for search with the edition filter, so a search can keep to them', async () => {
    // Read with Pagefind's own runtime, the reference for what the index holds.
    const found = await withPagefindRuntime(join(anyshireDist, 'pagefind'), {}, async (pagefind) => {
      const read = async (search: { results: RuntimeResult[] }) => Promise.all(search.results.map((r) => r.data()));
      const local = await read(await pagefind.search('attendance', { filters: { edition: 'local' } }));
      const all = await read(await pagefind.search('attendance'));
      return { filters: await pagefind.filters(), local: local.map((r) => ({ url: r.url, mark: r.meta['edition'] })), all: all.map((r) => r.url) };
    });
    expect(found.filters.edition).toEqual({ local: 4 });
    expect(found.local.map((r) => r.url).sort()).toEqual(['/contacts/', '/local/attendance-panel/', '/local/attendance-sharing-form/', '/local/virtual-school-drop-in/']);
    expect(new Set(found.local.map((r) => r.mark))).toEqual(new Set(['Local to Anyshire (fictional)']));
    expect(found.all.some((url) => url.startsWith('/guidance/'))).toBe(true);
  });

  it('marks local pages "Local to Anyshire" in the search page\'s results and quick matches, with a filter that keeps to them', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    const results = page.locator('#search-results li');
    const marksOf = () =>
      results.evaluateAll((items) => items.map((li) => ({ href: li.querySelector('a')!.getAttribute('href'), mark: li.querySelector('.local-mark')?.textContent ?? '' })));
    await page.goto(`${site.origin}/search/#q=${encodeURIComponent('attendance panel')}`);
    await page.locator('#search-status').filter({ hasText: /found/ }).waitFor();
    const all = await marksOf();
    expect(all.find((r) => r.href?.startsWith('/local/attendance-panel/'))?.mark).toBe('Local to Anyshire (fictional): ');
    expect(all.some((r) => r.href?.startsWith('/guidance/') && r.mark === '')).toBe(true);
    const quick = await page.locator('#quick-results li').allInnerTexts();
    expect(quick, quick.join(' | ')).toContain('Local to Anyshire (fictional): Bringing a child to the Anyshire attendance panel');

    await page.getByText('Filter results').click();
    await page.getByLabel('Only pages local to Anyshire (fictional)').check();
    await page.locator('#search-status').filter({ hasText: 'with filters on' }).waitFor();
    const local = await marksOf();
    expect(local.length).toBeGreaterThan(0);
    expect(local.every((r) => r.mark === 'Local to Anyshire (fictional): ')).toBe(true);
    expect(page.url()).toContain('edition=local');
    expect(await axeViolations(page)).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
  });

  it("applies Anyshire's colours from a stylesheet file, in light and dark mode, and shows its logo", async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await watchedPage(site);
      await page.emulateMedia({ colorScheme });
      await page.goto(`${site.origin}/local/attendance-panel/`);
      const colours = await page.evaluate(() => ({
        header: getComputedStyle(document.querySelector('.site-header')!).backgroundColor,
        headerText: getComputedStyle(document.querySelector('.site-name')!).color,
        mark: getComputedStyle(document.querySelector('main .local-mark')!).backgroundColor,
        styled: document.querySelectorAll('[style]').length,
      }));
      expect(colours, colorScheme).toEqual({ header: 'rgb(34, 108, 122)', headerText: 'rgb(255, 255, 255)', mark: 'rgb(34, 108, 122)', styled: 0 });
    }
    const { page } = await watchedPage(site);
    await page.goto(`${site.origin}/`);
    const logo = page.locator('.site-header img.council-logo');
    expect(await logo.getAttribute('alt')).toBe('Anyshire County Council (a fictional council)');
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  });

  it("says on every page that this is the fictional Anyshire council's edition", () => {
    // Embed pages and Teams tabs hold one tool (or the search) alone, inside another site's page.
    for (const path of builtPages(anyshireDist).filter((p) => !p.startsWith('/embed/') && !p.startsWith('/teams/'))) {
      expect(textOf(html(anyshireDist, path)), path).toContain('Anyshire is a fictional council; this edition is an example.');
    }
  });

  it('uses the hosted origin for canonical links and the embed code', async () => {
    expect(html(anyshireDist, '/guidance/why-attendance-matters/')).toContain(`<link rel="canonical" href="${origin}/guidance/why-attendance-matters/">`);
    expect(textOf(html(anyshireDist, '/councils/'))).toContain(`<script type="module" src="${origin}/widgets/v1/attendance-checklist.js"`);
    expect(textOf(html(anyshireDist, '/tools/attendance-calculator/'))).toContain(`src="${origin}/widgets/v1/attendance-calculator.js"`);
    const { page } = await watchedPage(site);
    await page.goto(`${site.origin}/councils/embed-code/`);
    expect(await page.locator('#gen-host').inputValue()).toBe(origin);
    expect(await page.locator('#snippet-script').innerText()).toContain(`${origin}/widgets/v1/`);
  });

  it('leaves the checklists Anyshire hides out of the lists and next steps, keeping their pages', () => {
    expect(anyshire.hiddenChecklists).toEqual(['pupil-voice']);
    for (const [dist, listed] of [
      [anyshireDist, false],
      [distDir, true],
    ] as const) {
      expect(html(dist, '/tools/').includes('href="/checklists/pupil-voice/"'), `${dist} /tools/`).toBe(listed);
      expect(html(dist, '/checklists/').includes('href="/checklists/pupil-voice/"'), `${dist} /checklists/`).toBe(listed);
      expect(/class="next-steps"[\s\S]*?href="\/checklists\/pupil-voice\/"/.test(html(dist, '/guidance/hearing-the-pupil-voice/')), `${dist} next steps`).toBe(listed);
      expect(existsSync(join(dist, 'checklists/pupil-voice/index.html'))).toBe(true);
    }
  });

  it('installs under the council’s name, with the favicon, app icons and theme colour in its accent', () => {
    const accent = anyshire.brand!.accent;
    const rgb = [1, 3, 5].map((i) => parseInt(accent.slice(i, i + 2), 16));
    for (const [dist, name, colour, tile] of [
      [anyshireDist, 'Attendance Practice Kit: Anyshire (fictional)', accent, rgb],
      [distDir, 'Attendance Practice Kit', '#0b3d6b', [0x0b, 0x3d, 0x6b]],
    ] as const) {
      const manifest = JSON.parse(readFileSync(join(dist, 'manifest.webmanifest'), 'utf8')) as { name: string; theme_color: string; icons: { src: string }[] };
      expect(manifest.name, dist).toBe(name);
      expect(manifest.theme_color, dist).toBe(colour);
      expect(html(dist, '/guidance/')).toContain(`<meta name="theme-color" content="${colour}">`);
      expect(readFileSync(join(dist, 'favicon.svg'), 'utf8')).toContain(`fill="${colour}"`);
      for (const icon of manifest.icons.filter((i) => i.src.endsWith('.png'))) {
        const png = pngFacts(readFileSync(join(dist, icon.src)));
        expect(png.pixel(Math.floor(png.width / 8), Math.floor(png.height / 2)), `${dist} ${icon.src}`).toEqual([...tile, 255]);
      }
    }
  });

  it('lists local changes apart from national ones on the amendments page', async () => {
    const { page } = await watchedPage(site);
    await page.goto(`${site.origin}/amendments/`);
    expect(await page.locator('main h2').allInnerTexts()).toEqual(['Local changes: Anyshire (fictional)', 'National guidance']);
    const local = await page.locator('.local-amendments li').allInnerTexts();
    expect(local).toHaveLength(3 + anyshire.localNotes.length);
    expect(local.join('\n')).toContain(
      'Local page Bringing a child to the Anyshire attendance panel. Checked again after the national pages it builds on were revised on 6 December 2026; nothing needed to change.',
    );
    expect(await page.locator('.amendments li').count()).toBe(builtPages(anyshireDist).filter((p) => /^\/guidance\/[^/]+\/$/.test(p)).length);
  });
});

describe('page checks on the Anyshire build', () => {
  // Every page Anyshire adds, and one of each page type that carries its notes, names or brand:
  // checked at 320 px (axe and the watches run on every page).
  const sample = [
    '/',
    '/local/',
    '/local/attendance-panel/',
    '/local/attendance-sharing-form/',
    '/local/virtual-school-drop-in/',
    '/contacts/',
    '/amendments/',
    '/guidance/',
    '/topics/',
    '/topics/social-worker/',
    '/audiences/practitioners/',
    '/guidance/why-attendance-matters/',
    '/guidance/seven-things-to-ask-the-school/',
    '/guidance/how-virtual-schools-support-attendance/',
    '/guidance/hearing-the-pupil-voice/',
    '/tools/',
    '/tools/supervision/',
    '/tools/push-and-pull/',
    '/tools/four-is/',
    '/checklists/seven-questions/',
    '/councils/',
    '/councils/embed-code/',
    '/councils/your-own-edition/',
    '/search/',
  ];

  it('has zero axe violations, no CSP violations, no off-host requests and no page errors, on every page', async () => {
    const problems: string[] = [];
    const watched = await watchedPage(site);
    const pages = builtPages(anyshireDist);
    expect(pages).toEqual(expect.arrayContaining(sample));
    for (const path of pages) {
      watched.offHost.length = 0;
      watched.cspViolations.length = 0;
      watched.errors.length = 0;
      await watched.page.goto(site.origin + path, { waitUntil: 'load' });
      for (const v of await axeViolations(watched.page)) problems.push(`${path}: ${v}`);
      for (const url of watched.offHost) problems.push(`${path}: off-host request ${url}`);
      for (const csp of watched.cspViolations) problems.push(`${path}: ${csp}`);
      for (const error of watched.errors) problems.push(`${path}: page error ${error}`);
    }
    for (const media of [{ colorScheme: 'dark' as const }, { forcedColors: 'active' as const }]) {
      const themed = await watchedPage(site);
      await themed.page.emulateMedia(media);
      for (const path of ['/local/attendance-panel/', '/guidance/why-attendance-matters/']) {
        await themed.page.goto(site.origin + path, { waitUntil: 'load' });
        for (const v of await axeViolations(themed.page)) problems.push(`${JSON.stringify(media)} ${path}: ${v}`);
      }
    }
    expect(problems).toEqual([]);
    recordTrials({
      category: 'pages',
      check: 'Pages of a council edition (the fictional Anyshire) checked with axe-core, the CSP and the network watch',
      tried: pages.length + 4,
    });
  });

  it('reflows at 320 px wide with no sideways scrolling', async () => {
    expect(await widerThan320(site, sample)).toEqual([]);
  });

  it('links only to pages and files that exist, on every page', () => {
    const pages = builtPages(anyshireDist);
    const broken: string[] = [];
    for (const path of pages) {
      for (const [, href] of html(anyshireDist, path).matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
        // A local-name mark left as a link would go nowhere.
        if (href!.startsWith('local:')) broken.push(`${path} → ${href}`);
        if (!href!.startsWith('/') || href!.startsWith('//')) continue;
        const target = decodeURIComponent(href!.split(/[?#]/)[0]!);
        const file = join(anyshireDist, target, target.endsWith('/') ? 'index.html' : '');
        if (!existsSync(file)) broken.push(`${path} → ${href}`);
      }
    }
    expect(pages.length).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });
});

describe('the national build', () => {
  const pages = builtPages(distDir);
  const councilNames = [
    anyshire.name,
    ...Object.values(anyshire.ownLocalNames),
    ...anyshire.contacts.map((c) => c.team),
    ...anyshire.contacts.flatMap((c) => [c.phone, c.email]).filter(Boolean),
  ] as string[];
  // The guide to making an edition names the example council: that is its job.
  const aboutEditions = ['/councils/your-own-edition/'];

  it('has no council pages, files, markup, filters or names', () => {
    for (const gone of ['local', 'contacts', 'edition']) expect(existsSync(join(distDir, gone)), gone).toBe(false);
    const found: string[] = [];
    for (const path of pages.filter((p) => !aboutEditions.includes(p))) {
      const markup = html(distDir, path);
      for (const marker of [
        'local-note',
        'who-to-contact',
        'local-mark',
        'edition-banner',
        'council-logo',
        '/edition/',
        'rel="canonical"',
        'data-pagefind-filter="edition',
        'href="local:',
        'data-embed-defaults',
      ]) {
        if (markup.includes(marker)) found.push(`${path}: ${marker}`);
      }
      for (const name of councilNames) if (textOf(markup).includes(name)) found.push(`${path}: ${name}`);
      if (/attendance-team=|virtual-school=|inclusion-service=/.test(markup.replace(/<pre[\s\S]*?<\/pre>/g, ''))) found.push(`${path}: widget local name attribute`);
    }
    expect(found).toEqual([]);
  });

  it('keeps the national wording where the text is marked for local names, and the placeholder host in embed code', () => {
    expect(textOf(html(distDir, '/guidance/hearing-the-pupil-voice/'))).toContain('ask your own virtual school what it offers');
    expect(textOf(html(distDir, '/guidance/responsibilities-cohorts-lower-attendance/'))).toContain('with the local authority’s attendance team, so');
    expect(textOf(html(distDir, '/checklists/seven-questions/'))).toContain("referred the child to the council's inclusion service");
    expect(textOf(html(distDir, '/tools/attendance-calculator/'))).toContain('src="https://YOUR-HOST/widgets/v1/attendance-calculator.js"');
  });
});
