/**
 * Storage faults in real browser tabs (issue 10, item 3), on the built site: two pages in one
 * browser context edit the same checklist (the /checklists/ pages keep work in local storage),
 * and fresh contexts stand in for private browsing. The behaviour is README "When saving goes
 * wrong"; the faults a single page can meet are in widgets/shared/storage-faults.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { axeViolations, openSite, type Site } from './harness.ts';
import { recordTrials } from '../helpers/trials.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const path = '/checklists/assessment/';
const note = '#n-underlying-issues';

/** A tab on the checklist page that records page errors and CSP violations. */
async function openTab(context: BrowserContext, problems: string[]): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
  });
  await page.goto(site.origin + path, { waitUntil: 'networkidle' });
  await page.locator('attendance-checklist').locator(note).waitFor();
  return page;
}

const widget = (page: Page) => page.locator('attendance-checklist');
const noteOf = (page: Page) => widget(page).locator(note).inputValue();
const saveLine = (page: Page) => widget(page).locator('.storage-line').innerText();
const focusedId = (page: Page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.id ?? '';
  });

/** Types at the end of the note, as a person would. */
async function typeNote(page: Page, text: string) {
  await widget(page).locator(note).focus();
  await page.keyboard.press('End');
  await page.keyboard.type(text);
}

describe('two tabs editing the same checklist', () => {
  it("takes the other tab's save when this one has no change, asks when both changed, and the kept version wins in both", async () => {
    const problems: string[] = [];
    const context = await site.browser.newContext();
    const a = await openTab(context, problems);
    const b = await openTab(context, problems);

    // A writes; B, untouched, takes A's version and says so.
    await typeNote(a, 'Asked the school about lateness.');
    await expect.poll(() => noteOf(b)).toBe('Asked the school about lateness.');
    expect(await widget(b).locator('#storage-outcome').innerText()).toMatch(/^Updated with the version saved in another tab or window at \d\d:\d\d\.$/);

    // Both have changed it now: B saves, and A, whose change B's version does not hold, is asked and holds its saves.
    await typeNote(b, ' B');
    await widget(a).locator('#other-tab').waitFor();
    expect(await widget(a).locator('#other-tab').innerText()).toContain('This tool was also changed in another tab or window');
    expect(await noteOf(a)).toBe('Asked the school about lateness.');
    await typeNote(a, ' A and more');
    const stored = () =>
      a.evaluate(() => {
        const key = Object.keys(localStorage).find((k) => k.startsWith('attendance-kit:attendance-checklist:assessment:') && !k.endsWith(':unreadable'))!;
        return JSON.parse(localStorage.getItem(key)!).data.items['underlying-issues'].note as string;
      });
    expect(await stored(), "B's version is not overwritten while A chooses").toBe('Asked the school about lateness. B');
    expect(await axeViolations(a), 'A with two versions to choose from').toEqual([]);

    // A keeps its own, by keyboard: it is saved over B's, and focus goes to what happened.
    await widget(a).locator('#keep-this').focus();
    await a.keyboard.press('Enter');
    await expect.poll(() => focusedId(a)).toBe('storage-outcome');
    expect(await widget(a).locator('#storage-outcome').innerText()).toBe("Kept this version: it has replaced the other tab's version on this device.");
    expect(await stored()).toBe('Asked the school about lateness. A and more');
    expect(await saveLine(a)).toMatch(/^Saved on this device only, at \d\d:\d\d\.$/);

    // B had its own change too, so it is asked in turn; it loads A's version.
    await widget(b).locator('#other-tab').waitFor();
    expect(await noteOf(b), "B's work stays on screen until it chooses").toBe('Asked the school about lateness. B');
    expect(await axeViolations(b), 'B with two versions to choose from').toEqual([]);
    await widget(b).locator('#load-other').focus();
    await b.keyboard.press('Enter');
    await expect.poll(() => noteOf(b)).toBe('Asked the school about lateness. A and more');
    await expect.poll(() => focusedId(b)).toBe('storage-outcome');

    // Synced again: B's next change reaches A, which has no change since it kept its version.
    await typeNote(b, '!');
    await expect.poll(() => noteOf(a)).toBe('Asked the school about lateness. A and more!');

    expect(problems).toEqual([]);
    await context.close();
    recordTrials({ category: 'storage-faults', check: 'two real tabs on the built checklist page', tried: 5 });
  });

  it('clears in the other tab too when the work is cleared and that tab has no change', async () => {
    const problems: string[] = [];
    const context = await site.browser.newContext();
    const a = await openTab(context, problems);
    await typeNote(a, 'To be cleared.');
    const b = await openTab(context, problems);
    expect(await noteOf(b)).toBe('To be cleared.');
    await widget(a).locator('#clear').click();
    await widget(a).locator('#clear-yes').click();
    await expect.poll(() => noteOf(b)).toBe('');
    expect(await widget(b).locator('#storage-outcome').innerText()).toBe('Cleared, as it was in another tab or window.');
    expect(problems).toEqual([]);
    await context.close();
    recordTrials({ category: 'storage-faults', check: 'clear in one real tab reaches the other', tried: 1 });
  });
});

describe('private browsing', () => {
  it('keeps work only for the context that made it: a fresh (incognito-like) context starts empty and says it saves as you go', async () => {
    const problems: string[] = [];
    const first = await site.browser.newContext();
    const page = await openTab(first, problems);
    await typeNote(page, 'Only in this window.');
    await expect.poll(() => saveLine(page)).toMatch(/^Saved on this device only, at/);

    const fresh = await site.browser.newContext();
    const other = await openTab(fresh, problems);
    expect(await noteOf(other)).toBe('');
    expect(await saveLine(other)).toBe('Your work is saved on this device only, as you go.');
    expect(await widget(other).locator('.storage-restore').count()).toBe(0);
    await first.close();
    await fresh.close();

    // A window closed with its work: a new one has none of it.
    const after = await site.browser.newContext();
    expect(await noteOf(await openTab(after, problems))).toBe('');
    await after.close();
    expect(problems).toEqual([]);
    recordTrials({ category: 'storage-faults', check: 'fresh browser contexts (private browsing)', tried: 2 });
  });

  it('treats a private window that allows no storage (setItem throws a quota error) as a full device: works, keeps the work, says so', async () => {
    const problems: string[] = [];
    const context = await site.browser.newContext();
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    const page = await openTab(context, problems);
    await typeNote(page, 'Typed in a private window.');
    expect(await noteOf(page)).toBe('Typed in a private window.');
    expect(await saveLine(page)).toBe('Not saved: the device storage is full. Your work is still here: copy or download it before you leave.');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
    recordTrials({ category: 'storage-faults', check: 'private window with no storage quota', tried: 1 });
  });
});
