/**
 * The search plan data as src/lib/search/build-index.ts makes it, read from content/ without
 * Astro, with the record counts of a site of today's size: for unit tests that read queries.
 */
import type { GlossaryTerm, SearchPlanData, Synonym, Task } from '../../src/lib/search/index-types.ts';
import { readYaml } from './content.ts';

interface SearchTermEntry {
  kind: 'synonym' | 'task' | 'page-kind';
  path?: string;
  words: string[];
  glossary?: string[];
  means?: string[];
  page?: string;
  title?: string;
  summary?: string;
  hostsTools?: boolean;
}

export function wholePlan(): SearchPlanData {
  const terms: GlossaryTerm[] = readYaml<(GlossaryTerm & { abbreviation?: string })[]>('glossary.yaml').map((t) => ({
    id: t.id,
    term: t.term,
    ...(t.abbreviation ? { abbreviation: t.abbreviation } : {}),
    aliases: t.aliases ?? [],
  }));
  const entries = readYaml<SearchTermEntry[]>('search-terms.yaml');
  const synonyms: Synonym[] = entries.filter((e) => e.kind === 'synonym').map((e) => ({ words: e.words, glossary: e.glossary ?? [], means: e.means ?? [] }));
  const tasks: Task[] = entries
    .filter((e) => e.kind === 'task')
    .map((e) => ({ page: e.page!, title: e.title!, summary: e.summary!, words: e.words, ...(e.hostsTools ? { hostsTools: true } : {}) }));
  const pageKinds = entries.filter((e) => e.kind === 'page-kind').map((e) => ({ path: e.path!, words: e.words }));
  return {
    terms,
    synonyms,
    tasks,
    pageKinds,
    kindRecords: {},
    records: 160,
    prunedRecords: 300,
    termRecords: {},
    common: {},
    everywhere: ['school', 'attendance', 'child', 'children'],
    pagefindIndex: { metaFile: '', language: 'en', includeCharacters: [] },
  };
}
