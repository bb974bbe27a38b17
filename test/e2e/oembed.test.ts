/** oEmbed discovery and responses in the built site (dist/): what any oEmbed consumer reads. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type Site } from './harness.ts';
import { registry } from '../../widgets/registry.ts';

const siteUrl = process.env.SITE_URL?.replace(/\/+$/, '') ?? 'http://localhost:4321';
let site: Site;
/** The built site names itself SITE_URL; the test server is elsewhere. */
const onTestServer = (url: string) => site.origin + new URL(url).pathname;

beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

describe('oEmbed in the built site', () => {
  for (const widget of registry.widgets) {
    it(`${widget.tag}: the embed page advertises a JSON response, which is a rich iframe of that page`, async () => {
      const watched = await watchedPage(site);
      await watched.page.goto(`${site.origin}/embed/${widget.tag}/`);
      const links = await watched.page.locator('link[rel="alternate"][type="application/json+oembed"]').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
      expect(links).toEqual([`${siteUrl}/oembed/${widget.tag}.json`]);
      const response = await fetch(onTestServer(links[0]!));
      expect(response.headers.get('content-type')).toContain('json');
      const data = (await response.json()) as { type: string; version: string; html: string; width: number; height: number; title: string };
      expect(data).toMatchObject({ version: '1.0', type: 'rich', title: widget.title });
      const iframe = /<iframe ([^>]*)><\/iframe>/.exec(data.html)![1]!;
      expect(iframe).toContain(`src="${siteUrl}/embed/${widget.tag}/"`);
      expect(iframe).toContain(`title="${widget.title}"`);
      expect(iframe).toContain(`width="${data.width}" height="${data.height}"`);
    });
  }

  it('publishes a provider entry for Drupal that covers every tool’s embed page', async () => {
    const providers = (await (await fetch(`${site.origin}/oembed/providers.json`)).json()) as { endpoints: { schemes: string[]; url: string }[] }[];
    expect(providers[0]!.endpoints.map((e) => e.url).sort()).toEqual(registry.widgets.map((w) => `${siteUrl}/oembed/${w.tag}.json`).sort());
    for (const endpoint of providers[0]!.endpoints) expect((await fetch(onTestServer(endpoint.url))).ok).toBe(true);
  });
});
