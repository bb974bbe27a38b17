/**
 * A definition question lands on the glossary entry (issue 15 item 11) through the built search
 * page. Each glossary term is asked about once, the names and the ways of asking taken in turn
 * ("what is ...", "what does ... mean", "... meaning", "define ..."), so every term and every
 * way of asking is tried in a real browser; test/unit/search-definitions.test.ts reads every
 * name in every way. The questions are made from content/glossary.yaml: nobody picked them, and
 * the search was not tuned on them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { definitionAskings, glossaryNames, measureQuestions, type SearchQuestion } from '../helpers/search-questions.ts';
import { openSite, watchedPage, type Site, type Watched } from './harness.ts';

function definitionQuestions(): SearchQuestion[] {
  return glossaryNames().map(({ id, names }, i) => ({
    q: definitionAskings[i % definitionAskings.length]!(names[Math.floor(i / definitionAskings.length) % names.length]!),
    expect: `/glossary/#${id}`,
    category: 'definition',
  }));
}

let site: Site;
let watched: Watched;
beforeAll(async () => {
  site = await openSite();
  watched = await watchedPage(site);
});
afterAll(async () => {
  await site?.close();
});

describe('definition questions', () => {
  it('ask about every glossary term, by more than its own name', () => {
    const questions = definitionQuestions();
    const terms = glossaryNames();
    expect(new Set(questions.map((q) => q.expect)).size).toBe(terms.length);
    const byOwnName = questions.filter((q, i) => q.q === definitionAskings[i % definitionAskings.length]!(terms[i]!.names[0]!));
    expect(byOwnName.length).toBeLessThan(questions.length / 2);
  });

  it('find the term’s glossary entry first', async () => {
    const report = await measureQuestions(watched.page, site.origin, definitionQuestions(), { listMisses: true });
    const notFirst = report.misses.map((m) => `“${m.q}” → wanted ${m.expect} (found at ${m.rank || 'no rank'}); top 3: ${m.top3.join(', ') || 'no results'}`);
    console.log(`definition questions: ${report.top1} of ${report.questions} first, ${report.top3} in the top 3`);
    expect(notFirst, `${notFirst.length} of ${report.questions} missed the top 3:\n${notFirst.join('\n')}`).toEqual([]);
    expect(report.top1, 'the entry comes first for every question').toBe(report.questions);
    expect(watched.errors).toEqual([]);
    expect(watched.offHost).toEqual([]);
  });
});
