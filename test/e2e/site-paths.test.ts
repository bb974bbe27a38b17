/**
 * Links built from the address stay on the site (issue 14): presenter mode's "Leave presenter
 * mode" is made from the path alone, so `//evil.example/?present` cannot turn it into a
 * scheme-relative link to another site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type Site } from './harness.ts';
import { recordTrials } from '../helpers/trials.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('links built from the address', () => {
  it('keeps "Leave presenter mode" on this site whatever the path looks like', async () => {
    const spellings = ['//evil.example/?present', '/\\evil.example/?present', '//evil.example/guidance/?present#top', '/%2F%2Fevil.example/?present'];
    for (const spelling of spellings) {
      const { page, offHost } = await watchedPage(site);
      await page.goto(site.origin + spelling);
      const leave = page.locator('#presenter-leave');
      await leave.waitFor();
      const href = await leave.evaluate((a) => (a as HTMLAnchorElement).href);
      expect(new URL(href).origin, `${spelling} → ${href}`).toBe(site.origin);
      await leave.click();
      await page.waitForURL((url) => !url.search.includes('present'));
      expect(new URL(page.url()).origin, spelling).toBe(site.origin);
      expect(offHost).toEqual([]);
      await page.context().close();
    }
    await recordTrials({ category: 'hostile-input', check: 'Addresses that try to make presenter mode link off the site', tried: spellings.length });
  });
});
