import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { axeViolations, builtPages, distDir, openSite, watchedPage, widerThan320, type Site } from './harness.ts';
import { recordTrials } from '../helpers/trials.ts';
import { caseStudies, guidancePages, sources } from '../helpers/content.ts';
import { formatPartialDate } from '../../src/lib/dates.ts';
import { kindLabels } from '../../src/lib/source-kinds.ts';

let site: Site;
const pages = builtPages();

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('every built page', () => {
  it('finds the pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
    expect(pages).toContain('/');
    expect(pages).toContain('/search/');
    expect(pages).toContain('/tools/attendance-calculator/');
  });

  it('has zero axe violations, one h1, landmarks, and no off-host requests or CSP violations', async () => {
    const problems: string[] = [];
    const watched = await watchedPage(site);
    for (const path of pages) {
      watched.offHost.length = 0;
      watched.cspViolations.length = 0;
      watched.errors.length = 0;
      await watched.page.goto(site.origin + path, { waitUntil: 'load' });
      const violations = await axeViolations(watched.page);
      const shape = await watched.page.evaluate(() => ({
        h1: document.querySelectorAll('h1').length,
        main: document.querySelectorAll('main#main').length,
        skip: document.querySelector('a.skip-link')?.getAttribute('href'),
        lang: document.documentElement.lang,
        footer: [...document.querySelectorAll('footer a')].map((a) => a.getAttribute('href')),
        // A word run into a link or code ("Readthe guide"): the build drops a line break's space
        // between text and an inline element, so a source line must end with {' '} there.
        runTogether: document.querySelector('main')?.innerHTML.match(/[A-Za-z,;:)]<(a|code|strong|em|time)[\s>][^<]{0,30}/g) ?? [],
      }));
      for (const v of violations) problems.push(`${path}: ${v}`);
      // Iframe embed pages and Teams tabs hold one tool (or the search) and nothing else: no site chrome to check.
      const chrome = !path.startsWith('/embed/') && !path.startsWith('/teams/');
      if (chrome && shape.h1 !== 1) problems.push(`${path}: ${shape.h1} h1 elements`);
      if (chrome && shape.main !== 1) problems.push(`${path}: no main landmark`);
      if (chrome && !(shape.footer.includes('/councils/') && shape.footer.includes('/accessibility/')))
        problems.push(`${path}: footer does not link the guide for councils and the accessibility statement`);
      if (chrome && shape.skip !== '#main') problems.push(`${path}: no skip link to #main`);
      if (shape.lang !== 'en-GB') problems.push(`${path}: lang is "${shape.lang}"`);
      for (const text of shape.runTogether) problems.push(`${path}: no space before "${text}"`);
      for (const url of watched.offHost) problems.push(`${path}: off-host request ${url}`);
      for (const csp of watched.cspViolations) problems.push(`${path}: ${csp}`);
      for (const error of watched.errors) problems.push(`${path}: page error ${error}`);
    }
    expect(problems).toEqual([]);
    recordTrials({ category: 'pages', check: 'Built pages checked with axe-core, the CSP and the network watch', tried: pages.length });
  });

  // A cross-reference is a link with the page's title, never an address a reader must retype;
  // and no link leads to a page or a section that is not there.
  it('shows no site address as text, and links only to pages and sections that exist', async () => {
    const sections = [...new Set(pages.map((p) => p.split('/')[1]).filter(Boolean))];
    const idsOf = new Map<string, Set<string>>();
    const idsOn = (path: string) => {
      if (!idsOf.has(path)) {
        const html = readFileSync(join(distDir, path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
        idsOf.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
      }
      return idsOf.get(path)!;
    };
    const problems: string[] = [];
    const watched = await watchedPage(site);
    for (const path of pages) {
      await watched.page.goto(site.origin + path, { waitUntil: 'load' });
      const found = await watched.page.evaluate((sectionNames) => {
        const address = new RegExp(`(?<![\\w.:/-])/(?:${sectionNames.join('|')})/[\\w/#?=&.-]*`, 'g');
        const shown: string[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        // Code shows an address to copy (an embed snippet, a URL pattern); everywhere else it must be a
        // link. A noscript element's content is markup, read as text only when scripts run.
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (node.parentElement?.closest('code, pre, script, style, noscript')) continue;
          shown.push(...(node.textContent?.match(address) ?? []));
        }
        const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href);
        return { shown, links };
      }, sections);
      for (const text of found.shown) problems.push(`${path}: shows the address "${text}" as text`);
      for (const href of found.links) {
        const url = new URL(href);
        if (url.origin !== site.origin) continue;
        const target = decodeURIComponent(url.pathname);
        const isPage = pages.includes(target);
        if (!isPage && !existsSync(join(distDir, target))) {
          problems.push(`${path}: links to ${target}, which is not in dist/`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && isPage && !idsOn(target).has(id)) problems.push(`${path}: links to ${target}#${id}, which has no element with that id`);
      }
    }
    expect(problems).toEqual([]);
  });

  // Reading pages carry one script of the site's own: the service worker registration that
  // keeps the kit usable offline (issue 9). Nothing else, and it stays under 1 KB gzipped.
  it('reading pages fetch only the small site script', async () => {
    const watched = await watchedPage(site);
    const reading = pages.filter((p) => p.startsWith('/guidance/') || p.startsWith('/case-studies/') || p === '/' || p.startsWith('/glossary/'));
    expect(reading.length).toBeGreaterThan(5);
    const fetched = new Set<string>();
    for (const path of reading) {
      watched.scripts.length = 0;
      await watched.page.goto(site.origin + path, { waitUntil: 'load' });
      expect(watched.scripts, path).toHaveLength(1);
      fetched.add(new URL(watched.scripts[0]!).pathname);
    }
    expect(fetched.size).toBe(1);
    const [script] = [...fetched];
    const body = readFileSync(join(distDir, script!));
    expect(gzipSync(body, { level: 9 }).length).toBeLessThanOrEqual(1024);
    expect(body.toString()).toContain('serviceWorker');
  });

  it('reflows at 320 px wide with no sideways scrolling', async () => {
    expect(await widerThan320(site, pages)).toEqual([]);
  });

  it("guidance pages and case studies show their sources' publishers, kinds and own dates, England, tags and citations", async () => {
    const byId = new Map(sources().map((s) => [s.id, s]));
    const cited = [
      ...guidancePages().map((p) => ({ path: `/guidance/${p.slug}/`, citations: p.data.citations })),
      ...caseStudies().map((c) => ({ path: `/case-studies/${c.id}/`, citations: c.data.citations })),
    ];
    expect(cited.filter((c) => pages.includes(c.path))).toHaveLength(cited.length);
    const problems: string[] = [];
    const watched = await watchedPage(site);
    for (const { path, citations } of cited) {
      await watched.page.goto(site.origin + path);
      const expected = [...new Set(citations.map((c) => c.source))].map((id) => byId.get(id)!);
      const meta = await watched.page.locator('.page-meta').innerText();
      const shown = await watched.page.locator('.page-meta [data-source-date]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-source-date'), e.textContent?.trim()]));
      const wanted = [...new Set(expected.map((s) => s.date))].sort();
      if (JSON.stringify(shown.map(([date]) => date).sort()) !== JSON.stringify(wanted))
        problems.push(`${path}: shows dates ${JSON.stringify(shown)}, its sources are dated ${wanted.join(', ')}`);
      for (const [date, text] of shown) if (text !== (date === 'undated' ? 'undated' : formatPartialDate(date!))) problems.push(`${path}: date ${date} shown as "${text}"`);
      for (const source of expected) {
        if (!meta.includes(source.from)) problems.push(`${path}: "From:" line does not name ${source.from}`);
        if (!meta.includes(kindLabels[source.kind])) problems.push(`${path}: "From:" line does not say it is ${kindLabels[source.kind]}`);
        if ((await watched.page.locator(`#kind-of-guidance [data-kind="${source.kind}"]`).count()) === 0) problems.push(`${path}: no notice for ${source.kind}`);
      }
      if (!meta.includes('Applies to England')) problems.push(`${path}: no "Applies to England"`);
      if (path.startsWith('/guidance/') && !/Last reviewed \d{1,2} \w+ \d{4}/.test(meta)) problems.push(`${path}: no "Last reviewed" date`);
      const tags = await watched.page.locator('.page-tags').innerText();
      if (!tags.includes('For') || !tags.includes('Topics')) problems.push(`${path}: no audience and topic tags`);
      if ((await watched.page.locator('.citations li').count()) === 0) problems.push(`${path}: no citations`);
    }
    expect(problems).toEqual([]);
  });

  it('no page has two sections with the same heading, which a reader moving by headings could not tell apart', () => {
    const repeated = pages.flatMap((path) => {
      const html = readFileSync(join(distDir, path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
      const headings = [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').trim());
      return headings.filter((h, i) => headings.indexOf(h) !== i).map((h) => `${path}: "${h}"`);
    });
    expect(repeated).toEqual([]);
  });

  it('never runs a word into a figure (a line break before an expression in a template drops the space)', () => {
    const glued = pages.flatMap((path) => {
      const text = readFileSync(join(distDir, path, path.endsWith('/') ? 'index.html' : ''), 'utf8').replace(/<[^>]+>|&[#a-z0-9]+;/g, ' ');
      // "Ever6" is the name of a pupil premium measure, written so.
      return [...text.matchAll(/\b(?!Ever6)[A-Za-z]{2,}[.,;:]?\d+(%| pupils| days| sessions| or)/g)].map((m) => `${path}: ${m[0]}`);
    });
    expect(glued).toEqual([]);
  });

  it('the sources page gives each source’s date once, as its label in sources.json says it', async () => {
    const watched = await watchedPage(site);
    await watched.page.goto(`${site.origin}/sources/`);
    const dates = await watched.page.locator('.source-facts dt:text-is("Date") + dd').allInnerTexts();
    expect([...dates].sort()).toEqual(
      sources()
        .map((s) => s.dateLabel)
        .sort(),
    );
    for (const date of dates) expect(date.split('(').length, date).toBe(date.split(')').length);
  });

  it('each tool page says what the storage in its embed code does, which may not be what the page itself does', async () => {
    const watched = await watchedPage(site);
    const means = { local: 'kept in that browser on that device until it is cleared', session: 'kept in the browser tab until it is closed' };
    for (const path of ['/tools/attendance-calculator/', '/tools/push-and-pull/', '/tools/four-is/']) {
      await watched.page.goto(site.origin + path);
      const code = await watched.page.locator('pre code').last().innerText();
      const storage = /storage="(\w+)"/.exec(code)?.[1] as keyof typeof means;
      expect(Object.keys(means), path).toContain(storage);
      expect(await watched.page.locator('.snippet-storage').innerText(), path).toContain(means[storage]);
    }
  });

  it('has zero axe violations in dark mode and forced colours', async () => {
    const sample = ['/', '/guidance/why-attendance-matters/', '/search/', '/tools/attendance-calculator/', '/glossary/'];
    const problems: string[] = [];
    for (const media of [{ colorScheme: 'dark' as const }, { forcedColors: 'active' as const }]) {
      const watched = await watchedPage(site);
      await watched.page.emulateMedia(media);
      for (const path of sample) {
        await watched.page.goto(site.origin + path, { waitUntil: 'load' });
        for (const v of await axeViolations(watched.page)) problems.push(`${JSON.stringify(media)} ${path}: ${v}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('prints without navigation but with citations', async () => {
    const watched = await watchedPage(site);
    await watched.page.emulateMedia({ media: 'print' });
    await watched.page.goto(`${site.origin}/guidance/why-attendance-matters/`);
    expect(await watched.page.locator('.site-nav').isVisible()).toBe(false);
    expect(await watched.page.locator('.header-search').isVisible()).toBe(false);
    expect(await watched.page.locator('.citations').isVisible()).toBe(true);
  });

  it('long pages have a contents list that links to their sections', async () => {
    const watched = await watchedPage(site);
    await watched.page.goto(`${site.origin}/guidance/why-attendance-matters/`);
    const links = await watched.page.locator('nav.contents a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const href of links) expect(await watched.page.locator(href!).count()).toBe(1);
  });
});
