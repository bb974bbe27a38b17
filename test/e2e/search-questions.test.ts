/**
 * Practitioners type whole questions, not keywords. Three sets of questions, each naming the
 * page (or section) that answers it, are run through the site's own search page
 * (/search/?q=...) against the built site:
 * - search-questions.json, the tuning set: every answer must be in the top 3;
 * - search-questions-tuning-2.json to -9.json, a second to ninth
 *   tuning set written in the words the kit's users type (everyday words for feelings,
 *   situations and policy terms, approaches, definitions, tools, guidance) before the search
 *   was changed for them: each at least the share below in the top 3;
 * - search-questions-held-out.json, written before the search changes and never used to tune
 *   it, search-questions-held-out-2.json, written with the sixth tuning set, and
 *   search-questions-held-out-3.json, written with the seventh, and
 *   search-questions-held-out-4.json, written with the eighth, and
 *   search-questions-held-out-5.json, written with the ninth, held out the same way: at
 *   least the share below must be in the top 3. Their misses are not listed, on purpose
 *   (test/helpers/search-questions.ts says why); the share per category is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, openSite, watchedPage, type Site, type Watched } from './harness.ts';
import { measureQuestionSet, questionSet, searchResults, type QuestionSetName } from '../helpers/search-questions.ts';

/**
 * The held-out share reached in the top 3: the goal of issue 15, 0.95 (115 of 121 when this was
 * set; 75 before the search changes, 103 before those for the third tuning set, 107 before those
 * for the fourth, 108 before nearness and the search terms worked out from the pages, 111 before
 * the search phrasings, 114 before the changes made with the ninth tuning set), which a change
 * must not lower. It was reached without reading any held-out question's result.
 */
const heldOutTop3Share = 0.95;

/**
 * The second tuning set's share in the top 3 (97 of 97 when this was set; 81 before the search
 * changes for it, 94 before those for the third set, 96 before those for the fifth), which a
 * change must not lower by more than a question.
 */
const secondTuningTop3Share = 0.98;

/**
 * The third tuning set's share in the top 3 (85 of 86 when this was set; 67 before the search
 * changes for it, 84 before those for the fifth set), which a change must not lower by more
 * than a question.
 */
const thirdTuningTop3Share = 0.97;

/**
 * The fourth tuning set's share in the top 3 (71 of 71 when this was set; 62 before the search
 * changes for it, 66 before those for the fifth set, 69 before the search phrasings), which a
 * change must not lower by more than a question.
 */
const fourthTuningTop3Share = 0.98;

/**
 * The fifth tuning set's share in the top 3 (72 of 74 when this was set; 62 before the search
 * changes for it), which a change must not lower by more than a question.
 */
const fifthTuningTop3Share = 0.95;

/**
 * The sixth tuning set's share in the top 3 (87 of 90 when this was set; 82 before the search
 * changes for it, 86 before the search phrasings), which a change must not lower by more than a
 * question.
 */
const sixthTuningTop3Share = 0.95;

/**
 * The second held-out set's share in the top 3 (74 of 80 when this was set; 69 before the search
 * changes made for the sixth tuning set, 71 after them), which a change must not lower by more
 * than a question.
 */
const secondHeldOutTop3Share = 0.91;

/**
 * The seventh tuning set's share in the top 3 (85 of 90 when this was set; 76 before the
 * search changes made with it), which a change must not lower by more than a question.
 */
const seventhTuningTop3Share = 0.93;

/**
 * The third held-out set's share in the top 3 (60 of 70 when this was set; 55 before the
 * search changes made with the seventh tuning set, 59 before the search phrasings), which a
 * change must not lower by more than a question.
 */
const thirdHeldOutTop3Share = 0.84;

/**
 * The eighth tuning set's share in the top 3 (81 of 89 when this was set; 78 at its first
 * measurement, before the changes made with the ninth tuning set), which a change must not lower
 * by more than a question.
 */
const eighthTuningTop3Share = 0.89;

/**
 * The fourth held-out set's share in the top 3 (81 of 91 when this was set, its first
 * measurement), which a change must not lower by more than a question.
 */
const fourthHeldOutTop3Share = 0.87;

/**
 * The ninth tuning set's share in the top 3 (85 of 90 when this was set; 77 before the search
 * changes made with it), which a change must not lower by more than a question.
 */
const ninthTuningTop3Share = 0.93;

/**
 * The fifth held-out set's share in the top 3 (74 of 90 when this was set; 71 before the search
 * changes made with the ninth tuning set), which a change must not lower by more than a question.
 */
const fifthHeldOutTop3Share = 0.81;

let site: Site;
let watched: Watched;
beforeAll(async () => {
  site = await openSite();
  watched = await watchedPage(site);
});
afterAll(async () => {
  await site?.close();
});

const resultsFor = (page: Page, query: string) => searchResults(page, site.origin, query);

/**
 * The answers (expect and alsoAccept) of a set that are not a site path, a built page, or a section
 * of one, by URL only: a held-out set's questions are not printed.
 */
