import { getCollection } from 'astro:content';
import { guidanceHref } from './content';
import { vocabulary, type QuickFindEntry, type QuickFindIndex } from './quickfind';

/** Builds the quick-find index from the content collections. */
export async function buildQuickFindIndex(): Promise<QuickFindIndex> {
  const [pages, glossary, checklists, cases] = await Promise.all([
    getCollection('guidance'),
    getCollection('glossary'),
    getCollection('checklists'),
    getCollection('caseStudies'),
  ]);
  const entries: QuickFindEntry[] = [
    ...pages.map((p) => ({
      title: p.data.title,
      url: guidanceHref(p.id),
      kind: 'page' as const,
      keywords: p.data.searchKeywords,
    })),
    ...cases.map((c) => ({ title: c.data.title, url: `/case-studies/${c.id}/`, kind: 'page' as const, keywords: [c.data.area] })),
    ...glossary.map((g) => ({
      title: g.data.abbreviation ? `${g.data.abbreviation}: ${g.data.term}` : g.data.term,
      url: `/glossary/#${g.data.id}`,
      kind: 'term' as const,
      keywords: [g.data.term, ...(g.data.abbreviation ? [g.data.abbreviation] : []), ...g.data.aliases],
    })),
    ...checklists.flatMap((list) =>
      list.data.groups.flatMap((group) =>
        group.items.map((item) => ({
          title: item.text,
          url: item.page ? guidanceHref(item.page) : `/checklists/${list.id}/#${item.id}`,
          kind: 'checklist' as const,
          keywords: [list.data.title],
        })),
      ),
    ),
  ];
  const terms = glossary.map((g) => ({ term: g.data.term, abbreviation: g.data.abbreviation, aliases: g.data.aliases }));
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
  return { entries, terms, words };
}
