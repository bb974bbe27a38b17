import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { satteri } from '@astrojs/markdown-satteri';
import pageLinks from '../../src/lib/page-links.mjs';

const guidanceDir = mkdtempSync(join(tmpdir(), 'apk-page-links-'));
writeFileSync(join(guidanceDir, 'what-to-monitor.md'), '---\ntitle: "What to monitor: attendance and lateness"\nsummary: x\n---\n\nBody.\n');
writeFileSync(join(guidanceDir, 'with-a-component.mdx'), '---\ntitle: A page with a component\nsummary: x\n---\n\nBody.\n');
// The processor the site's pages go through (astro.config.mjs), with a small guidance folder.
const renderer = await satteri({ mdastPlugins: [pageLinks({ guidanceDir })] }).createRenderer({});
const fileURL = pathToFileURL('/site/content/guidance/example.md');
const render = async (markdown: string) => (await renderer.render(markdown, { fileURL })).code;
const links = (html: string) => [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => `${m[2]}→${m[1]}`);

describe('links between guidance pages', () => {
  it('gives a link written with no text the title of the page it points to, .md or .mdx', async () => {
    expect(links(await render('See [](/guidance/what-to-monitor/) and [](/guidance/with-a-component/).'))).toEqual([
      'What to monitor: attendance and lateness→/guidance/what-to-monitor/',
      'A page with a component→/guidance/with-a-component/',
    ]);
  });

  it('keeps the words of a link that has its own text', async () => {
    expect(links(await render('[lateness](/guidance/what-to-monitor/#lateness)'))).toEqual(['lateness→/guidance/what-to-monitor/#lateness']);
  });

  it('fails on a link to a guidance page that does not exist, naming the file and the page', async () => {
    await expect(render('[](/guidance/no-such-page/)')).rejects.toThrow(
      '/site/content/guidance/example.md: link to /guidance/no-such-page/, but content/guidance/ has no page "no-such-page"',
    );
  });

  it('fails on a guidance address left in the text as a bare path, saying how to write the link', async () => {
    await expect(render('For more, see /guidance/what-to-monitor/.')).rejects.toThrow(
      '/site/content/guidance/example.md: "/guidance/what-to-monitor/" is written as a bare path; write it as a link, [](/guidance/what-to-monitor/)',
    );
  });

  it('fails on a bare path inside emphasis or a list too', async () => {
    await expect(render('- *see /guidance/what-to-monitor/*')).rejects.toThrow('is written as a bare path');
  });

  it('leaves a path shown as code alone', async () => {
    await expect(render('Type `/guidance/what-to-monitor/` in the address bar.')).resolves.toContain('<code>/guidance/what-to-monitor/</code>');
  });
});
