/**
 * The checklist pages of the built site, with the widget as the build made it: each page
 * fetches the widget and only the parts its checklist needs, all from /widgets/v1/, under the
 * site's CSP, and the widget works by keyboard once they have loaded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSite, watchedPage, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

const folder = '/widgets/v1/';
/** "pupil-voice" for /widgets/v1/chunks/pupil-voice-AB12CD34.js: the build names each chunk after its source. */
const chunkNames = (scripts: string[]) =>
  scripts
    .map((url) => new URL(url).pathname)
    .filter((path) => path.startsWith(`${folder}chunks/`))
    .map((path) => path.slice(`${folder}chunks/`.length).replace(/-[A-Z0-9]+\.js$/, ''));

describe('checklist pages', () => {
  it('the pupil voice page fetches its checklist’s chunk and no other checklist’s, nor the calculator, all from /widgets/v1/', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/checklists/pupil-voice/`, { waitUntil: 'networkidle' });
    const widget = page.locator('attendance-checklist');
    await expect.poll(() => widget.locator('#title').first().innerText()).toBe('Pupil voice');

    const widgetScripts = watched.scripts.filter((url) => new URL(url).pathname.startsWith(folder));
    expect(widgetScripts.map((url) => new URL(url).origin)).toEqual(widgetScripts.map(() => site.origin));
    const chunks = chunkNames(watched.scripts);
    expect(chunks).toEqual(expect.arrayContaining(['pupil-voice', 'sources']));
    for (const unwanted of ['assessment', 'seven-questions', 'support-and-monitoring', 'calculator-part']) expect(chunks).not.toContain(unwanted);
    expect(watched.offHost).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    expect(watched.errors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('the assessment page loads the calculator with its checklist, and an item is done by keyboard: status, figures, note', async () => {
    const watched = await watchedPage(site);
    const { page } = watched;
    await page.goto(`${site.origin}/checklists/assessment/`, { waitUntil: 'networkidle' });
    const widget = page.locator('attendance-checklist');
    await expect.poll(() => widget.locator('#title').first().innerText()).toBe('Attendance in assessment');
    expect(chunkNames(watched.scripts)).toEqual(expect.arrayContaining(['assessment', 'sources', 'calculator-part']));
    expect(chunkNames(watched.scripts)).not.toContain('pupil-voice');

    await widget.locator('#s-current-attendance--not-asked').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await widget.locator('attendance-calculator #possible').focus();
    await page.keyboard.type('380');
    await page.keyboard.press('Tab');
    await page.keyboard.type('342');
    await widget.locator('#n-current-attendance').focus();
    await page.keyboard.type('Figures from the school office');
    await expect.poll(() => widget.locator('#progress').innerText()).toBe('1 of 12 answered');
    const value = await widget.evaluate((el) => (el as unknown as { value: { items: Record<string, unknown> } }).value.items['current-attendance']);
    expect(value).toEqual({
      status: 'answered',
      note: 'Figures from the school office',
      attendance: {
        value: { mode: 'sessions', possible: '380', attended: '342', percent: '' },
        sentence: 'Attending 342 of 380 sessions (90.0%) means missing 19 school days, nearly 4 school weeks.',
      },
    });
    expect(watched.offHost).toEqual([]);
    expect(watched.cspViolations).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});
