/**
 * Presenter mode (?present, src/scripts/presenter.ts) over the built site: keyboard paging
 * through a guidance page's sections and a checklist's groups, full screen, loading the
 * fictional sample case and "Reset all tools" (asking first) on the supervision page, axe in
 * every state, no CSP violations or off-host requests, and the presenter chunk fetched only
 * when the address asks for it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openSite, watchedPage, type Site, type Watched } from './harness.ts';
import { recordTrials } from '../helpers/trials.ts';

const guidancePath = '/guidance/what-you-can-do/';
const checklistPath = '/checklists/assessment/';
const supervisionPath = '/tools/supervision/';
const assessment = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../content/checklists/assessment.json'), 'utf8')) as { groups: { title: string }[] };
const sample = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../content/sample-cases/alex-year-7.json'), 'utf8')) as { title: string };

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** The text of the focused element, looking inside shadow roots, and whether it is a heading. */
function focused(page: Page): Promise<{ text: string; heading: boolean; inShadow: boolean }> {
  return page.evaluate(() => {
    let active = document.activeElement;
    let inShadow = false;
    while (active?.shadowRoot?.activeElement) {
      active = active.shadowRoot.activeElement;
      inShadow = true;
    }
    const heading = !!active && (/^H[1-6]$/.test(active.tagName) || active.getAttribute('role') === 'heading');
    return { text: (active?.textContent ?? '').replace(/\s+/g, ' ').trim(), heading, inShadow };
  });
}

const counter = (page: Page) => page.locator('#presenter-counter').innerText();

async function openPresenting(path: string): Promise<Watched> {
  const watched = await watchedPage(site);
  await watched.page.goto(`${site.origin}${path}?present`, { waitUntil: 'load' });
  await watched.page.locator('#presenter-bar').waitFor();
  return watched;
}

function expectClean(watched: Watched): void {
  expect(watched.cspViolations).toEqual([]);
  expect(watched.offHost).toEqual([]);
  expect(watched.errors).toEqual([]);
}

