/// <reference types="mocha" />
/**
 * Issue 14: ways typed work was lost, each tried in Chromium.
 * - Item 1: a field past its limit (a 20,001-character note, 101 characters in the checklist's
 *   calculator) is refused at the field with a message, and what is saved always loads again.
 * - Item 3: the storage-fault part fails to load (its file gone after a deploy): the widget says
 *   so and saves nothing over another tab's work, and the next change loads it after all.
 * - Item 4: two widgets on a page with the same storage key or id: both say so, the first keeps
 *   saving, the second saves nothing until it has its own key.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../attendance-calculator/index.ts';
import '../attendance-checklist/index.ts';
import '../attendance-four-is/index.ts';
import '../attendance-push-pull/index.ts';
import type { AttendanceCalculator } from '../attendance-calculator/attendance-calculator.ts';
import type { AttendanceChecklist } from '../attendance-checklist/attendance-checklist.ts';
import { calculatorLimits, checklistLimits, fourIsLimits, pushPullLimits } from './limits.ts';
import { fixedPlan } from '../attendance-four-is/fixtures/plan.ts';
import { axeViolations, captureDownloads } from '../../test/helpers/browser.ts';
import { $, enter, liveMessages, settle, text, type Widget } from '../../test/helpers/widgets.ts';
import { recordTrials } from '../../test/helpers/trials-browser.ts';

const saved = (key: string) => JSON.parse(localStorage.getItem(key) ?? 'null') as { data: unknown } | null;

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

// First in the file: the planner's steps (the first and the later ones) must not have been loaded on this page yet.
describe('the four i’s steps fail to load, then load (item 3)', () => {
  it('says so with “Try again”, which loads them afresh rather than failing again', async () => {
    await executeServerCommand('fail-next-request', { path: '/widgets/attendance-four-is/lazy.ts' });
    const el = await fixture<Widget>(html`<attendance-four-is storage="session"></attendance-four-is>`);
    await settle(el);
    expect(!!$(el, '#retry-steps'), 'the message that the step could not be loaded').to.equal(true);
    expect(text(el, '#load-failed')).to.contain('This step could not be loaded');
    expect(await axeViolations(el)).to.deep.equal([]);
    $<HTMLButtonElement>(el, '#retry-steps')!.click();
    await settle(el);
    expect(!!$(el, '#file'), 'the Identify step').to.equal(true);
    expect($(el, '#load-failed')).to.equal(null);
    await recordTrials({ category: 'storage-faults', check: 'the four i’s steps part failing once (404), then loading on “Try again”', tried: 1 });
  });

  it('says so in a later step’s tab with “Try again”, which loads the later steps afresh; the plan is kept', async () => {
    await executeServerCommand('fail-next-request', { path: '/widgets/attendance-four-is/later-steps.ts' });
    const el = await fixture<Widget>(html`<attendance-four-is storage="session"></attendance-four-is>`);
    await settle(el);
    $<HTMLButtonElement>(el, '#tab-impact')!.click();
    await settle(el);
    expect(text(el, '#load-failed')).to.contain('This step could not be loaded');
    expect(await axeViolations(el)).to.deep.equal([]);
    $<HTMLButtonElement>(el, '#retry-steps')!.click();
    await settle(el);
    expect($(el, '#load-failed')).to.equal(null);
    expect(text(el, '#panel-impact')).not.to.equal('');
    await recordTrials({ category: 'storage-faults', check: 'the four i’s later steps failing once (404), then loading on “Try again”', tried: 1 });
  });
});

describe('every text field has its limit from widgets/shared/limits.ts (item 1)', () => {
  const allLimits = new Set([calculatorLimits, checklistLimits, pushPullLimits, fourIsLimits].flatMap((limits) => Object.values(limits)));

  /** The text fields a person can type into, in the widget and any widget inside it. */
  const textFields = (root: ParentNode): (HTMLInputElement | HTMLTextAreaElement)[] =>
    [...root.querySelectorAll<HTMLElement>('*')].flatMap((el) => [
      ...(el.matches('textarea:not([readonly]), input[type="text"], input:not([type])') ? [el as HTMLInputElement] : []),
      ...(el.shadowRoot ? textFields(el.shadowRoot) : []),
    ]);

  async function expectLimited(el: Widget, what: string) {
    await settle(el);
    const fields = textFields(el.shadowRoot!);
    expect(fields.length, what).to.be.greaterThan(0);
    for (const field of fields) expect(allLimits.has(field.maxLength), `${what}: #${field.id} has maxlength ${field.maxLength}`).to.equal(true);
    return fields.length;
  }

  it('in the calculator, the checklist, the push and pull map and every step of the four i’s planner', async () => {
    let tried = 0;
    tried += await expectLimited(await fixture<Widget>(html`<attendance-calculator></attendance-calculator>`), 'calculator');
    const calculator = await fixture<Widget>(html`<attendance-calculator mode="percent"></attendance-calculator>`);
    tried += await expectLimited(calculator, 'calculator, percentage');
    tried += await expectLimited(await fixture<Widget>(html`<attendance-checklist></attendance-checklist>`), 'checklist');
    const map = await fixture<Widget>(html`<attendance-push-pull></attendance-push-pull>`);
    map.value = { factors: [{ id: 'own-1', from: 'own', label: 'Something of our own', lane: 'push', strength: 3, setting: 'in-school', words: '' }], adjustments: [] };
    await settle(map);
    $<HTMLButtonElement>(map, '[id^="add-adjustment"], #add-adjustment')?.click();
    tried += await expectLimited(map, 'push and pull map');
    const planner = await fixture<Widget>(html`<attendance-four-is storage="none"></attendance-four-is>`);
    await settle(planner);
    expect(!!$(planner, '#file'), 'the Identify step').to.equal(true);
    planner.value = fixedPlan();
    for (const step of ['identify', 'intelligence', 'intervention', 'impact']) {
      $<HTMLButtonElement>(planner, `#tab-${step}`)!.click();
      await settle(planner);
      for (const details of planner.shadowRoot!.querySelectorAll('details')) details.open = true;
      for (const about of planner.shadowRoot!.querySelectorAll<HTMLSelectElement>('#int-about, #act-about')) {
        about.value = 'pupil';
        about.dispatchEvent(new Event('change'));
      }
      tried += await expectLimited(planner, `four i’s, ${step}`);
    }
    await recordTrials({ category: 'storage-faults', check: 'every text field of every widget limited by the shared limits', tried });
  });
});

