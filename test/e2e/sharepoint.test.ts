/**
 * The SharePoint routes in Chromium, without a tenant:
 * - the web part bundle from the committed .sppkg, on a page of a SharePoint origin served
 *   with SharePoint's documented CSP shape (script-src: the page's own origin, a nonce and
 *   'unsafe-eval'; no 'unsafe-inline'). A small stand-in for SharePoint's loader (a nonced
 *   inline script, as SharePoint's own are) provides AMD `define` and the four SPFx libraries
 *   the bundle asks for; the web part classes themselves are the package's.
 * - the Embed web part route: an embed page framed by a SharePoint page, with no `allow`
 *   attribute on the iframe, and frame-ancestors narrowed to a tenant.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, distDir, openSite, type Site } from './harness.ts';
import { defaultKitOrigin, hostPage, platformPage, type Served } from './platform-hosts.ts';
import { readSppkg } from '../../integrations/sharepoint/test/sppkg-contents.ts';
import { sppkgPath } from '../../scripts/sharepoint-package.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { registry } from '../../widgets/registry.ts';

const tenant = 'https://anyshire.sharepoint.com';
const pageUrl = `${tenant}/sites/intranet/SitePages/Attendance.aspx`;
const assetBase = `${tenant}/sites/intranet/ClientSideAssets/8f1c2e64-3c1a-4d2b-9d36-6e1f2b0a7c55`;
const nonce = 'Yq3v9wK2pL7mXc4R';
/** SharePoint's policy, as Microsoft's "Support for Content Security Policy (CSP) in SharePoint Online" shows it. */
const sharePointCsp = `script-src 'unsafe-eval' 'self' https://res-1.cdn.office.net *.cdn.office.net 'nonce-${nonce}'`;

const sppkg = readSppkg(sppkgPath);
const bundleName = sppkg.assets[0]!.slice('ClientSideAssets/'.length);
const exportNames = Object.fromEntries(
  registry.widgets.map((w) => [w.tag, sppkg.manifests.find((m) => m.preconfiguredEntries[0]!.title.default === w.title)!.loaderConfig.exportName]),
);

/** A strong section of a blue site theme, as SPFx's ThemeProvider hands it to a web part in that section. */
const strongSection = {
  semanticColors: {
    bodyText: '#ffffff',
    bodyBackground: '#004e8c',
    bodySubtext: '#ffffff',
    bodyStandoutBackground: '#005a9e',
    inputBorder: '#ffffff',
    primaryButtonBackground: '#ffffff',
    primaryButtonText: '#004e8c',
    errorText: '#ffffff',
  },
  fonts: { medium: { fontFamily: '"Segoe UI Web (West European)", "Segoe UI", sans-serif' } },
};

/**
 * Stands in for SharePoint's loader: AMD `define`, and the SPFx libraries as the smallest
 * objects the web parts use. Mounts each web part as SPFx does: construct, give it its element,
 * properties, instance id and context, onInit(), render().
 */
const loaderScript = `
  window.kit = { copies: [] };
  function BaseClientSideWebPart() {}
  BaseClientSideWebPart.prototype.onInit = function () { return Promise.resolve(); };
  var field = function (type) { return function (property, options) { return { type: type, targetProperty: property, properties: options }; }; };
  var spfx = {
    '@microsoft/sp-core-library': { Version: { parse: function (v) { return { version: v }; } } },
    '@microsoft/sp-webpart-base': { BaseClientSideWebPart: BaseClientSideWebPart },
    '@microsoft/sp-property-pane': { PropertyPaneDropdown: field('Dropdown'), PropertyPaneTextField: field('TextField'), PropertyPaneToggle: field('Toggle') },
    '@microsoft/sp-component-base': { ThemeProvider: { serviceKey: 'ThemeProvider' } },
  };
  // SPFx bundles are anonymous AMD modules; named ones (axe-core, injected by the tests) are not ours.
  window.define = function (deps, factory) {
    if (!Array.isArray(deps)) return;
    window.kit.copies.push(factory.apply(null, deps.map(function (d) { return spfx[d]; })));
  };
  window.define.amd = {};
  window.kit.mount = function (copy, exportName, host, properties, instanceId, theme) {
    var WebPart = window.kit.copies[copy][exportName].default;
    var part = new WebPart();
    part.domElement = host;
    part.properties = properties;
    part.instanceId = instanceId;
    var provider = { tryGetTheme: function () { return theme; }, themeChangedEvent: { add: function (owner, handler) { part.changeTheme = handler; } } };
    part.context = { serviceScope: { consume: function () { return provider; } } };
    return part.onInit().then(function () { part.render(); return part; });
  };
`;

