/**
 * The quick-find: fuse.js over the names of things a reader may be looking for (glossary terms
 * and their other names, tools, checklists and their items, local pages, guidance pages), with
 * typing slips forgiven ("attendence", "persistant absense", "virtural school"). The search page
 * loads it after a search's first results, so it never delays them.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { QuickFindEntry, QuickFindKind, QuickFindList } from './index-types.ts';
import { maxQueryLength } from './query-plan.ts';
import { meaningfulWords } from './words.ts';

export interface QuickMatch {
  title: string;
  url: string;
  kind: QuickFindKind;
  within?: string | undefined;
}

/** Words shorter than this must be typed exactly: one slip in a short word makes another word. */
const shortestFuzzyWord = 5;
/** The most typed words read: a pasted paragraph names no single thing. */
const maxWords = 8;

const options: IFuseOptions<QuickFindEntry> = {
  keys: [
    { name: 'title', weight: 2 },
    { name: 'names', weight: 1 },
  ],
  // Extended search: each typed word must match (the words are ANDed), a long word loosely.
  useExtendedSearch: true,
  ignoreLocation: true,
  threshold: 0.3,
  includeScore: true,
};

export function quickFinder(list: QuickFindList): Fuse<QuickFindEntry> {
  return new Fuse(list.entries, options);
}

/**
 * The query as fuse.js's extended search reads it: its meaningful words, every one needed; a
 * short word as typed (`'word` matches it anywhere), a longer one allowing slips.
 */
export function quickQuery(query: string): string {
  const words = meaningfulWords(query.slice(0, maxQueryLength)).slice(0, maxWords);
  return words.map((w) => (w.length < shortestFuzzyWord ? `'${w}` : w)).join(' ');
}

/** The best matches for what was typed, at most `limit`. */
export function quickMatches(query: string, finder: Fuse<QuickFindEntry>, limit = 8): QuickMatch[] {
  const pattern = quickQuery(query);
  if (!pattern) return [];
  return finder.search(pattern, { limit }).map(({ item }) => ({ title: item.title, url: item.url, kind: item.kind, within: item.within }));
}
