/**
 * The search question sets, and how a result list is scored against them. Shared by the
 * end-to-end tests (test/e2e/search-questions.test.ts) and the benchmark (scripts/bench.mjs),
 * so both count a question as answered in the same way.
 *
 * search-questions.json is the tuning set: the search may be changed to answer it.
 * search-questions-tuning-2.json is a second tuning set, written from the site's content before
 * the search was changed for it (issue 15 item 13), in the words the kit's users type: everyday
 * words for feelings, situations and policy terms, approaches, definitions, tools and guidance.
 * search-questions-tuning-3.json is a third tuning set (issue 15 item 13), written from the content and
 * the sources before the search was changed for it, from each audience in PRODUCT.md and weighted
 * toward the kinds the held-out share was weakest in: everyday words for feelings, situations and
 * policy terms, and "what is ..." questions for glossary terms the other sets do not ask about.
 * search-questions-tuning-4.json is a fourth tuning set (issue 15 item 13), written the same way
 * before the search was changed for it, weighted toward guidance questions in the words of
 * practitioners, parents (through a social worker), designated teachers and virtual school staff,
 * definitions of the glossary terms no other set asks about, everyday feelings and policy names.
 * search-questions-tuning-5.json is a fifth tuning set (issue 15 item 13), written the same way
 * before the search was changed for it, from every audience in PRODUCT.md (practitioners,
 * parents through a social worker, designated teachers, virtual school staff, council staff
 * embedding the tools, trainers, supervisors), weighted toward glossary terms and forms no other
 * set asks about, everyday names for policy terms, typos and tool-naming questions.
 * search-questions-tuning-6.json is a sixth tuning set (issue 15 item 13), written by an engineer who
 * had not seen the search's code or results, from the built pages, before the search was changed
 * for it, in the mix of kinds of question of the held-out set (about a third guidance, a fifth
 * tools), from every audience.
 * search-questions-tuning-7.json is a seventh tuning set, written the same way by an engineer who
 * had not seen the search's code or results, before the search was changed for it.
 * search-questions-held-out.json was written before the search changes and is never used to
 * tune: only its share of answers is measured and reported.
 * search-questions-held-out-2.json was written with the sixth tuning set, in the same way, by the
 * same engineer, and is held out as the first is: nobody has read its questions' results, only
 * its shares.
 * search-questions-held-out-3.json was written with the seventh tuning set, from the same pool of
 * questions split at random, and is held out as the others are.
 * search-questions-tuning-8.json and search-questions-held-out-4.json were written together by two
 * engineers who had seen neither the search's code nor its results nor any other question set,
 * from the built pages, in the held-out set's mix of kinds; their pool was split at random, kind
 * by kind: the first is for tuning, the second held out as the others are.
 * search-questions-tuning-9.json and search-questions-held-out-5.json were written the same way, by
 * two more such engineers, and split at random kind by kind in the same way.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import yaml from 'js-yaml';
import { stopWords } from '../../src/lib/search/words.ts';
import { plainName } from '../../src/lib/search/query-plan.ts';

export interface SearchQuestion {
  /** What a person types. */
  q: string;
  /** The URL path (with #anchor where only that section answers) that answers it. */
  expect: string;
  /** Other URLs that answer it as well. */
  alsoAccept?: string[];
  category?: string;
  audience?: string;
  /** What the answer says (tuning set only). */
  answer?: string;
}

export type QuestionSetName =
  'tuned' | 'tuned2' | 'tuned3' | 'tuned4' | 'tuned5' | 'tuned6' | 'tuned7' | 'tuned8' | 'tuned9' | 'heldOut' | 'heldOut2' | 'heldOut3' | 'heldOut4' | 'heldOut5';

const files: Record<QuestionSetName, string> = {
  tuned: '../e2e/search-questions.json',
  tuned2: '../e2e/search-questions-tuning-2.json',
  tuned3: '../e2e/search-questions-tuning-3.json',
  tuned4: '../e2e/search-questions-tuning-4.json',
  tuned5: '../e2e/search-questions-tuning-5.json',
  tuned6: '../e2e/search-questions-tuning-6.json',
  tuned7: '../e2e/search-questions-tuning-7.json',
  tuned8: '../e2e/search-questions-tuning-8.json',
  tuned9: '../e2e/search-questions-tuning-9.json',
  heldOut: '../e2e/search-questions-held-out.json',
  heldOut2: '../e2e/search-questions-held-out-2.json',
  heldOut3: '../e2e/search-questions-held-out-3.json',
  heldOut4: '../e2e/search-questions-held-out-4.json',
  heldOut5: '../e2e/search-questions-held-out-5.json',
};

export function questionSet(name: QuestionSetName): SearchQuestion[] {
  return JSON.parse(readFileSync(new URL(files[name], import.meta.url), 'utf8')) as SearchQuestion[];
}

/**
 * Whether a result's URL (path and hash) answers as `wanted` does: the paths are equal and,
 * when `wanted` names an #anchor, so are the anchors. A result that goes to a section of the
 * right page answers a question that names only the page.
 */
export function answers(resultUrl: string, wanted: string): boolean {
  const result = new URL(resultUrl, 'http://site.invalid');
  const target = new URL(wanted, 'http://site.invalid');
  if (result.pathname !== target.pathname) return false;
  return target.hash === '' || result.hash === target.hash;
}

