/** The favicon, in the edition's colours (src/lib/app-icon.ts). */
import type { APIRoute } from 'astro';
import { iconSvg } from '../lib/app-icon';
import { iconColours } from '../council/brand';
import { edition } from '../council/edition';

export const GET: APIRoute = () => new Response(iconSvg(iconColours(edition)), { headers: { 'Content-Type': 'image/svg+xml' } });