function answersNotOnTheSite(set: QuestionSetName): string[] {
  const problems: string[] = [];
  for (const { expect: path, alsoAccept = [] } of questionSet(set)) {
    for (const url of [path, ...alsoAccept]) {
      const [pagePath, anchor] = url.split('#');
      const file = join(distDir, pagePath!, 'index.html');
      if (!/^\/[a-z0-9/-]+\/(#[a-z0-9-]+)?$/.test(url)) problems.push(`${url} is not a site path`);
      else if (!existsSync(file)) problems.push(`${url} is not a page of the site`);
      else if (anchor && !readFileSync(file, 'utf8').includes(`id="${anchor}"`)) problems.push(`${url} has no such section`);
    }
  }
  return problems;
}

describe('search answers practitioners’ questions', () => {
  it('has at least 40 tuning questions, each naming a page of the site', () => {
    const questions = questionSet('tuned');
    expect(questions.length).toBeGreaterThanOrEqual(40);
    for (const { q, expect: path } of questions) {
      expect(q.trim().length, 'question text').toBeGreaterThan(0);
      expect(path, q).toMatch(/^\/[a-z0-9/-]+\/(#[a-z0-9-]+)?$/);
    }
  });

  it('puts the answer to each tuning question in the top 3 results', async () => {
    const report = await measureQuestionSet(watched.page, site.origin, 'tuned');
    const misses = report.misses.map((m) => `“${m.q}” → wanted ${m.expect}${m.rank > 0 ? ` (found at ${m.rank})` : ''}; top 3: ${m.top3.join(', ') || 'no results'}`);
    console.log(`tuning questions: ${report.top3} of ${report.questions} in the top 3, ${report.top1} first`);
    expect(misses, `${misses.length} of ${report.questions} questions missed the top 3:\n${misses.join('\n')}`).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    expect(watched.offHost).toEqual([]);
  });

  describe.each([
    { set: 'tuned2', name: 'second tuning set', floor: secondTuningTop3Share },
    { set: 'tuned3', name: 'third tuning set', floor: thirdTuningTop3Share },
    { set: 'tuned4', name: 'fourth tuning set', floor: fourthTuningTop3Share },
    { set: 'tuned5', name: 'fifth tuning set', floor: fifthTuningTop3Share },
    { set: 'tuned6', name: 'sixth tuning set', floor: sixthTuningTop3Share },
    { set: 'tuned7', name: 'seventh tuning set', floor: seventhTuningTop3Share },
    { set: 'tuned8', name: 'eighth tuning set', floor: eighthTuningTop3Share },
    { set: 'tuned9', name: 'ninth tuning set', floor: ninthTuningTop3Share },
  ] as const)('the $name', ({ set, name, floor }) => {
    it('has at least 60 questions, from each kind of question, each naming a page of the site', () => {
      const questions = questionSet(set);
      expect(questions.length).toBeGreaterThanOrEqual(60);
      const kinds = new Set(questions.map((q) => q.category));
      expect([...kinds].sort()).toEqual(['approach', 'definition', 'everyday-feelings', 'everyday-policy', 'guidance', 'tool']);
      for (const { q } of questions) expect(q.trim().length, 'question text').toBeGreaterThan(0);
      expect(answersNotOnTheSite(set)).toEqual([]);
    });

    it(`puts the answer to at least ${floor * 100}% in the top 3`, async () => {
      const report = await measureQuestionSet(watched.page, site.origin, set);
      const misses = report.misses.map((m) => `“${m.q}” → wanted ${m.expect}${m.rank > 0 ? ` (found at ${m.rank})` : ''}; top 3: ${m.top3.join(', ') || 'no results'}`);
      const summary = `${name}: ${report.top3} of ${report.questions} in the top 3, ${report.top1} first; missed:\n${misses.join('\n')}`;
      console.log(summary);
      expect(report.top3Share, summary).toBeGreaterThanOrEqual(floor);
    });
  });

  it.each([
    { set: 'heldOut', name: 'held-out questions', floor: heldOutTop3Share, percent: heldOutTop3Share * 100 },
    { set: 'heldOut2', name: 'second held-out set', floor: secondHeldOutTop3Share, percent: secondHeldOutTop3Share * 100 },
    { set: 'heldOut3', name: 'third held-out set', floor: thirdHeldOutTop3Share, percent: thirdHeldOutTop3Share * 100 },
    { set: 'heldOut4', name: 'fourth held-out set', floor: fourthHeldOutTop3Share, percent: fourthHeldOutTop3Share * 100 },
    { set: 'heldOut5', name: 'fifth held-out set', floor: fifthHeldOutTop3Share, percent: fifthHeldOutTop3Share * 100 },
  ] as const)('puts the answer to at least $percent% of the $name in the top 3', async ({ set, name, floor }) => {
    const report = await measureQuestionSet(watched.page, site.origin, set);
    const byCategory = Object.entries(report.byCategory)
      .map(([category, s]) => `${category}: ${s.top3} of ${s.questions} in the top 3, ${s.top1} first`)
      .join('\n');
    const summary = `${name}: ${report.top3} of ${report.questions} in the top 3, ${report.top1} first\n${byCategory}`;
    console.log(summary);
    expect(report.questions).toBeGreaterThanOrEqual(60);
    expect(report.top3Share, summary).toBeGreaterThanOrEqual(floor);
  });

  // An answer that is no longer a page or section of the site would count as a miss unnoticed.
  it.each(['heldOut', 'heldOut2', 'heldOut3', 'heldOut4', 'heldOut5'] as const)('names a page or section of the site for every answer of %s', (set) => {
    expect(answersNotOnTheSite(set)).toEqual([]);
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
    expect(
      quick.some((text) => want.test(text)),
      `quick matches for “${q}”: ${quick.join(' | ')}`,
    ).toBe(true);
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