interface Mount {
  id: string;
  tag: string;
  properties: Record<string, unknown>;
  instanceId: string;
  theme?: unknown;
  copy?: number;
}

function sharePointPage(mounts: Mount[], copies = 1): string {
  const mountScript = `window.kit.parts = {}; window.kit.ready = Promise.all(${JSON.stringify(mounts)}.map(function (m) {
      return window.kit.mount(m.copy || 0, ${JSON.stringify(exportNames)}[m.tag], document.getElementById(m.id), m.properties, m.instanceId, m.theme)
        .then(function (part) { window.kit.parts[m.id] = part; });
    }));`;
  const bundleTags = Array.from({ length: copies }, () => `<script nonce="${nonce}" src="${assetBase}/${bundleName}"></script>`).join('');
  return hostPage(
    'Attendance – Anyshire intranet',
    mounts.map((m) => `<section aria-label="${m.id}"><div id="${m.id}"></div></section>`).join('') + `<script nonce="${nonce}">${mountScript}</script>`,
    `<script nonce="${nonce}">${loaderScript}</script>${bundleTags}`,
  );
}

function served(html: string): Map<string, Served> {
  return new Map<string, Served>([
    [pageUrl, { body: html, headers: { 'Content-Security-Policy': sharePointCsp } }],
    [`${assetBase}/${bundleName}`, { body: sppkg.zip.text(`ClientSideAssets/${bundleName}`), contentType: 'application/javascript' }],
  ]);
}

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const allTools: Mount[] = [
  {
    id: 'calculator',
    tag: 'attendance-calculator',
    properties: { storage: 'local', 'heading-level': '2' },
    instanceId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    theme: strongSection,
  },
  {
    id: 'checklist',
    tag: 'attendance-checklist',
    properties: { storage: 'local', checklist: 'support-and-monitoring', 'attendance-team': 'Anyshire Attendance Team' },
    instanceId: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  },
  { id: 'push-pull', tag: 'attendance-push-pull', properties: { storage: 'session', example: true }, instanceId: '1b4e28ba-2fa1-41d2-883f-0016d3cca427' },
  { id: 'four-is', tag: 'attendance-four-is', properties: { storage: 'none', 'small-group-threshold': '5' }, instanceId: '6fa459ea-ee8a-4ca4-894e-db77e160355e' },
  { id: 'calculator-2', tag: 'attendance-calculator', properties: { storage: 'local' }, instanceId: '16fd2706-8baf-433b-82eb-8c7fada847da' },
];

