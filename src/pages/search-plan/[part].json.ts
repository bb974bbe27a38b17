import type { APIRoute, GetStaticPaths } from 'astro';
import { buildSearchPlan } from '../../lib/search/build-index';
import { splitPlan, type SynonymPart } from '../../lib/search/synonym-parts';

/** The everyday phrases that start with the same two letters (lib/search/synonym-parts.ts). */
export const getStaticPaths = (async () => {
  const { parts } = splitPlan(await buildSearchPlan());
  return Object.entries(parts).map(([part, entries]) => ({ params: { part }, props: { entries } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entries: SynonymPart }> = ({ props }) => new Response(JSON.stringify(props.entries), { headers: { 'Content-Type': 'application/json' } });
