/**
 * Paths are judged as a server will serve them, in one place (src/lib/site-path.ts), by the
 * security headers, the test server, the service worker and a widget's base URL (issue 14).
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { describe, expect, it } from 'vitest';
import { sitePath } from '../../src/lib/site-path.ts';
import { onThisSite } from '../../widgets/shared/on-this-site.ts';
import { headersFor, pageCsp, widgetCsp } from '../../scripts/security-headers.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { routeFor } from '../../src/service-worker/policy.ts';
import { baseUrlSetting } from '../../widgets/shared/config.ts';
import { trialCounter } from '../helpers/trials.ts';

const trials = trialCounter(
  'hostile-input',
  'Paths spelt to slip past the rules (encodings, backslashes, dot segments, double slashes) against the headers, the server, the service worker and base URLs',
);

/** The same embed page, spelt every way a request can spell it. */
const embedSpellings = [
  '/embed/attendance-checklist/',
  '/%65mbed/attendance-checklist/',
  '/%65%6D%62%65%64/attendance-checklist/',
  '/%2565mbed/attendance-checklist/',
  '/guidance/../embed/attendance-checklist/',
  '/guidance/%2e%2e/embed/attendance-checklist/',
  '/guidance/..%2Fembed/attendance-checklist/',
  '/guidance%2F..%2Fembed%2Fattendance-checklist/',
  '//embed/attendance-checklist/',
  '/./embed/./attendance-checklist/',
  '/\\embed\\attendance-checklist/',
  '/guidance/..%5Cembed/attendance-checklist/',
];

describe('reading a path as the server will', () => {
  it('decodes percent-encoding and resolves dot segments, slashes and backslashes', () => {
    for (const spelling of embedSpellings) expect(sitePath(spelling), spelling).toBe('/embed/attendance-checklist/');
    trials.add(embedSpellings.length);
  });

  it('keeps an ordinary path as it is, with or without its trailing slash', () => {
    expect(sitePath('/')).toBe('/');
    expect(sitePath('/guidance/why-attendance-matters/')).toBe('/guidance/why-attendance-matters/');
    expect(sitePath('/widgets/v1/attendance-checklist.js')).toBe('/widgets/v1/attendance-checklist.js');
    expect(sitePath('/guidance')).toBe('/guidance');
    expect(sitePath('/..')).toBe('/');
    expect(sitePath('/a/b/..')).toBe('/a/');
  });

  it('refuses a path it cannot read rather than guess', () => {
    const unreadable = ['/%E0%A4%A/', '/100%/', '/%zz/', '/%2525252565mbed/', '/a%00b/', '/a%0Ab/', '/a\u0007b/'];
    for (const bad of unreadable) expect(sitePath(bad), bad).toBeUndefined();
    trials.add(unreadable.length);
  });
});

describe('whether a link stays on this site', () => {
  it('keeps paths and relative links', () => {
    for (const target of ['/guidance/', './pages/', '../kit/', '/%5Cevil.example/', '?q=1']) expect(onThisSite(target), target).toBe(true);
  });

  it('sees what a browser would take off the site', () => {
    const leaving = [
      '//evil.example/',
      '/\\evil.example/',
      '\\\\evil.example/',
      '/\t/evil.example/',
      '/\n/evil.example/',
      'https://evil.example/',
      'javascript:alert(1)',
      'data:text/html,x',
    ];
    for (const target of leaving) expect(onThisSite(target), JSON.stringify(target)).toBe(false);
    trials.add(leaving.length);
  });

  it("refuses such a 'path on this site' as a widget's base URL", () => {
    const offSite = ['/\\evil.example/', '/\\/evil.example/', '/\t/evil.example/', '//evil.example/'];
    for (const bad of offSite) expect(baseUrlSetting(bad), JSON.stringify(bad)).toHaveProperty('error');
    trials.add(offSite.length);
    expect(baseUrlSetting('/guidance/')).toEqual({ value: '/guidance/' });
  });
});

describe('rules that depend on the path', () => {
  it('gives every spelling of an embed page the widget policy', () => {
    for (const spelling of embedSpellings) expect(headersFor(spelling)['Content-Security-Policy'], spelling).toBe(widgetCsp);
    trials.add(embedSpellings.length);
    expect(headersFor('/guidance/x/')['Content-Security-Policy']).toBe(pageCsp);
  });

  it('never lets the service worker cache any spelling of an embed page', () => {
    const origin = 'https://kit.example.gov.uk';
    for (const spelling of embedSpellings) {
      // The browser's own parsing first, as the worker sees the request.
      const url = new URL(spelling, origin);
      if (url.origin !== origin) continue;
      expect(routeFor({ url: url.href, method: 'GET', mode: 'navigate' }, origin), spelling).toBe('ignore');
      trials.add();
    }
    expect(routeFor({ url: `${origin}/%zz/`, method: 'GET', mode: 'navigate' }, origin)).toBe('ignore');
    expect(routeFor({ url: `${origin}/guidance/x/`, method: 'GET', mode: 'navigate' }, origin)).toBe('page');
  });

  it('serves a page with the headers of the path it serves, and never redirects off the site', async () => {
    const root = await mkdtemp(join(tmpdir(), 'apk-paths-'));
    let server: Server | undefined;
    try {
      for (const file of ['embed/attendance-checklist/index.html', 'guidance/index.html', '404.html']) {
        await mkdir(join(root, file, '..'), { recursive: true });
        await writeFile(join(root, file), file);
      }
      server = (await startServer({ root, port: 0 })) as Server;
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      for (const spelling of embedSpellings.filter((s) => !s.includes('\\'))) {
        const response = await fetch(origin + spelling, { redirect: 'manual' });
        expect(await response.text(), spelling).toBe('embed/attendance-checklist/index.html');
        expect(response.headers.get('Content-Security-Policy'), spelling).toBe(widgetCsp);
        trials.add();
      }
      const redirect = await fetch(`${origin}//guidance`, { redirect: 'manual' });
      expect(redirect.status).toBe(301);
      expect(redirect.headers.get('Location')).toBe('/guidance/');
      expect((await fetch(`${origin}/%zz/`)).status).toBe(404);
    } finally {
      await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
      await rm(root, { recursive: true, force: true });
    }
  });
});
