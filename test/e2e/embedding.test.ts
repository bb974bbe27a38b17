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
import { importMapHash, importMapText, scriptTagSnippet } from '../../src/lib/embed-snippets.ts';
import { recordTrials, trialCounter } from '../helpers/trials.ts';

let site: Site;
let host: Server;
let hostOrigin: string;
/** The same test server under another name: another origin, such as an advert's or another tool's frame. */
let foreignOrigin: string;
const pages = new Map<string, string>();
/** A page's additions to the host's policy: script sources (an import map's hash), and the Trusted Types policies it allows. */
const policyExtras = new Map<string, { script?: string; trustedTypes?: string }>();

function hostCsp(siteOrigin: string, path: string): string {
  const extras = policyExtras.get(path) ?? {};
  return [
    "default-src 'self'",
    `script-src 'self' ${siteOrigin}${extras.script ? ` ${extras.script}` : ''}`,
    "style-src 'self'",
    `frame-src ${siteOrigin} ${foreignOrigin}`,
    "object-src 'none'",
    "require-trusted-types-for 'script'",
    ...(extras.trustedTypes ? [`trusted-types ${extras.trustedTypes}`] : []),
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
    const type = path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
    response.writeHead(200, { 'Content-Type': type, 'Content-Security-Policy': hostCsp(site.origin, path) });
    response.end(body);
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
  foreignOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
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
    expect(
      await page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>x</b>';
          return 'allowed';
        } catch {
          return 'refused';
        }
      }),
    ).toBe('refused');
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

describe('the embed listener resizes only the kit’s own frames (issue 14, item 9)', () => {
  const listener = readFileSync(resolve(import.meta.dirname, '../../dist/widgets/v1/embed-listener.js'), 'utf8');
  const page = (title: string, body: string) =>
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;
  const kitFrame = (id: string) =>
    `<iframe id="${id}" title="Attendance calculator" height="150" width="100%" src="${site.origin}/embed/attendance-calculator/?frame-id=${id}"></iframe>`;

  beforeAll(() => {
    // A frame of another origin that posts the kit's message: once naming the kit's frame, once for itself.
    pages.set('/foreign', page('Another site', '<script src="/foreign.js"></script>'));
    pages.set(
      '/foreign.js',
      `parent.postMessage({ type: 'attendance-kit:height', frameId: 'kit-1', height: 1234 }, '*');
       parent.postMessage({ type: 'attendance-kit:height', frameId: 'foreign', height: 1500 }, '*');
       window.posted = true;`,
    );
    pages.set('/embed-listener.js', listener);
  });

  /**
   * Makes the frame with this id post its height again (its page grows), and waits until the
   * host page has heard it: the listener, registered first, has acted on it by then.
   */
  async function heardFrom(watched: Watched, id: string): Promise<void> {
    const frame = watched.page.frameLocator(`#${id}`);
    await expect.poll(() => frame.locator('main > *').count()).toBeGreaterThan(0);
    await watched.page.evaluate(() => {
      const w = window as unknown as { heard?: string[] };
      w.heard = [];
      addEventListener('message', (e) => {
        const from = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
        if (from) w.heard!.push(from.id);
      });
    });
    await frame.locator('main').evaluate((main) => {
      (main as HTMLElement).style.paddingBottom = '200px';
    });
    await watched.page.waitForFunction((frameId) => (window as unknown as { heard?: string[] }).heard?.includes(frameId), id);
  }

  it('ignores a frame of another origin posting the kit’s message, and still grows the kit’s frame', async () => {
    pages.set(
      '/guarded',
      page(
        'Council intranet: a kit frame and another',
        `${kitFrame('kit-1')}<iframe id="foreign" title="Another site" height="150" width="100%" src="${foreignOrigin}/foreign"></iframe><script src="${site.origin}/widgets/v1/embed-listener.js"></script>`,
      ),
    );
    const { watched, consoleErrors } = await open('/guarded');
    const foreign = watched.page.frame({ url: `${foreignOrigin}/foreign` })!;
    await foreign.waitForFunction(() => (window as unknown as { posted?: boolean }).posted === true);
    await expect.poll(async () => (await watched.page.locator('#kit-1').boundingBox())?.height ?? 0).toBeGreaterThan(300);
    const heights = await watched.page.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => [f.id, f.style.height]));
    expect(heights.find(([id]) => id === 'foreign')![1], 'the foreign frame keeps its own height').toBe('');
    expect(heights.find(([id]) => id === 'kit-1')![1]).not.toBe('1234px');
    expect(watched.cspViolations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await recordTrials({ category: 'embedding', check: 'a frame of another origin posting the kit’s height message, for itself and naming the kit’s frame', tried: 2 });
  });

  it('takes the kit’s origin from data-kit-origin on a copy of the listener served by the host, and from its own address otherwise', async () => {
    pages.set('/copied', page('Council intranet: a copied listener', `${kitFrame('kit-2')}<script src="/embed-listener.js" data-kit-origin="${site.origin}"></script>`));
    const copied = await open('/copied');
    await expect.poll(async () => (await copied.watched.page.locator('#kit-2').boundingBox())?.height ?? 0).toBeGreaterThan(300);

    // Without the attribute, the copy's own origin is the host's: the kit's frames are not its to resize.
    pages.set('/copied-bare', page('Council intranet: a copied listener, no origin', `${kitFrame('kit-3')}<script src="/embed-listener.js"></script>`));
    const bare = await open('/copied-bare');
    await heardFrom(bare.watched, 'kit-3');
    expect(await bare.watched.page.locator('#kit-3').evaluate((f) => (f as HTMLIFrameElement).style.height)).toBe('');
    await recordTrials({ category: 'embedding', check: 'the embed listener’s kit origin from data-kit-origin, and from its own address', tried: 2 });
  });
});

