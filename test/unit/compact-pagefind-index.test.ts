import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compactPagefindIndex, decodeCbor, encodeCbor, minifyPagefindScript, readPagefindFile, writePagefindFile } from '../../scripts/compact-pagefind-index.mjs';
import { prunePagefindIndex } from '../../scripts/prune-pagefind-index.mjs';
import { withPagefindRuntime } from '../helpers/pagefind-runtime.ts';

interface Found {
  url: string;
  score: number;
  excerpt: string;
}

const words = ['absence', 'timetable', 'virtual', 'governor', 'transition', 'lived', 'barrier', 'plan'];
/** Thirty pages, each with its own word and some of the shared ones, so searches find different sets. */
const pages = Array.from({ length: 30 }, (_, i) => ({
  url: `/page-${i}/`,
  content: `<!doctype html><html lang="en-GB"><body><main data-pagefind-body><h1>Page ${i} unique${i}word</h1>
<p>${words.filter((_, w) => (i + w) % 3 !== 0).join(' ')} school ${'attendance '.repeat(1 + (i % 4))}</p>
<span data-pagefind-filter="topic">${i % 2 ? 'odd' : 'even'}</span></main></body></html>`,
}));

let original: string;
let dir: string;

/** Pagefind's own search (its pagefind.js and WebAssembly, run in Node) over the index in `pagefindDir`. */
async function searchAll(pagefindDir: string, queries: (string | null)[], filters?: Record<string, string>): Promise<Found[][]> {
  return withPagefindRuntime(pagefindDir, {}, async (instance) => {
    const found = [];
    for (const query of queries) {
      const { results } = await instance.search(query, filters ? { filters } : undefined);
      found.push(await Promise.all(results.map(async (r) => ({ score: r.score, ...(({ url, excerpt }) => ({ url, excerpt }))(await r.data()) }))));
    }
    return found;
  });
}

const metaFile = (pagefindDir: string) => readdirSync(pagefindDir).find((name) => name.endsWith('.pf_meta'))!;
const queries = [null, 'attendance', 'unique7word', 'timetable governor', '"lived barrier"', 'absense'];

beforeAll(async () => {
  original = mkdtempSync(join(tmpdir(), 'apk-pagefind-'));
  // Small chunks, so that the word index is in several files, as on a large site.
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] = '40';
  try {
    const { index } = await pagefind.createIndex({});
    for (const page of pages) await index!.addHTMLFile(page);
    await index!.writeFiles({ outputPath: original });
    await pagefind.close();
  } finally {
    delete process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
  }
});
afterAll(() => rmSync(original, { recursive: true, force: true }));
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'apk-pagefind-copy-'));
  cpSync(original, dir, { recursive: true });
  return () => rmSync(dir, { recursive: true, force: true });
});

