/**
 * Accessibility journeys (issue 10, item 5): each widget's whole task on its built page, by
 * keyboard alone from the top of the page, once under each condition: 320 px wide, 200% text
 * size, forced colours and reduced motion. After every key press focus is somewhere (never the
 * page's body), at 320 px the page never scrolls sideways, and in forced colours the focused
 * element keeps its outline; at each main state axe-core finds nothing and, where the
 * condition calls for it, no text is cut off and nothing moves. See journeys/keyboard.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { openSite, type Site } from './harness.ts';
import { conditions, Journey, openUnder, type Condition } from './journeys/keyboard.ts';
import { recordTrials } from '../helpers/trials.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

/** Keyboard actions and states checked, per widget, for the published report. */
const tried = new Map<string, { actions: number; states: number; runs: number }>();

/** Opens the page under the condition, runs the journey, then counts what it checked. */
async function run(widget: string, path: string, condition: Condition, journey: (j: Journey, page: Page) => Promise<void>): Promise<void> {
  const { context, page, errors } = await openUnder(site, condition);
  try {
    await page.goto(site.origin + path, { waitUntil: 'networkidle' });
    const j = new Journey(page, condition, widget);
    await j.expectCondition();
    // The skip link is the first stop from the top of the page; it takes focus to the content.
    await j.press('Tab', 'the first Tab');
    await j.expectFocus('a', 'the first Tab reaches the skip link');
    await j.press('Enter', 'following the skip link');
    await j.expectFocus('main#main', 'the skip link moves focus to the content');
    await journey(j, page);
    expect(errors, 'page errors').toEqual([]);
    const sum = tried.get(widget) ?? { actions: 0, states: 0, runs: 0 };
    tried.set(widget, { actions: sum.actions + j.actions, states: sum.states + j.states, runs: sum.runs + 1 });
  } finally {
    await context.close();
  }
}

afterAll(() => {
  for (const [widget, sum] of tried) {
    recordTrials({ category: 'accessibility-journeys', check: `${widget}: key presses in ${sum.runs} journeys, focus checked after each`, tried: sum.actions });
    recordTrials({ category: 'accessibility-journeys', check: `${widget}: states of the task checked with axe-core, for clipped text and for motion`, tried: sum.states });
  }
});