describe('a field past its limit is refused with a message, and saved work always loads again (item 1)', () => {
  const key = 'attendance-kit:attendance-checklist:assessment:limits';

  it('refuses a 20,001-character note at the field, keeps the last saved note, and the checklist loads again', async () => {
    const el = await fixture<AttendanceChecklist>(html`<attendance-checklist storage="local" storage-key="limits"></attendance-checklist>`);
    await settle(el);
    const heard = liveMessages(el);
    const note = $<HTMLTextAreaElement>(el, '#n-underlying-issues')!;
    expect(note.maxLength).to.equal(checklistLimits.note);

    await enter(el, note, 'Spoke to the school office');
    await enter(el, note, 'x'.repeat(checklistLimits.note + 1));
    const message = `Not saved: this is longer than ${checklistLimits.note} characters. Shorten it to save it.`;
    expect(text(el, '#n-underlying-issues-limit')).to.equal(message);
    expect(note.getAttribute('aria-describedby')).to.equal('n-underlying-issues-limit');
    expect(heard).to.include(message);
    expect(note.value, 'what was typed stays in the field').to.have.length(checklistLimits.note + 1);
    expect((saved(key)!.data as { items: Record<string, { note: string }> }).items['underlying-issues']!.note).to.equal('Spoke to the school office');
    expect(await axeViolations(el)).to.deep.equal([]);

    // At the limit exactly, it is kept and saved, and the field says it is full.
    await enter(el, note, 'y'.repeat(checklistLimits.note));
    expect(text(el, '#n-underlying-issues-limit')).to.equal(`This is as long as it can be: ${checklistLimits.note} characters.`);
    expect((saved(key)!.data as { items: Record<string, { note: string }> }).items['underlying-issues']!.note).to.have.length(checklistLimits.note);

    // Its own download imports back, and the next visit reads what was saved.
    const downloads = captureDownloads();
    try {
      $<HTMLButtonElement>(el, '#download')!.click();
      await settle(el);
      expect(downloads.blobs.length > 0, 'the download').to.equal(true);
      const file = await downloads.blobs[0]!.text();
      el.remove();
      const again = await fixture<AttendanceChecklist>(html`<attendance-checklist storage="local" storage-key="limits"></attendance-checklist>`);
      await settle(again);
      expect(again.shadowRoot!.textContent).to.contain('was restored from this device');
      expect(again.shadowRoot!.textContent).not.to.contain('could not be read');
      expect(again.value.items['underlying-issues']!.note).to.have.length(checklistLimits.note);
      again.reset();
      const input = $<HTMLInputElement>(again, '#import')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([file], 'checklist.json', { type: 'application/json' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
      await settle(again);
      expect(text(again, '#action-message') !== '' || text(again, '#import-error') !== '', 'the import').to.equal(true);
      expect(text(again, '#import-error')).to.equal('');
      expect(again.value.items['underlying-issues']!.note).to.have.length(checklistLimits.note);
    } finally {
      downloads.restore();
    }
    await recordTrials({ category: 'storage-faults', check: 'a note one character past its limit, and one at it, in the checklist', tried: 2 });
  });

  it('refuses 101 characters in the checklist’s calculator, so the checklist’s saved work still loads', async () => {
    const el = await fixture<AttendanceChecklist>(html`<attendance-checklist storage="local" storage-key="limits"></attendance-checklist>`);
    await settle(el);
    const calculator = $<AttendanceCalculator>(el, 'attendance-calculator')!;
    await calculator.updateComplete;
    const heard = liveMessages(calculator);
    const possible = $<HTMLInputElement>(calculator, '#possible')!;
    expect(possible.maxLength).to.equal(calculatorLimits.field);
    await enter(calculator as unknown as Widget, possible, '380');
    await settle(el);
    await enter(calculator as unknown as Widget, possible, '3'.repeat(calculatorLimits.field + 1));
    await settle(el);
    const message = `Not saved: this is longer than ${calculatorLimits.field} characters. Shorten it to save it.`;
    expect(text(calculator, '#possible-limit')).to.equal(message);
    expect(possible.getAttribute('aria-describedby')).to.contain('possible-limit');
    expect(heard).to.include(message);
    const stored = saved(key)!.data as { items: Record<string, { attendance?: { value: { possible: string } } }> };
    expect(stored.items['current-attendance']!.attendance!.value.possible).to.equal('380');
    expect(await axeViolations(el)).to.deep.equal([]);

    el.remove();
    const again = await fixture<AttendanceChecklist>(html`<attendance-checklist storage="local" storage-key="limits"></attendance-checklist>`);
    await settle(again);
    expect(again.shadowRoot!.textContent).not.to.contain('could not be read');
    expect(again.value.items['current-attendance']!.attendance!.value.possible).to.equal('380');
    await recordTrials({ category: 'storage-faults', check: 'a calculator field one character past its limit, inside the checklist', tried: 1 });
  });
});

describe('the storage-fault part fails to load, then loads (item 3)', () => {
  const key = 'attendance-kit:attendance-calculator:missing-part';

  it('says so and saves nothing over another tab’s work, then loads the part at the next change and asks which version to keep', async () => {
    const el = await fixture<AttendanceCalculator>(html`<attendance-calculator storage="local" storage-key="missing-part"></attendance-calculator>`);
    await settle(el);
    const heard = liveMessages(el);
    const possible = $<HTMLInputElement>(el, '#possible')!;
    await enter(el, possible, '38');

    // Another tab saves; the part that handles it cannot be fetched (404, as after a deploy).
    await executeServerCommand('fail-next-request', { path: '/widgets/shared/storage-faults.ts' });
    const theirs = JSON.stringify({ version: 1, savedAt: '2026-12-01T10:15:00.000Z', data: { mode: 'percent', possible: '', attended: '', percent: '91' } });
    localStorage.setItem(key, theirs);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: theirs, storageArea: localStorage, url: location.href }));
    await settle(el);
    expect(text(el, '.storage-line').startsWith('Not saved: part of this tool could not be loaded'), 'the widget to say a part is missing').to.equal(true);
    expect(heard.join(' ')).to.contain('Not saved: part of this tool could not be loaded');

    // Nothing typed now overwrites the other tab's version, which this tab has not seen.
    await enter(el, possible, '380');
    await settle(el);
    expect(!!$(el, '#other-tab'), 'the part to load at the next change, and ask').to.equal(true);
    expect(localStorage.getItem(key), 'the other tab’s work is still there').to.equal(theirs);
    expect(text(el, '#other-tab')).to.contain('This tool was also changed in another tab or window');
    expect((el.value as { possible: string }).possible).to.equal('380');
    expect(await axeViolations(el)).to.deep.equal([]);
    await recordTrials({ category: 'storage-faults', check: 'the storage-fault part missing (404) while another tab saved, then loading at the next change', tried: 1 });
  });
});