describe('short names for a Pagefind index', () => {
  it('finds every record, with the same scores, texts and order, after renaming and with its script minified', async () => {
    const before = await searchAll(dir, queries);
    const [language] = compactPagefindIndex(dir);
    expect(language!.records).toBe(pages.length);
    expect(language!.chunks).toBeGreaterThan(3);
    const script = await minifyPagefindScript(dir);
    expect(script.after).toBeLessThan(script.before * 0.9);
    // A fresh folder, so that Pagefind's script is imported anew rather than from the module cache.
    const renamed = mkdtempSync(join(tmpdir(), 'apk-pagefind-renamed-'));
    cpSync(dir, renamed, { recursive: true });
    try {
      const after = await searchAll(renamed, queries);
      expect(after).toEqual(before);
      expect(new Set(after[0]!.map((r) => r.url))).toEqual(new Set(pages.map((p) => p.url)));
      expect(after[2]!.map((r) => r.url)).toEqual(['/page-7/']);
    } finally {
      rmSync(renamed, { recursive: true, force: true });
    }
  });

  it('names records and chunks by a tag of the build and their position, and shrinks the metadata', () => {
    const { metaBytes } = compactPagefindIndex(dir)[0]!;
    const name = metaFile(dir);
    const tag = name.match(/_([0-9a-f]{6})/)![1];
    const meta = decodeCbor(readPagefindFile(readFileSync(join(dir, name)), name)) as [string, [string, number, string][], [string, string, string][]];
    expect(meta[1].map(([record]) => record)).toEqual(pages.map((_, i) => `${tag}${i.toString(36)}`));
    expect(readdirSync(join(dir, 'fragment')).sort()).toEqual(meta[1].map(([record]) => `${record}.pf_fragment`).sort());
    expect(readdirSync(join(dir, 'index')).sort()).toEqual(meta[2].map(([, , chunk]) => `${chunk}.pf_index`).sort());
    expect(metaBytes.after).toBeLessThan(metaBytes.before);
  });

  it('leaves an index it has already renamed as it is', () => {
    compactPagefindIndex(dir);
    const names = readdirSync(join(dir, 'fragment')).sort();
    const meta = readFileSync(join(dir, metaFile(dir)));
    compactPagefindIndex(dir);
    expect(readdirSync(join(dir, 'fragment')).sort()).toEqual(names);
    expect(readFileSync(join(dir, metaFile(dir)))).toEqual(meta);
  });

  it("checks for Pagefind's WebAssembly every 4 ms, not every 50, once minified", async () => {
    await minifyPagefindScript(dir);
    expect(readFileSync(join(dir, 'pagefind.js'), 'utf8')).toMatch(/async getPtr\(\)\{for\(;this\.raw_ptr===null;\)\{if\(this\.initError\)throw this\.initError;await \w+\(4\)\}/);
  });

  it('round-trips the CBOR Pagefind writes, metadata and word index (with its negative weight markers)', () => {
    const chunks = readdirSync(join(dir, 'index')).map((chunk) => `index/${chunk}`);
    for (const name of [metaFile(dir), ...chunks]) {
      const cbor = readPagefindFile(readFileSync(join(dir, name)), name);
      expect(encodeCbor(decodeCbor(cbor))).toEqual(cbor);
    }
    expect(chunks.map((name) => readPagefindFile(readFileSync(join(dir, name)), name)).some((cbor) => cbor.includes(0x38))).toBe(true);
  });
});

describe('a very common word keeps only its records of most impact', () => {
  const files = (folder: string) =>
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [join(entry.parentPath, entry.name), readFileSync(join(entry.parentPath, entry.name)).toString('base64')]);

  it('keeps the records a search for it ranks first, in the same order, and leaves every rarer word as it was', async () => {
    const before = await searchAll(dir, queries);
    expect(before[1]!).toHaveLength(pages.length);
    // Words on all thirty records: "attendance", "school", and "page", "unique", "word" of the titles.
    expect(prunePagefindIndex(dir, { keep: 25 })).toEqual({ attend: 30, page: 30, school: 30, uniqu: 30, word: 30 });
    const pruned = mkdtempSync(join(tmpdir(), 'apk-pagefind-pruned-'));
    cpSync(dir, pruned, { recursive: true });
    try {
      const after = await searchAll(pruned, queries);
      expect(after[1]!.map((r) => r.url)).toEqual(before[1]!.slice(0, 25).map((r) => r.url));
      // Words on no more records than the bound: the same records, scores and texts.
      expect(queries.slice(3)).toEqual(['timetable governor', '"lived barrier"', 'absense']);
      expect(after.slice(3)).toEqual(before.slice(3));
    } finally {
      rmSync(pruned, { recursive: true, force: true });
    }
  });

  it("keeps, with them, each filter value's own records of most impact, so a filtered search still finds the word", async () => {
    const filtered = (folder: string) => Promise.all(['odd', 'even'].map(async (topic) => (await searchAll(folder, ['attendance'], { topic }))[0]!.map((r) => r.url)));
    const before = await filtered(dir);
    const copy = (keepPerValue: number) => {
      const folder = mkdtempSync(join(tmpdir(), 'apk-pagefind-filtered-'));
      cpSync(original, folder, { recursive: true });
      prunePagefindIndex(folder, { keep: 5, perFilterValue: keepPerValue });
      return folder;
    };
    const [quota, none] = [copy(3), copy(0)];
    try {
      const [withQuota, without] = [await filtered(quota), await filtered(none)];
      for (const [i, urls] of withQuota.entries()) expect(urls.slice(0, 3)).toEqual(before[i]!.slice(0, 3));
      // Without a quota, one of the two values keeps fewer than three of its records.
      expect(Math.min(...without.map((urls) => urls.length))).toBeLessThan(3);
    } finally {
      for (const folder of [quota, none]) rmSync(folder, { recursive: true, force: true });
    }
  });

  it("changes nothing when no word is on more records than the bound (every word of a site of today's size)", () => {
    const before = files(dir);
    expect(prunePagefindIndex(dir, { keep: pages.length })).toEqual({});
    expect(files(dir)).toEqual(before);
  });
});

describe('a damaged Pagefind index fails the build, saying what is wrong', () => {
  it('a record the metadata lists whose text is missing', () => {
    const fragment = readdirSync(join(dir, 'fragment'))[0]!;
    unlinkSync(join(dir, 'fragment', fragment));
    expect(() => compactPagefindIndex(dir)).toThrow(`the metadata lists record ${fragment.replace('.pf_fragment', '')}, but`);
  });
  it('a text the metadata does not list', () => {
    writeFileSync(join(dir, 'fragment', 'en-gb_stray.pf_fragment'), '');
    expect(() => compactPagefindIndex(dir)).toThrow('holds 1 file(s) the metadata does not list, such as en-gb_stray.pf_fragment');
  });
  it('metadata cut short', () => {
    const name = metaFile(dir);
    const cbor = readPagefindFile(readFileSync(join(dir, name)), name);
    writeFileSync(join(dir, name), writePagefindFile(cbor.subarray(0, cbor.length - 5)));
    expect(() => compactPagefindIndex(dir)).toThrow(`Pagefind index: ${name} ends early`);
  });
  it('metadata without Pagefind signature', () => {
    const name = metaFile(dir);
    writeFileSync(join(dir, name), 'not gzipped');
    expect(() => compactPagefindIndex(dir)).toThrow(`${name} is not gzipped as Pagefind writes it`);
    writeFileSync(join(dir, name), gzipSync('not pagefind'));
    expect(() => compactPagefindIndex(dir)).toThrow(`${name} lacks Pagefind's "pagefind_dcd" signature`);
  });
  it('a script that does not wait for its WebAssembly as Pagefind 1.6 does', async () => {
    writeFileSync(join(dir, 'pagefind.js'), readFileSync(join(dir, 'pagefind.js'), 'utf8').replace('asyncSleep(50);}if(!this.raw_ptr)', 'asyncSleep(100);}if(!this.raw_ptr)'));
    await expect(minifyPagefindScript(dir)).rejects.toThrow('does not wait for its WebAssembly as Pagefind 1.6 does');
  });
  it('metadata of another shape (a future Pagefind)', () => {
    const name = metaFile(dir);
    writeFileSync(join(dir, name), writePagefindFile(encodeCbor(['2.0.0', [['en_1', 10]], [], [], [], []])));
    expect(() => compactPagefindIndex(dir)).toThrow('has a record that is not [name, word count, group]');
  });
});
