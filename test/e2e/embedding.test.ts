/**
 * A council's page on another origin embeds the widgets by script tag and by iframe, under a
 * strict Content Security Policy with Trusted Types. Nothing may be requested beyond the
 * widget files, no CSP or Trusted Types violation and no console error may occur.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type Site, type Watched } from './harness.ts';
import { trialCounter } from '../helpers/trials.ts';

let site: Site;
let host: Server;
let hostOrigin: string;
const pages = new Map<string, string>();

function hostCsp(siteOrigin: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${siteOrigin}`,
    "style-src 'self'",
    `frame-src ${siteOrigin}`,
    "object-src 'none'",
    "require-trusted-types-for 'script'",
  ].join('; ');
}

beforeAll(async () => {
  site = await openSite();
  host = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const body = pages.get(path);
    if (!body) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': hostCsp(site.origin) });
    response.end(body);
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
  const page = (title: string, body: string) =>
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
  pages.set(
    '/script-tag',
    page(
      'Council intranet: script tag',
      `<script type="module" src="${site.origin}/widgets/v1/attendance-calculator.js"></script>
       <script type="module" src="${site.origin}/widgets/v1/attendance-checklist.js"></script>
       <attendance-calculator storage="local"></attendance-calculator>
       <attendance-checklist checklist="seven-questions" storage="local"></attendance-checklist>`,
    ),
  );
  pages.set(
    '/iframe',
    page(
      'Council intranet: iframe',
      `<iframe id="kit-1" title="Attendance checklist" height="150" width="100%"
         src="${site.origin}/embed/attendance-checklist/?checklist=assessment&storage=local&frame-id=kit-1"></iframe>
       <script src="${site.origin}/widgets/v1/embed-listener.js"></script>`,
    ),
  );
  pages.set(
    '/sandboxed',
    page(
      'Council intranet: sandboxed iframe',
      `<iframe id="kit-2" title="Attendance calculator" height="700" width="100%" sandbox="allow-scripts"
         src="${site.origin}/embed/attendance-calculator/?storage=local&frame-id=kit-2"></iframe>`,
    ),
  );
});

afterAll(async () => {
  await site?.close();
  await new Promise((r) => host?.close(r));
});

/** Requests other than the host page itself and the widget files on the site. */
function unexpectedRequests(watched: Watched, all: string[]): string[] {
  return all.filter((url) => {
    const u = new URL(url);
    if (u.origin === hostOrigin) return false;
    return !(url.startsWith(`${site.origin}/widgets/v1/`) || url.startsWith(`${site.origin}/embed/`) || url.startsWith(`${site.origin}/_astro/`));
  });
}

async function open(path: string) {
  const watched = await watchedPage(site);
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  watched.page.on('request', (r) => requests.push(r.url()));
  watched.page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await watched.page.goto(hostOrigin + path, { waitUntil: 'networkidle' });
  return { watched, requests, consoleErrors };
}

describe('embedding on another origin under a strict CSP with Trusted Types', () => {
  it('runs the widgets from a script tag', async () => {
    const { watched, requests, consoleErrors } = await open('/script-tag');
    const { page } = watched;
    // The host's Trusted Types policy is really enforced: a raw HTML string is refused.
    expect(await page.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'allowed';
      } catch {
        return 'refused';
      }
    })).toBe('refused');
    // That refusal is itself reported as a violation, asynchronously: let it arrive, then start clean.
    await expect.poll(() => watched.cspViolations.length).toBeGreaterThan(0);
    watched.cspViolations.length = 0;
    consoleErrors.length = 0;
    const calc = page.locator('main > attendance-calculator');
    await calc.getByLabel('Possible sessions').fill('380');
    await calc.getByLabel('Sessions attended').fill('342');
    await expect.poll(() => calc.locator('[data-testid="band"]').innerText()).toContain('Persistent absence');
    const checklist = page.locator('attendance-checklist');
    await expect.poll(() => checklist.locator('textarea').count()).toBeGreaterThan(0);
    await checklist.locator('textarea').first().fill('<img src=x onerror="window.pwned=1">');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(watched.cspViolations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(unexpectedRequests(watched, requests)).toEqual([]);
  });

  it('runs a widget in an iframe that grows to fit it', async () => {
    const { watched, requests, consoleErrors } = await open('/iframe');
    const frame = watched.page.frameLocator('#kit-1');
    await expect.poll(() => frame.locator('attendance-checklist textarea').count()).toBeGreaterThan(0);
    await expect.poll(async () => (await watched.page.locator('#kit-1').boundingBox())?.height ?? 0).toBeGreaterThan(600);
    expect(watched.cspViolations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(unexpectedRequests(watched, requests)).toEqual([]);
  });

  it('keeps working in a sandboxed iframe where storage is blocked, and says it cannot save', async () => {
    const { watched, consoleErrors } = await open('/sandboxed');
    const frame = watched.page.frameLocator('#kit-2');
    await frame.getByLabel('An attendance percentage').check();
    await frame.getByLabel('Attendance (%)').fill('85');
    await expect.poll(() => frame.locator('[data-testid="band"]').innerText()).toContain('Persistent absence');
    expect(await frame.locator('.storage-line').innerText()).toContain('blocking storage');
    expect(watched.cspViolations).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('lists settings the iframe page refused, and ignores them', async () => {
    const watched = await watchedPage(site);
    await watched.page.goto(`${site.origin}/embed/attendance-checklist/?checklist=nope&onclick=alert(1)`);
    const alert = watched.page.locator('.embed-problems');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.innerText()).toContain('checklist must be one of');
    expect(await alert.innerText()).toContain('“onclick” is not a setting');
    expect(watched.cspViolations).toEqual([]);
  });
});

