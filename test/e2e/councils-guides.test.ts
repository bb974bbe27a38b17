/**
 * The platform guides under /councils/ (SharePoint, Teams, WordPress/Drupal/Umbraco, plain
 * HTML): every link leads somewhere in this build, and the downloads they offer are the
 * packages the tests check. (pages.test.ts runs axe, the CSP and the network watch on them.)
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type Site } from './harness.ts';
import { sppkgPath } from '../../scripts/sharepoint-package.mjs';

const guides = ['/councils/', '/councils/sharepoint/', '/councils/teams/', '/councils/cms/', '/councils/plain-html/'];

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('platform guides for councils', () => {
  it('link only to pages and files that exist in this build', async () => {
    const watched = await watchedPage(site);
    const broken: string[] = [];
    for (const guide of guides) {
      await watched.page.goto(site.origin + guide);
      const hrefs = await watched.page.locator('main a[href]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const href of new Set(hrefs)) {
        const url = new URL(href);
        if (url.origin !== site.origin) continue;
        const response = await fetch(site.origin + url.pathname);
        if (!response.ok) broken.push(`${guide} → ${url.pathname}: ${response.status}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('gives the embed code generator’s iframe, which lets the tools’ links open a new tab as the guide says', async () => {
    const watched = await watchedPage(site);
    await watched.page.goto(`${site.origin}/councils/`);
    const example = await watched.page.locator('#iframe ~ pre code').first().innerText();
    expect(example).toContain('/embed/attendance-checklist/?');
    expect(await watched.page.locator('#iframe ~ p').nth(1).innerText()).toContain('allow-popups');
    expect(/sandbox="([^"]*)"/.exec(example)?.[1]?.split(' ')).toEqual(expect.arrayContaining(['allow-popups', 'allow-popups-to-escape-sandbox']));
  });

  it('the guide for councils links each platform guide', async () => {
    const watched = await watchedPage(site);
    await watched.page.goto(`${site.origin}/councils/`);
    const links = await watched.page.locator('#platforms + ul a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(guides.slice(1));
  });

  it('offers the committed SharePoint package and the Teams package built for this site', async () => {
    const watched = await watchedPage(site);
    await watched.page.goto(`${site.origin}/councils/sharepoint/`);
    const sppkg = await watched.page.locator('a[download][href$=".sppkg"]').getAttribute('href');
    const served = Buffer.from(await (await fetch(site.origin + sppkg!)).arrayBuffer());
    expect(served.equals(readFileSync(sppkgPath))).toBe(true);
    await watched.page.goto(`${site.origin}/councils/teams/`);
    const zip = await watched.page.locator('a[download][href$=".zip"]').getAttribute('href');
    const response = await fetch(site.origin + zip!);
    expect(response.ok).toBe(true);
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 2)
        .toString('latin1'),
    ).toBe('PK');
  });
});
