/** The oEmbed responses and provider entry (src/lib/oembed.ts). */
import { describe, expect, it } from 'vitest';
import { registry } from '../../widgets/registry.ts';
import { embedPageUrl, oembedResponse, oembedUrl, providerEntry } from '../../src/lib/oembed.ts';

const site = 'https://kit.anyshire.gov.uk';

describe('oEmbed', () => {
  it('answers with a rich embed: an iframe of the embed page with a title, width and height', () => {
    const response = oembedResponse(site, { tag: 'attendance-checklist', title: 'Attendance checklist' });
    expect(response).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Attendance Practice Kit', provider_url: `${site}/`, title: 'Attendance checklist' });
    const iframe = /<iframe ([^>]*)><\/iframe>/.exec(response.html)![1]!;
    expect(iframe).toContain(`src="${site}/embed/attendance-checklist/"`);
    expect(iframe).toContain('title="Attendance checklist"');
    expect(iframe).toContain(`width="${response.width}"`);
    expect(iframe).toContain(`height="${response.height}"`);
    expect(Number.isInteger(response.width) && Number.isInteger(response.height)).toBe(true);
  });

  it('puts a link in a blockquote first, which WordPress needs before it loads its auto-height script', () => {
    expect(oembedResponse(site, { tag: 'attendance-calculator', title: 'Attendance calculator' }).html).toMatch(
      /^<blockquote><a href="https:\/\/kit\.anyshire\.gov\.uk\/embed\/attendance-calculator\/">Attendance calculator<\/a><\/blockquote><iframe /,
    );
  });

  it('writes a title as text, never as markup', () => {
    const html = oembedResponse(site, { tag: 'attendance-calculator', title: '"><script>alert(1)</script>' }).html;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&quot;&gt;&lt;script&gt;');
  });

  it('describes the site as a provider for Drupal, with one endpoint per tool whose scheme covers the embed page', () => {
    const [provider] = providerEntry(`${site}/`, registry.widgets);
    expect(provider!.provider_url).toBe(`${site}/`);
    expect(provider!.endpoints).toHaveLength(registry.widgets.length);
    for (const widget of registry.widgets) {
      const endpoint = provider!.endpoints.find((e) => e.url === oembedUrl(site, widget.tag))!;
      expect(endpoint.schemes).toEqual([`${embedPageUrl(site, widget.tag)}*`]);
      expect(endpoint.formats).toEqual(['json']);
      expect(endpoint.discovery).toBe(true);
    }
  });
});
