/**
 * oEmbed for the iframe embed pages, so a council can paste a tool's address into WordPress,
 * Drupal (with the oEmbed Providers module) or Umbraco and get the tool. Each embed page
 * advertises a static JSON response (oEmbed 1.0, type "rich": an iframe with a title, width and
 * height). Static because the site is plain files: the response does not change with the
 * pasted address, so a pasted link gives the tool with its default settings.
 */
import type { RegistryWidget } from '../../widgets/registry.ts';

export const providerName = 'Attendance Practice Kit';

/** Heights the host's iframe starts at, before the tool reports its own (WordPress grows it up to 1000 px). */
const startHeights: Record<string, number> = {
  'attendance-calculator': 760,
  'attendance-checklist': 1000,
  'attendance-push-pull': 1000,
  'attendance-four-is': 1000,
};
export const embedWidth = 680;

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const trimSlash = (siteUrl: string) => siteUrl.replace(/\/+$/, '');

export const embedPageUrl = (siteUrl: string, tag: string) => `${trimSlash(siteUrl)}/embed/${tag}/`;
export const oembedUrl = (siteUrl: string, tag: string) => `${trimSlash(siteUrl)}/oembed/${tag}.json`;

export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  provider_name: string;
  provider_url: string;
  title: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
}

/**
 * The response for one tool. The link in a blockquote comes first because WordPress loads its
 * auto-height script (wp-embed.js) only for embeds that have one; it is what a reader without
 * frames sees.
 */
export function oembedResponse(siteUrl: string, widget: Pick<RegistryWidget, 'tag' | 'title'>): OEmbedRich {
  const src = embedPageUrl(siteUrl, widget.tag);
  const height = startHeights[widget.tag] ?? 1000;
  const title = escapeAttribute(widget.title);
  return {
    version: '1.0',
    type: 'rich',
    provider_name: providerName,
    provider_url: `${trimSlash(siteUrl)}/`,
    title: widget.title,
    html:
      `<blockquote><a href="${escapeAttribute(src)}">${title}</a></blockquote>` +
      `<iframe src="${escapeAttribute(src)}" title="${title}" width="${embedWidth}" height="${height}" frameborder="0"></iframe>`,
    width: embedWidth,
    height,
    cache_age: 86400,
  };
}

/**
 * This site as an oEmbed provider, in the providers.json format of oembed.com that Drupal's
 * oEmbed Providers module takes: one endpoint per tool, since each tool's response is its own file.
 */
export function providerEntry(siteUrl: string, widgets: readonly Pick<RegistryWidget, 'tag'>[]) {
  return [
    {
      provider_name: providerName,
      provider_url: `${trimSlash(siteUrl)}/`,
      endpoints: widgets.map((w) => ({
        schemes: [`${embedPageUrl(siteUrl, w.tag)}*`],
        url: oembedUrl(siteUrl, w.tag),
        discovery: true,
        formats: ['json'],
      })),
    },
  ];
}
