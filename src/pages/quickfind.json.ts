import type { APIRoute } from 'astro';
import { buildQuickFindList } from '../lib/search/build-index';

/** The quick-find list (fuse.js), generated from content/ on every build; fetched after a search's first results. */
export const GET: APIRoute = async () => new Response(JSON.stringify(await buildQuickFindList()), { headers: { 'Content-Type': 'application/json' } });