/** The 1-based rank of the first result that answers the question, or 0 when none does. */
export function answerRank(resultUrls: readonly string[], question: SearchQuestion): number {
  const wanted = [question.expect, ...(question.alsoAccept ?? [])];
  const at = resultUrls.findIndex((url) => wanted.some((w) => answers(url, w)));
  return at + 1;
}

export interface Share {
  questions: number;
  top1: number;
  top3: number;
  /** Shares as fractions of the questions, rounded to 3 places. */
  top1Share: number;
  top3Share: number;
}

export interface ShareReport extends Share {
  byCategory: Record<string, Share>;
  /**
   * Questions not answered in the top 3, with what came first instead. Left empty for the
   * held-out set: reading its misses one by one is how a search ends up tuned to it.
   */
  misses: { q: string; expect: string; rank: number; top3: string[] }[];
}

function share(ranks: readonly number[]): Share {
  const top1 = ranks.filter((r) => r === 1).length;
  const top3 = ranks.filter((r) => r >= 1 && r <= 3).length;
  const of = (n: number) => (ranks.length === 0 ? 0 : Math.round((n / ranks.length) * 1000) / 1000);
  return { questions: ranks.length, top1, top3, top1Share: of(top1), top3Share: of(top3) };
}

/** Sums up where each question's answer came in its results. */
export function shareReport(outcomes: readonly { question: SearchQuestion; urls: readonly string[] }[], { listMisses }: { listMisses: boolean }): ShareReport {
  const ranked = outcomes.map((o) => ({ ...o, rank: answerRank(o.urls, o.question) }));
  const categories = [...new Set(ranked.map((r) => r.question.category ?? 'uncategorised'))].sort();
  return {
    ...share(ranked.map((r) => r.rank)),
    byCategory: Object.fromEntries(categories.map((c) => [c, share(ranked.filter((r) => (r.question.category ?? 'uncategorised') === c).map((r) => r.rank))])),
    misses: listMisses ? ranked.filter((r) => r.rank === 0 || r.rank > 3).map((r) => ({ q: r.question.q, expect: r.question.expect, rank: r.rank, top3: r.urls.slice(0, 3) })) : [],
  };
}

/**
 * Opens the search page for a query and returns the ranked result URLs (path and hash) once
 * the status region reports the search finished, or what it said instead if it never did.
 */
export async function searchResults(page: Page, origin: string, query: string): Promise<{ urls: string[]; stuck?: string }> {
  await page.goto(`${origin}/search/?q=${encodeURIComponent(query)}`);
  try {
    await page
      .locator('#search-status')
      .filter({ hasText: /found|No results/ })
      .waitFor({ timeout: 15_000 });
  } catch {
    return { urls: [], stuck: await page.locator('#search-status').innerText() };
  }
  const urls = await page.locator('[data-search-results] a').evaluateAll((links) =>
    links.map((a) => {
      const url = new URL((a as HTMLAnchorElement).href);
      return url.pathname + url.hash;
    }),
  );
  return { urls };
}

/** Runs every question of a set through the search page and scores the results. */
export async function measureQuestionSet(page: Page, origin: string, set: QuestionSetName): Promise<ShareReport> {
  return measureQuestions(page, origin, questionSet(set), { listMisses: !set.startsWith('heldOut') });
}

/**
 * Runs the given questions through the search page, one after another, and scores the results.
 * (Two tabs side by side were tried: on two cores the searching keeps both busy either way, and
 * the twelve sets took as long.)
 */
export async function measureQuestions(page: Page, origin: string, questions: readonly SearchQuestion[], { listMisses }: { listMisses: boolean }): Promise<ShareReport> {
  const outcomes: { question: SearchQuestion; urls: string[] }[] = [];
  for (const question of questions) {
    const { urls } = await searchResults(page, origin, question.q);
    outcomes.push({ question, urls });
  }
  return shareReport(outcomes, { listMisses });
}

/** The ways of asking what a name means that the definition checks use, one after another. */
export const definitionAskings: readonly ((name: string) => string)[] = [
  (name) => `what is ${name}`,
  (name) => `what does ${name} mean`,
  (name) => `${name} meaning`,
  (name) => `define ${name}`,
];

/** A glossary term as the definition checks read it from content/glossary.yaml. */
export interface GlossaryNames {
  id: string;
  /** Its name (without a qualifier in brackets), abbreviation and aliases. */
  names: string[];
}

/**
 * Every glossary term and the names a reader may ask about it by. A name that is also a common
 * word of a question ("ARE", age-related expectations) is left out: "what is ARE" reads as the
 * word "are", as a reader typing it would mostly mean.
 */
export function glossaryNames(): GlossaryNames[] {
  const terms = yaml.load(readFileSync(new URL('../../content/glossary.yaml', import.meta.url), 'utf8')) as {
    id: string;
    term: string;
    abbreviation?: string;
    aliases?: string[];
  }[];
  return terms.map((t) => ({
    id: t.id,
    names: [plainName(t.term).toLowerCase(), ...(t.abbreviation ? [t.abbreviation] : []), ...(t.aliases ?? [])].filter((n) => !stopWords.has(n.toLowerCase())),
  }));
}
