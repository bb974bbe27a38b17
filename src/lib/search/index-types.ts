/**
 * The shapes of the files the search page fetches: the search plan data (/search-plan.json,
 * fetched when the reader starts typing: what reading a query needs, with its everyday words in
 * parts by first letters, /search-plan/<letters>.json: synonym-parts.ts), the quick-find list
 * (/quickfind.json, fetched after the first results, for fuse.js), and the spelling list
 * (/spelling.json, fetched only when a word of a query matches nothing). All are built from
 * content/ and bounded by the kit's own data or a cap, not by the number of pages.
 */

/** A glossary term and its other names, for reading a query and as a result of its own. */
export interface GlossaryTerm {
  /** Its anchor on /glossary/. */
  id: string;
  term: string;
  abbreviation?: string | undefined;
  aliases: string[];
}

/** Everyday words for something the guidance names otherwise (content/search-terms.yaml). */
export interface Synonym {
  words: string[];
  /** Glossary term ids they mean. */
  glossary: string[];
  /** The guidance's own words for them. */
  means: string[];
}

/** Words that name one of the kit's tools or pages for doing something (content/search-terms.yaml). */
export interface Task {
  page: string;
  title: string;
  summary: string;
  words: string[];
  /**
   * True for a page about putting the kit's tools on another site or app (the council guide
   * and its platform pages). Named with a tool, it comes first: in "add the push and pull tool
   * to a wordpress page" the tool is what is being put there, not what is wanted.
   */
  hostsTools?: boolean;
}

/**
 * Words that ask for a kind of page (content/search-terms.yaml, kind page-kind): "a checklist
 * for monitoring" wants one of the pages under /checklists/, whichever answers best.
 */
export interface PageKind {
  /** The part of the site whose pages are of this kind. */
  path: string;
  words: string[];
}

export interface SearchPlanData {
  terms: GlossaryTerm[];
  synonyms: Synonym[];
  tasks: Task[];
  pageKinds: PageKind[];
  /**
   * The Pagefind result ids of the pages of each kind, by its path: a query asking for that
   * kind ranks them higher (src/scripts/search.ts). The pages within each part of the site the
   * kit's own content makes (its checklists, case studies, tools, training): a few dozen.
   */
  kindRecords: Record<string, string[]>;
  /** How many records the Pagefind index holds: how telling a word is depends on it. */
  records: number;
  /**
   * The most records the index lists for one word (scripts/prune-pagefind-index.mjs): a search
   * with this many results is for a word on more records than that (ranking.ts, cappedOutcome).
   */
  prunedRecords: number;
  /**
   * The Pagefind result id of each glossary term's record, by term id: records rank below
   * pages, except the one a query asks about, whose text then fills in its direct answer.
   */
  termRecords: Record<string, string>;
  /**
   * The words a question searches only when it has no more telling word, with how many records
   * hold each (ranking.ts, skippedConcepts): none on a site of today's size, a few dozen on a
   * very large one.
   */
  common: Record<string, number>;
  /**
   * The words (not stop words) on most of the index's records, such as "school" and
   * "attendance" on this site: in a question they add nothing to what it asks about, so "meaning
   * of a session in school attendance" still asks what a session is (query-plan.ts).
   */
  everywhere: string[];
  /**
   * Pagefind's index as the search page's engine reads it (lib/search/engine/): the metadata
   * file's name, the language and the characters a query keeps (Pagefind's entry file).
   */
  pagefindIndex: { metaFile: string; language: string; includeCharacters: string[] };
}

/** One thing the quick-find (fuse.js) can find by its name, typing slips forgiven. */
export interface QuickFindEntry {
  title: string;
  url: string;
  kind: QuickFindKind;
  /** Other names it goes by (a glossary term's abbreviation and aliases). */
  names?: string[];
  /** Where it sits, for an entry that is part of a page (a checklist item: its checklist). */
  within?: string;
}

export type QuickFindKind = 'term' | 'tool' | 'checklist' | 'item' | 'page' | 'local';

export interface QuickFindList {
  entries: QuickFindEntry[];
  /** Pages left out by the cap (found by the full search only). */
  leftOut: number;
}

export interface SpellingList {
  /** The words the searchable content uses, most frequent first. */
  words: string[];
}

/** A result the search page shows. */
export interface SearchResult {
  url: string;
  title: string;
  /** The section of the page it goes to, when not the top. */
  section?: string | undefined;
  /** Text to show under the title: HTML from Pagefind with <mark>s, or plain text. */
  excerpt: string;
  kind: 'term' | 'task' | 'page';
  /** Shown before the title: "Local to <council>" for a council's own page. */
  mark?: string | undefined;
}
