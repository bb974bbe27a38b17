/**
 * Paste a link, get the tool: a real WordPress (Debian's, with PHP and MariaDB; see
 * wordpress-server.ts) with a post for each tool whose content is the embed page's address on
 * a line of its own. WordPress finds our oEmbed response through the page's discovery link,
 * puts the iframe in the post the way it does for any site it does not know (sandboxed,
 * with a secret), and its own wp-embed.js shows and sizes the frame from our height messages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './harness.ts';
import { platformPage, type PlatformPage } from './platform-hosts.ts';
import { startWordPress, type WordPress } from './wordpress-server.ts';
import { trialCounter } from '../helpers/trials.ts';
import { registry } from '../../widgets/registry.ts';
import { oembedResponse } from '../../src/lib/oembed.ts';

/** The address the build wrote into the embed pages' discovery links (astro.config.mjs's default SITE_URL). */
const siteUrl = process.env.SITE_URL?.replace(/\/+$/, '') ?? 'http://localhost:4321';
const pasted = trialCounter('embedding', 'Tools pasted as a link into a post of a real WordPress (oEmbed discovery, sandboxed frame, auto-height)');

let site: Site;
let wordpress: WordPress;
beforeAll(async () => {
  site = await openSite();
  wordpress = await startWordPress({
    siteUrl,
    kitBackend: site.origin,
    posts: registry.widgets.map((w) => ({ title: `Our ${w.title.toLowerCase()}`, content: `Use the tool below.\n\n${siteUrl}/embed/${w.tag}/\n` })),
  });
}, 120_000);
afterAll(async () => {
  await wordpress?.stop();
  await site?.close();
});

async function openPost(index: number): Promise<PlatformPage> {
  const host = await platformPage(site.browser, { backend: site.origin, kitOrigin: siteUrl, served: new Map(), passThrough: [wordpress.origin] });
  await host.page.goto(`${wordpress.origin}/?p=${wordpress.postIds[index]}`, { waitUntil: 'load' });
  return host;
}

describe('a tool’s link pasted into a WordPress post', () => {
  registry.widgets.forEach((widget, index) => {
    it(`${widget.tag}: becomes the tool in a sandboxed iframe that WordPress shows and sizes to fit`, async () => {
      const host = await openPost(index);
      const { page } = host;
      const iframe = page.locator('iframe.wp-embedded-content');
      expect(await iframe.count()).toBe(1);
      expect(await iframe.getAttribute('sandbox')).toBe('allow-scripts');
      expect(await iframe.getAttribute('title')).toBe(widget.title);
      expect(await iframe.getAttribute('src')).toMatch(new RegExp(`^${siteUrl}/embed/${widget.tag}/#\\?secret=[A-Za-z0-9]+$`));
      const frame = page.frameLocator('iframe.wp-embedded-content');
      await expect.poll(() => frame.locator(widget.tag).evaluate((el) => Boolean(el.shadowRoot?.childElementCount)), { timeout: 15_000 }).toBe(true);
      // wp-embed.js reveals the frame (it starts clipped out of sight) when our first height message arrives…
      await expect.poll(() => iframe.getAttribute('style')).toBeNull();
      // …and sets its height to the tool's, within WordPress's 200 to 1000 px.
      const content = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
      await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBe(Math.min(Math.max(content, 200), 1000));
      expect(host.cspViolations).toEqual([]);
      expect(host.errors).toEqual([]);
      expect(host.refused).toEqual([]);
      pasted.add();
      await host.close();
    });
  });

  it('the calculator works in the post, says it cannot save in WordPress’s sandbox, and the frame grows with its result', async () => {
    const host = await openPost(registry.widgets.findIndex((w) => w.tag === 'attendance-calculator'));
    const { page } = host;
    const iframe = page.locator('iframe.wp-embedded-content');
    const frame = page.frameLocator('iframe.wp-embedded-content');
    await expect.poll(() => iframe.getAttribute('style')).toBeNull();
    const before = Number(await iframe.getAttribute('height'));
    expect(before).not.toBe(oembedResponse(siteUrl, { tag: 'attendance-calculator', title: '' }).height);
    await frame.getByLabel('Possible sessions').fill('380');
    await frame.getByLabel('Sessions attended').fill('342');
    await expect.poll(() => frame.locator('[data-testid="band"]').innerText()).toContain('Persistent absence');
    await expect.poll(async () => Number(await iframe.getAttribute('height'))).toBeGreaterThan(before);
    expect(await frame.locator('.storage-line').innerText()).toMatch(/Not saved/);
    expect(host.cspViolations).toEqual([]);
    expect(host.errors).toEqual([]);
    await host.close();
  });
});
