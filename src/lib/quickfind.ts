/**
 * The quick-find index (page titles, glossary terms and checklist items, built from content/
 * at build time and searched in the browser with fuse.js), and the query logic of the search
 * page: reading a typed question as ideas to look for, and merging Pagefind's results for
 * them into one ranking. Pure functions, loaded only when the reader searches.
 */
export interface QuickFindEntry {
  /** What the reader sees. */
  title: string;
  /** Where it goes. */
  url: string;
  /** page, term or checklist item. */
  kind: 'page' | 'term' | 'checklist';
  /** Other words that should find it: abbreviations, aliases, summaries. */
  keywords: string[];
}

export interface GlossaryTerm {
  term: string;
  abbreviation?: string | undefined;
  aliases: string[];
}

/** The quick-find index file, with the glossary's names for expanding acronyms. */
export interface QuickFindIndex {
  entries: QuickFindEntry[];
  terms: GlossaryTerm[];
  /** Every word the searchable content uses, most frequent first: the spelling list for typos. */
  words: string[];
}

/**
 * Words that carry no meaning on their own in a question. Pagefind needs every word of a
 * query on a page, so "what should I ask the school about lateness" finds nothing unless
 * these go. Kept short on purpose: a word that might name a topic stays.
 */
const stopWords = new Set(
  `a about after all also am an and any are as at be because been being but by can cant could did didnt do does doesnt
  dont for from get gets getting got had has have having he her him his how i if im in into is isnt it its ive just me
  might my no not of on or our out over she should shouldnt so some still than that thats the their them then there
  these they this those to too up us very was wasnt we were what whats when where which while who whom whose why will
  with wont would you your youre many much more most other others really someone something anyone anything way ways
  need needs want wants please`.split(/\s+/),
);

/**
 * Everyday words practitioners type for the words the guidance uses. Only plain synonyms:
 * a term the sources define (an acronym, a role) belongs in the glossary, and a page-specific
 * alias belongs in that page's searchKeywords.
 */
const everydayWords: Readonly<Record<string, readonly string[]>> = {
  kid: ['child'],
  kids: ['children'],
  'young person': ['child'],
  'young people': ['children'],
  mum: ['parent'],
  mums: ['parents'],
  dad: ['parent'],
  dads: ['parents'],
  mother: ['parent'],
  father: ['parent'],
  absent: ['absence'],
  truant: ['truancy'],
  truants: ['truancy'],
  truanting: ['truancy'],
  skiving: ['truancy'],
  bunking: ['truancy'],
  holiday: ['leave of absence'],
  holidays: ['leave of absence'],
  ill: ['health', 'medical'],
  illness: ['health', 'medical'],
  sick: ['health', 'medical', 'sickness'],
  poorly: ['health', 'medical'],
  council: ['local authority'],
  councils: ['local authorities'],
};

interface Word {
  word: string;
  /** Joined to the word before by a hyphen, as in "part-time". */
  hyphened: boolean;
}

