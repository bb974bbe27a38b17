import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { offlineFiles } from '../../scripts/write-service-worker.mjs';
import {
  cacheName,
  offlineNoticeText,
  pageKey,
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

describe('the offline copy', () => {
  it('lists pages in their directory form and leaves out server config, the worker, embeds, Teams tabs and downloads', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'apk-sw-'));
    try {
      for (const file of ['index.html', 'guidance/a/index.html', '_headers', 'sw.js', 'embed/x/index.html', 'teams/x/index.html', 'downloads/a.sppkg', '_astro/a.css', '404.html']) {
        await mkdir(join(dist, file, '..'), { recursive: true });
        await writeFile(join(dist, file), 'x');
      }
      expect((await offlineFiles(dist)).map((f: { path: string }) => f.path)).toEqual(['/', '/_astro/a.css', '/404.html', '/guidance/a/']);
    } finally {
      await rm(dist, { recursive: true, force: true });
    }
  });
});
