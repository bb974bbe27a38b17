import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { axeViolations, builtPages, distDir, openSite, watchedPage, type Site } from './harness.ts';
import { recordTrials } from '../helpers/trials.ts';

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
    const watched = await watchedPage(site, { width: 320, height: 640 });
    const wide: string[] = [];
    for (const path of pages) {
      await watched.page.goto(site.origin + path, { waitUntil: 'load' });
      const width = await watched.page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${path}: ${width}px`);
    }
    expect(wide).toEqual([]);
  });

  it('guidance pages show audience, topics, "applies to England", dates and citations', async () => {
    const watched = await watchedPage(site);
    const guidance = pages.filter((p) => /^\/guidance\/[^/]+\/$/.test(p));
    expect(guidance.length).toBeGreaterThan(5);
    for (const path of guidance) {
      await watched.page.goto(site.origin + path);
      const meta = await watched.page.locator('.page-meta').innerText();
      expect(meta, path).toContain('For');
      expect(meta, path).toContain('England');
      expect(meta, path).toContain('Guidance date');
      expect(meta, path).toContain('Last reviewed');
      expect(await watched.page.locator('.citations li').count(), path).toBeGreaterThan(0);
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
