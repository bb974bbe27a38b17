/**
 * The shapes of the files the search page fetches: the quick-find index (/quickfind.json,
 * fetched when the reader starts typing) and the spelling list (/spelling.json, fetched only
 * when a word of a query matches nothing). Both are built from content/ and are bounded by the
 * kit's own data (glossary, search terms, a capped word list), not by the number of pages.
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
}

export interface QuickFindIndex {
  terms: GlossaryTerm[];
  synonyms: Synonym[];
  tasks: Task[];
  /** How many records the Pagefind index holds: how telling a word is depends on it. */
  records: number;
  /**
   * The Pagefind result id of each glossary term's record, by term id: records rank below
   * pages, except the one a query asks about, whose text then fills in its direct answer.
   */
  termRecords: Record<string, string>;
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
}
