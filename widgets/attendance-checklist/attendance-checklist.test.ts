/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './index.ts';
import type { AttendanceChecklist } from './attendance-checklist.ts';
import type { ChecklistValue } from './state.ts';
import { checklistLimits } from '../shared/limits.ts';
import { axeViolations, deepActiveElement, offHostRequests, stubClipboard, captureDownloads } from '../../test/helpers/browser.ts';
import { $, fakeTimers, importFile, live, settle, tabTo, text } from '../../test/helpers/widgets.ts';

const progressLine = (el: AttendanceChecklist) => text(el, '#progress');

const partlyDone: ChecklistValue = {
  checklist: 'assessment',
  items: {
    'current-attendance': {
      status: 'answered',
      note: 'From the school office',
      attendance: { value: { mode: 'sessions', possible: '380', attended: '300', percent: '' }, sentence: '' },
    },
    'underlying-issues': { status: 'asked', note: '' },
  },
};

const allIds = [
  'current-attendance',
  'plan-to-improve',
  'underlying-issues',
  'age-related-expectations',
  'pupil-premium-eligibility',
  'pupil-premium-support',
  'send-ehcp',
  'graduated-approach',
  'other-support',
  'catch-up-tutoring',
  'behaviour-suspensions',
  'mental-health-wellbeing',
];
const allWith = (status: (id: string) => string): ChecklistValue => ({
  checklist: 'assessment',
  items: Object.fromEntries(allIds.map((id) => [id, { status: status(id), note: `Note on ${id}` }])),
});

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('attendance-checklist', () => {
  it('is completed by keyboard alone: statuses, notes, guidance, calculator, copy', async () => {
    const clipboard = stubClipboard();
    try {
      const el = await fixture<AttendanceChecklist>(html`<attendance-checklist></attendance-checklist>`);
      const before = document.createElement('button');
      el.before(before);
      before.focus();

      // Item 1: status by arrow keys, the calculator, a note, and its guidance opened.
      await tabTo('s-current-attendance--not-asked');
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await tabTo('possible');
      await sendKeys({ type: '380' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '342' });
      await tabTo('n-current-attendance');
      await sendKeys({ type: 'Figures from the school office' });
      await sendKeys({ press: 'Tab' });
      const summary = deepActiveElement() as HTMLElement;
      expect(summary.localName).to.equal('summary');
      await sendKeys({ press: 'Enter' });
      expect((summary.parentElement as HTMLDetailsElement).open).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect((deepActiveElement() as HTMLAnchorElement).getAttribute('href')).to.equal('/guidance/attendance-in-assessment/');

      // Every other entry: a status (one of them a concern) and a note. The progress read-out
      // waits for a pause in the changes: fake timers make that pause, without sleeping.
      const timers = fakeTimers();
      for (const id of allIds.slice(1)) {
        await tabTo(`s-${id}--not-asked`);
        if (id === 'mental-health-wellbeing') await sendKeys({ press: 'ArrowLeft' });
        else {
          await sendKeys({ press: 'ArrowRight' });
          await sendKeys({ press: 'ArrowRight' });
        }
        await tabTo(`n-${id}`);
        await sendKeys({ type: `Noted ${id}` });
      }
      await settle(el);

      expect(el.value.items['current-attendance']).to.deep.equal({
        status: 'answered',
        note: 'Figures from the school office',
        attendance: {
          value: { mode: 'sessions', possible: '380', attended: '342', percent: '' },
          sentence: 'Attending 342 of 380 sessions (90.0%) means missing 19 school days, nearly 4 school weeks.',
        },
      });
      expect(el.value.items['mental-health-wellbeing']!.status).to.equal('concern');
      expect(progressLine(el)).to.equal('12 of 12 answered, 1 concern');
      timers.tick(799);
      await settle(el);
      expect(live(el)).to.not.equal('12 of 12 answered, 1 concern');
      timers.tick(1);
      timers.restore();
      await settle(el);
      expect(live(el)).to.equal('12 of 12 answered, 1 concern');

      await tabTo('copy');
      await sendKeys({ press: 'Enter' });
      // Copying loads its helpers on first use (kept out of the widget's own module).
      await settle(el);
      expect(clipboard.copied).to.have.length(1);
      const text = clipboard.copied[0]!;
      expect(text).to.match(/^Attendance in assessment\nDate: \d{1,2} \w+ \d{4}\nProgress: 12 of 12 answered, 1 concern\n/);
      expect(text).to.contain('Attendance: Persistent absence. Attending 342 of 380 sessions (90.0%) means missing 19 school days, nearly 4 school weeks.');
      expect(text).to.contain('   Note: Figures from the school office');
      expect(text).to.contain('Sources\n- Top tips guide');
      expect($(el, '#action-message')!.textContent).to.contain('Copied');
      before.remove();
    } finally {
      clipboard.restore();
    }
  });

  it('restores the work after a reload with storage="local"', async () => {
    const first = await fixture<AttendanceChecklist>(html`<attendance-checklist storage="local" storage-key="case-1"></attendance-checklist>`);
    first.value = partlyDone;
    $<HTMLInputElement>(first, '#s-plan-to-improve--concern')!.click();
    await settle(first);
    expect($(first, '.storage-line')!.textContent).to.contain('Saved on this device only');
    first.remove();

    const again = await fixture<AttendanceChecklist>(html`<attendance-checklist storage="local" storage-key="case-1"></attendance-checklist>`);
    expect(again.value.items['plan-to-improve']!.status).to.equal('concern');
    expect(again.value.items['current-attendance']!.note).to.equal('From the school office');
    expect($<HTMLInputElement>(again, '#s-plan-to-improve--concern')!.checked).to.equal(true);
    expect(again.shadowRoot!.textContent).to.contain('was restored from this device');
  });

  it('stores nothing with storage="none"', async () => {
    const el = await fixture<AttendanceChecklist>(html`<attendance-checklist storage="none"></attendance-checklist>`);
    $<HTMLInputElement>(el, '#s-underlying-issues--asked')!.click();
    const note = $<HTMLTextAreaElement>(el, '#n-underlying-issues')!;
    note.value = 'Private note';
    note.dispatchEvent(new Event('input'));
    await settle(el);
    expect(el.value.items['underlying-issues']).to.deep.equal({ status: 'asked', note: 'Private note' });
    expect(localStorage.length + sessionStorage.length).to.equal(0);
    expect($(el, '.storage-line')!.textContent).to.contain('Not saved');
  });

  it('keeps working and says it cannot save when storage is blocked', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      const el = await fixture<AttendanceChecklist>(html`<attendance-checklist storage="local"></attendance-checklist>`);
      $<HTMLInputElement>(el, '#s-underlying-issues--answered')!.click();
      await settle(el);
      expect(progressLine(el)).to.equal('1 of 12 answered');
      expect($(el, '.storage-line')!.textContent).to.contain('this browser is blocking storage');
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
  });

  it('keeps working and says it cannot save when storage is full', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await fixture<AttendanceChecklist>(html`<attendance-checklist storage="session"></attendance-checklist>`);
      $<HTMLInputElement>(el, '#s-underlying-issues--answered')!.click();
      await settle(el);
      expect(el.value.items['underlying-issues']!.status).to.equal('answered');
      expect($(el, '.storage-line')!.textContent).to.contain('the device storage is full');
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('keeps several checklists on one page apart, and keys saved work by checklist too', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <attendance-checklist storage="local"></attendance-checklist>
        <attendance-checklist storage="local"></attendance-checklist>
        <attendance-checklist storage="local" storage-key="shared" checklist="pupil-voice"></attendance-checklist>
        <attendance-checklist storage="local" storage-key="shared" checklist="seven-questions"></attendance-checklist>
      </div>`,
    );
    const [a, b, voice, seven] = [...wrapper.querySelectorAll('attendance-checklist')];
    // Each loads its checklist's data before it shows it.
    await Promise.all([a, b, voice, seven].map((el) => el!.updateComplete));
    $<HTMLInputElement>(a!, '#s-underlying-issues--answered')!.click();
    $<HTMLInputElement>(voice!, '#s-safe-to-speak--explored')!.click();
    await settle(a!);
    expect(b!.value.items).to.deep.equal({});
    expect(seven!.value).to.deep.equal({ checklist: 'seven-questions', items: {} });
    expect(Object.keys(localStorage)).to.have.length(2);
  });

  it('passes a theme set after it was drawn on to the calculator it shows', async () => {
    const el = await fixture<AttendanceChecklist>(html`<attendance-checklist storage="none"></attendance-checklist>`);
    await settle(el);
    const calculator = () => $(el, 'attendance-calculator')! as HTMLElement & { theme: string | null };
    expect(calculator().theme).to.equal(null);
    el.setAttribute('theme', 'auto');
    await settle(el);
    expect(calculator().theme).to.equal('auto');
    el.removeAttribute('theme');
    await settle(el);
    expect(calculator().theme).to.equal(null);
  });

  it('emits change with its own value, not the embedded calculator’s, and submits it with a form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><attendance-checklist name="checklist"></attendance-checklist></form>`);
    const el = form.querySelector('attendance-checklist')!;
    await el.updateComplete;
    const details: unknown[] = [];
    el.addEventListener('change', (e) => details.push((e as CustomEvent).detail));
    const calculator = $(el, 'attendance-calculator')!;
    const possible = calculator.shadowRoot!.querySelector<HTMLInputElement>('#possible')!;
    possible.value = '100';
    possible.dispatchEvent(new Event('input'));
    await settle(el);
    expect(details).to.have.length(1);
    expect(details[0]).to.have.nested.property('value.checklist', 'assessment');
    expect(details[0]).to.have.nested.property('value.items.current-attendance.attendance.value.possible', '100');
    const submitted = JSON.parse(new FormData(form).get('checklist') as string) as ChecklistValue;
    expect(submitted.items['current-attendance']!.attendance!.value.possible).to.equal('100');
  });

  it('exports a JSON file that imports back to the same value', async () => {
    const downloads = captureDownloads();
    try {
      const el = await fixture<AttendanceChecklist>(html`<attendance-checklist></attendance-checklist>`);
      el.value = { ...partlyDone, items: { ...partlyDone.items, 'retired-question': { status: 'asked', note: 'Kept' } } };
      await settle(el);
      $<HTMLButtonElement>(el, '#download')!.click();
      await settle(el);
      expect(downloads.blobs).to.have.length(1);
      const text = await downloads.blobs[0]!.text();
      expect(JSON.parse(text)).to.include({ format: 'attendance-checklist', version: 1, title: 'Attendance in assessment' });

      const other = await fixture<AttendanceChecklist>(html`<attendance-checklist></attendance-checklist>`);
      const changes: unknown[] = [];
      other.addEventListener('change', (e) => changes.push(e));
      await importFile(other, text);
      expect(other.value).to.deep.equal(el.value);
      expect(changes).to.have.length(1);
      expect($(other, '#action-message')!.textContent).to.contain('The file was imported');
      expect(other.shadowRoot!.textContent).to.contain('holds work on 1 item it does not show now');
    } finally {
      downloads.restore();
    }
  });

  it('changes nothing and says why when the imported file is malformed or tampered with', async () => {
    const el = await fixture<AttendanceChecklist>(html`<attendance-checklist></attendance-checklist>`);
    el.value = partlyDone;
    await settle(el);
    const before = JSON.stringify(el.value);
    const changes: unknown[] = [];
    el.addEventListener('change', (e) => changes.push(e));

    await importFile(el, '{"format": "attendance-checklist", "version": 1, "value": ');
    expect(JSON.stringify(el.value)).to.equal(before);
    expect($(el, '#import-error')!.textContent).to.equal('This file is not a saved checklist: it is not a JSON file. Nothing was changed.');
    expect($(el, '#import')!.getAttribute('aria-describedby')).to.contain('import-error');
    expect(live(el)).to.contain('Nothing was changed');

    await importFile(el, '{"format":"attendance-checklist","version":1,"value":{"checklist":"assessment","items":{"__proto__":{"status":"answered","note":"x"}}}}');
    expect($(el, '#import-error')!.textContent).to.contain('tampered with');
    await importFile(el, '{"format":"attendance-checklist","version":1,"value":{"checklist":"pupil-voice","items":{}}}');
    expect($(el, '#import-error')!.textContent).to.contain('This file is for the “Pupil voice” checklist');
    await importFile(el, ' '.repeat(checklistLimits.fileChars + 1));
    expect($(el, '#import-error')!.textContent).to.contain('too large');

    expect(JSON.stringify(el.value)).to.equal(before);
    expect(changes).to.have.length(0);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows a clear message for bad settings, warns in the console, and still runs the default checklist', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await fixture<AttendanceChecklist>(
        html`<attendance-checklist checklist="nonsense" base-url="javascript:alert(1)//">
          <script type="application/json">
            { "hiddenItems": "not a list",
          </script>
        </attendance-checklist>`,
      );
      const message = $(el, '#config-error')!.textContent!;
      expect(message).to.contain('Some settings for this checklist could not be used');
      expect(message).to.contain('the inline JSON settings are not valid JSON and were ignored');
      expect(message).to.contain('attributes: "checklist" must be one of: assessment, seven-questions, pupil-voice, support-and-monitoring, supervision');
      expect(message).to.contain('attributes: "base-url" must be a path');
      expect($(el, '#title')!.textContent).to.equal('Attendance in assessment');
      expect($(el, 'details a')!.getAttribute('href')).to.equal('/guidance/attendance-in-assessment/');
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('attendance-checklist: Some settings');
      expect(await axeViolations(el)).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });

  it('applies a council’s local names, extra items and hidden items, attributes overriding the inline JSON', async () => {
    const el = await fixture<AttendanceChecklist>(
      html`<attendance-checklist checklist="seven-questions" inclusion-service="the Anyshire Inclusion Hub" hidden-items="lateness" base-url="https://kit.example.org/guidance/">
        <script type="application/json">
          {
            "localNames": { "inclusionService": "overridden by the attribute", "attendanceTeam": "the Anyshire Attendance Team" },
            "hiddenItems": ["suspensions"],
            "extraItems": [{ "id": "panel", "group": "support", "text": "Has {attendanceTeam} taken the case to panel?" }]
          }
        </script>
      </attendance-checklist>`,
    );
    const text = el.shadowRoot!.textContent!;
    expect($(el, '#config-error')).to.equal(null);
    expect(text).to.contain('referred the child to the Anyshire Inclusion Hub when');
    expect(text).not.to.contain('overridden by the attribute');
    expect(text).to.contain('Has the Anyshire Attendance Team taken the case to panel?');
    expect($(el, '#item-lateness')).to.equal(null);
    expect($(el, '#item-suspensions')).to.not.equal(null);
    expect($(el, '#item-panel')!.textContent).to.contain('Added by your council');
    expect($(el, 'details a')!.getAttribute('href')).to.equal('https://kit.example.org/guidance/seven-things-to-ask-the-school/');
    expect(progressLine(el)).to.equal('0 of 7 answered');
  });

  it('renders hostile text from notes, settings and imports as text, never markup', async () => {
    const el = await fixture<AttendanceChecklist>(
      html`<attendance-checklist virtual-school="<img src=x onerror=alert(1)>" checklist="pupil-voice">
        <script type="application/json">
          { "extraItems": [{ "id": "evil", "text": "<script>alert(1)<\\/script>", "why": "<a href='javascript:alert(1)'>x</a>" }] }
        </script>
      </attendance-checklist>`,
    );
    el.value = { checklist: 'pupil-voice', items: { 'safe-to-speak': { status: 'explored', note: '<img src=x onerror=alert(2)>' } } };
    await settle(el);
    expect($(el, '#config-error')).to.equal(null);
    expect(el.shadowRoot!.querySelector('img, script, a[href^="javascript"]')).to.equal(null);
    expect($(el, '#item-evil .question')!.textContent).to.equal('<script>alert(1)</script>');
    expect(el.shadowRoot!.textContent).to.contain('Ask <img src=x onerror=alert(1)> about training');
    expect($<HTMLTextAreaElement>(el, '#n-safe-to-speak')!.value).to.equal('<img src=x onerror=alert(2)>');
  });

  it('shows the text selected in a box when the browser refuses to copy', async () => {
    const clipboard = stubClipboard(false);
    try {
      const el = await fixture<AttendanceChecklist>(html`<attendance-checklist></attendance-checklist>`);
      el.value = partlyDone;
      $<HTMLButtonElement>(el, '#copy')!.click();
      await settle(el);
      const area = $<HTMLTextAreaElement>(el, '#copy-text')!;
      expect(area.value).to.equal(el.toText());
      expect(deepActiveElement()).to.equal(area);
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
      expect($(el, '#action-message')!.textContent).to.contain('press Ctrl+C');
      expect(await axeViolations(el)).to.deep.equal([]);
    } finally {
      clipboard.restore();
    }
  });

  it('opens every guidance disclosure for printing and closes them after', async () => {
    const el = await fixture<AttendanceChecklist>(html`<attendance-checklist></attendance-checklist>`);
    const all = [...el.shadowRoot!.querySelectorAll('details')];
    all[0]!.open = true;
    window.dispatchEvent(new Event('beforeprint'));
    expect(all.every((d) => d.open)).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(all.map((d) => d.open)).to.deep.equal(all.map((_, i) => i === 0));
  });

  it('prints the work as text with its guidance, without the controls', async () => {
    const el = await fixture<AttendanceChecklist>(html`<attendance-checklist></attendance-checklist>`);
    el.value = {
      ...partlyDone,
      items: {
        ...partlyDone.items,
        'current-attendance': {
          ...partlyDone.items['current-attendance']!,
          attendance: { value: { mode: 'sessions', possible: '380', attended: '342', percent: '' }, sentence: '' },
        },
      },
    };
    await settle(el);
    const item = $(el, '#item-current-attendance')!;
    const shown = (selector: string) => [...item.querySelectorAll<HTMLElement>(selector)].filter((e) => e.checkVisibility()).map((e) => e.textContent!.trim());
    try {
      await emulateMedia({ media: 'print' });
      expect(shown(':scope > .print-only')).to.deep.equal([
        'Status: Answered',
        'Attendance: Persistent absence. Attending 342 of 380 sessions (90.0%) means missing 19 school days, nearly 4 school weeks.',
        'Note: From the school office',
      ]);
      expect(shown(':scope > fieldset, :scope textarea, :scope attendance-calculator, :scope summary')).to.deep.equal([]);
      expect(shown(':scope > details .guidance-body > p:first-child')[0]).to.contain('Why it matters');
      expect($(el, '.actions')!.checkVisibility()).to.equal(false);
      expect($(el, '.storage')!.checkVisibility()).to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(shown(':scope > .print-only')).to.deep.equal([]);
    expect($(el, '.actions')!.checkVisibility()).to.equal(true);
  });

  it('reads out the progress once, after a run of changes settles', async () => {
    const el = await fixture<AttendanceChecklist>(html`<attendance-checklist></attendance-checklist>`);
    const timers = fakeTimers();
    try {
      $<HTMLInputElement>(el, '#s-underlying-issues--answered')!.click();
      timers.tick(500);
      $<HTMLInputElement>(el, '#s-plan-to-improve--concern')!.click();
      timers.tick(799);
      await settle(el);
      expect(live(el)).to.equal('');
      timers.tick(1);
      await settle(el);
      expect(live(el)).to.equal('2 of 12 answered, 1 concern');
    } finally {
      timers.restore();
    }
  });

  it('clears the work only after asking', async () => {
    const el = await fixture<AttendanceChecklist>(html`<attendance-checklist storage="session"></attendance-checklist>`);
    el.value = partlyDone;
    await settle(el);
    const before = el.value;
    expect(before.items['current-attendance']!.attendance!.sentence).to.contain('Attending 300 of 380 sessions');
    $<HTMLButtonElement>(el, '#clear')!.click();
    await settle(el);
    expect(el.value).to.deep.equal(before);
    $<HTMLButtonElement>(el, '#clear-yes')!.click();
    await settle(el);
    expect(el.value).to.deep.equal({ checklist: 'assessment', items: {} });
    expect(sessionStorage.length).to.equal(0);
  });

  it('gives its group headings in order, each one focusable, for presenter mode to page through', async () => {
    const el = await fixture<AttendanceChecklist>(html`<attendance-checklist checklist="seven-questions"></attendance-checklist>`);
    await settle(el);
    const headings = el.groupHeadings();
    const groupTitles = [...el.shadowRoot!.querySelectorAll('section[aria-labelledby^="g-"]')].map((s) => s.querySelector('[role="heading"]')!.textContent!.trim());
    expect(groupTitles.length).to.be.greaterThan(1);
    expect(headings.map((h) => h.textContent!.trim())).to.deep.equal(groupTitles);
    for (const heading of headings) {
      heading.focus();
      // Compared as a boolean: a failing DOM-element comparison makes chai print the whole element.
      expect(deepActiveElement() === heading, `${heading.id} takes focus`).to.equal(true);
    }
  });

  it('has no axe violations when empty, partly done, all done, with concerns, and in error', async () => {
    const el = await fixture<AttendanceChecklist>(html`<attendance-checklist storage="session"></attendance-checklist>`);
    expect(await axeViolations(el), 'empty').to.deep.equal([]);
    el.value = partlyDone;
    await settle(el);
    el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
    expect(await axeViolations(el), 'partly done').to.deep.equal([]);
    el.value = allWith(() => 'answered');
    await settle(el);
    expect(await axeViolations(el), 'all done').to.deep.equal([]);
    el.value = allWith((id) => (id.includes('support') ? 'concern' : 'answered'));
    await settle(el);
    expect(progressLine(el)).to.equal('12 of 12 answered, 2 concerns');
    expect(await axeViolations(el), 'with concerns').to.deep.equal([]);
    await importFile(el, 'not json');
    $<HTMLButtonElement>(el, '#clear')!.click();
    await settle(el);
    expect(await axeViolations(el), 'import error and confirming clear').to.deep.equal([]);
    for (const checklist of ['seven-questions', 'pupil-voice', 'support-and-monitoring']) {
      el.setAttribute('checklist', checklist);
      await settle(el);
      expect(await axeViolations(el), checklist).to.deep.equal([]);
    }
  });

  it('makes no request beyond the page it is on', async () => {
    const downloads = captureDownloads();
    const clipboard = stubClipboard();
    try {
      const el = await fixture<AttendanceChecklist>(html`<attendance-checklist storage="local"></attendance-checklist>`);
      el.value = partlyDone;
      el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
      $<HTMLButtonElement>(el, '#copy')!.click();
      $<HTMLButtonElement>(el, '#download')!.click();
      await settle(el);
      expect(offHostRequests()).to.deep.equal([]);
    } finally {
      downloads.restore();
      clipboard.restore();
    }
  });
});
