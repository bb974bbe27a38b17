import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { coreBudgetGzipBytes, coreFiles, describeFiles, offlineFiles, pathPattern, writeServiceWorker } from '../../scripts/write-service-worker.mjs';
import {
  cacheName,
  carriedForward,
  copyRecordPath,
  inTurn,
  isImmutable,
  isSearchData,
  offlineNoticeText,
  pageKey,
  progressStep,
  revisionOf,
  routeFor,
  staleCaches,
  withOfflineNotice,
} from '../../src/service-worker/policy.ts';

const origin = 'https://kit.example.gov.uk';
const get = (url: string, mode = 'cors') => ({ url, method: 'GET', mode });

describe('which requests the service worker handles', () => {
  it('handles pages and files of this site', () => {
    expect(routeFor(get(`${origin}/guidance/x/`, 'navigate'), origin)).toBe('page');
    expect(routeFor(get(`${origin}/widgets/v1/attendance-checklist.js`), origin)).toBe('asset');
    expect(routeFor(get(`${origin}/pagefind/pagefind.js`), origin)).toBe('asset');
  });

  it('never touches anything on another origin, a non-GET request or an iframe embed page', () => {
    expect(routeFor(get('https://elsewhere.example/x.js'), origin)).toBe('ignore');
    expect(routeFor(get('https://kit.example.gov.uk.evil.example/', 'navigate'), origin)).toBe('ignore');
    expect(routeFor({ url: `${origin}/search/`, method: 'POST', mode: 'navigate' }, origin)).toBe('ignore');
    expect(routeFor(get(`${origin}/embed/attendance-checklist/`, 'navigate'), origin)).toBe('ignore');
    expect(routeFor(get('not a url'), origin)).toBe('ignore');
  });

  it('saves a page under one address whatever its query', () => {
    expect(pageKey(`${origin}/search/?q=persistent`)).toBe(`${origin}/search/`);
    expect(pageKey(`${origin}/guidance/x?present#top`)).toBe(`${origin}/guidance/x/`);
    expect(pageKey(`${origin}/404.html`)).toBe(`${origin}/404.html`);
  });

  it('deletes only its own caches from earlier builds', () => {
    expect(staleCaches(['apk-old', cacheName('new'), 'someone-else'], 'new')).toEqual(['apk-old']);
  });
});

describe('the offline notice', () => {
  const page = '<body><div class="offline-notice" id="offline-notice" role="status" data-offline-notice></div><main>x</main>';

  it('is written into the empty slot with the date the page was saved', () => {
    const html = withOfflineNotice(page, '2026-11-27T14:05:00.000Z');
    expect(html).toContain('data-offline-from="2026-11-27T14:05:00.000Z">You are offline.');
    expect(html).toMatch(/saved on this device on 27 November 2026 at \d\d:05/);
    expect(html).toContain('<main>x</main>');
  });

  it('still says the page is offline when the date is missing or unreadable', () => {
    expect(offlineNoticeText(null)).toBe('You are offline. This page is the copy saved on this device; it may be out of date.');
    expect(withOfflineNotice(page, 'yesterday')).toContain('data-offline-from="unknown">You are offline.');
  });

  it('leaves a page without the slot unchanged', () => {
    expect(withOfflineNotice('<p>no slot</p>', '2026-11-27T14:05:00.000Z')).toBe('<p>no slot</p>');
  });
});

/** A throwaway dist/ folder with these files (each holding its own name, or the text given). */
async function distWith(files: Record<string, string | Buffer>): Promise<string> {
  const dist = await mkdtemp(join(tmpdir(), 'apk-sw-'));
  for (const [file, body] of Object.entries(files)) {
    await mkdir(join(dist, file, '..'), { recursive: true });
    await writeFile(join(dist, file), body);
  }
  return dist;
}

