import { describe, expect, it } from 'vitest';
import {
  conceptHits,
  isSkippableWord,
  namedWeight,
  rankPages,
  searchOutcome,
  searchesToRun,
  skippedConcepts,
  type ConceptHits,
  type SearchOutcome,
} from '../../src/lib/search/ranking.ts';

const hit = (scores: Record<string, number>, pageCount = Object.keys(scores).length): ConceptHits => ({
  scores: new Map(Object.entries(scores)),
  pageCount,
});
const outcome = (scores: Record<string, number>): SearchOutcome => ({ scores: new Map(Object.entries(scores)), count: Object.keys(scores).length });

describe('leaving out a word found on most records of a large site', () => {
  it('skips a word only when it is on most records and on more than a fixed number of them', () => {
    expect(isSkippableWord(150, 162)).toBe(false);
    expect(isSkippableWord(5000, 5830)).toBe(true);
    expect(isSkippableWord(1500, 5830)).toBe(false);
  });
  it('leaves out a listed single word, never a glossary term or a phrase, and never every idea', () => {
    const concepts = [
      { label: 'school', searches: ['school'] },
      { label: 'reduced timetable', searches: ['"reduced timetable"'], termIds: ['reduced-timetable'] },
      { label: 'child', searches: ['child'], termIds: ['lac'] },
    ];
    const common = { school: 5000, child: 5000 };
    expect(skippedConcepts(concepts, common)).toEqual([true, false, false]);
    expect(searchesToRun(concepts, skippedConcepts(concepts, common))).toEqual(['"reduced timetable"', 'reduced timetable', 'child']);
    expect(skippedConcepts([concepts[0]!], common)).toEqual([false]);
    expect(skippedConcepts(concepts, {})).toEqual([false, false, false]);
  });
});

describe('running the searches for a concept', () => {
  it('runs a quoted search and its loose form', () => {
    expect(searchesToRun([{ label: 'pa', searches: ['"PA"', 'persistent'] }])).toEqual(['"PA"', 'PA', 'persistent']);
  });

  it('keeps only the pages an exact search found, scored by the loose search', () => {
    const outcomes = new Map([
      ['"PA"', outcome({ a: 1, b: 1 })],
      ['PA', outcome({ a: 4, b: 2, c: 9 })],
    ]);
    const hits = conceptHits({ label: 'pa', searches: ['"PA"'] }, outcomes);
    expect([...hits.scores]).toEqual([
      ['a', 4],
      ['b', 2],
    ]);
    expect(hits.pageCount).toBe(2);
  });

  it('scores a page by its best search, and a long phrase no higher per word', () => {
    const outcomes = new Map([
      ['"lead practitioner"', outcome({ a: 1 })],
      ['lead practitioner', outcome({ a: 8 })],
      ['lead', outcome({ a: 3, b: 5 })],
    ]);
    const hits = conceptHits({ label: 'lead', searches: ['"lead practitioner"', 'lead'] }, outcomes);
    expect(hits.scores.get('a')).toBeCloseTo(8 / Math.SQRT2);
    expect(hits.scores.get('b')).toBe(5);
  });
});

describe('ranking merged results', () => {
  it('ranks a page matching every idea above one matching a single idea strongly', () => {
    const ranked = rankPages([hit({ answer: 3, noise: 5 }, 2), hit({ answer: 3 }, 3)], 40);
    expect(ranked.map((r) => r.id)).toEqual(['answer', 'noise']);
    expect(ranked[0]!.matched).toBe(2);
  });

  it('drops pages that match only words found nearly everywhere', () => {
    const everywhere = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`p${i}`, 0.2]));
    const ranked = rankPages([hit(everywhere), hit({ p1: 4 })], 40);
    expect(ranked.map((r) => r.id)).toEqual(['p1']);
  });

  it('keeps every page when the query has only common words', () => {
    const everywhere = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`p${i}`, 0.2 + i / 100]));
    const ranked = rankPages([hit(everywhere)], 40);
    expect(ranked).toHaveLength(40);
    expect(ranked[0]!.id).toBe('p39');
  });

  it('counts a match on an idea the kit has a name for above one on another word of the question', () => {
    // "take her off roll if she does not come back": the named idea, not "come back", says what is asked.
    const offRoll = { ...hit({ register: 2 }, 4), named: true };
    const comeBack = hit({ chat: 2.5 }, 4);
    expect(rankPages([offRoll, comeBack], 40).map((r) => r.id)).toEqual(['register', 'chat']);
    expect(rankPages([{ ...offRoll, named: false }, comeBack], 40).map((r) => r.id)).toEqual(['chat', 'register']);
    expect(namedWeight).toBeGreaterThan(1);
  });
  it('marks the ideas the kit has a name for, glossary terms and everyday phrases, and no other word', () => {
    const outcomes = new Map([['roll', outcome({ a: 1 })]]);
    expect(conceptHits({ label: 'off roll', searches: ['roll'], termIds: [], everyday: true }, outcomes).named).toBe(true);
    expect(conceptHits({ label: 'dsl', searches: ['roll'], termIds: ['dsl'] }, outcomes).named).toBe(true);
    expect(conceptHits({ label: 'roll', searches: ['roll'] }, outcomes).named).toBeUndefined();
  });

  it('returns nothing when nothing matched', () => {
    expect(rankPages([hit({}), hit({})], 40)).toEqual([]);
  });
});

