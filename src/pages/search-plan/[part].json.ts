import type { APIRoute, GetStaticPaths } from 'astro';
import { buildSearchPlan } from '../../lib/search/build-index';
import { splitPlan, wholeMapKey, wholeMapPart, type SynonymPart } from '../../lib/search/synonym-parts';

/**
 * The everyday phrases that start with the same two letters (lib/search/synonym-parts.ts), and
 * the whole map as one more part (`all`), which the search page fetches when a spelling
 * correction may change a word's first letters (one file rather than every part).
 */
export const getStaticPaths = (async () => {
  const plan = await buildSearchPlan();
  const { parts } = splitPlan(plan);
  return [...Object.entries(parts), [wholeMapKey, wholeMapPart(plan)] as const].map(([part, entries]) => ({ params: { part }, props: { entries } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entries: SynonymPart }> = ({ props }) => new Response(JSON.stringify(props.entries), { headers: { 'Content-Type': 'application/json' } });