describe('another tab saves while the storage-fault part is still on its way (item 3)', () => {
  it('holds saves from the moment the other tab’s save is heard, not only once the part has loaded', async () => {
    const key = 'attendance-kit:attendance-calculator:in-flight';
    const el = await fixture<AttendanceCalculator>(html`<attendance-calculator storage="local" storage-key="in-flight"></attendance-calculator>`);
    await settle(el);
    const possible = $<HTMLInputElement>(el, '#possible')!;
    await enter(el, possible, '38');
    const theirs = JSON.stringify({ version: 1, savedAt: '2026-12-01T10:15:00.000Z', data: { mode: 'percent', possible: '', attended: '', percent: '91' } });
    localStorage.setItem(key, theirs);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: theirs, storageArea: localStorage, url: location.href }));
    // A keystroke in the same moment, before the part's import has settled.
    possible.value = '380';
    possible.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(localStorage.getItem(key), 'not overwritten before the part has seen it').to.equal(theirs);
    await settle(el);
    expect(!!$(el, '#other-tab'), 'the question which version to keep').to.equal(true);
    expect(localStorage.getItem(key)).to.equal(theirs);
    await recordTrials({ category: 'storage-faults', check: 'a keystroke while the storage-fault part is still loading after another tab saved', tried: 1 });
  });
});

