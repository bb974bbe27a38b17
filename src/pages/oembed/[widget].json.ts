/** /oembed/<tool>.json: the static oEmbed response each embed page advertises (src/lib/oembed.ts). */
import type { APIRoute } from 'astro';
import registry from '../../../widgets/registry.json';
import { oembedResponse } from '../../lib/oembed';

export function getStaticPaths() {
  return registry.widgets.map((widget) => ({ params: { widget: widget.tag }, props: { widget } }));
}

export const GET: APIRoute = ({ props, site }) =>
  new Response(JSON.stringify(oembedResponse(site!.origin, props.widget)), { headers: { 'Content-Type': 'application/json+oembed' } });
