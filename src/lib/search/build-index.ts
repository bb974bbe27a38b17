/**
 * Builds the search page's two small files from the content collections: the quick-find index
 * (glossary terms, search terms, tasks) and the spelling list. Both stay the same size whatever
 * the number of pages: the first holds only the kit's own data, the second is capped.
 */
import { getCollection } from 'astro:content';
import type { GlossaryTerm, QuickFindIndex, SpellingList, Synonym, Task } from './index-types.ts';
import { vocabulary } from './spelling.ts';

/** The most words kept for correcting typos: the commonest, which is what a typo is meant to be. */
export const maxSpellingWords = 4000;

export async function buildQuickFindIndex(): Promise<QuickFindIndex> {
  const [glossary, searchTerms] = await Promise.all([getCollection('glossary'), getCollection('searchTerms')]);
  // Astro's file loader logs a file it cannot parse and carries on with nothing: stop instead.
  if (searchTerms.length === 0) throw new Error('content/search-terms.yaml: no entries could be read (is the YAML valid?)');
  const terms: GlossaryTerm[] = glossary.map(({ data }) => ({
    id: data.id,
    term: data.term,
    ...(data.abbreviation ? { abbreviation: data.abbreviation } : {}),
    aliases: data.aliases,
  }));
  const synonyms: Synonym[] = [];
  const tasks: Task[] = [];
  for (const { data } of searchTerms) {
    if (data.kind === 'synonym') synonyms.push({ words: data.words, glossary: data.glossary, means: data.means });
    else tasks.push({ page: data.page, title: data.title, summary: data.summary, words: data.words });
  }
  // `records` and `termRecords` are filled in by scripts/build-search-index.mjs once Pagefind
  // has indexed the site.
  return { terms, synonyms, tasks, records: 0, termRecords: {} };
}

export async function buildSpellingList(): Promise<SpellingList> {
  const [pages, glossary, checklists, cases] = await Promise.all([
    getCollection('guidance'),
    getCollection('glossary'),
    getCollection('checklists'),
    getCollection('caseStudies'),
  ]);
  const words = vocabulary([
    ...pages.flatMap((p) => [p.data.title, p.data.summary, ...p.data.searchKeywords, p.body ?? '']),
    ...glossary.flatMap((g) => [g.data.term, g.data.abbreviation ?? '', ...g.data.aliases, g.data.definition]),
    ...checklists.flatMap((list) => [
      list.data.title,
      list.data.summary,
      ...list.data.groups.flatMap((group) => group.items.flatMap((item) => [item.text, item.why ?? '', item.askFor ?? ''])),
    ]),
    ...cases.flatMap((c) => [c.data.title, c.data.summary, ...c.data.parts.flatMap((part) => [part.heading, ...part.paragraphs]), ...c.data.learning]),
  ]);
  return { words: words.slice(0, maxSpellingWords) };
}
