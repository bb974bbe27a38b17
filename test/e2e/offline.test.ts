/**
 * Offline on a phone (issue 9): after a first visit with a connection, the network is cut (the
 * server is stopped and the browser put offline) and every page, every widget and the search
 * must still work from the copy the service worker saved; a new build must replace that copy.
 * Runs over a copy of dist/ so the "new build" can be made without touching dist/.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { writeServiceWorker } from '../../scripts/write-service-worker.mjs';
import registry from '../../widgets/registry.json' with { type: 'json' };
import { axeViolations, builtPages, distDir } from './harness.ts';

let root: string;
let server: Server | undefined;
let port = 0;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const origin = () => `http://127.0.0.1:${port}`;
const pages = builtPages().filter((path) => !path.startsWith('/embed/') && !path.startsWith('/teams/'));
const widgetPages: Record<string, string> = {
  'attendance-calculator': '/tools/attendance-calculator/',
  'attendance-checklist': '/checklists/assessment/',
  'attendance-push-pull': '/tools/push-and-pull/',
  'attendance-four-is': '/tools/four-is/',
};

async function serve(): Promise<void> {
  server = (await startServer({ root, port })) as Server;
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

/** Polls an async check in the page (page.waitForFunction does not await a promise). */
async function until(check: (arg: string) => Promise<boolean>, arg = '', timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(check, arg))) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for the offline copy`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The version of the copy the worker saved and activated, once it controls the page. */
async function activeCopy(): Promise<{ version: string; caches: string[] }> {
  return page.evaluate(async () => {
    const record = await caches.match('/offline-copy.json');
    const version = record && navigator.serviceWorker.controller ? ((await record.json()) as { version: string }).version : '';
    return { version, caches: await caches.keys() };
  });
}

async function offlineCopyVersion(): Promise<string> {
  await until(async () => Boolean(navigator.serviceWorker.controller && (await caches.match('/offline-copy.json'))));
  return (await activeCopy()).version;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'apk-offline-'));
  await cp(distDir, root, { recursive: true });
  await serve();
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs, headless: true });
  context = await browser.newContext({ serviceWorkers: 'allow' });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  await rm(root, { recursive: true, force: true });
});

describe('offline after a first visit', () => {
  it('saves a copy on the first visit to a reading page', async () => {
    await page.goto(origin() + '/guidance/why-attendance-matters/');
    const version = await offlineCopyVersion();
    expect(version).toMatch(/^[0-9a-f]{16}$/);
    const cacheNames = await page.evaluate(() => caches.keys());
    expect(cacheNames).toEqual([`apk-${version}`]);
  });

  it('opens every page with the network cut, each saying it is offline and from when', async () => {
    await cutNetwork();
    const problems: string[] = [];
    for (const path of pages) {
      const response = await page.goto(origin() + path).catch((error: Error) => error);
      if (response instanceof Error || !response) {
        problems.push(`${path}: ${response instanceof Error ? response.message : 'no response'}`);
        continue;
      }
      if (response.status() !== 200) problems.push(`${path}: status ${response.status()}`);
      const shape = await page.evaluate(() => ({
        h1: document.querySelectorAll('h1').length,
        notice: document.getElementById('offline-notice')?.textContent ?? '',
        stylesheet: getComputedStyle(document.body).fontFamily,
      }));
      if (shape.h1 !== 1) problems.push(`${path}: ${shape.h1} h1 elements`);
      if (!/^You are offline\. This page is the copy saved on this device on \d{1,2} \w+ \d{4} at \d\d:\d\d/.test(shape.notice))
        problems.push(`${path}: notice "${shape.notice}"`);
      if (!/system-ui/.test(shape.stylesheet)) problems.push(`${path}: the site's stylesheet did not load`);
    }
    expect(problems).toEqual([]);
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

  it('answers a search offline', async () => {
    await page.goto(origin() + '/search/?q=persistent%20absence');
    await page.locator('#search-status').filter({ hasText: /found/ }).waitFor({ timeout: 15_000 });
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
  });
});

describe('a new build', () => {
  it('replaces the saved copy with its own', async () => {
    await restoreNetwork();
    const before = await page.evaluate(() => caches.keys());
    // The "new build": two pages change; only the first is visited online afterwards, so the
    // second can only be right offline if the new worker saved a whole new copy.
    for (const path of ['guidance/why-attendance-matters/index.html', 'key-facts/index.html']) {
      const file = join(root, path);
      await writeFile(file, (await readFile(file, 'utf8')).replace('</h1>', ' (second build)</h1>'));
    }
    const { version } = await writeServiceWorker(root);
    expect(before).not.toContain(`apk-${version}`);

    await page.goto(origin() + '/guidance/why-attendance-matters/');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    // Installed (its record saved) and activated (the old copy deleted).
    await until(async (expected) => (await caches.keys()).join() === `apk-${expected}`, version);
    expect(await activeCopy()).toEqual({ version, caches: [`apk-${version}`] });

    await cutNetwork();
    await page.goto(origin() + '/key-facts/');
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
      const manifest = JSON.parse(await readFile(join(root, 'manifest.webmanifest'), 'utf8')) as { icons: { src: string }[] };
      for (const icon of manifest.icons) expect((await tab.request.get(origin() + icon.src)).status(), icon.src).toBe(200);
    } finally {
      await ordinary.close();
      await rm(profile, { recursive: true, force: true });
    }
  });
});