describe('weighing records and everyday words', () => {
  it('ranks a glossary term’s record below a page that explains it, by its record weight', () => {
    const hits = [hit({ term: 6, page: 5 })];
    expect(rankPages(hits, 40).map((r) => r.id)).toEqual(['term', 'page']);
    expect(rankPages(hits, 40, new Map([['term', 0.4]])).map((r) => r.id)).toEqual(['page', 'term']);
  });

  it('counts a page matching only the guidance’s word for an everyday word below one matching the word typed', () => {
    const concept = { label: 'kicked out', searches: ['"kicked out"', 'exclusion'], everyday: true };
    const outcomes = new Map<string, SearchOutcome>([
      ['"kicked out"', { scores: new Map([['typed', 1]]), count: 1 }],
      ['kicked out', { scores: new Map([['typed', 4]]), count: 1 }],
      ['exclusion', { scores: new Map([['policy', 4]]), count: 1 }],
    ]);
    const { scores } = conceptHits(concept, outcomes);
    expect(scores.get('policy')).toBeLessThan(scores.get('typed')!);
  });
});

describe('the words on most records', () => {
  it('lists the words, not stop words, on more than the common share of the records', async () => {
    const { everywhereWords } = await import('../../scripts/build-search-index.mjs');
    const texts = ['The school and attendance', 'school attendance plans', 'attendance in the school day', 'attendance at school', 'a reduced timetable'];
    // "school" and "attendance" are on 4 of 5 records (over 60%); "the" is a stop word; "day" is on one.
    expect(everywhereWords(texts).sort()).toEqual(['attendance', 'school']);
  });
});

describe('the records of each kind of page', () => {
  it('lists the pages under each kind’s path, not its index page nor pages elsewhere', async () => {
    const { pageKindRecords } = await import('../../scripts/build-search-index.mjs');
    const fragments = [
      { id: 'a', url: '/checklists/' },
      { id: 'b', url: '/checklists/assessment/' },
      { id: 'c', url: '/guidance/attendance-in-assessment/' },
      { id: 'd', url: '/checklists/supervision/' },
      { id: 'e', url: '/case-studies/lincolnshire/' },
    ];
    expect(pageKindRecords(fragments, [{ path: '/checklists/' }, { path: '/tools/' }])).toEqual({ '/checklists/': ['b', 'd'], '/tools/': [] });
  });
});

describe('a word whose part of the index was pruned (a site of thousands of pages)', () => {
  const total = 5000;
  const cap = 300;
  const idf = (n: number) => Math.log(1 + (total - n + 0.5) / (n + 0.5));
  // Each found page's score as Pagefind gives it: the idf it takes from the kept records, times a
  // term frequency as high as its BM25 allows with a title match.
  const capped = new Map(Array.from({ length: cap }, (_, i) => [`common-${i}`, idf(cap) * 3]));

  it('counts a search with fewer results than the bound as it is', () => {
    const scores = new Map([['a', 4]]);
    expect(searchOutcome(scores, cap, total)).toEqual({ scores, count: 1 });
    expect(searchOutcome(capped, 0, total)).toEqual({ scores: capped, count: cap });
  });

  it('takes one that reached the bound as on many more records, weighed down as BM25 weighs such a word', () => {
    const { scores, count } = searchOutcome(capped, cap, total);
    expect(count).toBe(Math.round(Math.sqrt(cap * total)));
    expect(scores.get('common-0')).toBeCloseTo((idf(count) / idf(cap)) * idf(cap) * 3, 6);
    expect(scores.size).toBe(cap);
  });

  it('so that a page matching only the pruned word does not outrank one matching a rare word', () => {
    const rare = { scores: new Map([['answer', idf(20)]]), count: 20 };
    const outcomes = (common: SearchOutcome) =>
      new Map([
        ['timetable', rare],
        ['child', common],
      ]);
    const rank = (common: SearchOutcome) =>
      rankPages(
        [conceptHits({ label: 'timetable', searches: ['timetable'] }, outcomes(common)), conceptHits({ label: 'child', searches: ['child'] }, outcomes(common))],
        total,
      ).map((r) => r.id);
    expect(rank(searchOutcome(capped, cap, total))[0]).toBe('answer');
    // As Pagefind alone would score it, the pruned word's inflated weight puts its pages first.
    expect(rank({ scores: capped, count: cap })[0]).toBe('common-0');
  });
});
