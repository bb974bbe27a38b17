/**
 * Pagefind's search over its loaded index, as its WebAssembly runs it (pagefind_web/src/search.rs
 * and lib.rs in Pagefind 1.x's source): which parts of the index a query needs, which records
 * match, and their BM25 scores with Pagefind's metadata boost, in single precision so that
 * scores and order are Pagefind's own. test/unit/search-engine.test.ts runs both over the built
 * index and compares every result.
 */
import type { Metadata, PageWord, WordData } from './index-files.ts';
import { stem } from './stem.ts';

const f = Math.fround;

/** Pagefind's ranking weights; the search page sets only the metadata weights. */
export interface Ranking {
  termSimilarity: number;
  pageLength: number;
  termSaturation: number;
  termFrequency: number;
  diacriticSimilarity: number;
  metaWeights: Record<string, number>;
}

export const defaultRanking: Ranking = { termSimilarity: 1, pageLength: 0.75, termSaturation: 1.4, termFrequency: 1, diacriticSimilarity: 0.8, metaWeights: { title: 5 } };

/** A matched position as Pagefind reports it: weight (x24), score for excerpts, word number. */
export interface Location {
  w: number;
  s: number;
  l: number;
}

export interface PageResult {
  page: number;
  score: number;
  locations: Location[];
}

/** The filters a search is narrowed by: for each filter, the values any of which a record must have. */
export type Filters = Record<string, { any: string[] }>;

// Printable ASCII and white space: one byte, one character and one grapheme each (a CR LF pair
// is one grapheme, kept either way). Anything else takes the general path, which is right for all text.
const isAscii = (s: string): boolean => /^[\t\n\r -~]*$/.test(s);
const encoder = new TextEncoder();
const utf8Length = (s: string): number => (isAscii(s) ? s.length : encoder.encode(s).length);
const charCount = (s: string): number => (isAscii(s) ? s.length : [...s].length);
/** The first `n` characters (code points) of `s`. */
const prefix = (s: string, n: number): string => (isAscii(s) ? s.slice(0, n) : [...s].slice(0, n).join(''));

export function idf(totalPages: number, pagesWithTerm: number): number {
  return f(Math.log(f(f(f(f(totalPages) - f(pagesWithTerm)) + 0.5) / f(f(pagesWithTerm) + 0.5)) + 1));
}

function lengthBonus(differential: number, termSimilarity: number): number {
  const base = f(Math.exp(f(f(-0.5 * f(differential * differential)) / 4)));
  return f(f(Math.exp(f(base * f(termSimilarity)))) / f(Math.exp(f(termSimilarity))));
}

function bm25(weightedFrequency: number, documentLength: number, averageLength: number, totalPages: number, pagesWithTerm: number, bonus: number, r: Ranking): number {
  const withLength = f(weightedFrequency * bonus);
  const k1 = f(r.termSaturation);
  const b = f(r.pageLength);
  const termIdf = idf(totalPages, pagesWithTerm);
  const bm25Tf = f(f(f(k1 + 1) * withLength) / f(f(k1 * f(f(1 - b) + f(b * f(documentLength / averageLength)))) + withLength));
  const rawTf = Math.min(f(withLength / f(averageLength / 5)), f(k1 + 1));
  const tf = f(r.termFrequency);
  const pagefindTf = f(f(f(1 - tf) * rawTf) + f(tf * bm25Tf));
  return f(termIdf * pagefindTf);
}

const diacriticsMatch = (original: string, form: string): boolean => form === original || form.startsWith(original) || original.startsWith(form);

const segmenters = new Map<string, Intl.Segmenter>();

/** The query as Pagefind's script prepares it: its words lower-cased, punctuation dropped, and without diacritics. */
export function normalizeQuery(query: string, includeCharacters: readonly string[], language = 'en'): { term: string; original: string; exact: boolean } {
  const kept: string[] = [];
  // Plain text's graphemes are its characters; a segmenter (whose first use loads the browser's
  // segmentation data, some 15 ms) is made only for other text.
  let segmenter = segmenters.get(language);
  if (!segmenter && !isAscii(query) && typeof Intl.Segmenter === 'function') {
    segmenter = new Intl.Segmenter(language, { granularity: 'grapheme' });
    segmenters.set(language, segmenter);
  }
  const graphemes = segmenter && !isAscii(query) ? [...segmenter.segment(query)].map((s) => s.segment) : [...query];
  for (const grapheme of graphemes) {
    if (includeCharacters.includes(grapheme)) kept.push(grapheme);
    // Pagefind's own test, whose alternation anchors only its first and last classes.
    else if (!/^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u.test(grapheme)) kept.push(grapheme.toLocaleLowerCase());
  }
  const original = kept
    .join('')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return { term: original.normalize('NFD').replace(/\p{M}/gu, ''), original, exact: /^\s*".+"\s*$/.test(query) };
}

