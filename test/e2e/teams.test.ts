/**
 * The Teams route in Chromium, without a tenant: the built Teams app package, and its tab
 * pages framed by a page at https://teams.microsoft.com that plays Teams' part of the TeamsJS
 * conversation (initialize, getContext, a theme change). Frame-ancestors is enforced as in
 * Teams, so the same tab page framed by any other site is refused.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, distDir, openSite, type Site } from './harness.ts';
import { defaultKitOrigin, hostPage, platformPage, type Served } from './platform-hosts.ts';
import { pngFacts, teamsSchemaErrors } from '../../integrations/teams/test/package-checks.ts';
import type { teamsManifest } from '../../integrations/teams/manifest.ts';
import { registry } from '../../widgets/registry.ts';

const teamsPage = 'https://teams.microsoft.com/v2/apps/attendance-practice-kit';
/** What the Teams client would answer TeamsJS's request for its list of hosts. */
const teamsJsList = 'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';

/**
 * Teams' side of TeamsJS, as far as the tabs use it: answers initialize and getContext, and can
 * send a theme change. Records every call the tab makes.
 */
function fakeTeams(tabUrl: string, theme: string): string {
  return hostPage(
    'Microsoft Teams',
    `<iframe title="Attendance Practice Kit" width="100%" height="900" src="${tabUrl}"></iframe>
     <script>
       window.calls = [];
       window.theme = ${JSON.stringify(theme)};
       const frame = document.querySelector('iframe');
       addEventListener('message', (event) => {
         if (event.source !== frame.contentWindow || !event.data || typeof event.data.func !== 'string') return;
         const request = event.data;
         window.calls.push(request.func);
         const reply = (args) => frame.contentWindow.postMessage({ id: request.id, uuidAsString: request.uuidAsString, args }, ${JSON.stringify(defaultKitOrigin)});
         if (request.func === 'initialize') reply(['content', 'web', JSON.stringify({ apiVersion: 4, supports: { app: {}, pages: {} } }), request.args[0]]);
         if (request.func === 'getContext') reply([{ theme: window.theme, locale: 'en-gb', frameContext: 'content', hostClientType: 'web', entityId: 'attendance-calculator' }]);
       });
       window.changeTheme = (name) => frame.contentWindow.postMessage({ func: 'themeChange', args: [name] }, ${JSON.stringify(defaultKitOrigin)});
     </script>`,
  );
}

function teamsHost(tabUrl: string, theme = 'dark', at = teamsPage): Map<string, Served> {
  return new Map<string, Served>([
    [at, { body: fakeTeams(tabUrl, theme) }],
    [teamsJsList, { body: JSON.stringify({ validOrigins: ['teams.microsoft.com', '*.teams.microsoft.com', '*.cloud.microsoft'] }), contentType: 'application/json' }],
  ]);
}

/** A tab's address as Teams would load it: the manifest's contentUrl on this test's kit origin, {theme} filled in. */
function tabAddress(manifest: ReturnType<typeof teamsManifest>, entityId: string, theme: string): string {
  const tab = manifest.staticTabs.find((t) => t.entityId === entityId)!;
  return defaultKitOrigin + new URL(tab.contentUrl).pathname + new URL(tab.contentUrl).search + new URL(tab.contentUrl).hash.replace('{theme}', theme);
}

let site: Site;
let manifest: ReturnType<typeof teamsManifest>;
let zip: Record<string, Uint8Array>;
beforeAll(async () => {
  site = await openSite();
  zip = unzipSync(readFileSync(join(distDir, 'downloads', 'attendance-practice-kit-teams.zip')));
  manifest = JSON.parse(strFromU8(zip['manifest.json']!)) as ReturnType<typeof teamsManifest>;
});
afterAll(async () => {
  await site?.close();
});

