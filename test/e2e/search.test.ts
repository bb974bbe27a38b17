import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSite, watchedPage, type Site } from './harness.ts';

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
  await page.locator('#search-status').filter({ hasText: /found|No results/ }).waitFor();
  return watched;
}

const resultUrls = (watched: Awaited<ReturnType<typeof searchFor>>) =>
  watched.page.locator('#search-results a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

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
    expect(await watched.page.locator('#search-status').innerText()).toMatch(/\d+ pages? .*found for “lateness”/);
    expect(watched.offHost).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    expect(await axeViolations(watched.page)).toEqual([]);
    // Searched on the page's own thread: Pagefind's worker would be 12 KB more on a first search.
    expect(watched.scripts.filter((s) => s.includes('pagefind-worker'))).toEqual([]);
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
    expect(new URL(watched.page.url()).pathname).toBe('/search/');
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
