/**
 * The search page's engine (src/lib/search/engine/) against Pagefind's own: its stemmer against
 * Pagefind's indexer over every word of the content, and its searches against Pagefind's
 * runtime over an index of the guidance and glossary, for every search the three tuning sets'
 * questions are read into.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillSearchPages, glossaryRecord } from '../../scripts/build-search-index.mjs';
import { compactPagefindIndex } from '../../scripts/compact-pagefind-index.mjs';
import { SearchEngine, type EngineResult, type Filters } from '../../src/lib/search/engine/engine.ts';
import { decodeCbor, readIndexChunk, readMetadata, unpack } from '../../src/lib/search/engine/index-files.ts';
import { normalizeQuery } from '../../src/lib/search/engine/scoring.ts';
import { stem } from '../../src/lib/search/engine/stem.ts';
import { planQuery } from '../../src/lib/search/query-plan.ts';
import { searchesToRun } from '../../src/lib/search/ranking.ts';
import { contentDir, guidancePages, readYaml, sources } from '../helpers/content.ts';
import { folderFetch, withPagefindRuntime, type RuntimeResult } from '../helpers/pagefind-runtime.ts';
import { wholePlan } from '../helpers/search-plan.ts';
import tuned from '../e2e/search-questions.json' with { type: 'json' };
import tuned2 from '../e2e/search-questions-tuning-2.json' with { type: 'json' };
import tuned3 from '../e2e/search-questions-tuning-3.json' with { type: 'json' };
import tuned4 from '../e2e/search-questions-tuning-4.json' with { type: 'json' };
import tuned5 from '../e2e/search-questions-tuning-5.json' with { type: 'json' };
import tuned6 from '../e2e/search-questions-tuning-6.json' with { type: 'json' };
import tuned7 from '../e2e/search-questions-tuning-7.json' with { type: 'json' };
import tuned8 from '../e2e/search-questions-tuning-8.json' with { type: 'json' };
import tuned9 from '../e2e/search-questions-tuning-9.json' with { type: 'json' };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** A guidance page as HTML much as the site renders it: title, summary, sections with ids, keywords, filters. */
function guidanceHtml(page: ReturnType<typeof guidancePages>[number]): { url: string; content: string } {
  const body = page.body
    .split(/\n\s*\n/)
    .map((block) => {
      const heading = /^(#{2,3}) (.*)$/.exec(block.trim());
      if (heading) return `<h${heading[1]!.length} id="${slug(heading[2]!)}">${escape(heading[2]!)}</h${heading[1]!.length}>`;
      return `<p>${escape(block.replace(/\s+/g, ' ').trim())}</p>`;
    })
    .join('\n');
  const topics = (page.data as { topics?: string[] }).topics ?? [];
  return {
    url: `/guidance/${page.slug}/`,
    content: `<!doctype html><html lang="en-GB"><body><main data-pagefind-body>
<h1>${escape(page.data.title)}</h1>
<p data-pagefind-meta="summary">${escape(page.data.summary)}</p>
${body}
<p data-pagefind-weight="10">${escape((page.data.searchKeywords ?? []).join(', '))}</p>
${topics.map((t) => `<span data-pagefind-filter="topic" hidden>${t}</span>`).join('')}
</main></body></html>`,
  };
}

/** Every word of the content, lower-cased, as a query would give it to the stemmer. */
function contentWords(): string[] {
  const words = new Set<string>();
  const texts = [
    ...guidancePages().map((p) => `${p.data.title} ${p.data.summary} ${p.body}`),
    readFileSync(join(contentDir, 'glossary.yaml'), 'utf8'),
    readFileSync(join(contentDir, 'search-terms.yaml'), 'utf8'),
  ];
  for (const text of texts) for (const word of text.toLowerCase().split(/[^a-z]+/)) if (word.length > 0) words.add(word);
  return [...words];
}

// Snowball 3's special cases, each as Pagefind's indexer stems it (checked against it below too).
const specialCases: Record<string, string> = {
  pasted: 'paste',
  adding: 'add',
  internal: 'internal',
  universal: 'universal',
  psychologist: 'psycholog',
  dying: 'die',
  skies: 'sky',
  news: 'news',
  proceed: 'proceed',
  succeeding: 'succeed',
  evening: 'evening',
  generously: 'generous',
  early: 'earli',
  only: 'onli',
  gently: 'gentl',
  hoped: 'hope',
  hopping: 'hop',
  failed: 'fail',
  filing: 'file',
  cried: 'cri',
  ties: 'tie',
  gas: 'gas',
  kiwis: 'kiwi',
  attendance: 'attend',
  families: 'famili',
  constructor: 'constructor',
};

let stemDir: string;
let indexDir: string;

beforeAll(async () => {
  stemDir = mkdtempSync(join(tmpdir(), 'apk-stems-'));
  indexDir = mkdtempSync(join(tmpdir(), 'apk-engine-'));
  const words = [...new Set([...contentWords(), ...Object.keys(specialCases)])];
  const { index: stems } = await pagefind.createIndex({});
  for (const [i, word] of words.entries()) await stems!.addCustomRecord({ url: `/${i}/`, content: word, language: 'en' });
  await stems!.writeFiles({ outputPath: stemDir });
  await pagefind.close();
  // Small chunks, so that searches need several and words run across chunk boundaries.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = '300';
  try {
    const { index } = await pagefind.createIndex({});
    for (const page of guidancePages()) await index!.addHTMLFile(guidanceHtml(page));
    const sourceTitles = new Map(sources().map((s) => [s.id, s.title]));
    for (const term of readYaml<{ id: string }[]>('glossary.yaml')) await index!.addHTMLFile(glossaryRecord(term, sourceTitles));
    await index!.writeFiles({ outputPath: indexDir });
    await pagefind.close();
  } finally {
    delete process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
  }
  compactPagefindIndex(indexDir);
}, 240_000);
afterAll(() => {
  rmSync(stemDir, { recursive: true, force: true });
  rmSync(indexDir, { recursive: true, force: true });
});

/** Each word's stem as Pagefind's indexer wrote it (one record per word, in order). */
async function indexerStems(): Promise<Map<string, string>> {
  const words = [...new Set([...contentWords(), ...Object.keys(specialCases)])];
  const metaName = readdirSync(stemDir).find((n) => n.endsWith('.pf_meta'))!;
  const meta = readMetadata(await unpack(readFileSync(join(stemDir, metaName)), metaName));
  const wordOf = await Promise.all(
    meta.pages.map(async ({ hash }) => {
      const plain = await unpack(readFileSync(join(stemDir, 'fragment', `${hash}.pf_fragment`)), hash);
      return words[Number((JSON.parse(new TextDecoder().decode(plain)) as { url: string }).url.replace(/\//g, ''))]!;
    }),
  );
  const stems = new Map<string, string>();
  for (const name of readdirSync(join(stemDir, 'index'))) {
    for (const [key, data] of readIndexChunk(await unpack(readFileSync(join(stemDir, 'index', name)), name))) for (const { page } of data.pages) stems.set(wordOf[page]!, key);
  }
  return stems;
}

describe('the stemmer', () => {
  it('stems every word of the content, and Snowball 3 special cases, as Pagefind indexes them', async () => {
    const expected = await indexerStems();
    expect(expected.size).toBeGreaterThan(2000);
    const wrong = [...expected].filter(([word, s]) => stem(word) !== s).map(([word, s]) => `${word}: ${stem(word)} (Pagefind: ${s})`);
    expect(wrong).toEqual([]);
    for (const [word, s] of Object.entries(specialCases)) expect(expected.get(word), word).toBe(s);
  });
});

const metaWeights = { title: 8, summary: 3 };
const questions = [...tuned, ...tuned2, ...tuned3, ...tuned4, ...tuned5, ...tuned6, ...tuned7, ...tuned8, ...tuned9].map((q) => q.q);

interface Compared {
  searches: number;
  sameRecords: number;
  sameTop3: number;
  sameScores: number;
  sameTopText: number;
  firstDifference?: string;
}

/** The top result's text as the search page uses it: address, excerpt, and each matching section. */
async function shownText(result: Pick<RuntimeResult | EngineResult, 'data'>): Promise<string> {
  const data = await result.data();
  return JSON.stringify([data.url, data.excerpt, data.meta['title'], data.sub_results.map((s) => [s.title, s.url, s.excerpt, s.locations])]);
}

/** Runs every planned search of every question through both, the way the search page does: preload all, then search each. */
async function compareAll(filters: Filters | undefined): Promise<Compared> {
  const plan = wholePlan();
  const metaFile = readdirSync(indexDir).find((n) => n.endsWith('.pf_meta'))!;
  const engine = await SearchEngine.open({
    basePath: '/pagefind/',
    metaFile,
    language: 'en-GB',
    includeCharacters: ['_'],
    excerptLength: 24,
    metaWeights,
    fetch: folderFetch(indexDir),
  });
  return withPagefindRuntime(indexDir, { excerptLength: 24, ranking: { metaWeights } }, async (runtime) => {
    const compared: Compared = { searches: 0, sameRecords: 0, sameTop3: 0, sameScores: 0, sameTopText: 0 };
    const options = filters ? { filters } : {};
    for (const question of questions) {
      const searches = searchesToRun(planQuery(question, plan).concepts);
      await Promise.all(searches.map((s) => runtime.preload(s, options)));
      await Promise.all(searches.map((s) => engine.preload(s, options)));
      for (const search of searches) {
        const theirs = (await runtime.search(search, options)).results;
        const ours = (await engine.search(search, options)).results;
        compared.searches++;
        const scores = new Map(ours.map((r) => [r.id, r.score]));
        if (theirs.length === ours.length && theirs.every((r) => scores.has(r.id))) compared.sameRecords++;
        else compared.firstDifference ??= `${search}: ${theirs.length} records against ${ours.length}`;
        const top = (list: { id: string }[]) => list.slice(0, 3).map((r) => r.id);
        if (JSON.stringify(top(theirs)) === JSON.stringify(top(ours))) compared.sameTop3++;
        if (theirs.every((r) => Math.abs(r.score - (scores.get(r.id) ?? NaN)) <= 1e-5 * Math.max(1, r.score))) compared.sameScores++;
        if (theirs[0] && ours[0] && (await shownText(theirs[0])) === (await shownText(ours[0]))) compared.sameTopText++;
        else if (!theirs[0] && !ours[0]) compared.sameTopText++;
      }
    }
    return compared;
  });
}

describe("the engine against Pagefind's own search", () => {
  // Pagefind sorts a page's matches by position with an unstable sort, so where two words
  // starting with a query word share a position (a compound such as "attendance-calculator"),
  // which of them the position counts for varies with the sort's internals: this engine counts
  // it for the shorter (the query word's own stem). Scores then differ on those pages, and
  // rarely the order; exp and ln may differ in their last bit. Everything else is Pagefind's.
  it.each<[string, Filters | undefined]>([
    ['unfiltered', undefined],
    ['narrowed by a filter', { topic: { any: ['social-worker', 'why-attendance-matters'] } }],
  ])(
    'finds the same records for every search of the tuning questions (%s), with the same scores, order and texts',
    async (_, filters) => {
      const c = await compareAll(filters);
      expect(c.searches).toBeGreaterThan(2000);
      expect(c.firstDifference).toBeUndefined();
      expect(c.sameRecords).toBe(c.searches);
      expect(c.sameTop3 / c.searches).toBeGreaterThan(0.995);
      expect(c.sameScores / c.searches).toBeGreaterThan(0.97);
      expect(c.sameTopText / c.searches).toBeGreaterThan(0.995);
    },
    240_000,
  );
});

describe('reading queries and index files', () => {
  it('reads a query as Pagefind does: lower case, without punctuation or diacritics, quoted for a phrase', () => {
    expect(normalizeQuery('  Café   “children’s”  (SEND) ', ['_'])).toEqual({ term: 'cafe childrens send', original: 'café childrens send', exact: false });
    expect(normalizeQuery('"lived experience"', ['_']).exact).toBe(true);
    expect(normalizeQuery('year#7', ['#']).term).toBe('year#7');
    expect(normalizeQuery('year#7', []).term).toBe('year7');
  });

  it('says which file is damaged and how', async () => {
    await expect(unpack(gzipSync(Buffer.from('not pagefind')), 'x.pf_meta')).rejects.toThrow('x.pf_meta lacks Pagefind\'s "pagefind_dcd" signature');
    expect(() => decodeCbor(new Uint8Array([0x82, 0x01]), 'y.pf_index')).toThrow('y.pf_index ends early at byte 2');
    expect(() => decodeCbor(new Uint8Array([0xa1]), 'z.pf_index')).toThrow('z.pf_index holds a CBOR item of major type 5');
    expect(() => readMetadata(new Uint8Array([0x01]), 'm.pf_meta')).toThrow('m.pf_meta is not Pagefind 1.x metadata');
  });

  it('fails a search whose part of the index cannot load, and loads it afresh next time', async () => {
    const metaFile = readdirSync(indexDir).find((n) => n.endsWith('.pf_meta'))!;
    let offline = true;
    const fetchFile = folderFetch(indexDir);
    const engine = await SearchEngine.open({
      basePath: '/pagefind/',
      metaFile,
      language: 'en',
      includeCharacters: [],
      excerptLength: 24,
      metaWeights,
      fetch: (async (url: string) => (offline && url.includes('/index/') ? new Response('', { status: 503 }) : fetchFile(url))) as typeof fetch,
    });
    await expect(engine.search('timetable')).rejects.toThrow('503');
    offline = false;
    const { results } = await engine.search('timetable');
    expect(results.length).toBeGreaterThan(0);
    expect((await results[0]!.data()).url).toMatch(/^\/(guidance|glossary)\//);
  });
});

describe('where the search page departs from Pagefind', () => {
  const open = async (departures: { strictStandIns?: boolean; everyPhrase?: boolean; completeExtensionsUpTo?: number }) =>
    SearchEngine.open({
      basePath: '/pagefind/',
      metaFile: readdirSync(indexDir).find((n) => n.endsWith('.pf_meta'))!,
      language: 'en',
      includeCharacters: [],
      excerptLength: 24,
      metaWeights,
      fetch: folderFetch(indexDir) as typeof fetch,
      ...departures,
    });
  const ids = async (engine: SearchEngine, query: string) => (await engine.search(query)).results.map((r) => `${r.id}:${r.score}`);

  it('lets only a long enough word stand in for a query word no word of the index starts', async () => {
    const pagefindLike = await open({});
    const strict = await open({ strictStandIns: true });
    // Pagefind searches each as a much shorter word it starts with ("we" for "webpart").
    for (const query of ['webpart', 'pakage']) {
      expect((await ids(pagefindLike, query)).length, query).toBeGreaterThan(0);
      expect(await ids(strict, query), query).toEqual([]);
    }
    // "safeguardingly" still finds the pages for "safeguarding", and a word the index has is searched as before.
    for (const query of ['safeguardingly', 'timetable', 'attendance officer']) {
      const found = await ids(strict, query);
      expect(found.length, query).toBeGreaterThan(0);
      expect(found, query).toEqual(await ids(pagefindLike, query));
    }
  });

  it("finds all of a word's extensions whatever was searched before", async () => {
    // Every part of the index loaded, as after many searches.
    const everything = async (departures: { completeExtensionsUpTo?: number; strictStandIns?: boolean }) => {
      const engine = await open(departures);
      for (const word of contentWords()) await engine.preload(word);
      return engine;
    };
    const prefixes = [
      ...new Set(
        contentWords()
          .filter((w) => w.length >= 5)
          .map((w) => w.slice(0, 4)),
      ),
    ];
    const differing = async (departures: { completeExtensionsUpTo?: number; strictStandIns?: boolean }) => {
      const warm = await everything(departures);
      const found: string[] = [];
      for (const prefix of prefixes) {
        const fresh = await open(departures);
        if (JSON.stringify(await ids(fresh, prefix)) !== JSON.stringify(await ids(warm, prefix))) found.push(prefix);
      }
      return found;
    };
    expect(prefixes.length).toBeGreaterThan(300);
    // As the search page searches (a short stand-in depends on what is loaded too).
    expect(await differing({ completeExtensionsUpTo: Number.POSITIVE_INFINITY, strictStandIns: true })).toEqual([]);
    // Pagefind's rule for which parts to load: some results depend on what was loaded before.
    expect((await differing({ strictStandIns: true })).length).toBeGreaterThan(0);
    // And an index larger than the bound keeps Pagefind's rule.
    expect(await differing({ completeExtensionsUpTo: 100, strictStandIns: true })).toEqual(await differing({ strictStandIns: true }));
  }, 120_000);

  it('places an exact phrase everywhere it occurs, with the same results and scores', async () => {
    const pagefindLike = await open({});
    const every = await open({ everyPhrase: true });
    let more = 0;
    for (const query of ['"social worker"', '"virtual school"', '"persistent absence"']) {
      const [first, all] = [(await pagefindLike.search(query)).results, (await every.search(query)).results];
      expect(all.map((r) => `${r.id}:${r.score}`)).toEqual(first.map((r) => `${r.id}:${r.score}`));
      for (const [i, result] of all.entries()) {
        const [a, b] = [await first[i]!.data(), await result.data()];
        // Pagefind's one place is among them, and each place is the phrase's words in a row.
        expect(b.locations).toEqual(expect.arrayContaining(a.locations));
        expect(b.locations.length % a.locations.length, query).toBe(0);
        if (b.locations.length > a.locations.length) more++;
      }
    }
    expect(more).toBeGreaterThan(5);
  });
});

describe('the search pages name the index', () => {
  it('gets where the metadata is and how to read a query written into each search form by the build, and fails on a form without the empty attribute', () => {
    const dist = mkdtempSync(join(tmpdir(), 'apk-fill-'));
    try {
      mkdirSync(join(dist, 'search'));
      writeFileSync(join(dist, 'search', 'index.html'), '<form id="search-form" data-search-index=""></form>');
      const index = { metaFile: 'pagefind.en-gb_1.pf_meta', language: 'en-gb', includeCharacters: ['_', '"'] };
      fillSearchPages(dist, index);
      const html = readFileSync(join(dist, 'search', 'index.html'), 'utf8');
      const value = /data-search-index="([^"]*)"/
        .exec(html)![1]!
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&');
      expect(JSON.parse(value)).toEqual(index);
      // Filled already (or a form changed without the attribute): the build says so rather than leave it out.
      expect(() => fillSearchPages(dist, index)).toThrow('search/index.html: the search form has no empty data-search-index to fill in');
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