export class SearchIndex {
  readonly words = new Map<string, WordData>();
  readonly filters = new Map<string, Map<string, number[]>>();
  private sortedKeys: string[] | undefined;
  private readonly chunkMemo = new Map<string, string[]>();
  readonly meta: Metadata;
  readonly ranking: Ranking;

  constructor(meta: Metadata, ranking: Ranking = defaultRanking) {
    this.meta = meta;
    this.ranking = ranking;
  }

  addWords(chunk: Map<string, WordData>): void {
    for (const [word, data] of chunk) this.words.set(word, data);
    this.sortedKeys = undefined;
  }

  /** The index chunks a query's words need (Pagefind's request_indexes). */
  chunksFor(term: string): string[] {
    const known = this.chunkMemo.get(term);
    if (known) return known;
    const hashes = new Set<string>();
    for (const raw of term.split(' ')) {
      const stemmed = stemsOf(raw);
      const toCheck = [raw, ...stemmed.filter((s) => s !== raw)];
      for (const word of toCheck) {
        const strict = this.meta.chunks.filter((c) => word >= c.from && word <= c.to);
        if (strict.length > 0) for (const c of strict) hashes.add(c.hash);
        else {
          // No chunk holds it: those whose first and last words share its beginning may hold its extensions.
          const length = charCount(word);
          for (const c of this.meta.chunks) {
            const pre = Math.min(length, charCount(c.from));
            const post = Math.min(length, charCount(c.to));
            if (prefix(word, pre) >= prefix(c.from, pre) && prefix(word, post) <= prefix(c.to, post)) hashes.add(c.hash);
          }
        }
      }
    }
    const chunks = [...hashes].sort();
    this.chunkMemo.set(term, chunks);
    return chunks;
  }

  /** The filter files a search narrowed by `filters` needs. */
  filterChunksFor(filters: Filters): string[] {
    return Object.keys(filters)
      .map((name) => this.meta.filterChunks.get(name))
      .filter((hash): hash is string => hash !== undefined)
      .sort();
  }

  /** The records allowed by the filters: any of a filter's values, all of the filters. Undefined when there are none. */
  private allowed(filters: Filters): Set<number> | undefined {
    let allowed: Set<number> | undefined;
    for (const [name, { any }] of Object.entries(filters)) {
      const values = this.filters.get(name);
      const pages = new Set(any.flatMap((value) => values?.get(value) ?? []));
      allowed = allowed ? new Set([...allowed].filter((p) => pages.has(p))) : pages;
    }
    return allowed;
  }

  private extensions(term: string): [string, WordData][] {
    this.sortedKeys ??= [...this.words.keys()].sort();
    const found: [string, WordData][] = [];
    let longestPrefix: string | undefined;
    for (const key of this.sortedKeys) {
      if (key.startsWith(term)) found.push([key, this.words.get(key)!]);
      else if (term.startsWith(key) && utf8Length(key) > (longestPrefix ? utf8Length(longestPrefix) : 0)) longestPrefix = key;
    }
    if (found.length === 0 && longestPrefix !== undefined) found.push([longestPrefix, this.words.get(longestPrefix)!]);
    return found;
  }

  /** Pagefind's search for a query (already normalised), loose or exact ("quoted"). */
  search(term: string, original: string, exact: boolean, filters: Filters = {}): PageResult[] {
    const allowed = Object.keys(filters).length > 0 ? this.allowed(filters) : undefined;
    const results = exact ? this.exactTerm(term, allowed) : this.looseTerm(term, original, allowed);
    // Highest score first; equal scores in record order.
    return results.sort((a, b) => b.score - a.score || a.page - b.page);
  }

