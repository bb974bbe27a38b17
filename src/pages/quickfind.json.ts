import type { APIRoute } from 'astro';
import { buildQuickFindIndex } from '../lib/search/build-index';

/** The quick-find index, generated from content/ on every build; fetched when the reader starts typing a search. */
export const GET: APIRoute = async () => new Response(JSON.stringify(await buildQuickFindIndex()), { headers: { 'Content-Type': 'application/json' } });
