import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { satteri } from '@astrojs/markdown-satteri';
import glossaryLinks from '../../src/lib/glossary-links.mjs';

const dir = mkdtempSync(join(tmpdir(), 'apk-glossary-'));
const glossaryFile = join(dir, 'glossary.yaml');
writeFileSync(glossaryFile, '- id: dsl\n  abbreviation: DSL\n- id: ehcp\n  abbreviation: EHCP\n- id: la\n  abbreviation: LA\n');
// The processor the site's pages go through (astro.config.mjs), with a small glossary.
const renderer = await satteri({ mdastPlugins: [glossaryLinks({ glossaryFile })] }).createRenderer({});
const render = async (markdown: string) => (await renderer.render(markdown)).code;
const links = (html: string) => [...html.matchAll(/<a href="([^"]*)">([^<]*)<\/a>/g)].map((m) => `${m[2]}→${m[1]}`);

describe('glossary links in guidance pages', () => {
  it('links the first use of each abbreviation only', async () => {
    const html = await render('Ask the DSL about the EHCP. The DSL will know.');
    expect(links(html)).toEqual(['DSL→/glossary/#dsl', 'EHCP→/glossary/#ehcp']);
    expect(html).toContain('. The DSL will know.');
  });

  it('matches whole words only, case as written', async () => {
    expect(links(await render('LAST year, la la, DSLs and LA-wide'))).toEqual([]);
  });

  it('leaves headings and existing links alone', async () => {
    expect(links(await render('## The DSL\n\n[DSL](/x/) and the DSL'))).toEqual(['DSL→/x/', 'DSL→/glossary/#dsl']);
  });

  it('links the first use in reading order, inside emphasis and lists too', async () => {
    const html = await render('A *DSL* and **EHCP**, then the DSL.\n\n- the LA and the EHCP');
    expect(links(html)).toEqual(['DSL→/glossary/#dsl', 'EHCP→/glossary/#ehcp', 'LA→/glossary/#la']);
  });

  it('starts afresh on every page', async () => {
    await render('The DSL.');
    expect(links(await render('The DSL.'))).toEqual(['DSL→/glossary/#dsl']);
  });

  it('leaves code alone', async () => {
    expect(links(await render('`DSL` and\n\n    DSL\n'))).toEqual([]);
  });
});
