/**
 * Merging Pagefind's results for each idea of a query into one ranking. Pagefind needs every
 * word of a search on a page, so each idea is searched on its own and the results merged by
 * how much of the question a page answers.
 */
import type { QueryConcept } from './query-plan.ts';
import { tokenize } from './words.ts';

/**
 * How much a page matching the guidance's word for an everyday word counts, against one
 * matching the word as typed: the typed word is the surer sign of what the reader wants.
 */
const everydayFactor = 0.6;

/**
 * How a glossary term's record counts against a page. A record is a few lines, so Pagefind
 * (which favours short texts) would put it above the page that explains the term; a question
 * asking what a term means shows the term first anyway (results.ts).
 */
export const termRecordWeight = 0.4;

/** What one Pagefind search found: a score per page id, and how many pages it found. */
export interface SearchOutcome {
  scores: ReadonlyMap<string, number>;
  count: number;
}

/**
 * What a concept found, from the outcome of each search run. An exact (quoted) search says
 * which pages match; Pagefind scores exact matches all alike, so each keeps its score from
 * the same words searched loosely. A page's score is its best over the concept's searches.
 */
export function conceptHits(concept: QueryConcept, outcomes: ReadonlyMap<string, SearchOutcome>): ConceptHits {
  const scores = new Map<string, number>();
  let pageCount = 0;
  for (const search of concept.searches) {
    const outcome = outcomes.get(search);
    if (!outcome) continue;
    pageCount = Math.max(pageCount, outcome.count);
    const loose = search.startsWith('"') ? outcomes.get(looseForm(search)) : undefined;
    const floor = loose && loose.scores.size > 0 ? Math.min(...loose.scores.values()) : 1;
    // A loose search scores each word of a phrase: per word, a long name counts no more than a short one.
    const words = Math.max(1, tokenize(looseForm(search)).length);
    const inferred = concept.everyday && tokenize(looseForm(search)).join(' ') !== concept.label ? everydayFactor : 1;
    for (const [id, score] of outcome.scores) {
      const value = inferred * (loose ? (loose.scores.get(id) ?? floor) / Math.sqrt(words) : score);
      scores.set(id, Math.max(scores.get(id) ?? 0, value));
    }
  }
  return { scores, pageCount, ...(concept.termIds ? { named: true } : {}) };
}

/** The searches to run for a set of concepts: each as planned, plus a quoted one unquoted. */
export function searchesToRun(concepts: readonly QueryConcept[], skipped: readonly boolean[] = []): string[] {
  return [...new Set(concepts.flatMap((c, i) => (skipped[i] ? [] : c.searches.flatMap((s) => (s.startsWith('"') ? [s, looseForm(s)] : [s])))))];
}

/**
 * How much more a page's match on an idea the kit has a name for counts than its match on any
 * other word of the question. A named idea (a glossary term, or an everyday phrase in
 * content/search-terms.yaml) is usually what the question is about; the other words ("says",
 * "come back", "here") are as often the way it is asked.
 */
export const namedWeight = 1.5;

/** A word on more than this share of the records tells pages apart too little to rank by alone. */
export const commonShare = 0.6;

/**
 * A common word (above) on more records than this is not searched while the query has a more
 * telling idea. Its part of the index is the largest and Pagefind scores every record it is
 * on, so on a large site it is most of a search's bytes and time, for pages that rankPages
 * drops unless they match something more telling anyway. On a site of today's size no word
 * is on this many records, so nothing is skipped and its answers are as before.
 */
export const skippedCommonRecords = 1000;

/** Whether a word, on `records` of `total` records, is one the search may leave out. */
export function isSkippableWord(records: number, total: number): boolean {
  return records > skippedCommonRecords && records > total * commonShare;
}

/**
 * Which of a query's ideas go unsearched: a single word the search plan lists as skippable
 * (`common`, words with their record counts), when another idea is not.
 */
export function skippedConcepts(concepts: readonly QueryConcept[], common: Readonly<Record<string, number>>): boolean[] {
  const skip = concepts.map((c) => !c.termIds && !/[\s-]/.test(c.label) && common[c.label] !== undefined);
  return skip.every(Boolean) ? skip.map(() => false) : skip;
}

