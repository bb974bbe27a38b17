/**
 * The answer above the fold: on a laptop (1280 × 800) and on a 360 px phone (360 × 740), a
 * guidance page's own words and a tool page's tool start on the first screen, and the header's
 * navigation keeps to one line on the laptop.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages, openSite, watchedPage, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const pages = builtPages();
const guidancePages = pages.filter((p) => /^\/guidance\/[^/]+\/$/.test(p));
const toolPages = pages.filter((p) => /^\/(tools|checklists)\/[^/]+\/$/.test(p));
const widgetTags = ['attendance-calculator', 'attendance-checklist', 'attendance-push-pull', 'attendance-four-is'];
const screens = [
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'phone', width: 360, height: 740 },
];

describe('the answer above the fold', () => {
  it('finds the pages to measure', () => {
    expect(guidancePages.length).toBeGreaterThan(30);
    expect(toolPages).toEqual(
      expect.arrayContaining(['/tools/attendance-calculator/', '/tools/push-and-pull/', '/tools/four-is/', '/tools/supervision/', '/checklists/assessment/']),
    );
  });

  for (const screen of screens) {
    it(`shows the first line of every guidance page's own text on the first ${screen.name} screen`, async () => {
      const { page } = await watchedPage(site, { width: screen.width, height: screen.height });
      const late: string[] = [];
      for (const path of guidancePages) {
        await page.goto(site.origin + path, { waitUntil: 'load' });
        const first = await page.evaluate(() => {
          const paragraph = document.querySelector<HTMLElement>('main .page-body p');
          if (!paragraph) return undefined;
          return { top: paragraph.getBoundingClientRect().top, line: parseFloat(getComputedStyle(paragraph).lineHeight) };
        });
        if (!first) late.push(`${path}: no paragraph in the page body`);
        else if (first.top + first.line > screen.height) late.push(`${path}: first line ends at ${Math.round(first.top + first.line)} px`);
      }
      expect(late).toEqual([]);
    });

    it(`starts the tool on every tool page within the first ${screen.name} screen`, async () => {
      const { page } = await watchedPage(site, { width: screen.width, height: screen.height });
      const late: string[] = [];
      for (const path of toolPages) {
        await page.goto(site.origin + path, { waitUntil: 'load' });
        const top = await page.evaluate(async (tags) => {
          const widget = document.querySelector<HTMLElement>(`main :is(${tags.join(',')})`);
          if (!widget) return undefined;
          await customElements.whenDefined(widget.localName);
          await (widget as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
          return widget.getBoundingClientRect().top;
        }, widgetTags);
        // The widget's own heading must be in view, not just its top edge: 3 rem of it.
        if (top === undefined) late.push(`${path}: no tool on the page`);
        else if (top + 48 > screen.height) late.push(`${path}: the tool starts at ${Math.round(top)} px`);
      }
      expect(late).toEqual([]);
    });
  }

  it('keeps the header navigation on one line at 1280 px', async () => {
    const { page } = await watchedPage(site, { width: 1280, height: 800 });
    for (const path of ['/', guidancePages[0]!, '/tools/push-and-pull/']) {
      await page.goto(site.origin + path, { waitUntil: 'load' });
      const rows = await page.locator('.site-nav li').evaluateAll((items) => new Set(items.map((li) => Math.round(li.getBoundingClientRect().top))).size);
      expect(rows, path).toBe(1);
    }
  });
});
