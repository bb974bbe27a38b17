import type { APIRoute } from 'astro';
import { buildSearchPlan } from '../lib/search/build-index';

/** What reading a query needs (glossary names, search terms, tools), generated from content/ on every build; fetched when the reader starts typing a search. */
export const GET: APIRoute = async () => new Response(JSON.stringify(await buildSearchPlan()), { headers: { 'Content-Type': 'application/json' } });
