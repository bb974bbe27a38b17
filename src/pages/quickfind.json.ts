import type { APIRoute } from 'astro';
import { buildQuickFindIndex } from '../lib/quickfind-index';

/** The quick-find index, generated from content/ on every build; fetched only when search is used. */
export const GET: APIRoute = async () => new Response(JSON.stringify(await buildQuickFindIndex()), { headers: { 'Content-Type': 'application/json' } });
