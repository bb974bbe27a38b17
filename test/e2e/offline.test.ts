/**
 * Offline on a phone (issues 9 and 17): a first visit with a connection saves the core (within
 * its budget, whatever the site's size) and the page being read; pages are saved as they are
 * read and searches keep what they used; "Save everything" on /offline/ saves the rest, with its
 * size shown first and a progress bar; with the network cut (the server stopped and the browser
 * put offline) every saved page, every widget and the search still work, each page dated; and a
 * new build that changes one page costs a returning reader only what changed (the bytes the
 * server sends are counted). Runs over a copy of dist/ so the "new build" can be made without
 * touching dist/.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { coreBudgetGzipBytes, pathPattern } from '../../scripts/write-service-worker.mjs';
import { changeBuiltPage, copySaved, savedCopy, until, updateCopy } from '../../scripts/offline-probe.mjs';
import registry from '../../widgets/registry.json' with { type: 'json' };
import { axeViolations, distDir } from './harness.ts';

let root: string;
let server: Server | undefined;
let port = 0;
let browser: Browser;
/** The reader who goes on to save everything. */
let context: BrowserContext;
let page: Page;
/** A reader who reads one page and never searches: only the core and that page are saved. */
let coreOnly: { context: BrowserContext; page: Page } | undefined;
/** Every response the server sent: its path and its size gzipped, as a server would send it. */
const sent: { path: string; gzipBytes: number }[] = [];
const origin = () => `http://127.0.0.1:${port}`;
/** A guidance page outside the core (content/offline.json), read on the first visit. */
const firstRead = '/guidance/national-frameworks/';
/** Another, read later. */
const laterRead = '/guidance/virtual-school-heads/';
const widgetPages: Record<string, string> = {
  'attendance-calculator': '/tools/attendance-calculator/',
  'attendance-checklist': '/checklists/assessment/',
  'attendance-push-pull': '/tools/push-and-pull/',
  'attendance-four-is': '/tools/four-is/',
};

interface Manifest {
  version: string;
  files: [string, string, number][];
}
const manifest = async (): Promise<Manifest> => JSON.parse(await readFile(join(root, 'offline-manifest.json'), 'utf8')) as Manifest;

async function serve(): Promise<void> {
  server = (await startServer({ root, port, onResponse: ({ path, body }) => sent.push({ path, gzipBytes: gzipSync(body).length }) })) as Server;
  port = (server.address() as AddressInfo).port;
}

async function cutNetwork(): Promise<void> {
  await context.setOffline(true);
  const closing = server;
  server = undefined;
  if (!closing) return;
  closing.closeAllConnections();
  await new Promise((resolve) => closing.close(resolve));
}

async function restoreNetwork(): Promise<void> {
  if (!server) await serve();
  await context.setOffline(false);
}

async function newReader(): Promise<{ context: BrowserContext; page: Page }> {
  const readerContext = await browser.newContext({ serviceWorkers: 'allow' });
  return { context: readerContext, page: await readerContext.newPage() };
}

const corePaths = async () => {
  const { core } = JSON.parse(await readFile(join(import.meta.dirname, '../../content/offline.json'), 'utf8')) as { core: string[] };
  const patterns = core.map((rule) => pathPattern(rule));
  return (await manifest()).files.map(([path]) => path).filter((path) => patterns.some((p) => p.test(path)));
};

/** Opens `path` and returns what is wrong with it as an offline page, if anything. */
async function offlineProblems(tab: Page, path: string): Promise<string[]> {
  const response = await tab.goto(origin() + path).catch((error: Error) => error);
  if (response instanceof Error || !response) return [`${path}: ${response instanceof Error ? response.message : 'no response'}`];
  const problems: string[] = [];
  if (response.status() !== 200) problems.push(`${path}: status ${response.status()}`);
  const shape = await tab.evaluate(() => ({
    h1: document.querySelectorAll('h1').length,
    notice: document.getElementById('offline-notice')?.textContent ?? '',
    stylesheet: getComputedStyle(document.body).fontFamily,
  }));
  if (shape.h1 !== 1) problems.push(`${path}: ${shape.h1} h1 elements`);
  if (!/^You are offline\. This page is the copy saved on this device on \d{1,2} \w+ \d{4} at \d\d:\d\d/.test(shape.notice)) problems.push(`${path}: notice "${shape.notice}"`);
  if (!/system-ui/.test(shape.stylesheet)) problems.push(`${path}: the site's stylesheet did not load`);
  return problems;
}

