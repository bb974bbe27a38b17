/**
 * Builds the search page's small files from the content collections: the search plan data
 * (glossary terms, search terms, tasks), the quick-find list and the spelling list. None grows
 * with the number of pages past its cap: the first holds only the kit's own data, the others
 * are capped.
 */
import { getCollection } from 'astro:content';
import tools from '../../../content/tools.json';
import { checklistShown, toolShown } from '../../council/shown.ts';
import type { GlossaryTerm, PageKind, QuickFindEntry, QuickFindList, SearchPlanData, SpellingList, Synonym, Task } from './index-types.ts';
import { capQuickFind } from './quick-find-list.ts';
import { vocabulary } from './spelling.ts';

/** The most words kept for correcting typos: the commonest, which is what a typo is meant to be. */
export const maxSpellingWords = 4000;

export async function buildSearchPlan(): Promise<SearchPlanData> {
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
  const pageKinds: PageKind[] = [];
  for (const { data } of searchTerms) {
    if (data.kind === 'synonym') synonyms.push({ words: data.words, glossary: data.glossary, means: data.means });
    else if (data.kind === 'page-kind') pageKinds.push({ path: data.path, words: data.words });
    else tasks.push({ page: data.page, title: data.title, summary: data.summary, words: data.words, ...(data.hostsTools ? { hostsTools: true } : {}) });
  }
  // `kindRecords`, `records`, `prunedRecords`, `termRecords`, `common`, `everywhere` and `pagefindIndex`
  // are filled in by scripts/build-search-index.mjs once Pagefind has indexed the site.
  return {
    terms,
    synonyms,
    tasks,
    pageKinds,
    kindRecords: {},
    records: 0,
    prunedRecords: 0,
    termRecords: {},
    common: {},
    everywhere: [],
    pagefindIndex: { metaFile: '', language: 'en', includeCharacters: [] },
  };
}

/**
 * The quick-find list: every glossary term (with its other names), tool, checklist and
 * checklist item, the council's local pages, and the guidance pages, within the cap
 * (quick-find.ts says which pages stay on a very large site).
 */
export async function buildQuickFindList(): Promise<QuickFindList> {
  const [glossary, checklists, guidance, localPages] = await Promise.all([
    getCollection('glossary'),
    getCollection('checklists'),
    getCollection('guidance'),
    getCollection('localPages'),
  ]);
  const terms: QuickFindEntry[] = glossary.map(({ data }) => ({
    title: data.abbreviation ? `${data.abbreviation}: ${data.term}` : data.term,
    url: `/glossary/#${data.id}`,
    kind: 'term',
    names: [data.term, ...(data.abbreviation ? [data.abbreviation] : []), ...data.aliases],
  }));
  const shownTools: QuickFindEntry[] = tools
    .filter((tool) => toolShown(tool) && tool.href.startsWith('/tools/'))
    .map((tool) => ({ title: tool.title, url: tool.href, kind: 'tool' }));
  const lists = checklists.filter((list) => checklistShown(list.id));
  const checklistEntries: QuickFindEntry[] = lists.map((list) => ({ title: list.data.title, url: `/checklists/${list.id}/`, kind: 'checklist' }));
  const items: QuickFindEntry[] = lists.flatMap((list) =>
    list.data.groups.flatMap((group) =>
      group.items.map((item) => ({ title: item.text, url: `/checklists/${list.id}/#${item.id}`, kind: 'item' as const, within: list.data.title })),
    ),
  );
  const local: QuickFindEntry[] = localPages.map((page) => ({ title: page.data.title, url: `/local/${page.id}/`, kind: 'local' }));
  const pages = guidance.map((page) => ({ title: page.data.title, url: `/guidance/${page.id}/`, reviewed: page.data.lastReviewed }));
  return capQuickFind([...terms, ...shownTools, ...checklistEntries, ...items], local, pages);
}

export async function buildSpellingList(): Promise<SpellingList> {
  const [pages, glossary, checklists, cases] = await Promise.all([getCollection('guidance'), getCollection('glossary'), getCollection('checklists'), getCollection('caseStudies')]);
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