describe('presenter mode on a guidance page', () => {
  it('pages forward through every section by PageDown, focusing each heading with the counter right, and back by PageUp', async () => {
    const watched = await openPresenting(guidancePath);
    const { page } = watched;
    // Every section's heading; the contents list beside them is not a section.
    const headings = await page.locator('main h2:not(nav h2):visible').allInnerTexts();
    expect(headings.length).toBeGreaterThan(3);
    expect(await page.locator('main nav h2:visible').count()).toBe(1);
    expect(await counter(page)).toBe(`${headings.length} sections: press Page Down for the first`);
    for (const [i, heading] of headings.entries()) {
      await page.keyboard.press('PageDown');
      expect(await focused(page)).toEqual({ text: heading.trim(), heading: true, inShadow: false });
      expect(await counter(page)).toBe(`Section ${i + 1} of ${headings.length}: ${heading.trim()}`);
    }
    // Past the end stays on the last section.
    await page.keyboard.press('PageDown');
    expect(await counter(page)).toBe(`Section ${headings.length} of ${headings.length}: ${headings.at(-1)!.trim()}`);
    for (let i = headings.length - 2; i >= 0; i -= 1) {
      await page.keyboard.press('PageUp');
      expect((await focused(page)).text).toBe(headings[i]!.trim());
      expect(await counter(page)).toBe(`Section ${i + 1} of ${headings.length}: ${headings[i]!.trim()}`);
    }
    // The heading scrolls to the top, just below the toolbar (smoothly, so wait for it to settle).
    await page.waitForFunction(() => {
      const gap = document.activeElement!.getBoundingClientRect().top - document.querySelector('#presenter-bar')!.getBoundingClientRect().bottom;
      return gap >= 0 && gap < 40;
    });
    expect(await page.locator('#presenter-status').textContent()).toBe(`Section 1 of ${headings.length}: ${headings[0]!.trim()}`);
    await recordTrials({
      category: 'accessibility-journeys',
      check: 'presenter mode: paging through every section of a guidance page by PageDown and PageUp',
      tried: headings.length * 2,
    });
    expectClean(watched);
  });

  it('pages with arrows, n/p and End/Home when focus is not in a form control, and leaves keys alone in the search field', async () => {
    const { page } = await openPresenting(guidancePath);
    const headings = (await page.locator('main h2:not(nav h2):visible').allInnerTexts()).map((h) => h.trim());
    await page.keyboard.press('End');
    expect((await focused(page)).text).toBe(headings.at(-1));
    await page.keyboard.press('Home');
    expect((await focused(page)).text).toBe(headings[0]);
    await page.keyboard.press('ArrowRight');
    expect((await focused(page)).text).toBe(headings[1]);
    await page.keyboard.press('n');
    expect((await focused(page)).text).toBe(headings[2]);
    await page.keyboard.press('p');
    await page.keyboard.press('ArrowLeft');
    expect((await focused(page)).text).toBe(headings[0]);
    await page.locator('#header-q').focus();
    await page.keyboard.type('np');
    await page.keyboard.press('End');
    await page.keyboard.press('PageDown');
    expect(await page.locator('#header-q').inputValue()).toBe('np');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-q');
  });

  it('puts the toolbar, a labelled region, first in tab order after the skip link, with a link out of presenter mode', async () => {
    const { page } = await openPresenting(guidancePath);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[aria-label="Presenter controls"]')?.id)).toBe('presenter-bar');
    expect(await page.getByRole('region', { name: 'Presenter controls' }).count()).toBe(1);
    // Paging by the toolbar's own buttons works too, and keeps focus on the heading.
    await page.locator('#presenter-next').click();
    expect((await focused(page)).heading).toBe(true);
    expect(await page.locator('#presenter-leave').getAttribute('href')).toBe(guidancePath);
    expect(await page.evaluate(() => document.documentElement.classList.contains('presenting'))).toBe(true);
    // Large type: the root font is half as large again as the browser's default.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('24px');
  });

  it('has zero axe violations in presenter mode, with a heading focused, in light and dark mode', async () => {
    const watched = await openPresenting(guidancePath);
    await watched.page.keyboard.press('PageDown');
    expect(await axeViolations(watched.page)).toEqual([]);
    await watched.page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(watched.page)).toEqual([]);
    expectClean(watched);
  });

  it('asks the browser for full screen from its button, and says honestly what happened', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.addInitScript(() => {
      const original = Element.prototype.requestFullscreen;
      (window as unknown as { fullscreenRequests: number }).fullscreenRequests = 0;
      Element.prototype.requestFullscreen = function (this: Element, options?: FullscreenOptions) {
        (window as unknown as { fullscreenRequests: number }).fullscreenRequests += 1;
        return original.call(this, options);
      };
    });
    await page.goto(`${site.origin}${guidancePath}?present`, { waitUntil: 'load' });
    const button = page.locator('#presenter-fullscreen');
    await button.waitFor();
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { fullscreenRequests: number }).fullscreenRequests)).toBe(1);
    await page.waitForFunction(() => document.querySelector('#presenter-status')?.textContent !== '');
    const state = await page.evaluate(() => ({ element: document.fullscreenElement?.localName ?? null, status: document.querySelector('#presenter-status')!.textContent }));
    if (state.element) {
      expect(state.element).toBe('html');
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      expect(state.status).toBe('Full screen. Press Escape to leave it.');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.fullscreenElement === null);
      // The button follows the browser's fullscreenchange event, which comes after.
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('false');
    } else {
      expect(state.status).toMatch(/did not allow full screen/);
      expect(await button.getAttribute('aria-pressed')).toBe('false');
    }
    expectClean(watched);
  });
});