/**
 * What a search found, from Pagefind's scores for it. A word on more records than the index
 * keeps for it (`cap`: scripts/prune-pagefind-index.mjs, only on a site of thousands of pages)
 * comes back with `cap` results, and Pagefind, counting only those, weighs it as a word that
 * rare. Its true count lies between the cap and the number of records: it is taken as their
 * geometric mean, off by at most the square root of their ratio either way, and its scores are
 * scaled by BM25's weight for that count (as Pagefind computes it) against the cap's.
 */
export function searchOutcome(scores: ReadonlyMap<string, number>, cap: number, total: number): SearchOutcome {
  if (cap <= 0 || scores.size < cap || total <= cap) return { scores, count: scores.size };
  const count = Math.round(Math.sqrt(cap * total));
  const idf = (n: number) => Math.log(1 + (total - n + 0.5) / (n + 0.5));
  const factor = idf(count) / idf(cap);
  return { scores: new Map([...scores].map(([id, score]) => [id, score * factor])), count };
}

function looseForm(search: string): string {
  return search.replace(/^"|"$/g, '');
}

/** What one concept found: a score per page id, and how many pages match it. */
export interface ConceptHits {
  scores: ReadonlyMap<string, number>;
  /** Pages that match it: the fewer, the more the idea tells pages apart. */
  pageCount: number;
  /** True when the idea is one the kit has a name for (a glossary term or an everyday phrase in its map). */
  named?: boolean;
}

export interface RankedPage {
  id: string;
  score: number;
  /** How many of the query's concepts the page matched. */
  matched: number;
}

/**
 * How much each of a query's ideas tells pages apart: the fewer pages match it, the more
 * (log(1 + pages / pages matching it)); nothing for an idea no page matches.
 */
export function ideaWeights(hits: readonly Pick<ConceptHits, 'pageCount'>[], totalPages: number): number[] {
  const total = Math.max(totalPages, ...hits.map((h) => h.pageCount), 1);
  return hits.map((h) => (h.pageCount === 0 ? 0 : Math.log(1 + total / h.pageCount)));
}

/**
 * Merges per-concept results into one ranking. A page scores the sum of Pagefind's scores
 * for each concept it matches (Pagefind already weighs rare words above common ones), times
 * a bonus for the share of the query's information it covers, so a page that answers the
 * whole question beats one that repeats one word. Pages that match only words found nearly
 * everywhere ("school", "attendance") are dropped when the query has a more telling word.
 * `recordWeights` scales some records' scores (glossary terms rank below the pages that explain them).
 */
export function rankPages(hits: readonly ConceptHits[], totalPages: number, recordWeights: ReadonlyMap<string, number> = new Map()): RankedPage[] {
  const total = Math.max(totalPages, ...hits.map((h) => h.pageCount), 1);
  const weights = ideaWeights(hits, totalPages);
  const allWeight = weights.reduce((a, b) => a + b, 0);
  const common = hits.map((h) => h.pageCount > total * commonShare);
  const anyTelling = hits.some((h, i) => !common[i] && h.pageCount > 0);

  const pages = new Map<string, { sum: number; weight: number; matched: number; telling: boolean }>();
  hits.forEach((h, i) => {
    for (const [id, score] of h.scores) {
      const page = pages.get(id) ?? { sum: 0, weight: 0, matched: 0, telling: false };
      page.sum += h.named ? score * namedWeight : score;
      page.weight += weights[i]!;
      page.matched += 1;
      page.telling ||= !common[i];
      pages.set(id, page);
    }
  });
  const ranked: RankedPage[] = [];
  for (const [id, page] of pages) {
    if (anyTelling && !page.telling) continue;
    const coverage = allWeight > 0 ? page.weight / allWeight : 1;
    ranked.push({ id, score: page.sum * (1 + coverage) * (recordWeights.get(id) ?? 1), matched: page.matched });
  }
  // Ties (copies of a page score alike) in id order, compared as plain strings: a locale-aware
  // comparison costs a collation per pair, which on thousands of tied pages is most of the work.
  return ranked.sort((a, b) => b.score - a.score || b.matched - a.matched || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
