/**
 * The everyday-word map (the search plan's `synonyms`, a thousand phrases and half of the plan)
 * in parts by the first two letters of each phrase, so that a search fetches only the phrases
 * its own words can start: one part of 0.3 KB for a one-word search, 3 KB for a question, against
 * 6.2 KB for the whole map (issue 17: bytes of a first search). The glossary names and tools
 * stay whole in /search-plan.json, with the list of parts.
 *
 * Why two letters are enough: query-plan.ts reads a phrase in a query from the query word that
 * matches the phrase's first word (or, for a phrase whose first words are stop words that may be
 * left out, its first other word), and a word matches only a word it shares its first two
 * letters with (equal, a plural, or another ending of a stem of five letters or more: words.ts;
 * test/unit/synonym-parts.test.ts checks every phrase and question), or another form of the same
 * irregular verb ("took" is "take"), whose parts a query fetches too. A spelling correction can
 * change a word's first letters, so a search that corrects spelling fetches every part.
 */
import type { SearchPlanData, Synonym } from './index-types.ts';
import { splitWords, stopWords, tokenize, verbForms } from './words.ts';

/** /search-plan.json: the plan without its everyday words, and the parts there are. */
export type PlanBase = Omit<SearchPlanData, 'synonyms'> & { synonymParts: string[] };

/** An entry of the map with the phrases of one part, and its place in the whole map. */
export type SynonymPart = (Synonym & { n: number })[];

/**
 * The part a word belongs to: its first two letters (the whole of a shorter word), or "_" for
 * a word that starts with anything else.
 */
export function partOf(word: string): string {
  const start = word.slice(0, 2).toLowerCase();
  return /^[a-z0-9]+$/.test(start) ? start : '_';
}

/** The parts a phrase can be read from: its first word's, and its first word that is not a stop word's. */
function partsOfPhrase(phrase: string): string[] {
  const words = tokenize(phrase);
  const firstOther = words.find((w) => !stopWords.has(w));
  return [...new Set([words[0], firstOther].filter((w): w is string => w !== undefined).map(partOf))];
}

/**
 * The everyday-word map in its canonical order: each entry's phrases sorted, which is the order
 * they come back in from any set of parts (reading a query does not depend on it).
 */
export function canonicalSynonyms(synonyms: readonly Synonym[]): Synonym[] {
  return synonyms.map((s) => ({ ...s, words: [...new Set(s.words)].sort() }));
}

/** Splits the plan into its base and the everyday-word map's parts. */
export function splitPlan(plan: SearchPlanData): { base: PlanBase; parts: Record<string, SynonymPart> } {
  const { synonyms, ...rest } = plan;
  const parts: Record<string, SynonymPart> = {};
  canonicalSynonyms(synonyms).forEach((synonym, n) => {
    const byPart = new Map<string, string[]>();
    for (const word of synonym.words) for (const key of partsOfPhrase(word)) byPart.set(key, [...(byPart.get(key) ?? []), word]);
    for (const [key, words] of byPart) (parts[key] ??= []).push({ ...synonym, words, n });
  });
  return { base: { ...rest, synonymParts: Object.keys(parts).sort() }, parts };
}

/** The key of the part that holds the whole map (its phrases under every two-letter key). */
export const wholeMapKey = 'all';

/** The whole everyday-word map as one part, which merges (mergePlan) into the same plan as all the parts together. */
export function wholeMapPart(plan: SearchPlanData): SynonymPart {
  return canonicalSynonyms(plan.synonyms).map((synonym, n) => ({ ...synonym, n }));
}

/** The parts a query needs: those of its words, and of the other forms of an irregular verb typed, that exist. */
export function partsFor(query: string, base: Pick<PlanBase, 'synonymParts'>): string[] {
  const wanted = new Set(splitWords(query).flatMap((w) => verbForms(w.word).map(partOf)));
  return base.synonymParts.filter((key) => wanted.has(key));
}

/** The plan for reading a query, from the base and the parts it needs: the map's entries in its order, each phrase once, sorted. */
export function mergePlan(base: PlanBase, parts: readonly SynonymPart[]): SearchPlanData {
  const entries = new Map<number, Synonym & { n: number }>();
  for (const part of parts) {
    for (const entry of part) {
      const kept = entries.get(entry.n);
      entries.set(entry.n, kept ? { ...kept, words: [...new Set([...kept.words, ...entry.words])].sort() } : entry);
    }
  }
  const synonyms = [...entries.values()].sort((a, b) => a.n - b.n).map(({ words, glossary, means }) => ({ words, glossary, means }));
  const plan: Partial<PlanBase> & Omit<SearchPlanData, 'synonyms'> = { ...base };
  delete plan.synonymParts;
  return { ...plan, synonyms };
}