describe('embed code generator', () => {
  it('previews the chosen tool, warns about unreadable colours, and its snippet works on a host page', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/councils/embed-code/`, { waitUntil: 'networkidle' });
    await page.getByLabel('Tool').selectOption('attendance-checklist');
    await page.getByLabel('Checklist', { exact: true }).selectOption('pupil-voice');
    await page.getByLabel('Your virtual school').fill('Northshire Virtual School');
    await expect.poll(() => page.locator('#preview attendance-checklist').getAttribute('checklist')).toBe('pupil-voice');
    expect(await page.locator('#contrast-warnings').isHidden()).toBe(true);
    await page.locator('#gen-accent').fill('#ffee88');
    await expect.poll(() => page.locator('#contrast-warnings').isVisible()).toBe(true);
    expect(await page.locator('#contrast-warnings').innerText()).toContain('Button text on the accent colour');

    await page.getByLabel('Where you host the kit').fill(site.origin);
    const snippet = await page.locator('#snippet-script').innerText();
    expect(snippet).toContain('virtual-school="Northshire Virtual School"');
    expect(snippet).toMatch(/integrity="sha384-/);
    pages.set('/generated', `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Generated</title></head><body><main><h1>Generated</h1>${snippet}</main></body></html>`);
    const { watched: host, consoleErrors } = await open('/generated');
    await expect.poll(() => host.page.locator('attendance-checklist textarea').count()).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
    expect(host.cspViolations).toEqual([]);
  });
});

describe('every widget under the strict policy', () => {
  const embeddings = trialCounter('embedding', 'Widgets on a host page of another origin (script tag and sandboxed iframe) with strict CSP and Trusted Types');
  const tags = (JSON.parse(readFileSync(resolve(import.meta.dirname, '../../widgets/registry.json'), 'utf8')) as { widgets: { tag: string }[] }).widgets.map((w) => w.tag);

  for (const tag of tags) {
    it(`${tag}: used on a host page raises no CSP or Trusted Types violation, error or stray request`, async () => {
      pages.set(
        `/each/${tag}`,
        `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${tag}</title></head><body><main><h1>${tag}</h1>` +
          `<script type="module" src="${site.origin}/widgets/v1/${tag}.js"></script><${tag} storage="local"></${tag}></main></body></html>`,
      );
      const { watched, requests, consoleErrors } = await open(`/each/${tag}`);
      const widget = watched.page.locator(`main > ${tag}`);
      await expect.poll(() => widget.evaluate((el) => Boolean(el.shadowRoot?.childElementCount))).toBe(true);
      // Walk the widget through its states: type hostile text everywhere, pick options, tick choices.
      const hostile = '<img src=x onerror="window.pwned=1">';
      for (const field of await widget.locator('input[type="text"]:visible, input:not([type]):visible, textarea:visible').all()) await field.fill(hostile);
      for (const choice of await widget.locator('input[type="radio"]:visible, input[type="checkbox"]:visible').all()) await choice.check().catch(() => undefined);
      for (const select of await widget.locator('select:visible').all()) {
        const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
        if (values.length > 1) await select.selectOption(values[values.length - 1]!);
      }
      await watched.page.waitForTimeout(300);
      expect(await watched.page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
      expect(watched.cspViolations).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(watched.errors).toEqual([]);
      expect(unexpectedRequests(watched, requests)).toEqual([]);
      embeddings.add();
    });

    it(`${tag}: works in a sandboxed iframe (storage blocked by the host) that grows to fit it`, async () => {
      pages.set(
        `/frame/${tag}`,
        `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${tag} in a frame</title></head><body><main><h1>${tag}</h1>` +
          `<iframe id="f-${tag}" title="${tag}" width="100%" height="120" sandbox="allow-scripts" src="${site.origin}/embed/${tag}/?storage=local&frame-id=f-${tag}"></iframe>` +
          `<script src="${site.origin}/widgets/v1/embed-listener.js"></script></main></body></html>`,
      );
      const { watched, requests, consoleErrors } = await open(`/frame/${tag}`);
      const frame = watched.page.frameLocator(`#f-${tag}`);
      // Vitest's default 1 s wait was too short on a machine under full load.
      const wait = { timeout: 10_000 };
      await expect.poll(() => frame.locator(tag).evaluate((el) => Boolean(el.shadowRoot?.childElementCount)), wait).toBe(true);
      await expect.poll(async () => (await watched.page.locator(`#f-${tag}`).boundingBox())?.height ?? 0, wait).toBeGreaterThan(300);
      await expect.poll(() => frame.locator(tag).evaluate((el) => el.shadowRoot?.textContent ?? ''), wait).toContain('blocking storage');
      expect(watched.cspViolations).toEqual([]);
      expect(consoleErrors).toEqual([]);
      expect(unexpectedRequests(watched, requests)).toEqual([]);
      embeddings.add();
    });
  }
});
