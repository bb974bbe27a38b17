// Shared by the training pages (files starting with "_" are not pages): loads the session
// plans and resolves what each links to, failing the build when a guidance page or case
// study a plan names does not exist.
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { guidanceHref } from '../../lib/content';

export type Plan = CollectionEntry<'sessionPlans'>;

export async function plans(): Promise<Plan[]> {
  const all = await getCollection('sessionPlans');
  return all.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id) || a.id.localeCompare(b.id));
}

/** A sensible order to run them in; plans not listed come after, by id. */
const order = ['introduction-for-social-workers', 'push-and-pull-in-assessment', 'four-is-for-leaders'];

export async function resolveLinks(plan: Plan) {
  const pages = await Promise.all(
    plan.data.pages.map(async (slug) => {
      const page = await getEntry('guidance', slug);
      if (!page) throw new Error(`session plan ${plan.id}: no guidance page "${slug}" in content/guidance/`);
      return { href: guidanceHref(slug), title: page.data.title };
    }),
  );
  const caseStudy = await getEntry('caseStudies', plan.data.caseStudy);
  if (!caseStudy) throw new Error(`session plan ${plan.id}: no case study "${plan.data.caseStudy}" in content/case-studies/`);
  return { pages, caseStudy: { href: `/case-studies/${caseStudy.id}/`, title: caseStudy.data.title, summary: caseStudy.data.summary } };
}

export const planHref = (id: string) => `/training/${id}/`;
export const handoutHref = (id: string) => `/training/${id}/handout/`;