async function searchFinds(tab: Page, query: string): Promise<number> {
  await tab.goto(`${origin()}/search/?q=${encodeURIComponent(query)}`);
  await tab
    .locator('#search-status')
    .filter({ hasText: /found|No results|could not load/ })
    .waitFor({ timeout: 15_000 });
  return tab.locator('#search-results li').count();
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'apk-offline-'));
  await cp(distDir, root, { recursive: true });
  await serve();
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
  ({ context, page } = await newReader());
});

afterAll(async () => {
  await coreOnly?.context.close();
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  await rm(root, { recursive: true, force: true });
});

describe('a first visit', () => {
  it('saves the core, within its budget, and the page being read', async () => {
    const from = sent.length;
    await page.goto(origin() + firstRead);
    const copy = await copySaved(page);
    expect(copy.version).toBe((await manifest()).version);
    expect(copy.everything).toBe(false);
    expect(copy.paths).toEqual([...(await corePaths()), firstRead].sort());
    const fetched = sent.slice(from).reduce((sum, r) => sum + r.gzipBytes, 0);
    expect(fetched).toBeLessThanOrEqual(coreBudgetGzipBytes);
  });

  it('saves in the core what the search needs to answer a reader who has searched nothing yet', async () => {
    coreOnly = await newReader();
    await coreOnly.page.goto(origin() + firstRead);
    const copy = await copySaved(coreOnly.page);
    for (const path of ['/search/', '/search-plan.json', '/quickfind.json']) expect(copy.paths).toContain(path);
  });

  it('saves each page as it is read', async () => {
    await page.goto(origin() + laterRead);
    await until(page, async (path) => Boolean(await caches.match(path)), laterRead);
  });

  it('keeps what a search used', async () => {
    expect(await searchFinds(page, 'persistent absence')).toBeGreaterThan(0);
    // Pagefind's index and the result texts it fetched, and the quick-find list.
    const paths = (await savedCopy(page)).paths;
    expect(paths.filter((p) => p.startsWith('/pagefind/index/')).length).toBeGreaterThan(0);
    expect(paths.filter((p) => p.startsWith('/pagefind/fragment/')).length).toBeGreaterThan(0);
    expect(paths).toContain('/quickfind.json');
  });
});

