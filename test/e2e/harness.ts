/**
 * Shared set-up for end-to-end tests: the built site served with its security headers,
 * Chromium via playwright-core, axe-core, and watches on requests and CSP violations.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

export const distDir = resolve(import.meta.dirname, '../../dist');
export const axePath = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface Site {
  origin: string;
  browser: Browser;
  close: () => Promise<void>;
}

/** Serves a built site (dist/, or another build such as a council edition's) and starts Chromium. */
export async function openSite(root = distDir): Promise<Site> {
  const server: Server = await startServer({ root, port: 0 });
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
  return {
    origin: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((r) => server.close(r));
    },
  };
}

/**
 * The one script every page carries (src/scripts/site.ts, which registers the offline service
 * worker), as Astro bundles it. Tests that check a page or widget fetches nothing else leave it out.
 */
export function isSitePageScript(url: string): boolean {
  return /^\/_astro\/Base\.astro_astro_type_script_index_0_lang\.[\w-]+\.js$/.test(new URL(url, 'http://x').pathname);
}

/** Every built HTML page as a URL path, for example /guidance/why-attendance-matters/. */
export function builtPages(root = distDir): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const rel = relative(root, path).split(sep).join('/');
        pages.push(rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`);
      }
    }
  };
  walk(root);
  return pages.sort();
}

export interface Watched {
  page: Page;
  offHost: string[];
  cspViolations: string[];
  scripts: string[];
  /** Every URL the page asked for. */
  requested: string[];
  errors: string[];
}

/** A new page that records off-host requests, CSP violations, scripts and all else fetched, and page errors. */
export async function watchedPage(site: Site, viewport = { width: 1024, height: 800 }): Promise<Watched> {
  // The offline copy's background download would blur what each page itself fetches;
  // test/e2e/offline.test.ts is where the service worker runs.
  const context = await site.browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  const watched: Watched = { page, offHost: [], cspViolations: [], scripts: [], requested: [], errors: [] };
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== site.origin) watched.offHost.push(url);
    if (request.resourceType() === 'script') watched.scripts.push(url);
    watched.requested.push(url);
  });
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) watched.cspViolations.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return watched;
}

/** Runs axe-core (WCAG 2.2 A and AA) on the page, or on one frame of it; returns readable violations. */
export async function axeViolations(page: Page | Frame): Promise<string[]> {
  // axe is injected through the test's own channel, so the page's CSP does not block it.
  await page.evaluate(await import('node:fs').then((fs) => fs.readFileSync(axePath, 'utf8')));
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (c: Document, o: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return results.violations.map((v) => `${v.id}: ${v.help} ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
  }, wcagTags);
}

/** Pages that scroll sideways at 320 px wide (WCAG 1.4.10 reflow), each with its width. */
export async function widerThan320(site: Site, paths: string[]): Promise<string[]> {
  const watched = await watchedPage(site, { width: 320, height: 640 });
  const wide: string[] = [];
  for (const path of paths) {
    await watched.page.goto(site.origin + path, { waitUntil: 'load' });
    const width = await watched.page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) wide.push(`${path}: ${width}px`);
  }
  return wide;
}
