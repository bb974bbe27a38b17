/**
 * The quick-find index: page titles, glossary terms and checklist items, built from
 * content/ at build time and searched in the browser with fuse.js when search is opened.
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

/** The quick-find index file, with the glossary's term pairs for expanding acronyms. */
export interface QuickFindIndex {
  entries: QuickFindEntry[];
  terms: GlossaryTerm[];
}

/**
 * The searches to run for what a person typed: the query itself, plus the full term for an
 * acronym ("DSL" finds "designated safeguarding lead") and the acronym for a full term.
 */
export function expandQuery(query: string, terms: readonly GlossaryTerm[]): string[] {
  const trimmed = query.trim().replace(/\s+/g, ' ');
  if (!trimmed) return [];
  const lower = trimmed.toLowerCase();
  const searches = new Set([trimmed]);
  const words = new Set(lower.split(/[^a-z0-9']+/).filter(Boolean));
  for (const entry of terms) {
    const names = [entry.term, ...(entry.abbreviation ? [entry.abbreviation] : []), ...entry.aliases];
    const matches = names.some((name) => {
      const n = name.toLowerCase();
      return n.includes(' ') ? lower.includes(n) : words.has(n);
    });
    if (!matches) continue;
    for (const name of names) if (name.toLowerCase() !== lower) searches.add(name);
  }
  return [...searches];
}

const stopWords = new Set(
  'a an and are as at be by can do does for from has have how i if in is it its me my of on or should so that the their them there they this to up was we what when where which who why will with you your about into than then do does did i\'m im our'.split(
    ' ',
  ),
);

/**
 * The words that carry meaning in a whole-sentence question ("what should I ask the school
 * about lateness?" → ["ask", "school", "lateness"]), for a second try when the whole
 * question matches nothing.
 */
export function meaningfulWords(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w.length > 1 && !stopWords.has(w));
  return [...new Set(words)];
}