describe('presenter mode on a checklist page', () => {
  it('pages through the checklist’s groups, focusing each group heading inside the widget', async () => {
    const watched = await openPresenting(checklistPath);
    const { page } = watched;
    await page.waitForFunction(() => (document.querySelector('attendance-checklist') as unknown as { groupHeadings?: () => unknown[] }).groupHeadings?.().length);
    const groups = assessment.groups.map((g) => g.title);
    const pageHeadings = await page.locator('main > h2:visible, main > section h2:visible').allInnerTexts();
    const total = groups.length + pageHeadings.length;
    await page.waitForFunction((text) => document.querySelector('#presenter-counter')?.textContent === text, `${total} sections: press Page Down for the first`);
    for (const [i, title] of groups.entries()) {
      await page.keyboard.press('PageDown');
      expect(await focused(page)).toEqual({ text: title, heading: true, inShadow: true });
      expect(await counter(page)).toBe(`Section ${i + 1} of ${total}: ${title}`);
    }
    for (const [i, heading] of pageHeadings.entries()) {
      await page.keyboard.press('PageDown');
      expect(await focused(page)).toEqual({ text: heading.trim(), heading: true, inShadow: false });
      expect(await counter(page)).toBe(`Section ${groups.length + i + 1} of ${total}: ${heading.trim()}`);
    }
    for (let i = groups.length - 1; i >= 0; i -= 1) {
      for (let step = 0; step < (i === groups.length - 1 ? pageHeadings.length : 1); step += 1) await page.keyboard.press('PageUp');
      expect((await focused(page)).text).toBe(groups[i]);
    }
    // Tabbing into a later group and paging on carries on from there.
    await page.evaluate(() => (document.querySelector('attendance-checklist') as unknown as { groupHeadings: () => HTMLElement[] }).groupHeadings()[1]!.focus());
    await page.keyboard.press('PageDown');
    expect((await focused(page)).text).toBe(groups[2]);
    expect(await axeViolations(page)).toEqual([]);
    await recordTrials({ category: 'accessibility-journeys', check: 'presenter mode: paging through a checklist’s groups inside the widget', tried: total + groups.length });
    expectClean(watched);
  });

  it('leaves the arrow keys to a form control inside the checklist', async () => {
    const { page } = await openPresenting(checklistPath);
    await page.waitForFunction(() => (document.querySelector('attendance-checklist') as unknown as { groupHeadings?: () => unknown[] }).groupHeadings?.().length);
    const note = page.locator('attendance-checklist').locator('textarea').first();
    await note.focus();
    await page.keyboard.type('a note');
    for (const key of ['ArrowLeft', 'Home', 'End', 'PageDown', 'n']) await page.keyboard.press(key);
    expect(await focused(page)).toMatchObject({ heading: false, inShadow: true });
    expect(await note.inputValue()).toBe('a noten');
    // In a group of status radios, the arrows choose a status, as they should, and do not page.
    const radios = page.locator('attendance-checklist').locator('input[type=radio]');
    await radios.first().focus();
    await page.keyboard.press('ArrowRight');
    expect(await radios.nth(1).isChecked()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('type'))).toBe('radio');
  });
});

