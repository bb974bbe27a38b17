/**
 * Pages of the platforms councils use (a SharePoint tenant, Teams, a council's CMS), served
 * at their own https origins inside one browser context, with the built kit at another https
 * origin proxied to the test server with its real headers. So a "SharePoint page" really is
 * cross-origin to the kit, and frame-ancestors and CSP are enforced as they would be. Nothing
 * leaves the machine: any other request is refused and listed.
 */
import type { Browser, Page } from 'playwright-core';

export interface Served {
  body: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
}

export interface PlatformPage {
  page: Page;
  /** CSP violations seen in any frame, as console lines. */
  cspViolations: string[];
  errors: string[];
  consoleErrors: string[];
  /** Requests to anywhere that is neither a served page nor the kit. */
  refused: string[];
  /** Every request the kit origin answered. */
  kitRequests: string[];
  close: () => Promise<void>;
}

export interface PlatformOptions {
  /** The test server the kit origin stands for, such as http://127.0.0.1:4321. */
  backend: string;
  kitOrigin?: string;
  /** Full URL (without fragment) → response. */
  served: Map<string, Served>;
  /** Origins of real servers on this machine that requests may reach as they are (a test WordPress). */
  passThrough?: string[];
}

export const defaultKitOrigin = 'https://kit.anyshire.gov.uk';

export async function platformPage(browser: Browser, { backend, kitOrigin = defaultKitOrigin, served, passThrough = [] }: PlatformOptions): Promise<PlatformPage> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, serviceWorkers: 'block' });
  const result: Omit<PlatformPage, 'page' | 'close'> = { cspViolations: [], errors: [], consoleErrors: [], refused: [], kitRequests: [] };
  await context.route('**/*', async (route) => {
    const url = route.request().url().split('#')[0]!;
    const answer = served.get(url);
    if (answer) {
      await route.fulfill({ status: 200, body: answer.body, headers: { 'Content-Type': answer.contentType ?? 'text/html; charset=utf-8', ...answer.headers } });
      return;
    }
    if (url.startsWith(`${kitOrigin}/`)) {
      result.kitRequests.push(url);
      const response = await route.fetch({ url: backend + url.slice(kitOrigin.length), maxRedirects: 0 });
      await route.fulfill({ response });
      return;
    }
    if (passThrough.some((origin) => url.startsWith(`${origin}/`))) {
      await route.continue();
      return;
    }
    result.refused.push(url);
    await route.abort('blockedbyclient');
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) result.cspViolations.push(message.text());
    else if (message.type() === 'error') result.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => result.errors.push(error.message));
  // Requests still in flight when a test ends (a search's remaining result texts) are let go
  // rather than fetched for a closed context.
  const close = async () => {
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  };
  return { page, ...result, close };
}

/** A minimal accessible page for a host: the platform's own page around what is being tested. */
export function hostPage(title: string, body: string, head = ''): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><main><h1>${title}</h1>${body}</main></body></html>`;
}