describe('two widgets on one page with the same storage key (item 4)', () => {
  it('says so in both, the first keeps saving, the second saves nothing until it has its own key', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <attendance-calculator storage="local" storage-key="same"></attendance-calculator>
        <attendance-calculator storage="local" storage-key="same"></attendance-calculator>
      </div>`,
    );
    const [first, second] = [...page.querySelectorAll('attendance-calculator')] as AttendanceCalculator[];
    await settle(second!);
    expect(text(second!, '.storage-line').startsWith('Not saved: another tool on this page uses the same storage key'), 'the second to say it shares a key').to.equal(true);
    const key = 'attendance-kit:attendance-calculator:same';
    expect(text(second!, '.storage-line')).to.contain(`("${key}")`);
    expect(text(first!, '.storage-restore')).to.equal(
      `Another tool on this page uses the same storage key ("${key}") as this one. This one keeps saving; the other saves nothing until it has its own storage-key or id.`,
    );
    expect($(first!, '[role="status"]')!.textContent).to.contain('Another tool on this page uses the same storage key');
    expect($(second!, '[role="status"]')!.textContent).to.contain('This one saves nothing until it has its own storage-key or id');

    await enter(first!, $<HTMLInputElement>(first!, '#possible')!, '380');
    await enter(second!, $<HTMLInputElement>(second!, '#possible')!, '190');
    expect((saved(key)!.data as { possible: string }).possible, 'the second does not write over the first').to.equal('380');
    expect(await axeViolations(page)).to.deep.equal([]);

    // Given its own key, the second saves there, and the first's notice goes.
    second!.setAttribute('storage-key', 'other');
    await settle(second!);
    await enter(second!, $<HTMLInputElement>(second!, '#possible')!, '200');
    expect((saved('attendance-kit:attendance-calculator:other')!.data as { possible: string }).possible).to.equal('200');
    await settle(first!);
    expect(text(first!, '.storage-restore') === '', 'the first widget’s notice to go').to.equal(true);
    expect((saved(key)!.data as { possible: string }).possible).to.equal('380');
    await recordTrials({ category: 'storage-faults', check: 'two widgets on one page with the same storage-key', tried: 1 });
  });

  it('treats the same id as the same key, and leaves widgets that keep nothing alone', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <attendance-checklist id="case" storage="session"></attendance-checklist>
        <attendance-checklist id="case" storage="session"></attendance-checklist>
        <attendance-calculator id="nothing-kept"></attendance-calculator>
        <attendance-calculator id="nothing-kept"></attendance-calculator>
      </div>`,
    );
    const [first, second] = [...page.querySelectorAll('attendance-checklist')] as AttendanceChecklist[];
    await Promise.all([first!.updateComplete, second!.updateComplete]);
    await settle(second!);
    expect(text(second!, '.storage-line').startsWith('Not saved: another tool on this page uses the same storage key'), 'the second checklist to say it shares a key').to.equal(
      true,
    );
    $<HTMLInputElement>(first!, '#s-underlying-issues--answered')!.click();
    $<HTMLInputElement>(second!, '#s-underlying-issues--concern')!.click();
    await settle(first!);
    const key = `attendance-kit:attendance-checklist:assessment:${location.pathname}#case`;
    expect(JSON.parse(sessionStorage.getItem(key)!).data.items['underlying-issues'].status).to.equal('answered');
    for (const calculator of page.querySelectorAll('attendance-calculator')) expect(text(calculator, '.storage-line')).to.contain('this page does not keep your work');
    await recordTrials({ category: 'storage-faults', check: 'two checklists on one page with the same id', tried: 1 });
  });
});