describe('presenter mode on the supervision page (two widgets)', () => {
  const widgetValues = (page: Page) =>
    page.evaluate(() => ({
      checklist: (document.querySelector('attendance-checklist') as unknown as { value: { items: Record<string, unknown> } }).value,
      map: (document.querySelector('attendance-push-pull') as unknown as { value: { factors: unknown[]; adjustments: unknown[] } }).value,
    }));

  it('loads the fictional case into both widgets, labelled fictional; Reset all asks, Cancel keeps the work, Yes clears both', async () => {
    const watched = await openPresenting(supervisionPath);
    const { page } = watched;
    const load = page.getByRole('button', { name: `Load sample case: ${sample.title}` });
    await load.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /^Loaded the fictional case/.test(document.querySelector('#presenter-status')?.textContent ?? ''));
    expect(await page.locator('#presenter-status').textContent()).toBe(`Loaded the fictional case ${sample.title} into 2 tools on this page.`);
    const notice = page.locator('#presenter-fictional');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toBe(`Fictional case on screen: ${sample.title}. Made up for training; not a real child.`);
    let values = await widgetValues(page);
    expect(Object.keys(values.checklist.items).length).toBeGreaterThan(3);
    expect(values.map.factors.length).toBeGreaterThan(3);
    // The council's placeholder is filled, never shown raw.
    expect(JSON.stringify(values)).not.toMatch(/\{\w+\}/);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Load sample case');
    expect(await axeViolations(page)).toEqual([]);

    // Cancel (by keyboard) leaves both widgets' work, and focus returns to the reset button.
    await page.locator('#presenter-reset').focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('#presenter-reset-dialog');
    expect(await dialog.isVisible()).toBe(true);
    expect(await dialog.innerText()).toContain('Reset all 2 tools on this page?');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('presenter-reset-cancel');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('presenter-reset');
    await page.waitForFunction(() => document.querySelector('#presenter-status')?.textContent === 'Nothing was reset.');
    expect(await widgetValues(page)).toEqual(values);

    // Escape also cancels.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    expect(await widgetValues(page)).toEqual(values);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('presenter-reset');

    // Confirming clears both, on screen and in storage.
    await page.keyboard.press('Enter');
    await page.locator('#presenter-reset-yes').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#presenter-status')?.textContent === 'All 2 tools were reset.');
    values = await widgetValues(page);
    expect(values.checklist.items).toEqual({});
    expect(values.map).toEqual({ factors: [], adjustments: [] });
    expect(await notice.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('presenter-reset');
    expect(
      await page.evaluate(() =>
        Object.keys(sessionStorage)
          .filter((k) => k.startsWith('attendance-'))
          .map((k) => sessionStorage.getItem(k)),
      ),
    ).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await recordTrials({ category: 'accessibility-journeys', check: 'presenter mode: load the fictional case, cancel and confirm Reset all tools by keyboard', tried: 4 });
    expectClean(watched);
  });
});

describe('a sample case over real work (issue 14, item 2)', () => {
  const checklistKey = 'attendance-kit:attendance-checklist:supervision:supervision';
  const savedNote = (page: Page) =>
    page.evaluate((key) => (JSON.parse(sessionStorage.getItem(key) ?? 'null') as { data: { items: Record<string, { note: string }> } } | null)?.data.items, checklistKey);

  it('asks first (Cancel focused, Esc cancels), sets the real work aside, and brings it back on screen and in storage', async () => {
    const watched = await openPresenting(supervisionPath);
    const { page } = watched;
    await page.waitForFunction(() => (document.querySelector('attendance-checklist') as unknown as { groupHeadings?: () => unknown[] }).groupHeadings?.().length);
    const note = page.locator('attendance-checklist').locator('textarea').first();
    const noteId = await note.getAttribute('id');
    const itemId = noteId!.replace(/^n-/, '');
    await note.fill('Our own note about a real child');
    expect((await savedNote(page))![itemId]!.note).toBe('Our own note about a real child');

    // Asked first; Escape and Cancel leave the work as it was, and focus goes back to the button.
    const load = page.getByRole('button', { name: `Load sample case: ${sample.title}` });
    await load.focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('#presenter-sample-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.innerText()).toContain(`Load the fictional case ${sample.title}? The work in 1 tool on this page is set aside, not lost`);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('presenter-sample-cancel');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Load sample case');
    await page.waitForFunction(() => document.querySelector('#presenter-status')?.textContent === 'Nothing was changed.');
    expect(await note.inputValue()).toBe('Our own note about a real child');
    // Asked again, and Enter on Cancel (focused once the question shows: the tools are made
    // ready first, so the question comes a moment after the press).
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await page.waitForFunction(() => document.querySelector('#presenter-status')?.textContent === 'Nothing was changed.');
    expect(await note.inputValue()).toBe('Our own note about a real child');

    // Confirmed: the case is on screen and saved; the real work is set aside, offered back.
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.locator('#presenter-sample-yes').click();
    await page.waitForFunction(() => /^Loaded the fictional case/.test(document.querySelector('#presenter-status')?.textContent ?? ''));
    expect(await note.inputValue()).not.toBe('Our own note about a real child');
    const bringBack = page.locator('#presenter-bring-back');
    expect(await bringBack.isVisible()).toBe(true);
    expect(await bringBack.innerText()).toBe('Bring back your own work');

    // Reset all, and even a reload, leave it set aside.
    await page.locator('#presenter-reset').click();
    await page.locator('#presenter-reset-yes').click();
    await page.waitForFunction(() => /reset\.$/.test(document.querySelector('#presenter-status')?.textContent ?? ''));
    await page.reload();
    await page.locator('#presenter-bar').waitFor();
    await expect.poll(() => bringBack.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await bringBack.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => /^Your own work is back/.test(document.querySelector('#presenter-status')?.textContent ?? ''));
    expect(await page.locator('#presenter-status').textContent()).toBe('Your own work is back in the tool on this page.');
    expect(await note.inputValue()).toBe('Our own note about a real child');
    expect((await savedNote(page))![itemId]!.note).toBe('Our own note about a real child');
    expect(await bringBack.isVisible()).toBe(false);
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.includes('presenter-set-aside')))).toEqual([]);
    await page.reload();
    await page.locator('#presenter-bar').waitFor();
    await expect.poll(() => page.locator('attendance-checklist').locator(`#${noteId}`).inputValue()).toBe('Our own note about a real child');
    await recordTrials({
      category: 'accessibility-journeys',
      check: 'presenter mode: a sample case loaded over real work, cancelled, confirmed, reset, reloaded and brought back',
      tried: 5,
    });
    expectClean(watched);
  });
});

