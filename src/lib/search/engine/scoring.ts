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
  /** The matched positions, worked out when asked for: only the results shown need them. */
  locations: () => Location[];
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

/** Where the search page's search departs from Pagefind's (EngineOptions says how). */
export interface Departures {
  strictStandIns?: boolean;
  everyPhrase?: boolean;
  completeExtensions?: boolean;
}

export class SearchIndex {
  readonly words = new Map<string, WordData>();
  readonly filters = new Map<string, Map<string, number[]>>();
  /** Every loaded word in order, kept so as each chunk arrives: a search looks up the words a query word starts. */
  private sortedKeys: string[] = [];
  private readonly chunkMemo = new Map<string, string[]>();
  /** Each chunk's first and last words' lengths in characters, and whether both are plain ASCII. */
  private boundaryLengths: (readonly [number, number, number])[] | undefined;
  readonly meta: Metadata;
  readonly ranking: Ranking;
  private readonly shortestStandIn: (termLength: number) => number;
  private readonly everyPhrase: boolean;
  private readonly completeExtensions: boolean;

  /** Where the search departs from Pagefind's: see EngineOptions. */
  constructor(meta: Metadata, ranking: Ranking = defaultRanking, { strictStandIns = false, everyPhrase = false, completeExtensions = false }: Departures = {}) {
    this.meta = meta;
    this.ranking = ranking;
    this.shortestStandIn = strictStandIns ? (length) => Math.max(4, Math.ceil(length / 2)) : () => 1;
    this.everyPhrase = everyPhrase;
    this.completeExtensions = completeExtensions;
  }

