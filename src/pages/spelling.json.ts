import type { APIRoute } from 'astro';
import { buildSpellingList } from '../lib/search/build-index';

/** The words the site uses, for correcting a mistyped search; fetched only when a word of a query matches nothing. */
export const GET: APIRoute = async () => new Response(JSON.stringify(await buildSpellingList()), { headers: { 'Content-Type': 'application/json' } });
