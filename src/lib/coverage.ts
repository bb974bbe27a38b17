import { getCollection } from 'astro:content';
import { guidanceHref } from './content';

export interface CoveringPage {
  title: string;
  href: string;
}

/**
 * The coverage map: for each source section (as listed in content/sources.json), the pages
 * that cite it. Built from the pages' own citations, so it cannot drift from them.
 */
export async function sectionCoverage(): Promise<Map<string, Map<string, CoveringPage[]>>> {
  const [guidance, cases, checklists] = await Promise.all([getCollection('guidance'), getCollection('caseStudies'), getCollection('checklists')]);
  const map = new Map<string, Map<string, CoveringPage[]>>();
  // A set rather than a search of each list: a section can be cited by thousands of pages.
  const seen = new Set<string>();
  const add = (source: string, section: string, page: CoveringPage) => {
    const key = JSON.stringify([source, section, page.href]);
    if (seen.has(key)) return;
    seen.add(key);
    const bySection = map.get(source) ?? new Map<string, CoveringPage[]>();
    const list = bySection.get(section) ?? [];
    list.push(page);
    bySection.set(section, list);
    map.set(source, bySection);
  };
  for (const g of guidance) for (const c of g.data.citations) add(c.source, c.section, { title: g.data.title, href: guidanceHref(g.id) });
  for (const cs of cases) for (const c of cs.data.citations) add(c.source, c.section, { title: cs.data.title, href: `/case-studies/${cs.id}/` });
  for (const list of checklists) {
    const page = { title: list.data.title, href: `/checklists/${list.id}/` };
    for (const c of [...list.data.citations, ...list.data.groups.flatMap((g) => g.items.map((i) => i.citation))]) add(c.source, c.section, page);
  }
  return map;
}