  addWords(chunk: Map<string, WordData>): void {
    const added = [...chunk.keys()].filter((word) => !this.words.has(word)).sort();
    for (const [word, data] of chunk) this.words.set(word, data);
    this.sortedKeys = mergeSorted(this.sortedKeys, added);
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
        // With completeExtensions, also the chunks after it whose words start with it.
        const strict = this.meta.chunks.filter((c) => (word >= c.from || (this.completeExtensions && c.from.startsWith(word))) && word <= c.to);
        if (strict.length > 0) for (const c of strict) hashes.add(c.hash);
        else {
          // No chunk holds it: those whose first and last words share its beginning may hold its extensions.
          const length = charCount(word);
          const ascii = isAscii(word);
          this.boundaryLengths ??= this.meta.chunks.map((c) => [charCount(c.from), charCount(c.to), isAscii(c.from) && isAscii(c.to) ? 1 : 0] as const);
          this.meta.chunks.forEach((c, i) => {
            const [fromLength, toLength, asciiBounds] = this.boundaryLengths![i]!;
            const pre = Math.min(length, fromLength);
            const post = Math.min(length, toLength);
            // Plain text's characters are its code units: slices, without splitting into characters.
            const cut = ascii && asciiBounds ? (t: string, n: number) => t.slice(0, n) : prefix;
            if (cut(word, pre) >= cut(c.from, pre) && cut(word, post) <= cut(c.to, post)) hashes.add(c.hash);
          });
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

  /**
   * The loaded words a query word starts, in order; if none, the longest loaded word it starts
   * with (no shorter than shortestStandIn allows).
   */
  private extensions(term: string): [string, WordData][] {
    const keys = this.sortedKeys;
    const found: [string, WordData][] = [];
    // The words that start with `term` follow one another from where it would be in order.
    for (let i = lowerBound(keys, term); i < keys.length && keys[i]!.startsWith(term); i++) found.push([keys[i]!, this.words.get(keys[i]!)!]);
    if (found.length > 0) return found;
    for (let end = term.length - 1; end >= this.shortestStandIn(term.length); end--) {
      const data = this.words.get(term.slice(0, end));
      if (data) return [[term.slice(0, end), data]];
    }
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
      const weighted = weightsByWord(pageWords);
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
        const metaLocs = w.word.metaLocs;
        if (metaLocs.length === 0) continue;
        const wordIdf = idf(totalPages, counts[w.termIndex]!);
        for (let k = 0; k < metaLocs.length; k += 2) {
          const field = metaLocs[k]!;
          const fieldMatch = fieldMatches.get(field) ?? new Map<number, number>();
          fieldMatch.set(w.termIndex, wordIdf);
          fieldMatches.set(field, fieldMatch);
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
      results.push({ page, score: f(score + metaBoost), locations: () => locationsOf(pageWords) });
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
      const restPositions = rest.map((locs) => new Set(locs.filter((_, k) => k % 2 === 1)));
      // Where the words are in a row (a single word: its positions): the first place, or every
      // place with everyPhrase.
      const starts: number[] = [];
      for (let k = 1; first && k < first.length && (this.everyPhrase || starts.length === 0); k += 2) {
        const pos = first[k]!;
        if (restPositions.every((positions, n) => positions.has(pos + n + 1))) starts.push(pos);
      }
      if (starts.length > 0) {
        const length = rest.length + 1;
        results.push({
          page,
          score: 1,
          locations: () => [...new Set(starts)].sort((a, b) => a - b).flatMap((at) => Array.from({ length }, (_, k) => ({ w: 1, s: 1, l: at + k }))),
        });
        continue;
      }
      const fieldBoost = this.phraseInMeta(perWord, stems.length);
      if (fieldBoost !== undefined) {
        results.push({ page, score: fieldBoost, locations: () => [] });
        continue;
      }
      if (stems.length === 1 && first) results.push({ page, score: 1, locations: () => pairs(first).map(([weight, l]) => ({ w: weight, s: weight, l })) });
    }
    return results;
  }

  /** The weight of a metadata field holding the phrase's words in a row, if one does. */
  private phraseInMeta(perWord: PageWord[], wordCount: number): number | undefined {
    const byField = perWord
      .filter((e) => e.metaLocs.length > 0)
      .map((e) => {
        const fields = new Map<number, number[]>();
        for (const [field, pos] of pairs(e.metaLocs)) fields.set(field, [...(fields.get(field) ?? []), pos]);
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

/** Two sorted lists as one sorted list. */
function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const merged: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(a[i]! <= b[j]! ? a[i++]! : b[j++]!);
  while (i < a.length) merged.push(a[i++]!);
  while (j < b.length) merged.push(b[j++]!);
  return merged;
}

/** Where `word` would go in sorted `keys`: the first place whose key is not before it. */
function lowerBound(keys: readonly string[], word: string): number {
  let low = 0;
  let high = keys.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (keys[mid]! < word) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A query word's match on one record: the indexed word, its bonuses, and which query word it extends. */
interface Matching {
  word: PageWord;
  wordStr: string;
  bonus: number;
  diacriticBonus: number;
  termIndex: number;
}

/** Flat [a, b, a, b, ...] as pairs. */
function pairs(flat: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k + 1 < flat.length; k += 2) out.push([flat[k]!, flat[k + 1]!]);
  return out;
}

/**
 * Walks a record's matched positions in word order, as Pagefind counts them: at a position
 * several query words match, each query word counts once (its first entry there) and all share
 * the lowest weight times their number; `visit` gets the position, that weight and the entries
 * that count (indexes into `pageWords`, in query-word order; the array is reused).
 */
function walkPositions(pageWords: readonly Matching[], visit: (location: number, weight: number, counted: readonly number[]) => void): void {
  let total = 0;
  for (const w of pageWords) total += w.word.locs.length >> 1;
  const owner = new Int32Array(total);
  const weights = new Int32Array(total);
  const positions = new Float64Array(total);
  let e = 0;
  let sorted = true;
  for (let wi = 0; wi < pageWords.length; wi++) {
    const locs = pageWords[wi]!.word.locs;
    for (let k = 0; k + 1 < locs.length; k += 2, e++) {
      owner[e] = wi;
      weights[e] = locs[k]!;
      positions[e] = locs[k + 1]!;
      if (e > 0 && positions[e]! < positions[e - 1]!) sorted = false;
    }
  }
  // In position order, entries at one position in the order they were listed (a stable sort).
  const order = new Int32Array(total);
  for (let i = 0; i < total; i++) order[i] = i;
  if (!sorted) order.sort((a, b) => positions[a]! - positions[b]! || a - b);
  const counted: number[] = [];
  for (let i = 0; i < total;) {
    const location = positions[order[i]!]!;
    let j = i + 1;
    while (j < total && positions[order[j]!] === location) j++;
    counted.length = 0;
    let minWeight = Infinity;
    for (let k = i; k < j; k++) {
      const entry = order[k]!;
      const termIndex = pageWords[owner[entry]!]!.termIndex;
      if (counted.some((c) => pageWords[c]!.termIndex === termIndex)) continue;
      counted.push(owner[entry]!);
      minWeight = Math.min(minWeight, weights[entry]!);
    }
    counted.sort((a, b) => pageWords[a]!.termIndex - pageWords[b]!.termIndex);
    visit(location, counted.length > 1 ? Math.min(255, minWeight * counted.length) : minWeight, counted);
    i = j;
  }
}

/** Whether two of a record's matched entries are at one position (then walkPositions decides how they count). */
function sharePositions(pageWords: readonly Matching[]): boolean {
  if (pageWords.length === 1) {
    const locs = pageWords[0]!.word.locs;
    let ascending = true;
    for (let k = 3; ascending && k < locs.length; k += 2) ascending = locs[k]! > locs[k - 2]!;
    if (ascending) return false;
  }
  let total = 0;
  for (const w of pageWords) total += w.word.locs.length >> 1;
  const positions = new Float64Array(total);
  let e = 0;
  for (const w of pageWords) for (let k = 1; k < w.word.locs.length; k += 2) positions[e++] = w.word.locs[k]!;
  positions.sort();
  for (let i = 1; i < total; i++) if (positions[i] === positions[i - 1]) return true;
  return false;
}

/** The weight each indexed word has on a record, summed over its positions (walkPositions). */
function weightsByWord(pageWords: readonly Matching[]): Map<string, number> {
  const weighted = new Map<string, number>();
  // Nearly always each position is one entry's, counted as it is: a sum per word.
  if (!sharePositions(pageWords)) {
    for (const { word, wordStr } of pageWords) {
      if (word.locs.length === 0) continue;
      let sum = 0;
      for (let k = 0; k < word.locs.length; k += 2) sum += word.locs[k]!;
      weighted.set(wordStr, (weighted.get(wordStr) ?? 0) + sum);
    }
    return weighted;
  }
  walkPositions(pageWords, (_, weight, counted) => {
    for (const c of counted) {
      const { wordStr } = pageWords[c]!;
      weighted.set(wordStr, (weighted.get(wordStr) ?? 0) + weight);
    }
  });
  return weighted;
}

/** A record's matched positions with their weights and excerpt scores, as Pagefind reports them. */
function locationsOf(pageWords: readonly Matching[]): Location[] {
  const locations: Location[] = [];
  walkPositions(pageWords, (l, w, counted) => {
    const bonus = counted.reduce((sum, c) => f(sum + pageWords[c]!.bonus), 0);
    locations.push({ w, s: f(f(w * w) * bonus), l });
  });
  return locations;
}

/** The stems of a term's words, as the index holds them. */
export function stemsOf(term: string): string[] {
  return term.trim() ? term.split(' ').map(stem) : [];
}