  private looseTerm(term: string, original: string, allowed: Set<number> | undefined): PageResult[] {
    const r = this.ranking;
    const totalPages = this.meta.pages.length;
    const stems = term.trim() ? term.split(' ').map(stem) : [];
    const originals = original.split(' ');
    const counts: number[] = [];
    let matched: Set<number> | undefined;
    interface Matching {
      word: PageWord;
      wordStr: string;
      bonus: number;
      diacriticBonus: number;
      termIndex: number;
    }
    const words: Matching[] = [];
    stems.forEach((s, termIndex) => {
      const originalTerm = originals[termIndex] ?? '';
      const pages = new Set<number>();
      let any = false;
      for (const [word, data] of this.extensions(s)) {
        any = true;
        const bonus = lengthBonus(Math.min(255, Math.abs(utf8Length(word) - utf8Length(s)) + 1), r.termSimilarity);
        for (const [form, list] of [[word, data.pages] as const, ...data.variants.map((v) => [v.form, v.pages] as const)]) {
          const diacriticBonus = r.diacriticSimilarity > 0 && diacriticsMatch(originalTerm, form) ? f(1 + f(r.diacriticSimilarity)) : 1;
          for (const pageWord of list) {
            words.push({ word: pageWord, wordStr: word, bonus, diacriticBonus, termIndex });
            pages.add(pageWord.page);
          }
        }
      }
      counts.push(any ? pages.size : 0);
      // A word the index lacks does not narrow the results (Pagefind's union of nothing is no set).
      if (any) matched = matched ? new Set([...matched].filter((p) => pages.has(p))) : pages;
    });
    if (stems.length > 0 && matched === undefined) return [];
    let candidates = matched ?? new Set(this.meta.pages.keys());
    if (allowed) candidates = new Set([...candidates].filter((p) => allowed.has(p)));
    const totalIdf = counts.reduce((sum, c) => f(sum + idf(totalPages, c)), 0);

    const byPage = new Map<number, Matching[]>();
    for (const w of words) {
      if (!candidates.has(w.word.page)) continue;
      const list = byPage.get(w.word.page);
      if (list) list.push(w);
      else byPage.set(w.word.page, [w]);
    }
    const results: PageResult[] = [];
    for (const page of [...candidates].sort((a, b) => a - b)) {
      const pageWords = byPage.get(page) ?? [];
      const weighted = new Map<string, number>();
      const locations: Location[] = [];
      const located = pageWords.flatMap((w) => w.word.locs.map(([weight, location]) => ({ w, weight, location }))).sort((a, b) => a.location - b.location);
      for (let i = 0; i < located.length;) {
        let j = i + 1;
        while (j < located.length && located[j]!.location === located[i]!.location) j++;
        if (j === i + 1) {
          // One word at this position (nearly always): it counts as it is.
          const { w, weight, location } = located[i]!;
          weighted.set(w.wordStr, (weighted.get(w.wordStr) ?? 0) + weight);
          locations.push({ w: weight, s: f(f(weight * weight) * w.bonus), l: location });
          i = j;
          continue;
        }
        // Each query word once per position; a position two query words match counts for both.
        const seen = new Map<number, { wordStr: string; weight: number; bonus: number }>();
        for (const { w, weight } of located.slice(i, j)) if (!seen.has(w.termIndex)) seen.set(w.termIndex, { wordStr: w.wordStr, weight, bonus: w.bonus });
        const terms = [...seen.entries()].sort(([a], [b]) => a - b).map(([, v]) => v);
        const minWeight = Math.min(...terms.map((t) => t.weight));
        const effective = terms.length > 1 ? Math.min(255, minWeight * terms.length) : minWeight;
        for (const t of terms) weighted.set(t.wordStr, (weighted.get(t.wordStr) ?? 0) + effective);
        const combinedBonus = terms.reduce((sum, t) => f(sum + t.bonus), 0);
        locations.push({ w: effective, s: f(f(effective * effective) * combinedBonus), l: located[i]!.location });
        i = j;
      }
      let score = 0;
      for (const wordStr of [...weighted.keys()].sort()) {
        const first = pageWords.find((w) => w.wordStr === wordStr)!;
        const wordScore = bm25(f(weighted.get(wordStr)! / 24), this.meta.pages[page]!.wordCount, this.meta.averagePageLength, totalPages, counts[first.termIndex]!, first.bonus, r);
        score = f(score + f(wordScore * first.diacriticBonus));
      }
      // Metadata fields (title, summary) the query's words are in add to the score by how much of
      // the query they cover: each query word once, whichever of its extensions is in the field.
      const fieldMatches = new Map<number, Map<number, number>>();
      for (const w of pageWords) {
        if (w.word.metaLocs.length === 0) continue;
        const wordIdf = idf(totalPages, counts[w.termIndex]!);
        for (const [field] of w.word.metaLocs) {
          const matches = fieldMatches.get(field) ?? new Map<number, number>();
          matches.set(w.termIndex, wordIdf);
          fieldMatches.set(field, matches);
        }
      }
      let metaBoost = 0;
      for (const [field, idfs] of fieldMatches) {
        const name = this.meta.metaFields[field];
        if (name === undefined) continue;
        const weight = f(r.metaWeights[name] ?? 1);
        const matchedIdf = [...idfs.values()].reduce((sum, v) => f(sum + v), 0);
        const coverage = f(matchedIdf / totalIdf);
        metaBoost = f(metaBoost + (totalIdf > 0 ? f(f(f(weight * matchedIdf) * coverage) * coverage) : 0));
      }
      results.push({ page, score: f(score + metaBoost), locations });
    }
    return results;
  }

