/**
 * Practitioners type whole questions, not keywords. Each question in search-questions.json
 * names the page that answers it; that page must be in the top 3 results of the site's own
 * search page (/search/?q=...), run against the built site. All misses are reported together.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, watchedPage, type Site, type Watched } from './harness.ts';

interface Question {
  q: string;
  expect: string;
  answer?: string;
}

const questions = JSON.parse(readFileSync(new URL('./search-questions.json', import.meta.url), 'utf8')) as Question[];

let site: Site;
let watched: Watched;
beforeAll(async () => {
  site = await openSite();
  watched = await watchedPage(site);
});
afterAll(async () => {
  await site?.close();
});

/**
 * Loads /search/?q=… and returns the result paths in order once the status is final, or
 * what the status said instead when it never reported results.
 */
async function resultsFor(page: Page, query: string): Promise<{ urls: string[]; stuck?: string }> {
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}`);
  try {
    await page.locator('#search-status').filter({ hasText: /found|No results/ }).waitFor({ timeout: 15_000 });
  } catch {
    return { urls: [], stuck: await page.locator('#search-status').innerText() };
  }
  const urls = await page
    .locator('[data-search-results] a')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { urls };
}

describe('search answers practitioners’ questions', () => {
  it('has at least 40 questions, each naming a guidance page', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    for (const { q, expect: path } of questions) {
      expect(q.trim().length, 'question text').toBeGreaterThan(0);
      expect(path, q).toMatch(/^\/guidance\/[a-z0-9-]+\/$/);
    }
  });

  it('puts the page that answers each question in the top 3 results', async () => {
    const misses: string[] = [];
    for (const { q, expect: path } of questions) {
      const { urls, stuck } = await resultsFor(watched.page, q);
      if (!urls.slice(0, 3).includes(path)) {
        const got = stuck !== undefined ? `no answer, status “${stuck}”` : urls.slice(0, 3).join(', ') || 'no results';
        const rank = urls.indexOf(path);
        misses.push(`“${q}” → wanted ${path}${rank >= 0 ? ` (found at ${rank + 1})` : ''}; top 3: ${got}`);
      }
    }
    const passed = questions.length - misses.length;
    console.log(`search questions: ${passed} of ${questions.length} in the top 3`);
    expect(misses, `${misses.length} of ${questions.length} questions missed the top 3:\n${misses.join('\n')}`).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    expect(watched.offHost).toEqual([]);
  });
});

describe('quick-find forgives typos', () => {
  const typos = [
    { q: 'attendence', want: /attendance/i },
    { q: 'persistant', want: /persistent/i },
    { q: 'virtural school', want: /virtual school/i },
  ];
  it.each(typos)('“$q” still finds quick matches', async ({ q, want }) => {
    const { stuck } = await resultsFor(watched.page, q);
    expect(stuck, `search for “${q}” never finished`).toBeUndefined();
    const quick = await watched.page.locator('#quick-results a').allInnerTexts();
    expect(quick.length, `no quick matches for “${q}”`).toBeGreaterThan(0);
    expect(quick.some((text) => want.test(text)), `quick matches for “${q}”: ${quick.join(' | ')}`).toBe(true);
  });
});

describe('when search cannot load', () => {
  it('says so in the status region instead of searching for ever', async () => {
    const offline = await watchedPage(site);
    await offline.page.route('**/pagefind/**', (route) => route.abort());
    await offline.page.goto(`${site.origin}/search/?q=${encodeURIComponent('lateness')}`);
    await expect.poll(() => offline.page.locator('#search-status').innerText()).toMatch(/could not load/);
    await offline.page.context().close();
  });
});