describe('pinned by Subresource Integrity, every file that runs (issue 14, item 6)', () => {
  const pins = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../dist/widgets/v1/pins.json'), 'utf8')) as Record<
    string,
    { integrity: string; chunks: Record<string, string> }
  >;
  const integrity = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../dist/widgets/v1/integrity.json'), 'utf8')) as Record<string, string>;
  const checklistModule = readFileSync(resolve(import.meta.dirname, '../../dist/widgets/v1/attendance-checklist.js'), 'utf8');
  /** The chunk the checklist module imports as it loads (Lit and the shared parts). */
  const staticChunk = checklistModule.match(/from"\.\/(chunks\/chunk-[\w-]+\.js)"/)![1]!;
  /** A chunk it loads later: one checklist's text. */
  const lazyChunk = Object.keys(pins['attendance-checklist.js']!.chunks).find((file) => file.startsWith('chunks/seven-questions-'))!;
  const choice = { host: '', tag: 'attendance-checklist', title: 'Attendance checklist', attributes: { checklist: 'seven-questions', storage: 'local' } };
  const page = (title: string, body: string) =>
    `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

  beforeAll(async () => {
    const pinned = { ...choice, host: site.origin, integrity: pins['attendance-checklist.js']!.integrity, chunks: pins['attendance-checklist.js']!.chunks };
    // Two widget files on one page: each creates Lit's "lit-html" policy, so the host allows duplicates.
    const calculator = `<script type="module" src="${site.origin}/widgets/v1/attendance-calculator.js"></script><attendance-calculator></attendance-calculator>`;
    pages.set('/pinned', page('Council intranet: pinned', scriptTagSnippet(pinned) + calculator));
    policyExtras.set('/pinned', { script: await importMapHash(pinned), trustedTypes: "lit-html 'allow-duplicates'" });
    pages.set('/unpinned', page('Council intranet: not pinned', scriptTagSnippet({ ...choice, host: site.origin })));
    pages.set(
      '/single',
      page(
        'Council intranet: one pinned file',
        `<script type="module" src="${site.origin}/widgets/v1/single/attendance-checklist.js" integrity="${integrity['single/attendance-checklist.js']}" crossorigin="anonymous"></script><attendance-checklist checklist="seven-questions"></attendance-checklist>`,
      ),
    );
    pages.set(
      '/one-policy',
      page(
        'Council intranet: no duplicate policies',
        calculator + `<script type="module" src="${site.origin}/widgets/v1/attendance-push-pull.js"></script><attendance-push-pull></attendance-push-pull>`,
      ),
    );
    policyExtras.set('/one-policy', { trustedTypes: 'lit-html' });
    // The all-in-one loader, pinned with every chunk it can load: one Lit for every widget, so one policy.
    const loader = { ...choice, host: site.origin, chunks: pins['attendance-kit.js']!.chunks };
    pages.set(
      '/loader',
      page(
        'Council intranet: the all-in-one loader',
        `<script type="importmap">${importMapText(loader)}</script>
         <script type="module" src="${site.origin}/widgets/v1/attendance-kit.js" integrity="${pins['attendance-kit.js']!.integrity}" crossorigin="anonymous"></script>
         <attendance-calculator storage="local"></attendance-calculator><div id="later"></div>`,
      ),
    );
    policyExtras.set('/loader', { script: await importMapHash(loader), trustedTypes: 'lit-html' });
  });

  /** Serves one byte of a widget file changed (its last line end made a space): still valid JavaScript, but not the file that was pinned. */
  async function tamper(watched: Watched, file: string): Promise<void> {
    await watched.page.route(`${site.origin}/widgets/v1/${file}`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/\n$/, ' ');
      await route.fulfill({ response, body });
    });
  }

  const runs = (watched: Watched, tag: string) => watched.page.evaluate((t) => Boolean(customElements.get(t) && document.querySelector(t)?.shadowRoot?.childElementCount), tag);

  it('runs with every chunk pinned by the import map, whose hash the host policy allows, beside a second widget file', async () => {
    const { watched, requests, consoleErrors } = await open('/pinned');
    await expect.poll(() => watched.page.locator('attendance-checklist textarea').count()).toBeGreaterThan(0);
    await expect.poll(() => runs(watched, 'attendance-calculator')).toBe(true);
    expect(watched.cspViolations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(unexpectedRequests(watched, requests)).toEqual([]);
  });

  it('refuses to run when one byte of a chunk it imports has changed, which an unpinned page would run', async () => {
    const unpinned = await watchedPage(site);
    await tamper(unpinned, staticChunk);
    await unpinned.page.goto(`${hostOrigin}/unpinned`, { waitUntil: 'networkidle' });
    await expect.poll(() => unpinned.page.locator('attendance-checklist textarea').count()).toBeGreaterThan(0);

    const pinned = await watchedPage(site);
    const errors: string[] = [];
    pinned.page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tamper(pinned, staticChunk);
    await pinned.page.goto(`${hostOrigin}/pinned`, { waitUntil: 'networkidle' });
    await expect.poll(() => errors.join(' ')).toMatch(/integrity/i);
    expect(await runs(pinned, 'attendance-checklist')).toBe(false);
    await recordTrials({ category: 'embedding', check: 'one byte changed in a chunk a pinned widget imports: refused (and run when not pinned)', tried: 2 });
  });

  it('refuses a changed chunk it loads later too: the checklist’s text, so the checklist says it could not load', async () => {
    const { page } = await watchedPage(site);
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.route(`${site.origin}/widgets/v1/${lazyChunk}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/\n$/, ' ') });
    });
    await page.goto(`${hostOrigin}/pinned`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.locator('attendance-checklist #load-error').count()).toBe(1);
    expect(errors.join(' ')).toMatch(/integrity/i);
    await recordTrials({ category: 'embedding', check: 'one byte changed in a chunk a pinned widget loads later: refused', tried: 1 });
  });

  it('runs as one pinned file that loads nothing more', async () => {
    const { watched, requests, consoleErrors } = await open('/single');
    await expect.poll(() => watched.page.locator('attendance-checklist textarea').count()).toBeGreaterThan(0);
    expect(requests.filter((url) => url.startsWith(site.origin))).toEqual([`${site.origin}/widgets/v1/single/attendance-checklist.js`]);
    expect(watched.cspViolations).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('is explained in the guide for councils: pinning, the policy lines, the Trusted Types policy and what the host page can see', async () => {
    const { page } = await watchedPage(site);
    await page.goto(`${site.origin}/councils/`);
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('<script type="importmap">');
    expect(text).toContain("trusted-types lit-html 'allow-duplicates'");
    expect(text).not.toContain('wasm-unsafe-eval');
    expect(text).toContain('img-src data:');
    expect(text).toContain('can read what a worker types');
    expect(text).not.toMatch(/run no script/i);
  });

  it('runs the all-in-one loader pinned under the strict policy: a widget on the page at once, another only when the page adds it, one lit-html policy for both', async () => {
    const { watched, requests, consoleErrors } = await open('/loader');
    const { page } = watched;
    const fetchedWidget = (tag: string) => requests.some((url) => url.startsWith(`${site.origin}/widgets/v1/chunks/${tag}-`));
    await expect.poll(() => runs(watched, 'attendance-calculator')).toBe(true);
    expect(fetchedWidget('attendance-calculator')).toBe(true);
    expect(fetchedWidget('attendance-checklist')).toBe(false);
    expect(await page.evaluate(() => customElements.get('attendance-checklist'))).toBeUndefined();
    await page.evaluate(() => {
      const checklist = document.createElement('attendance-checklist');
      checklist.setAttribute('checklist', 'seven-questions');
      document.querySelector('#later')!.append(checklist);
    });
    await expect.poll(() => page.locator('attendance-checklist textarea').count()).toBeGreaterThan(0);
    expect(fetchedWidget('attendance-checklist')).toBe(true);
    expect(fetchedWidget('attendance-push-pull')).toBe(false);
    expect(watched.cspViolations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    expect(unexpectedRequests(watched, requests)).toEqual([]);
  });

  it('needs the lit-html policy allowed more than once for two widget files on one page, as the guide says', async () => {
    const { watched } = await open('/one-policy');
    await expect.poll(() => watched.cspViolations.join(' ')).toMatch(/trusted-types|lit-html/i);
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
    expect(snippet).toMatch(/^<script type="importmap">/);
    // The CSP lines carry the import map's hash once it is worked out; the host adds them.
    await expect.poll(() => page.locator('#snippet-csp').innerText()).toMatch(/'sha256-[\w+/=]+'/);
    const csp = await page.locator('#snippet-csp').innerText();
    policyExtras.set('/generated', { script: csp.match(/'sha256-[\w+/=]+'/)![0], trustedTypes: csp.match(/trusted-types ([^;]+);/)![1] });
    pages.set(
      '/generated',
      `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Generated</title></head><body><main><h1>Generated</h1>${snippet}</main></body></html>`,
    );
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
      // Vitest's default 1 s wait was too short on a machine under full load.
      await expect.poll(() => widget.evaluate((el) => Boolean(el.shadowRoot?.childElementCount)), { timeout: 10_000 }).toBe(true);
      // Walk the widget through its states: type hostile text everywhere, pick options, tick choices.
      const hostile = '<img src=x onerror="window.pwned=1">';
      for (const field of await widget.locator('input[type="text"]:visible, input:not([type]):visible, textarea:visible').all()) await field.fill(hostile);
      for (const choice of await widget.locator('input[type="radio"]:visible, input[type="checkbox"]:visible').all()) await choice.check().catch(() => undefined);
      for (const select of await widget.locator('select:visible').all()) {
        const values = await select.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
        if (values.length > 1) await select.selectOption(values[values.length - 1]!);
      }
      // Ready by the widgets' contract (drawn, with its parts and saves), then one frame and a
      // task for any violation report to be dispatched; the hostile text made no element.
      await widget.evaluate((el) => (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete);
      await watched.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
      const injected = await widget.evaluate((el) => {
        const roots: (Document | ShadowRoot)[] = [document];
        for (let i = 0; i < roots.length; i += 1) for (const e of roots[i]!.querySelectorAll('*')) if (e.shadowRoot) roots.push(e.shadowRoot);
        return roots.reduce((n, root) => n + root.querySelectorAll('img[src="x"], [onerror]').length, el.matches('[onerror]') ? 1 : 0);
      });
      expect(injected).toBe(0);
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