function splitWords(query: string): Word[] {
  const words: Word[] = [];
  const text = query
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    // "I'll", "we've", "they're": pronoun contractions carry nothing to search for.
    .replace(/\b[a-z]+'(ll|ve|re|d|m)\b/g, ' ')
    .replace(/'s\b/g, '')
    .replace(/'/g, '');
  for (const chunk of text.split(/[^a-z0-9+-]+/)) {
    chunk
      .split('-')
      .filter(Boolean)
      .forEach((word, i) => words.push({ word, hyphened: i > 0 }));
  }
  return words;
}

/**
 * Splits a query into lower-case words: apostrophes and a possessive "'s" go ("child's" →
 * "child", "doesn't" → "doesnt"), and hyphens split ("part-time" → "part", "time").
 */
export function tokenize(query: string): string[] {
  return splitWords(query).map((w) => w.word);
}

/**
 * The words that carry meaning in a whole-sentence question ("what should I ask the school
 * about lateness?" → ["ask", "school", "lateness"]).
 */
export function meaningfulWords(query: string): string[] {
  return [...new Set(tokenize(query).filter((w) => w.length > 1 && !stopWords.has(w)))];
}

/**
 * A word's simple stems, for deciding whether a word is known: plurals and common endings
 * ("absences" → "absence", "truanting" → "truant", "studies" → "study").
 */
export function simpleStems(word: string): string[] {
  const stems = new Set<string>();
  const add = (s: string) => {
    if (s.length >= 3 && s !== word) stems.add(s);
  };
  if (word.endsWith('ies')) add(`${word.slice(0, -3)}y`);
  if (word.endsWith('es')) add(word.slice(0, -2));
  if (word.endsWith('s') && !word.endsWith('ss')) add(word.slice(0, -1));
  for (const ending of ['ing', 'ed', 'er', 'ers', 'ly']) {
    if (!word.endsWith(ending)) continue;
    const base = word.slice(0, -ending.length);
    add(base);
    add(`${base}e`);
    // "stopped" → "stop"
    if (base.length > 2 && base.at(-1) === base.at(-2)) add(base.slice(0, -1));
  }
  return [...stems];
}

/** Edit distance with adjacent swaps (optimal string alignment), giving up above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

function isKnown(word: string, known: ReadonlySet<string>): boolean {
  return known.has(word) || simpleStems(word).some((s) => known.has(s));
}

/** How many typing slips a word of this length may have and still be corrected. */
function allowedSlips(word: string): number {
  if (word.length < 5 || /\d/.test(word)) return 0;
  return word.length < 8 ? 1 : 2;
}

/**
 * The known word a mistyped one was meant to be ("persistant" → "persistent"), or undefined
 * when the word is known (itself or by a simple stem) or nothing is close enough. `words` is
 * the site's vocabulary, most frequent first, so a tie goes to the commoner word.
 */
export function correctWord(word: string, words: readonly string[], known: ReadonlySet<string> = new Set(words)): string | undefined {
  if (isKnown(word, known)) return undefined;
  const max = allowedSlips(word);
  if (max === 0) return undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const candidate of words) {
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    const distance = editDistance(word, candidate, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 1) break;
    }
  }
  return best;
}

/** One idea in a query, with the searches that can stand for it (any of them will do). */
export interface QueryConcept {
  /** What the reader typed for it (corrected where it was mistyped). */
  label: string;
  /**
   * Pagefind searches, each a word or a phrase. A phrase or a short acronym is in double
   * quotes: Pagefind then matches it exactly, where "PA" alone would match every word
   * starting "pa" and "lead practitioner" any page with both words anywhere.
   */
  searches: string[];
  /** The spelling it was corrected from, when it was. */
  correctedFrom?: string;
}

interface NameGroup {
  names: string[];
  /** The names that, typed, stand for the group. */
  tokens: string[][];
}

function nameGroups(terms: readonly GlossaryTerm[]): NameGroup[] {
  const groups = terms.map((entry) => {
    const names = [entry.term, ...(entry.abbreviation ? [entry.abbreviation] : []), ...entry.aliases];
    return { names, tokens: names.map((n) => tokenize(n)) };
  });
  // An everyday word brings in the guidance's word, but not the other way round.
  for (const [word, alternatives] of Object.entries(everydayWords)) groups.push({ names: [word, ...alternatives], tokens: [tokenize(word)] });
  return groups;
}

/**
 * Turns what a person typed into the ideas to look for. Glossary terms and their acronyms
 * become one idea with every name as an alternative ("LAC" also searches "looked-after
 * child"); everyday words get the guidance's word ("kids" → "children"); stop words go;
 * mistyped words get the nearest word the site uses.
 */
export function planQuery(query: string, terms: readonly GlossaryTerm[], words: readonly string[] = []): QueryConcept[] {
  const parts = splitWords(query);
  const typed = parts.map((p) => p.word);
  // Spelling first, so "reduced timtable" is read as the glossary's "reduced timetable".
  const known = new Set(words);
  const corrections = typed.map((t) => (words.length > 0 && !stopWords.has(t) ? correctWord(t, words, known) : undefined));
  const tokens = typed.map((t, i) => corrections[i] ?? t);
  const used = new Array<boolean>(tokens.length).fill(false);
  const found: { at: number; concept: QueryConcept; group?: NameGroup }[] = [];

  // Longest names first, so "virtual school head" wins over "virtual school".
  // An exact match wins over a plural one ("kids" is "kids", not "kid").
  const candidates: { at: number; length: number; exact: boolean; group: NameGroup }[] = [];
  for (const group of nameGroups(terms)) {
    for (const nameTokens of group.tokens) {
      if (nameTokens.length === 0) continue;
      for (let at = 0; at + nameTokens.length <= tokens.length; at++) {
        if (!nameTokens.every((t, k) => sameWord(tokens[at + k]!, t))) continue;
        const exact = nameTokens.every((t, k) => tokens[at + k] === t);
        candidates.push({ at, length: nameTokens.length, exact, group });
      }
    }
  }
  candidates.sort((a, b) => b.length - a.length || Number(b.exact) - Number(a.exact) || a.at - b.at);
  for (const { at, length, group } of candidates) {
    // A lone stop word ("as", "is") is never read as an acronym.
    if (length === 1 && stopWords.has(tokens[at]!)) continue;
    if (used.slice(at, at + length).some(Boolean)) continue;
    used.fill(true, at, at + length);
    // "EWO or attendance officer": two names for one idea make one concept.
    if (found.some((f) => f.group === group)) continue;
    const label = tokens.slice(at, at + length).join(' ');
    const asTyped = group.names.some((n) => tokenize(n).join(' ') === label) ? [] : [label];
    const concept: QueryConcept = { label, searches: unique([...asTyped, ...group.names].map(searchForm)) };
    if (corrections.slice(at, at + length).some(Boolean)) concept.correctedFrom = typed.slice(at, at + length).join(' ');
    found.push({ at, group, concept });
  }

  for (let at = 0; at < tokens.length; at++) {
    if (used[at]) continue;
    // Hyphenated words stay whole: "part" alone would match "partnership".
    let end = at + 1;
    while (end < tokens.length && !used[end] && parts[end]!.hyphened) end++;
    if (end - at > 1) {
      const label = tokens.slice(at, end).join('-');
      found.push({ at, concept: { label, searches: [searchForm(label)] } });
      at = end - 1;
      continue;
    }
    const token = typed[at]!;
    if (token.length < 2 || stopWords.has(token)) continue;
    const correction = corrections[at];
    // A word the site never uses is searched exactly: loosely, Pagefind may match a stray word.
    const unknown = words.length > 0 && !correction && !/\d/.test(token) && !isKnown(token, known);
    const concept: QueryConcept = correction
      ? { label: correction, searches: [searchForm(correction), `"${token}"`], correctedFrom: token }
      : { label: token, searches: [unknown ? `"${token}"` : searchForm(token)] };
    found.push({ at, concept });
  }

  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .map((f) => f.concept)
    .filter((c) => !seen.has(c.label) && seen.add(c.label));
}

/**
 * How to ask Pagefind for a name. Phrases, hyphenated words, acronyms and two-letter words go
 * in quotes, to match exactly; other words stay loose, so "ask" still finds "asked".
 */
export function searchForm(name: string): string {
  const plain = name.replace(/["\u201c\u201d]/g, '').trim();
  const acronym = /^[A-Z][A-Za-z0-9+]{1,4}$/.test(plain) && plain.slice(1).toLowerCase() !== plain.slice(1);
  return /[\s-]/.test(plain) || plain.length <= 2 || acronym ? `"${plain}"` : plain;
}

/** Equal, or one the plural of the other ("plan"/"plans", "child"/"children"). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long === `${short}s` || long === `${short}es` || long === `${short}ren` || (short.endsWith('y') && long === `${short.slice(0, -1)}ies`);
}

function unique(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = n.toLowerCase();
    return !seen.has(key) && seen.add(key);
  });
}

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
    for (const [id, score] of outcome.scores) {
      const value = loose ? (loose.scores.get(id) ?? floor) / Math.sqrt(words) : score;
      scores.set(id, Math.max(scores.get(id) ?? 0, value));
    }
  }
  return { scores, pageCount };
}

/** The searches to run for a set of concepts: each as planned, plus a quoted one unquoted. */
export function searchesToRun(concepts: readonly QueryConcept[]): string[] {
  return [...new Set(concepts.flatMap((c) => c.searches.flatMap((s) => (s.startsWith('"') ? [s, looseForm(s)] : [s]))))];
}

function looseForm(search: string): string {
  return search.replace(/^"|"$/g, '');
}

/** What one concept found: a score per page id, and how many pages match it. */
export interface ConceptHits {
  scores: ReadonlyMap<string, number>;
  /** Pages that match it: the fewer, the more the idea tells pages apart. */
  pageCount: number;
}

export interface RankedPage {
  id: string;
  score: number;
  /** How many of the query's concepts the page matched. */
  matched: number;
}

/**
 * Merges per-concept results into one ranking. A page scores the sum of Pagefind's scores
 * for each concept it matches (Pagefind already weighs rare words above common ones), times
 * a bonus for the share of the query's information it covers, so a page that answers the
 * whole question beats one that repeats one word. Pages that match only words found nearly
 * everywhere ("school", "attendance") are dropped when the query has a more telling word.
 */
export function rankPages(hits: readonly ConceptHits[], totalPages: number): RankedPage[] {
  const total = Math.max(totalPages, ...hits.map((h) => h.pageCount), 1);
  const weights = hits.map((h) => (h.pageCount === 0 ? 0 : Math.log(1 + total / h.pageCount)));
  const allWeight = weights.reduce((a, b) => a + b, 0);
  const common = hits.map((h) => h.pageCount > total * 0.6);
  const anyTelling = hits.some((h, i) => !common[i] && h.pageCount > 0);

  const pages = new Map<string, { sum: number; weight: number; matched: number; telling: boolean }>();
  hits.forEach((h, i) => {
    for (const [id, score] of h.scores) {
      const page = pages.get(id) ?? { sum: 0, weight: 0, matched: 0, telling: false };
      page.sum += score;
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
    ranked.push({ id, score: page.sum * (1 + coverage), matched: page.matched });
  }
  return ranked.sort((a, b) => b.score - a.score || b.matched - a.matched || a.id.localeCompare(b.id));
}

/**
 * Every word in the searchable text, most frequent first: the list a mistyped query word is
 * corrected against. Markup (links, headings, emphasis, frontmatter) is dropped first.
 */
export function vocabulary(texts: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const plain = text
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/https?:\/\/\S+|\/[a-z0-9-]+\/[a-z0-9/-]*/gi, ' ')
      .toLowerCase()
      .replace(/[\u2018\u2019]/g, "'");
    for (const word of plain.split(/[^a-z0-9']+/)) {
      const w = word.replace(/^'+|'+$/g, '').replace(/'s$/, '');
      if (w.length < 3 || /^\d+$/.test(w) || w.includes("'")) continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([w]) => w);
}