describe('the fictional case loads into every widget the kit has', () => {
  const checklistIds = readdirSync(resolve(import.meta.dirname, '../../content/checklists')).map((f) => f.replace(/\.json$/, ''));
  const pages = ['/tools/attendance-calculator/', '/tools/push-and-pull/', '/tools/four-is/', ...checklistIds.map((id) => `/checklists/${id}/`)];

  it('loads with one action on each tool and checklist page, announced, with zero axe violations', async () => {
    for (const path of pages) {
      const watched = await openPresenting(path);
      const { page } = watched;
      await page.getByRole('button', { name: `Load sample case: ${sample.title}` }).click();
      await page.waitForFunction(() => /^Loaded the fictional case|^There is no tool/.test(document.querySelector('#presenter-status')?.textContent ?? ''));
      expect(await page.locator('#presenter-status').textContent(), path).toBe(`Loaded the fictional case ${sample.title} into the tool on this page.`);
      expect(await page.locator('#presenter-fictional').isVisible(), path).toBe(true);
      expect(await axeViolations(page), path).toEqual([]);
      expectClean(watched);
      await watched.page.context().close();
    }
    await recordTrials({ category: 'accessibility-journeys', check: 'presenter mode: the fictional case loaded into every tool and checklist page', tried: pages.length });
  });
});

describe('presenter mode costs nothing when it is not asked for', () => {
  it('does not fetch the presenter chunk or its stylesheet without ?present, and fetches both with it', async () => {
    const plain = await watchedPage(site);
    const requests: string[] = [];
    plain.page.on('request', (r) => requests.push(r.url()));
    for (const path of [guidancePath, checklistPath, supervisionPath]) await plain.page.goto(site.origin + path, { waitUntil: 'networkidle' });
    expect(requests.filter((url) => /presenter/.test(url))).toEqual([]);
    expect(await plain.page.locator('#presenter-bar').count()).toBe(0);

    const presenting = await openPresenting(guidancePath);
    const fetched: string[] = [];
    presenting.page.on('request', (r) => fetched.push(r.url()));
    await presenting.page.reload({ waitUntil: 'networkidle' });
    expect(fetched.filter((url) => /\/_astro\/presenter[.-][\w-]+\.(js|css)$/.test(url)).length).toBe(2);
  });
});