describe.each(conditions)('under $label', (condition) => {
  it('the attendance calculator: enter figures, fix an error, read the result, switch to a percentage, clear', async () => {
    await run('attendance-calculator', '/tools/attendance-calculator/', condition, async (j, page) => {
      const calculator = page.locator('attendance-calculator');
      await j.tabTo('attendance-calculator > input#mode-sessions');
      await j.checkState('the empty calculator');
      await j.press('Tab');
      await j.expectFocus('input#possible', 'Tab goes from the mode to the first figure');
      await j.type('380');
      await j.press('Tab');
      await j.type('400');
      await j.press('Tab', 'leaving the attended field');
      // More attended than possible: the message shows by the field, and is read out.
      await j.expectAnnounced('There is a problem: Sessions attended cannot be more than possible sessions (380)');
      expect(await calculator.locator('#attended').getAttribute('aria-invalid')).toBe('true');
      expect(await calculator.locator('#attended-error').innerText()).toBe('Sessions attended cannot be more than possible sessions (380)');
      await j.checkState('the error message');
      await j.tabTo('input#attended', { back: true });
      await j.press('Control+A');
      await j.type('342');
      await j.press('Enter', 'Enter in the attended field');
      await j.expectAnnounced('Persistent absence. Attending 342 of 380 sessions (90.0%) means missing 19 school days, nearly 4 school weeks.');
      expect(await calculator.locator('#attended').getAttribute('aria-invalid')).toBe('false');
      expect(await calculator.locator('[data-testid="attendance"]').innerText()).toBe('90.0%');
      expect(await calculator.locator('[data-testid="band"]').innerText()).toContain('Persistent absence');
      await j.checkState('the result');

      // The other way in: a percentage.
      await j.tabTo('input#mode-sessions', { back: true });
      await j.press('ArrowDown', 'ArrowDown to the percentage mode');
      await j.expectFocus('input#mode-percent', 'the arrow key moves to the percentage mode');
      await j.press('Tab');
      await j.type('45');
      await j.press('Tab', 'leaving the percentage field');
      await j.expectAnnounced('Severe absence. Over a full school year, 45.0% attendance means missing 104.5 school days, nearly 21 school weeks.');
      await j.checkState('the percentage result');

      await j.tabTo('button#clear');
      await j.press('Enter', 'Enter on Clear saved work');
      await j.expectFocus('button#clear-yes', 'the confirmation takes focus');
      await j.checkState('the clear confirmation');
      await j.press('Enter', 'Enter on Yes, clear it');
      await j.expectFocus('button#clear', 'focus returns to the clear button');
      await j.expectAnnounced('Your work has been cleared.');
      expect(await calculator.locator('#mode-sessions').isChecked()).toBe(true);
      await j.checkState('the cleared calculator');
    });
  });
  it('the checklist: set statuses, enter figures, write a note, open guidance, copy, download, clear', async () => {
    await run('attendance-checklist', '/checklists/assessment/', condition, async (j, page) => {
      const checklist = page.locator('attendance-checklist');
      await j.tabTo('attendance-checklist > input#s-current-attendance--not-asked');
      await j.checkState('the checklist as it opens');
      await j.press('ArrowRight');
      await j.press('ArrowRight');
      await j.expectFocus('input#s-current-attendance--answered', 'the arrow keys move through the statuses');
      await j.tabTo('attendance-calculator > input#possible');
      await j.type('380');
      await j.press('Tab');
      await j.type('342');
      await j.press('Tab');
      await j.expectFocus('attendance-checklist > textarea#n-current-attendance', 'Tab goes from the figures to the note');
      await j.type('Figures from the school office');
      await j.expectAnnounced('1 of 12 answered');
      await j.press('Tab');
      await j.expectFocus('attendance-checklist > summary', 'the guidance disclosure follows the note');
      await j.press('Enter', 'Enter on Guidance');
      expect(await checklist.locator('#item-current-attendance > details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      await j.press('Tab');
      await j.expectFocus('attendance-checklist > a', 'Tab goes into the open guidance, to its link');
      await j.checkState('an item answered, with figures, a note and its guidance open');

      await j.tabTo('input#s-plan-to-improve--not-asked');
      await j.press('ArrowLeft', 'ArrowLeft, round to Concern');
      await j.expectFocus('input#s-plan-to-improve--concern', 'the arrow keys wrap round the statuses');
      await j.expectAnnounced('2 of 12 answered, 1 concern');

      await j.tabTo('button#copy');
      await j.press('Enter', 'Enter on Copy');
      await j.expectAnnounced('Copied. Paste it into the case record.');
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toContain('Figures from the school office');
      expect(copied).toContain('Attending 342 of 380 sessions (90.0%) means missing 19 school days, nearly 4 school weeks.');
      await j.tabTo('button#download');
      const [download] = await Promise.all([page.waitForEvent('download'), j.press('Enter', 'Enter on Download')]);
      const file = JSON.parse(await readFile(await download.path(), 'utf8')) as { value: { items: Record<string, { status: string; note: string }> } };
      expect(file.value.items['current-attendance']).toMatchObject({ status: 'answered', note: 'Figures from the school office' });
      expect(file.value.items['plan-to-improve']).toMatchObject({ status: 'concern' });
      await j.expectAnnounced('The file is in your downloads.');
      await j.checkState('after copying and downloading');

      await j.tabTo('button#clear');
      await j.press('Enter', 'Enter on Clear saved work');
      await j.expectFocus('button#clear-yes', 'the confirmation takes focus');
      await j.checkState('the clear confirmation');
      await j.press('Enter', 'Enter on Yes, clear it');
      await j.expectFocus('button#clear', 'focus returns to the clear button');
      await j.expectAnnounced('Your work has been cleared.');
      expect(await checklist.locator('#progress').innerText()).toBe('0 of 12 answered');
      await j.checkState('the cleared checklist');
    });
  });
  it('push and pull: add a factor to each lane and one of your own, rate and place it, agree an adjustment, read the map table', async () => {
    await run('attendance-push-pull', '/tools/push-and-pull/', condition, async (j, page) => {
      const explorer = page.locator('attendance-push-pull');
      await j.tabTo('attendance-push-pull > select#library');
      await j.checkState('the empty map');
      // One factor from the library for each lane, chosen by typing its first words.
      for (const [typed, label] of [
        ['Anxiety', 'Anxiety about school'],
        ['Caring', 'Caring for an unwell family member'],
        ['A trusted', 'A trusted adult at school'],
      ]) {
        await j.type(typed!);
        await j.press('Tab');
        await j.press('Enter', `Enter on Add to the map, for ${label}`);
        await j.expectAnnounced(`Added “${label}”`);
        await j.expectFocus('select#library', 'focus goes back to the library to add another');
      }
      await j.tabTo('input#own-label');
      await j.type('Getting to school on the bus');
      await j.press('Tab');
      await j.press('ArrowDown', 'ArrowDown to the second lane');
      await j.press('Tab');
      await j.press('ArrowDown', 'ArrowDown to out of school');
      await j.press('Tab');
      await j.press('Enter', 'Enter on Add your own factor');
      await j.expectAnnounced('Added “Getting to school on the bus” to Pulling away from school, strength 3 of 5.');
      await j.expectFocus('input#own-label', 'focus goes back to the name, emptied, for another');
      await j.checkState('four factors on the map');

      await j.tabTo(/input#st-anxiety-\d$/);
      await j.press('ArrowRight');
      await j.press('ArrowRight');
      await j.expectAnnounced('“Anxiety about school”: strength 5 of 5.');
      await j.press('Tab');
      await j.expectFocus('input#se-anxiety-in-school', 'Tab goes from the strength to where the factor sits');
      await j.press('ArrowRight', 'ArrowRight to out of school');
      await j.expectAnnounced('“Anxiety about school”: Out of school. Who leads: In most cases the school stays the lead practitioner.');
      await j.tabTo('button#mv-anxiety-pull');
      await j.press('Enter', 'Enter on Move to Pulling away');
      await j.expectFocus('div#t-anxiety', 'focus follows the factor to its new lane');
      await j.expectAnnounced('Moved “Anxiety about school” to Pulling away from school, 3 of 3.');
      await j.checkState('a factor rated, placed out of school and moved');

      await j.tabTo('button#add-adjustment');
      await j.press('Enter', 'Enter on Add an adjustment');
      await j.expectFocus(/textarea#a-text-[\w-]+$/, 'the new adjustment’s first field takes focus');
      await j.expectAnnounced('Adjustment 1 added.');
      await j.type('A phone check-in at break time');
      await j.press('Tab');
      await j.type('Caring');
      await j.press('Tab');
      await j.type('Head of year');
      await j.press('Tab');
      await j.type('31/2/2027');
      await j.press('Tab', 'leaving a date that does not exist');
      await j.expectAnnounced('Adjustment 1: Enter a real date, for example 27/3/2027.');
      await j.checkState('an adjustment with a wrong date');
      await j.tabTo(/input#a-date-[\w-]+$/, { back: true });
      await j.press('Control+A');
      await j.type('27/3/2027');
      await j.press('Tab', 'leaving the corrected date');
      const value = await explorer.evaluate((el) => (el as unknown as { value: { adjustments: unknown[] } }).value.adjustments);
      expect(value).toEqual([expect.objectContaining({ text: 'A phone check-in at break time', factor: 'young-carer', owner: 'Head of year', reviewDate: '2027-03-27' })]);

      // The map as a table, for anyone who cannot see the picture.
      const rows = await explorer.locator('.map-table tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent!.trim()).slice(0, 4)));
      expect(rows).toEqual(
        expect.arrayContaining([
          ['Anxiety about school', 'Pulling away', '5', 'Out of school'],
          ['Caring for an unwell family member', 'Pulling away', '3', 'Out of school'],
          ['A trusted adult at school', 'Pulling back', '3', 'In school'],
          ['Getting to school on the bus', 'Pulling away', '3', 'Out of school'],
        ]),
      );
      expect(rows).toHaveLength(4);
      await j.checkState('the adjustment agreed, and the map table');
    });
  });
  it('the four i’s planner: type a small CSV, match its columns, see the ranking and a breakdown, add an action, set a target', async () => {
    await run('attendance-four-is', '/tools/four-is/', condition, async (j, page) => {
      const planner = page.locator('attendance-four-is');
      await j.tabTo('attendance-four-is > button#tab-identify');
      await j.checkState('the planner as it opens');
      await j.tabTo('summary#paste-toggle');
      await j.press('Enter', 'Enter on the paste disclosure');
      await j.press('Tab');
      await j.expectFocus('textarea#paste', 'the paste box follows its disclosure');
      // "Child number" is not a header the planner knows, so its column has to be matched by hand.
      await j.type(
        [
          'Child number,School,Year group,Possible sessions,Attended sessions,Social worker status,SEND status',
          'FICT-1,Oak (fictional),7,140,70,CIN,N',
          'FICT-2,Oak (fictional),8,140,130,CP,E',
          'FICT-3,Elm (fictional),9,140,120,LAC,K',
          'FICT-4,Elm (fictional),7,140,lots,CIN,N',
        ].join('\n'),
      );
      await j.press('Tab');
      await j.press('Enter', 'Enter on Read the pasted rows');
      await j.expectFocus('div#preview-title', 'the column preview takes focus');
      await j.expectAnnounced('Check the columns');
      await j.tabTo('button#load');
      await j.press('Enter', 'Enter on Load, with no column for the pupil reference');
      await j.expectFocus('ul#mapping-problems', 'the mapping problem takes focus');
      expect(await planner.locator('#mapping-problems').innerText()).toBe('Choose the column that holds pupil reference.');
      await j.checkState('the column preview with a mapping problem');
      await j.tabTo('select#use-0', { back: true });
      await j.type('Pupil');
      await j.tabTo('button#load');
      await j.press('Enter', 'Enter on Load');
      await j.expectFocus('div#import-report', 'the import report takes focus');
      await j.expectAnnounced('Loaded 3 pupils from the pasted rows. 1 row was not loaded.');
      expect(await planner.locator('#problems').innerText()).toBe('Line 5: Sessions attended must be a number, like 342');
      const ranked = await planner.locator('#ranked tbody th').allInnerTexts();
      expect(ranked).toEqual(['FICT-1', 'FICT-3', 'FICT-2']);
      await j.tabTo('select#dimension');
      await j.type('SEND');
      await expect.poll(() => planner.locator('#breakdown-caption').innerText()).toBe('Attendance by group: SEND status');
      expect(await planner.locator('#breakdown tbody th').allInnerTexts()).toEqual(['No SEND', 'SEN support', 'EHC plan']);
      await j.checkState('the ranking and the breakdown by SEND status');

      // Intervention: the tabs are reached again with Shift+Tab, and the arrow keys move along them.
      await j.tabTo('button#tab-identify', { back: true });
      await j.press('ArrowRight');
      await j.press('ArrowRight');
      await j.expectFocus('button#tab-intervention', 'the arrow keys move to the third step');
      await j.tabTo('button#act-add');
      await j.press('Enter', 'Enter on Add the action, with nothing said');
      await j.expectFocus('textarea#act-text', 'the field with the error takes focus');
      await j.expectAnnounced('Say what will be done.');
      await j.checkState('an action with an error');
      await j.type('Meet the school about a part-time return');
      await j.press('Tab');
      await j.press('Tab');
      await j.expectFocus('input#act-owner', 'Tab goes on to the owner');
      await j.type('Virtual school head');
      await j.press('Tab');
      await j.expectFocus('input#act-due', 'Tab goes on to the due date');
      // The same day and month, so the date is the same whichever order the browser's locale puts them in.
      await j.type('03032027');
      await j.tabTo('button#act-add');
      await j.press('Enter', 'Enter on Add the action');
      await j.expectAnnounced('Added the action for The whole cohort.');
      await j.expectFocus('select#act-about', 'focus goes back to the start of the form for another');
      expect(await planner.evaluate((el) => (el as unknown as { value: { actions: unknown[] } }).value.actions)).toEqual([
        expect.objectContaining({ text: 'Meet the school about a part-time return', owner: 'Virtual school head', due: '2027-03-03', about: 'cohort' }),
      ]);
      await j.checkState('an action added');

      await j.tabTo('button#tab-intervention', { back: true });
      await j.press('ArrowRight');
      await j.expectFocus('button#tab-impact', 'the arrow key moves to the last step');
      await j.tabTo('button#target-add');
      await j.press('Enter', 'Enter on Add a target');
      await j.expectFocus(/input#[\w-]+-autumn-target$/, 'the new target’s first term takes focus');
      await j.expectAnnounced('Added a target for The whole cohort.');
      await j.type('85');
      await j.press('Tab');
      await j.tabTo(/input#[\w-]+-spring-target$/);
      await j.type('88');
      await j.press('Tab');
      expect(await planner.evaluate((el) => (el as unknown as { value: { targets: { target: unknown }[] } }).value.targets[0]!.target)).toEqual({
        autumn: '85',
        spring: '88',
        summer: '',
      });
      await j.checkState('a target set for two terms');
    });
  });
});
