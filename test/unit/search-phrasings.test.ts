/**
 * Search phrasings (src/lib/search/phrasings.ts, content/search-phrasings.yaml): the file is
 * checked, each phrasing lands in its section of the indexed copy, a search for words only a
 * phrasing holds finds that section, and no excerpt shows a phrasing.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { glossaryRecord } from '../../scripts/build-search-index.mjs';
import { compactPagefindIndex } from '../../scripts/compact-pagefind-index.mjs';
import { SearchEngine } from '../../src/lib/search/engine/engine.ts';
import { phrasingRanges, withoutRanges } from '../../src/lib/search/engine/excerpts.ts';
import { phrasingParagraph, phrasingsEndId, phrasingsStartId, readPhrasings, unindexedPhrasings, withPhrasings } from '../../src/lib/search/phrasings.ts';
import { contentDir } from '../helpers/content.ts';
import { folderFetch } from '../helpers/pagefind-runtime.ts';

const page = `<!doctype html><html lang="en-GB"><body><main data-pagefind-body>
<h1>Reduced timetables</h1>
<p>A reduced timetable means fewer hours in school than the full day.</p>
<h2 id="challenge-it">Challenge <em>it</em></h2>
<p>Ask why it is needed and when the child will be back full time.</p>
<h2 id="track-it">Track it</h2>
<p>Find out whether the child is on one, and for how long.</p>
</main></body></html>`;

describe('the phrasings file', () => {
  it('is read into each page’s sections, the page’s own under ""', () => {
    const byPage = readPhrasings([
      { url: '/guidance/x/', asked: ['one'] },
      { url: '/guidance/x/#a', asked: [' two ', 'three'] },
      { url: '/glossary/#ebsa', asked: ['four'] },
    ]);
    expect([...byPage.keys()]).toEqual(['/guidance/x/', '/glossary/']);
    expect(byPage.get('/guidance/x/')).toEqual(
      new Map([
        ['', ['one']],
        ['a', ['two', 'three']],
      ]),
    );
  });

  it('names every problem at once: a bad address, no phrasings, a paragraph for a phrasing, a section twice', () => {
    const read = () =>
      readPhrasings([
        { url: 'guidance/x', asked: ['one'] },
        { url: '/guidance/y/', asked: [] },
        { url: '/guidance/z/', asked: [Array(20).fill('word').join(' ')] },
        { url: '/guidance/w/#a', asked: ['one'] },
        { url: '/guidance/w/#a', asked: ['two'] },
      ]);
    expect(read).toThrow(/entry 1: url must be a site path/);
    expect(read).toThrow(/\/guidance\/y\/: asked must be a list/);
    expect(read).toThrow(/\/guidance\/z\/: phrasings are what people type, at most 16 words/);
    expect(read).toThrow(/\/guidance\/w\/#a: listed twice/);
    expect(() => readPhrasings({ url: '/x/' })).toThrow(/expected a list/);
  });

  it('the kit’s own file is valid, and names only the glossary’s terms', () => {
    const byPage = readPhrasings(yaml.load(readFileSync(join(contentDir, 'search-phrasings.yaml'), 'utf8')));
    const terms = new Set((yaml.load(readFileSync(join(contentDir, 'glossary.yaml'), 'utf8')) as { id: string }[]).map((t) => t.id));
    const named = [...(byPage.get('/glossary/')?.keys() ?? [])].filter((id) => id !== '');
    expect(named.length).toBeGreaterThan(50);
    expect(named.filter((id) => !terms.has(id))).toEqual([]);
    expect([...byPage.keys()].filter((p) => p.startsWith('/guidance/')).length).toBeGreaterThan(30);
  });
});

describe('placing phrasings in a page', () => {
  it('puts a section’s phrasings right after its heading, and the page’s after the <h1>', () => {
    const html = withPhrasings(
      page,
      '/guidance/x/',
      new Map([
        ['challenge-it', ['cut his hours']],
        ['', ['part time school']],
      ]),
    );
    const after = (marker: string) => html.indexOf(marker) + marker.length;
    expect(html.indexOf('cut his hours')).toBeGreaterThan(after('Challenge <em>it</em></h2>') - 1);
    expect(html.indexOf('cut his hours')).toBeLessThan(html.indexOf('Ask why'));
    expect(html.indexOf('part time school')).toBeGreaterThan(after('</h1>') - 1);
    expect(html.indexOf('part time school')).toBeLessThan(html.indexOf('A reduced timetable means'));
  });

  it('fails on a section the page does not have, rather than leaving its phrasings on another', () => {
    expect(() => withPhrasings(page, '/guidance/x/', new Map([['renamed', ['x']]]))).toThrow(/\/guidance\/x\/#renamed has no heading with that id/);
  });

  it('in a council edition, leaves out a section whose heading a local name changed, and says which', () => {
    const missing: string[] = [];
    const html = withPhrasings(
      page,
      '/guidance/x/',
      new Map([
        ['ask-your-attendance-support-team', ['who to call']],
        ['track-it', ['how long has he been on it']],
      ]),
      (anchor) => missing.push(anchor),
    );
    expect(missing).toEqual(['ask-your-attendance-support-team']);
    expect(html).not.toContain('who to call');
    expect(html.indexOf('how long has he been on it')).toBeGreaterThan(html.indexOf('Track it</h2>'));
  });

  it('names the phrasings the index lacks (under a heading the search leaves out), not those of pages it does not hold', () => {
    const phrasings = readPhrasings([
      { url: '/guidance/x/#notice', asked: ['is it statutory', 'kept'] },
      { url: '/glossary/#ebsa', asked: ['too frightened to go in'] },
      { url: '/tools/hidden-by-the-council/', asked: ['anything'] },
    ]);
    const records = [
      { url: '/guidance/x/', content: 'Title. kept. Body.' },
      { url: '/glossary/#ebsa', content: 'EBSA. too frightened to go in.' },
    ];
    expect(unindexedPhrasings(records, phrasings)).toEqual(['/guidance/x/#notice: is it statutory']);
  });

  it('writes phrasings as text, between the markers excerpts leave out, hidden from view', () => {
    const html = phrasingParagraph(['<script>alert(1)</script> & more']);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; more');
    expect(html).not.toContain('<script>');
    expect(html).toMatch(new RegExp(`^<span id="${phrasingsStartId}"></span><p hidden [^>]*>.*</p><span id="${phrasingsEndId}"></span>$`));
  });
});

describe('excerpts leave phrasings out', () => {
  it('finds the ranges between the markers, and the text without them', () => {
    const ranges = phrasingRanges([
      { element: 'h2', id: 'a', text: 'A', location: 0 },
      { element: 'span', id: phrasingsEndId, text: '', location: 5 },
      { element: 'span', id: phrasingsStartId, text: '', location: 2 },
    ]);
    expect(ranges).toEqual([[2, 5]]);
    const shown = withoutRanges('A heading. one two three. body text', ranges);
    expect(shown.content).toBe('A heading. body text');
    expect([shown.at(0), shown.at(5), shown.at(6)]).toEqual([0, 2, 3]);
    expect([shown.hidden(1), shown.hidden(2), shown.hidden(4), shown.hidden(5)]).toEqual([false, true, true, false]);
  });

  let indexDir: string;
  beforeAll(async () => {
    indexDir = mkdtempSync(join(tmpdir(), 'apk-phrasings-'));
    const { index } = await pagefind.createIndex({});
    const sections = new Map([
      ['challenge-it', ['school has cut his hours for months']],
      ['', ['shortened school day']],
    ]);
    await index!.addHTMLFile({ url: '/guidance/reduced-timetables/', content: withPhrasings(page, '/guidance/reduced-timetables/', sections) });
    const term = { id: 'reduced-timetable', term: 'Reduced timetable', aliases: [], definition: 'Fewer hours in school than the full day.' };
    await index!.addHTMLFile(glossaryRecord(term, new Map(), ['pupil only goes in for mornings']));
    await index!.writeFiles({ outputPath: indexDir });
    await pagefind.close();
    compactPagefindIndex(indexDir);
  }, 60_000);
  afterAll(() => rmSync(indexDir, { recursive: true, force: true }));

  async function search(query: string) {
    const metaFile = readdirSync(indexDir).find((n) => n.endsWith('.pf_meta'))!;
    const engine = await SearchEngine.open({
      basePath: '/pagefind/',
      metaFile,
      language: 'en-GB',
      includeCharacters: [],
      excerptLength: 12,
      metaWeights: { title: 8 },
      fetch: folderFetch(indexDir),
    });
    return Promise.all((await engine.search(query)).results.map((r) => r.data()));
  }

  it('a section is found by its phrasings, and its excerpt is its own text', async () => {
    const [found] = await search('months');
    expect(found?.url).toBe('/guidance/reduced-timetables/');
    const section = found!.sub_results.find((s) => s.url.endsWith('#challenge-it'));
    expect(section?.excerpt).toContain('Ask why it is needed');
    for (const text of [found!.excerpt, ...found!.sub_results.map((s) => s.excerpt)]) expect(text).not.toMatch(/months|cut|shortened/);
  });

  it('the page is found by its own phrasings and a glossary term by its, neither shown', async () => {
    const [page] = await search('shortened');
    expect(page?.url).toBe('/guidance/reduced-timetables/');
    expect(page?.excerpt).toContain('A reduced timetable means');
    const [term] = await search('mornings');
    expect(term?.url).toBe('/glossary/#reduced-timetable');
    expect(term?.excerpt).not.toContain('mornings');
  });
});