describe('with the network cut, after a first visit', () => {
  it('opens every page saved, each saying it is offline and from when', async () => {
    await cutNetwork();
    const problems: string[] = [];
    for (const path of (await savedCopy(page)).paths.filter((p) => p.endsWith('/') || p.endsWith('.html'))) problems.push(...(await offlineProblems(page, path)));
    expect(problems).toEqual([]);
  });

  it('opens a page never saved as the offline page, saying it is offline', async () => {
    await page.goto(origin() + '/training/');
    expect(await page.locator('h1').textContent()).toBe('Using the kit offline');
    expect(await page.locator('#offline-notice').textContent()).toMatch(/^You are offline\./);
  });

  it('shows the offline notice without an accessibility failure', async () => {
    await page.goto(origin() + '/key-facts/');
    expect(await page.locator('#offline-notice').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('runs every widget offline', async () => {
    expect(Object.keys(widgetPages).sort()).toEqual(registry.widgets.map((w: { tag: string }) => w.tag).sort());
    for (const [tag, path] of Object.entries(widgetPages)) {
      await page.goto(origin() + path);
      await page.waitForFunction(
        (name) => {
          const el = document.querySelector(name);
          return Boolean(customElements.get(name) && el?.shadowRoot && (el.shadowRoot.textContent ?? '').trim().length > 200);
        },
        tag,
        { timeout: 15_000 },
      );
    }
    // A task, not just a render: the calculator answers offline.
    await page.goto(origin() + '/tools/attendance-calculator/');
    const calculator = page.locator('attendance-calculator');
    await calculator.getByLabel('Possible sessions').fill('380');
    await calculator.getByLabel('Possible sessions').press('Tab');
    await page.keyboard.type('190');
    await expect.poll(() => calculator.locator('[data-testid="band"]').innerText()).toContain('Severe absence');
  });

  it('answers offline the search made with a connection', async () => {
    expect(await searchFinds(page, 'persistent absence')).toBeGreaterThan(0);
  });

  it('answers a reader who never searched online from the quick-find saved in the core, typing slips forgiven', async () => {
    const reader = coreOnly!;
    await reader.context.setOffline(true);
    await searchFinds(reader.page, 'virtural school head');
    const quick = await reader.page.locator('#quick-results a').allInnerTexts();
    expect(
      quick.some((title) => /virtual school head/i.test(title)),
      quick.join(' | '),
    ).toBe(true);
    expect(await reader.page.locator('#search-status').innerText()).toMatch(/could not load .*only titles/);
  });
});

describe('saving everything', () => {
  it('shows its size before it starts, then saves the rest with a progress bar and words for screen readers', async () => {
    await restoreNetwork();
    const whole = await manifest();
    await page.goto(`${origin()}/offline/`);
    const size = page.locator('#save-everything-size');
    await size.filter({ hasText: /files: about/ }).waitFor();
    expect(await size.textContent()).toContain(`The whole kit is ${whole.files.length.toLocaleString('en-GB')} files`);
    expect(await page.locator('#save-everything-progress-box').isHidden()).toBe(true);
    // Everything the live region says, and the bar's values, as they come.
    await page.evaluate(() => {
      const seen: { said: string[]; values: number[] } = { said: [], values: [] };
      (window as unknown as { apkSeen: typeof seen }).apkSeen = seen;
      const region = document.getElementById('save-everything-announce')!;
      const bar = document.getElementById('save-everything-progress') as HTMLProgressElement;
      new MutationObserver(() => seen.said.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
      new MutationObserver(() => seen.values.push(bar.value / bar.max)).observe(bar, { attributes: true });
    });
    await page.locator('#save-everything-start').focus();
    await page.keyboard.press('Enter');
    await page
      .locator('#save-everything-announce')
      .filter({ hasText: /^Everything is saved on this device/ })
      .waitFor({ timeout: 120_000 });
    const seen = await page.evaluate(() => (window as unknown as { apkSeen: { said: string[]; values: number[] } }).apkSeen);
    expect(seen.said.some((s) => /^Saving: \d+% \([\d,]+ of [\d,]+ files\)\.$/.test(s))).toBe(true);
    expect(seen.values.some((v) => v > 0 && v < 1)).toBe(true);
    expect(await page.locator('#save-everything-progress').evaluate((bar: HTMLProgressElement) => bar.value === bar.max)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    const copy = await savedCopy(page);
    expect(copy.everything).toBe(true);
    expect(copy.paths).toEqual(whole.files.map(([path]) => path).sort());
  });

  it('then opens every page and answers any search with the network cut', async () => {
    await cutNetwork();
    const problems: string[] = [];
    for (const [path] of (await manifest()).files.filter(([p]) => p.endsWith('/') || p.endsWith('.html'))) problems.push(...(await offlineProblems(page, path)));
    expect(problems).toEqual([]);
    expect(await searchFinds(page, 'virtual school head targets')).toBeGreaterThan(0);
  });
});

describe('a new build', () => {
  /**
   * Asks the browser to look for a new worker, then waits for its copy; returns what `log`
   * gained since `from`, taken before the build changed (the browser may have begun already).
   */
  async function update(tab: Page, version: string, log: typeof sent, from: number): Promise<{ paths: string[]; gzipBytes: number }> {
    await updateCopy(tab, version);
    const fetched = log.slice(from);
    // The browser may look at the worker script more than once (it also checks after a
    // navigation, when it chooses); what this counts is the content, fetched once.
    const paths = fetched.map((r) => r.path).filter((path, i, all) => path !== '/sw.js' || all.indexOf(path) === i);
    return { paths: paths.sort(), gzipBytes: fetched.reduce((sum, r) => sum + r.gzipBytes, 0) };
  }

  it('that changes one page of the core costs a reader of the core only that page', async () => {
    // This reader's build is its own copy on its own server: the browser checks the other
    // reader's worker for updates when it chooses (after that reader's last navigations), and a
    // check landing during this test would start that worker on a build meant for the next test.
    const ownRoot = await mkdtemp(join(tmpdir(), 'apk-offline-core-'));
    const ownSent: typeof sent = [];
    const ownServer = (await startServer({ root: ownRoot, port: 0, onResponse: ({ path, body }) => ownSent.push({ path, gzipBytes: gzipSync(body).length }) })) as Server;
    const ownOrigin = `http://127.0.0.1:${(ownServer.address() as AddressInfo).port}`;
    await cp(root, ownRoot, { recursive: true });
    const reader = await newReader();
    try {
      await reader.page.goto(ownOrigin + firstRead);
      const before = await copySaved(reader.page);
      const from = ownSent.length;
      const version = await changeBuiltPage(ownRoot, '/guidance/what-you-can-do/', 'second build');
      const fetched = await update(reader.page, version, ownSent, from);
      expect(fetched.paths).toEqual(['/guidance/what-you-can-do/', '/sw.js']);
      expect(fetched.gzipBytes).toBeLessThanOrEqual(50 * 1024);
      const after = await savedCopy(reader.page);
      expect(after.caches).toEqual([`apk-${version}`]);
      // The page read on the first visit came across with the copy.
      expect(after.paths).toEqual(before.paths);
      await reader.context.setOffline(true);
      await reader.page.goto(ownOrigin + '/guidance/what-you-can-do/');
      expect(await reader.page.locator('h1').textContent()).toContain('(second build)');
    } finally {
      await reader.context.close();
      ownServer.closeAllConnections();
      await new Promise((resolve) => ownServer.close(resolve));
      await rm(ownRoot, { recursive: true, force: true });
    }
  });

  it('keeps a whole copy whole, fetching only what changed', async () => {
    await restoreNetwork();
    // Two pages changed since this reader's copy, the worker written once for both.
    const from = sent.length;
    const changed = join(root, 'guidance/what-you-can-do/index.html');
    await writeFile(changed, (await readFile(changed, 'utf8')).replace('</h1>', ' (second build)</h1>'));
    const version = await changeBuiltPage(root, laterRead, 'third build');
    const fetched = await update(page, version, sent, from);
    expect(fetched.paths).toEqual(['/guidance/what-you-can-do/', '/offline-manifest.json', '/sw.js', laterRead].sort());
    const copy = await savedCopy(page);
    expect(copy.everything).toBe(true);
    expect(copy.paths).toEqual((await manifest()).files.map(([path]) => path).sort());
    await cutNetwork();
    await page.goto(origin() + laterRead);
    expect(await page.locator('h1').textContent()).toContain('(third build)');
    await page.goto(origin() + '/guidance/what-you-can-do/');
    expect(await page.locator('h1').textContent()).toContain('(second build)');
  });
});

describe('installing', () => {
  it("meets the browser's conditions for installing the kit as an app", async () => {
    await restoreNetwork();
    // Chromium never offers to install from an incognito profile, which is what a new
    // Playwright context is: this check needs an ordinary (persistent) profile.
    const profile = await mkdtemp(join(tmpdir(), 'apk-profile-'));
    const ordinary = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: chromiumArgs,
      headless: true,
    });
    try {
      const tab = await ordinary.newPage();
      await tab.goto(origin() + '/');
      const cdp = await ordinary.newCDPSession(tab);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[];
      };
      expect(installabilityErrors.map((e) => e.errorId)).toEqual([]);
      const webManifest = JSON.parse(await readFile(join(root, 'manifest.webmanifest'), 'utf8')) as { icons: { src: string }[] };
      for (const icon of webManifest.icons) expect((await tab.request.get(origin() + icon.src)).status(), icon.src).toBe(200);
    } finally {
      await ordinary.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});
