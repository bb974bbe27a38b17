/**
 * Quick matches: glossary terms and the kit's tools whose names match what was typed, typing
 * slips forgiven ("attendence", "persistant", "virtural school"). A list of names this small
 * needs no fuzzy-search library: each typed word is compared with each word of each name.
 */
import type { QuickFindIndex } from './index-types.ts';
import { maxQueryLength } from './query-plan.ts';
import { editDistance } from './spelling.ts';
import { meaningfulWords, sameWord, tokenize } from './words.ts';

export interface QuickMatch {
  title: string;
  url: string;
  kind: 'term' | 'task';
}

/** Slips forgiven in a word of this length: none in short words, where one slip makes another word. */
function slips(word: string): number {
  if (word.length < 5) return 0;
  return word.length < 8 ? 1 : 2;
}

/** How closely a typed word matches a word of a name: 2 the same word, 1 a slip or a start, 0 not at all. */
function wordMatch(typed: string, name: string): number {
  if (sameWord(typed, name)) return 2;
  if (typed.length >= 4 && name.startsWith(typed)) return 1;
  const allowed = slips(typed);
  return allowed > 0 && editDistance(typed, name, allowed) <= allowed ? 1 : 0;
}

/** The best matches, at most `limit`: each must match every meaningful typed word. */
export function quickMatches(query: string, index: Pick<QuickFindIndex, 'terms' | 'tasks'>, limit = 8): QuickMatch[] {
  const words = meaningfulWords(query.slice(0, maxQueryLength)).slice(0, 8);
  if (words.length === 0) return [];
  const entries = [
    ...index.terms.map((t) => ({
      title: t.abbreviation ? `${t.abbreviation}: ${t.term}` : t.term,
      url: `/glossary/#${t.id}`,
      kind: 'term' as const,
      names: [t.term, ...(t.abbreviation ? [t.abbreviation] : []), ...t.aliases],
    })),
    ...index.tasks.map((t) => ({ title: t.title, url: t.page, kind: 'task' as const, names: [t.title] })),
  ];
  const scored: { match: QuickMatch; score: number; order: number }[] = [];
  entries.forEach((entry, order) => {
    let best = 0;
    for (const name of entry.names) {
      const nameWords = tokenize(name);
      let score = 0;
      for (const word of words) {
        const value = Math.max(0, ...nameWords.map((n) => wordMatch(word, n)));
        if (value === 0) {
          score = 0;
          break;
        }
        score += value;
      }
      // A name that is all the typed words, and no more, is the best kind of match.
      if (score > 0) best = Math.max(best, score + (nameWords.length === words.length ? 1 : 0));
    }
    if (best > 0) scored.push({ match: { title: entry.title, url: entry.url, kind: entry.kind }, score: best, order });
  });
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.match);
}
