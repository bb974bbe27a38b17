/**
 * The push and pull page on the built site: the widget under the site's CSP, by keyboard,
 * with the trainer's example, with no request leaving the page, and clean under axe in each
 * state, in dark mode and forced colours, and at 320 px wide.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, isSitePageScript, openSite, watchedPage, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const path = '/tools/push-and-pull/';

describe('push and pull page', () => {
  it('loads the fictional example and adds a factor by keyboard alone, under the site CSP, with no off-host request', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    const widget = page.locator('attendance-push-pull');
    await widget.locator('#library').waitFor();
    expect(await axeViolations(page), 'on arrival').toEqual([]);

    // The trainer's one button, pressed from the keyboard.
    await widget.locator('#load-example').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => widget.locator('rect.bar[data-factor]').count()).toBe(7);
    expect(await widget.locator('#example-summary').innerText()).toContain('Fictional example: Alex is 11');
    expect(await widget.locator('figcaption').innerText()).toBe(
      'Away from school: total strength 14 from 4 factors. Back to school: total strength 9 from 3 factors. The pull away from school is stronger.',
    );

    // A factor of the child's own, typed and added without a pointer.
    await widget.locator('#own-label').focus();
    await page.keyboard.type('Getting to school on the bus');
    await page.keyboard.press('Enter');
    await expect.poll(() => widget.locator('#t-own-2').count()).toBe(1);
    expect(await widget.locator('[role="status"]').innerText()).toContain('Added “Getting to school on the bus” to Pushing away from school');

    // Strength by arrow keys; the map follows.
    await widget.locator('#st-own-2-3').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => widget.locator('rect.bar[data-factor="own-2"]').getAttribute('data-strength')).toBe('5');

    expect(await axeViolations(page), 'with the example and a change').toEqual([]);
    expect(watched.offHost).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    expect(watched.errors).toEqual([]);
    // Everything it fetched came from the widget's own folder.
    expect(watched.scripts.filter((s) => !s.startsWith(`${site.origin}/widgets/v1/`) && !isSitePageScript(s))).toEqual([]);
  });

  it('keeps the work for the tab (session storage) across a reload', async () => {
    const { page } = await watchedPage(site);
    await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    const widget = page.locator('attendance-push-pull');
    await widget.locator('#load-example').click();
    await expect.poll(() => widget.locator('rect.bar[data-factor]').count()).toBe(7);
    await page.reload({ waitUntil: 'networkidle' });
    await expect.poll(() => widget.locator('rect.bar[data-factor]').count()).toBe(7);
    expect(await widget.locator('.storage-restore').innerText()).toContain('was restored from this device');
  });

  it('has no axe violations in dark mode or forced colours, and reflows at 320 px with no sideways scrolling', async () => {
    const problems: string[] = [];
    for (const media of [{ colorScheme: 'dark' as const }, { forcedColors: 'active' as const }]) {
      const watched = await watchedPage(site, { width: 320, height: 640 });
      await watched.page.emulateMedia(media);
      await watched.page.goto(site.origin + path, { waitUntil: 'networkidle' });
      const widget = watched.page.locator('attendance-push-pull');
      await widget.locator('#load-example').click();
      await expect.poll(() => widget.locator('rect.bar[data-factor]').count()).toBe(7);
      for (const v of await axeViolations(watched.page)) problems.push(`${JSON.stringify(media)}: ${v}`);
      const width = await watched.page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) problems.push(`${JSON.stringify(media)}: page is ${width}px wide`);
    }
    expect(problems).toEqual([]);
  });

  it('reads without JavaScript: the library of factors and their questions are on the page', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.origin + path);
    const text = await page.locator('attendance-push-pull').innerText();
    expect(text).toContain('The interactive map needs JavaScript');
    expect(text).toContain('Caring for an unwell family member');
    expect(text).toContain('Ask the child: Do you look after someone at home?');
    expect(await page.locator('a[href="/guidance/push-and-pull-factors/"]').count()).toBeGreaterThan(0);
    await context.close();
  });

  it('prints the map and its table without the controls', async () => {
    const { page } = await watchedPage(site);
    await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    const widget = page.locator('attendance-push-pull');
    await widget.locator('#load-example').click();
    await expect.poll(() => widget.locator('rect.bar[data-factor]').count()).toBe(7);
    await page.emulateMedia({ media: 'print' });
    expect(await widget.locator('.map-table').isVisible()).toBe(true);
    expect(await widget.locator('.adjustments-table').isVisible()).toBe(true);
    expect(await widget.locator('.actions').isVisible()).toBe(false);
    expect(await widget.locator('#add-library').isVisible()).toBe(false);
  });
});