describe('SharePoint web part package in Chromium, under SharePoint’s CSP', () => {
  it('defines and renders every tool from the package’s bundle, with zero CSP violations and nothing loaded from elsewhere', async () => {
    const host = await platformPage(site.browser, { backend: site.origin, served: served(sharePointPage(allTools)) });
    const { page } = host;
    await page.goto(pageUrl, { waitUntil: 'load' });
    // The page's policy is really enforced: a script without the nonce is refused.
    const refused = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          document.addEventListener('securitypolicyviolation', () => resolve(!(window as unknown as { inlineRan?: boolean }).inlineRan), { once: true });
          const script = document.createElement('script');
          script.textContent = 'window.inlineRan = true';
          document.body.append(script);
        }),
    );
    expect(refused).toBe(true);
    // Chromium's own report and the event's both arrive; then start clean.
    await expect.poll(() => host.cspViolations.length).toBeGreaterThanOrEqual(2);
    host.cspViolations.length = 0;
    host.consoleErrors.length = 0;

    await page.evaluate(() => (window as unknown as { kit: { ready: Promise<unknown> } }).kit.ready);
    for (const mount of allTools) {
      const element = page.locator(`#${mount.id} > ${mount.tag}`);
      await expect.poll(() => element.evaluate((el) => Boolean(el.shadowRoot?.childElementCount)), { timeout: 10_000 }).toBe(true);
      expect(await page.locator(`#${mount.id}`).getAttribute('data-attendance-kit-build')).toMatch(/^sha256-[0-9a-f]{64}$/);
    }
    const calculator = page.locator('#calculator > attendance-calculator');
    await calculator.getByLabel('Possible sessions').fill('380');
    await calculator.getByLabel('Sessions attended').fill('342');
    await expect.poll(() => calculator.locator('[data-testid="band"]').innerText()).toContain('Persistent absence');
    expect(await page.locator('#checklist > attendance-checklist').evaluate((el) => el.shadowRoot!.textContent)).toContain('Anyshire Attendance Team');

    expect(host.cspViolations).toEqual([]);
    expect(host.errors).toEqual([]);
    expect(host.consoleErrors).toEqual([]);
    expect(host.refused).toEqual([]);
    expect(host.kitRequests).toEqual([]);
    await host.close();
  });

  it('keeps two web parts of the same tool apart, and a second copy of the bundle on the page does not throw', async () => {
    const twoCopies: Mount[] = [allTools[0]!, { ...allTools[4]!, copy: 1 }];
    const host = await platformPage(site.browser, { backend: site.origin, served: served(sharePointPage(twoCopies, 2)) });
    const { page } = host;
    await page.goto(pageUrl, { waitUntil: 'load' });
    await page.evaluate(() => (window as unknown as { kit: { ready: Promise<unknown> } }).kit.ready);
    expect(await page.evaluate(() => (window as unknown as { kit: { copies: unknown[] } }).kit.copies.length)).toBe(2);
    const keys = await page.locator('attendance-calculator').evaluateAll((els) => els.map((el) => el.getAttribute('storage-key')));
    expect(new Set(keys).size).toBe(2);
    const second = page.locator('#calculator-2 > attendance-calculator');
    await second.getByLabel('Possible sessions').fill('100');
    await second.getByLabel('Sessions attended').fill('40');
    await expect.poll(() => second.locator('[data-testid="band"]').innerText()).toContain('Severe absence');
    expect(await page.locator('#calculator > attendance-calculator').getByLabel('Possible sessions').inputValue()).toBe('');
    expect(host.errors).toEqual([]);
    expect(host.consoleErrors).toEqual([]);
    expect(host.cspViolations).toEqual([]);
    await host.close();
  });

  it('takes the colours of the section it sits in, and stays free of axe violations there', async () => {
    const host = await platformPage(site.browser, { backend: site.origin, served: served(sharePointPage([allTools[0]!, allTools[1]!])) });
    const { page } = host;
    await page.goto(pageUrl, { waitUntil: 'load' });
    await page.evaluate(() => (window as unknown as { kit: { ready: Promise<unknown> } }).kit.ready);
    const calculator = page.locator('#calculator > attendance-calculator');
    await expect.poll(() => calculator.evaluate((el) => Boolean(el.shadowRoot?.childElementCount))).toBe(true);
    const painted = await calculator.evaluate((el) => ({ background: getComputedStyle(el).backgroundColor, color: getComputedStyle(el).color }));
    expect(painted).toEqual({ background: 'rgb(0, 78, 140)', color: 'rgb(255, 255, 255)' });
    await calculator.getByLabel('Possible sessions').fill('380');
    await calculator.getByLabel('Sessions attended').fill('300');
    await expect.poll(() => calculator.locator('[data-testid="band"]').innerText()).toContain('Persistent absence');
    expect(await axeViolations(page)).toEqual([]);
    // A theme change in the section reaches the widget without a reload.
    await page.evaluate(() => {
      const part = (window as unknown as { kit: { parts: Record<string, { changeTheme: (args: unknown) => void }> } }).kit.parts.calculator!;
      part.changeTheme({ theme: undefined });
    });
    expect(await calculator.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(host.cspViolations).toEqual([]);
    await host.close();
  });

  it('keeps the tool on screen through a settings change, and names a setting it could not use', async () => {
    const host = await platformPage(site.browser, { backend: site.origin, served: served(sharePointPage([allTools[1]!])) });
    const { page } = host;
    await page.goto(pageUrl, { waitUntil: 'load' });
    await page.evaluate(() => (window as unknown as { kit: { ready: Promise<unknown> } }).kit.ready);
    const before = await page.locator('#checklist > attendance-checklist').elementHandle();
    await page.evaluate(() => {
      const part = (window as unknown as { kit: { parts: Record<string, { properties: Record<string, unknown>; render: () => void }> } }).kit.parts.checklist!;
      part.properties.checklist = 'pupil-voice';
      part.properties['base-url'] = 'javascript:alert(1)';
      part.render();
    });
    expect(await page.locator('#checklist > attendance-checklist').evaluate((el, old) => el === old, before)).toBe(true);
    expect(await page.locator('#checklist > attendance-checklist').getAttribute('checklist')).toBe('pupil-voice');
    expect(await page.locator('#checklist > attendance-checklist').getAttribute('base-url')).toBeNull();
    expect(await page.locator('#checklist .attendance-kit-problems').innerText()).toContain('Address of the guidance pages: this value is not allowed.');
    const pane = await page.evaluate(() => {
      const part = (
        window as unknown as {
          kit: {
            parts: Record<
              string,
              {
                getPropertyPaneConfiguration: () => {
                  pages: {
                    groups: {
                      groupName: string;
                      groupFields: { type: string; targetProperty: string; properties: { options?: unknown[]; onGetErrorMessage?: (v: string) => string } }[];
                    }[];
                  }[];
                };
              }
            >;
          };
        }
      ).kit.parts.checklist!;
      const groups = part.getPropertyPaneConfiguration().pages[0]!.groups;
      const fields = groups.flatMap((g) => g.groupFields);
      const team = fields.find((f) => f.targetProperty === 'attendance-team')!;
      return {
        groups: groups.map((g) => g.groupName),
        storage: fields.find((f) => f.targetProperty === 'storage'),
        teamError: team.properties.onGetErrorMessage!('<b>team</b>'),
        teamFine: team.properties.onGetErrorMessage!('Anyshire Attendance Team'),
      };
    });
    expect(pane.groups).toEqual(['Saving', 'Your names and addresses', 'What the tool shows', 'Layout']);
    expect(pane.storage?.type).toBe('Dropdown');
    expect(pane.storage?.properties.options).toHaveLength(3);
    expect(pane.teamError).toBe('Your attendance team: this value is not allowed.');
    expect(pane.teamFine).toBe('');
    expect(host.errors).toEqual([]);
    await host.close();
  });
});