describe('the built Teams app package', () => {
  it('is in dist/downloads, valid against the Teams manifest schema, with its two icons at the sizes Teams asks for', () => {
    expect(teamsSchemaErrors(manifest)).toEqual([]);
    expect(Object.keys(zip).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const colour = pngFacts(zip[manifest.icons.color]!);
    const outline = pngFacts(zip[manifest.icons.outline]!);
    expect([colour.width, colour.height, outline.width, outline.height]).toEqual([192, 192, 32, 32]);
    expect(outline.whiteOrClear).toBe(true);
  });

  it('has a tab for search and each tool, each a page of this build under /teams/', () => {
    expect(manifest.staticTabs.map((t) => t.entityId)).toEqual(['search', ...registry.widgets.map((w) => w.tag)]);
    for (const tab of manifest.staticTabs) {
      const path = new URL(tab.contentUrl).pathname;
      expect(path.startsWith('/teams/'), tab.entityId).toBe(true);
      expect(statSync(join(distDir, path, 'index.html')).isFile(), path).toBe(true);
      expect(statSync(join(distDir, new URL(tab.websiteUrl).pathname, 'index.html')).isFile(), tab.websiteUrl).toBe(true);
    }
  });
});

describe('Teams tab pages framed by Teams', () => {
  for (const widget of registry.widgets) {
    it(`${widget.tag}: renders in the Teams theme with zero CSP violations, and TeamsJS talks to Teams`, async () => {
      const host = await platformPage(site.browser, { backend: site.origin, served: teamsHost(tabAddress(manifest, widget.tag, 'dark')) });
      const { page } = host;
      await page.goto(teamsPage, { waitUntil: 'load' });
      const frame = page.frameLocator('iframe');
      await expect.poll(() => frame.locator(widget.tag).evaluate((el) => Boolean(el.shadowRoot?.childElementCount)), { timeout: 10_000 }).toBe(true);
      expect(await frame.locator(widget.tag).getAttribute('storage')).toBe('session');
      await expect.poll(() => page.evaluate(() => (window as unknown as { calls: string[] }).calls)).toEqual(expect.arrayContaining(['initialize', 'getContext']));
      await expect.poll(() => frame.locator('html').getAttribute('data-teams-theme')).toBe('dark');
      expect(await frame.locator(widget.tag).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(41, 41, 41)');
      const tab = page.frames()[1]!;
      expect(await axeViolations(tab)).toEqual([]);
      // Teams tells the tab the person switched theme.
      await page.evaluate(() => (window as unknown as { changeTheme: (t: string) => void }).changeTheme('contrast'));
      await expect.poll(() => frame.locator('html').getAttribute('data-teams-theme')).toBe('contrast');
      expect(await axeViolations(tab)).toEqual([]);
      expect(host.cspViolations).toEqual([]);
      expect(host.errors).toEqual([]);
      expect(host.consoleErrors).toEqual([]);
      expect(host.refused).toEqual([]);
      await host.close();
    });
  }

  it('search: finds guidance in the tab, and its results open in the browser rather than in Teams', async () => {
    const host = await platformPage(site.browser, { backend: site.origin, served: teamsHost(tabAddress(manifest, 'search', 'default'), 'default') });
    const { page } = host;
    await page.goto(teamsPage, { waitUntil: 'load' });
    const frame = page.frameLocator('iframe');
    await frame.getByLabel('Search for a word, a role or a question').fill('EHCP');
    await frame.getByRole('button', { name: 'Search', exact: true }).click();
    await expect.poll(() => frame.locator('#search-results li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(await frame.locator('base').getAttribute('target')).toBe('_blank');
    expect(await axeViolations(page.frames()[1]!)).toEqual([]);
    expect(host.cspViolations).toEqual([]);
    expect(host.errors).toEqual([]);
    expect(host.refused).toEqual([]);
    await host.close();
  });

  it('is refused to any other site, and an ordinary page of the kit is refused to Teams', async () => {
    const elsewhere = 'https://intranet.othershire.gov.uk/tools';
    const host = await platformPage(site.browser, {
      backend: site.origin,
      served: new Map([...teamsHost(tabAddress(manifest, 'attendance-calculator', 'dark'), 'dark', elsewhere), ...teamsHost(`${defaultKitOrigin}/tools/attendance-calculator/`)]),
    });
    const { page } = host;
    await page.goto(elsewhere, { waitUntil: 'load' });
    await expect.poll(() => host.cspViolations.join('\n')).toMatch(/frame-ancestors/);
    expect(await page.frames()[1]!.locator('attendance-calculator').count()).toBe(0);
    host.cspViolations.length = 0;
    await page.goto(teamsPage, { waitUntil: 'load' });
    await expect.poll(() => host.cspViolations.join('\n')).toMatch(/frame-ancestors 'self'/);
    await host.close();
  });
});

describe('TeamsJS costs ordinary pages nothing', () => {
  it('only /teams/ pages carry the tab script, and no page loads TeamsJS with its first scripts', () => {
    const assets = join(distDir, '_astro');
    const code = (file: string) => readFileSync(join(assets, file), 'utf8');
    const scriptFiles = readdirSync(assets).filter((f) => f.endsWith('.js'));
    const teamsJs = scriptFiles.filter((f) => code(f).includes('res.cdn.office.net'));
    const tabScript = scriptFiles.filter((f) => code(f).includes('teamsTheme'));
    expect(teamsJs).toHaveLength(1);
    expect(tabScript).toHaveLength(1);
    /** A script and everything it imports statically (import() is left out: it loads only when run). */
    const closure = (file: string, seen = new Set<string>()): Set<string> => {
      if (seen.has(file)) return seen;
      seen.add(file);
      for (const [, imported] of code(file).matchAll(/(?:import|from)\s*["']\.\/([^"']+)["']/g)) closure(imported!, seen);
      return seen;
    };
    const pagesWithTab: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (name.endsWith('.html')) {
          const loaded = new Set<string>();
          for (const [, script] of readFileSync(path, 'utf8').matchAll(/<script[^>]*src="\/_astro\/([^"]+)"/g)) closure(script!, loaded);
          expect(loaded.has(teamsJs[0]!), path).toBe(false);
          if (loaded.has(tabScript[0]!)) pagesWithTab.push(`/${relative(distDir, path)}`);
        }
      }
    };
    walk(distDir);
    expect(pagesWithTab.sort()).toEqual(['/teams/search/index.html', ...registry.widgets.map((w) => `/teams/${w.tag}/index.html`)].sort());
  });

  it('a tab page opened on its own, outside a frame, does not load TeamsJS either', async () => {
    const host = await platformPage(site.browser, { backend: site.origin, served: new Map() });
    await host.page.goto(`${defaultKitOrigin}/teams/attendance-calculator/`, { waitUntil: 'networkidle' });
    await expect.poll(() => host.page.locator('attendance-calculator').evaluate((el) => Boolean(el.shadowRoot?.childElementCount))).toBe(true);
    const scripts = host.kitRequests.filter((url) => url.endsWith('.js')).map((url) => readFileSync(join(distDir, new URL(url).pathname), 'utf8'));
    expect(scripts.some((code) => code.includes('res.cdn.office.net'))).toBe(false);
    expect(host.refused).toEqual([]);
    await host.close();
  });
});