describe('the offline copy', () => {
  it("lists pages in their directory form and leaves out server config, the worker, its manifest, embeds, Teams tabs, downloads and Pagefind's unused runtime", async () => {
    const files = [
      'index.html',
      'guidance/a/index.html',
      '_headers',
      'sw.js',
      'offline-manifest.json',
      'embed/x/index.html',
      'teams/x/index.html',
      'downloads/a.sppkg',
      'pagefind/pagefind.js',
      'pagefind/wasm.en-gb.pagefind',
      'pagefind/pagefind-ui.css',
      'pagefind/pagefind.en-gb_1.pf_meta',
      'pagefind/index/en_1.pf_index',
      '_astro/a.css',
      '404.html',
    ];
    const dist = await distWith(Object.fromEntries(files.map((f) => [f, 'x'])));
    try {
      expect((await offlineFiles(dist)).map((f: { path: string }) => f.path)).toEqual([
        '/',
        '/404.html',
        '/_astro/a.css',
        '/guidance/a/',
        '/pagefind/index/en_1.pf_index',
        '/pagefind/pagefind.en-gb_1.pf_meta',
      ]);
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });

  it('reads the rules of content/offline.json: * within a path segment, ** across them', () => {
    expect(pathPattern('/tools/*/').test('/tools/four-is/')).toBe(true);
    expect(pathPattern('/tools/*/').test('/tools/a/b/')).toBe(false);
    expect(pathPattern('/_astro/**').test('/_astro/chunks/a.js')).toBe(true);
    expect(pathPattern('/guidance/').test('/guidance/a/')).toBe(false);
    expect(pathPattern('/a.b').test('/aXb')).toBe(false);
  });

  it('makes the core of the files the rules match, and fails on a rule that matches nothing', () => {
    const files = ['/', '/guidance/', '/guidance/a/', '/guidance/b/', '/tools/x/'].map((path) => ({ path }));
    expect(coreFiles(files, ['/', '/guidance/a/', '/tools/*/']).map((f: { path: string }) => f.path)).toEqual(['/', '/guidance/a/', '/tools/x/']);
    expect(() => coreFiles(files, ['/', '/guidance/renamed/'])).toThrow('content/offline.json: no built file matches "/guidance/renamed/"');
  });

  it('gives each file the revision the worker computes from the same bytes', async () => {
    const dist = await distWith({ 'a.css': 'body{}' });
    try {
      const [file] = await describeFiles(dist);
      expect(file?.revision).toBe(createHash('sha256').update('body{}').digest('hex').slice(0, 12));
      expect(await revisionOf(new TextEncoder().encode('body{}'))).toBe(file?.revision);
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });

  it('fails the build when the core is over its budget, naming the heaviest files', async () => {
    // Random bytes do not compress: 1.6 MB of them is over 1.5 MB gzipped.
    const heavy = Buffer.from(Array.from({ length: 1.6 * 1024 * 1024 }, () => Math.floor(Math.random() * 256)));
    const dist = await distWith({ 'index.html': '<h1>x</h1>', 'big.bin': heavy });
    try {
      await expect(writeServiceWorker(dist, { rules: ['/', '/big.bin'] })).rejects.toThrow(/over its budget of 1536 KB.*\/big\.bin/);
      const { core } = await writeServiceWorker(dist, { rules: ['/'] });
      expect(core.gzipBytes).toBeLessThanOrEqual(coreBudgetGzipBytes);
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });
});

describe('what the copy keeps from one build to the next', () => {
  it('tells the search index and the files named by their content from the rest', () => {
    expect(isSearchData('/pagefind/index/en-gb_1.pf_index')).toBe(true);
    expect(isSearchData('/quickfind.json')).toBe(true);
    expect(isSearchData('/search-plan.json')).toBe(true);
    expect(isSearchData('/search-plan/a.json')).toBe(true);
    expect(isSearchData('/guidance/x/')).toBe(false);
    for (const path of ['/_astro/a.B1x.css', '/widgets/v1/chunks/a-1.js', '/pagefind/fragment/en_1.pf_fragment', '/pagefind/pagefind.en_1.pf_meta'])
      expect(isImmutable(path), path).toBe(true);
    for (const path of ['/pagefind/pagefind-entry.json', '/quickfind.json', '/guidance/x/', '/widgets/v1/attendance-checklist.js']) expect(isImmutable(path), path).toBe(false);
  });

  it('carries pages read and searches used across, but not the searches of an index that changed', () => {
    expect(carriedForward('/guidance/x/', false)).toBe(true);
    expect(carriedForward('/guidance/x/', true)).toBe(true);
    expect(carriedForward('/pagefind/index/en_1.pf_index', false)).toBe(true);
    expect(carriedForward('/pagefind/index/en_1.pf_index', true)).toBe(false);
    expect(carriedForward('/quickfind.json', true)).toBe(false);
    expect(carriedForward(copyRecordPath, false)).toBe(false);
  });

  it('tells the page about progress once per whole per cent, and at the end', () => {
    const told = Array.from({ length: 1000 }, (_, i) => i + 1).filter((done) => progressStep(done, 1000));
    expect(told).toHaveLength(100);
    expect(told.at(-1)).toBe(1000);
    expect(Array.from({ length: 3 }, (_, i) => i + 1).filter((done) => progressStep(done, 3))).toEqual([1, 2, 3]);
  });

  it('runs at most so many saves at once, and every one', async () => {
    let running = 0;
    let most = 0;
    const done: number[] = [];
    await inTurn([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setImmediate(resolve));
      done.push(n);
      running -= 1;
    });
    expect(most).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
