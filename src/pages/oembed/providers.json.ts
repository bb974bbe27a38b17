/** /oembed/providers.json: this site as an oEmbed provider, for Drupal's oEmbed Providers module (src/lib/oembed.ts). */
import type { APIRoute } from 'astro';
import registry from '../../../widgets/registry.json';
import { providerEntry } from '../../lib/oembed';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(providerEntry(site!.origin, registry.widgets), null, 2), { headers: { 'Content-Type': 'application/json' } });
