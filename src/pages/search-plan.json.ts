import type { APIRoute } from 'astro';
import { buildSearchPlan } from '../lib/search/build-index';
import { splitPlan } from '../lib/search/synonym-parts';

/**
 * What reading a query needs (glossary names, tools), generated from content/ on every build and
 * fetched when the reader starts typing a search; the everyday words come in parts by their first two letters
 * (search-plan/[part].json.ts), fetched for the words typed.
 */
export const GET: APIRoute = async () => new Response(JSON.stringify(splitPlan(await buildSearchPlan()).base), { headers: { 'Content-Type': 'application/json' } });