  private exactTerm(term: string, allowed: Set<number> | undefined): PageResult[] {
    const stems = term.trim() ? term.split(' ').map(stem) : [];
    const lists: PageWord[][] = [];
    let matched: Set<number> | undefined;
    for (const s of stems) {
      const data = this.words.get(s);
      if (!data) return [];
      const entries = [...data.pages, ...data.variants.flatMap((v) => v.pages)];
      lists.push(entries);
      const pages = new Set(entries.map((e) => e.page));
      matched = matched ? new Set([...matched].filter((p) => pages.has(p))) : pages;
    }
    if (!matched) return [];
    // Each record's entries, in the order of the phrase's words.
    const byPage = new Map<number, PageWord[]>();
    for (const entry of lists.flat()) {
      if (!matched.has(entry.page)) continue;
      const list = byPage.get(entry.page);
      if (list) list.push(entry);
      else byPage.set(entry.page, [entry]);
    }
    const results: PageResult[] = [];
    for (const page of [...matched].filter((p) => !allowed || allowed.has(p)).sort((a, b) => a - b)) {
      const perWord = byPage.get(page) ?? [];
      const [first, ...rest] = perWord.map((e) => e.locs);
      const restPositions = rest.map((locs) => new Set(locs.map(([, p]) => p)));
      // The words in a row somewhere (a single word: its first position).
      const start = first?.find(([, pos]) => restPositions.every((positions, k) => positions.has(pos + k + 1)));
      if (start) {
        const positions = Array.from({ length: rest.length + 1 }, (_, k) => ({ w: 1, s: 1, l: start[1] + k }));
        results.push({ page, score: 1, locations: positions });
        continue;
      }
      const fieldBoost = this.phraseInMeta(perWord, stems.length);
      if (fieldBoost !== undefined) {
        results.push({ page, score: fieldBoost, locations: [] });
        continue;
      }
      if (stems.length === 1 && first) results.push({ page, score: 1, locations: first.map(([weight, l]) => ({ w: weight, s: weight, l })) });
    }
    return results;
  }

  /** The weight of a metadata field holding the phrase's words in a row, if one does. */
  private phraseInMeta(perWord: PageWord[], wordCount: number): number | undefined {
    const byField = perWord
      .filter((e) => e.metaLocs.length > 0)
      .map((e) => {
        const fields = new Map<number, number[]>();
        for (const [field, pos] of e.metaLocs) fields.set(field, [...(fields.get(field) ?? []), pos]);
        return fields;
      });
    if (byField.length < wordCount) return undefined;
    for (const field of new Set(byField.flatMap((m) => [...m.keys()]))) {
      const positions = byField.map((m) => m.get(field)).filter((p): p is number[] => p !== undefined);
      if (positions.length !== byField.length) continue;
      const [first, ...rest] = positions;
      if (first!.some((pos) => rest.every((locs, k) => locs.includes(pos + k + 1)))) {
        const name = this.meta.metaFields[field];
        return name === undefined ? 1 : f(this.ranking.metaWeights[name] ?? 1);
      }
    }
    return undefined;
  }
}

/** The stems of a term's words, as the index holds them. */
export function stemsOf(term: string): string[] {
  return term.trim() ? term.split(' ').map(stem) : [];
}