describe('SharePoint Embed web part route', () => {
  it('shows an embed page framed by a SharePoint page whose iframe lost its allow attribute: the tool works and copying falls back to text', async () => {
    const html = hostPage(
      'Attendance checklist – Anyshire intranet',
      `<iframe title="Attendance checklist" width="100%" height="900" src="${defaultKitOrigin}/embed/attendance-checklist/?checklist=seven-questions&storage=local"></iframe>`,
    );
    const host = await platformPage(site.browser, { backend: site.origin, served: new Map([[pageUrl, { body: html, headers: { 'Content-Security-Policy': sharePointCsp } }]]) });
    const { page } = host;
    await page.goto(pageUrl, { waitUntil: 'load' });
    const frame = page.frameLocator('iframe');
    const checklist = frame.locator('attendance-checklist');
    await expect.poll(() => checklist.locator('textarea').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await checklist.locator('textarea').first().fill('Spoke to the school office.');
    // A third-party frame: where the browser lets it keep storage it saves, where not (Chromium
    // here, Safari always) it says so. Either way the tool says which.
    await expect.poll(() => checklist.locator('.storage-line').innerText()).toMatch(/Saved on this device only|blocking storage/);
    await checklist.getByRole('button', { name: 'Copy for the case record' }).click();
    // Without allow="clipboard-write" the browser refuses the clipboard; the text is offered to copy by hand.
    await expect.poll(() => checklist.locator('#copy-text').inputValue()).toContain('Spoke to the school office.');
    expect(host.cspViolations).toEqual([]);
    expect(host.errors).toEqual([]);
    expect(host.refused).toEqual([]);
    await host.close();
  });

  it('lets the council’s tenant frame the embed pages and refuses another site, when the council narrows frame-ancestors', async () => {
    const narrowed: Server = await startServer({ root: distDir, port: 0, embedFrameAncestors: [tenant] });
    const backend = `http://127.0.0.1:${(narrowed.address() as AddressInfo).port}`;
    const elsewhere = 'https://intranet.othershire.gov.uk/attendance/';
    const frameHtml = (title: string) =>
      hostPage(title, `<iframe title="Attendance calculator" width="100%" height="700" src="${defaultKitOrigin}/embed/attendance-calculator/"></iframe>`);
    const host = await platformPage(site.browser, {
      backend,
      served: new Map([
        [pageUrl, { body: frameHtml('Anyshire intranet') }],
        [elsewhere, { body: frameHtml('Othershire intranet') }],
      ]),
    });
    const { page } = host;
    await page.goto(pageUrl, { waitUntil: 'load' });
    await expect
      .poll(() =>
        page
          .frameLocator('iframe')
          .locator('attendance-calculator')
          .evaluate((el) => Boolean(el.shadowRoot?.childElementCount)),
      )
      .toBe(true);
    expect(host.cspViolations).toEqual([]);

    await page.goto(elsewhere, { waitUntil: 'load' });
    await expect.poll(() => host.cspViolations.join('\n')).toMatch(/frame-ancestors/);
    expect(await page.frames()[1]!.locator('attendance-calculator').count()).toBe(0);
    await host.close();
    await new Promise((r) => narrowed.close(r));
  });
});
