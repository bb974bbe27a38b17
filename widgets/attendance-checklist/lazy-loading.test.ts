/// <reference types="mocha" />
/**
 * How the checklist loads its parts: only the chosen checklist's data, the calculator only
 * where it is shown, and what a person sees and where focus goes while that happens or when it
 * fails. Its own file, so that the page starts with nothing loaded: the first test can then
 * see every request the widget makes.
 */
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './index.ts';
import { AttendanceChecklist } from './attendance-checklist.ts';
import { loadChecklist, type ChecklistSource } from './checklists.ts';
import { loadSources } from '../shared/sources.ts';
import { axeViolations, deepActiveElement, offHostRequests } from '../../test/helpers/browser.ts';
import { recordTrials } from '../../test/helpers/trials-browser.ts';
import { $, live, type Widget } from '../../test/helpers/widgets.ts';

const requestedPaths = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

/** A promise to settle by hand, to hold a load part-way. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const realCalculator = () => import('./calculator-part.ts').then((part) => part.attendanceMaths);
const chunkError = () => new TypeError('Failed to fetch dynamically imported module');
const items = () => import('./items-part.ts');

/** Checklist data served by the test: by default it fails once, then loads. */
let checklistSource: (id: string) => Promise<ChecklistSource> = loadChecklist;
class TestedLoadChecklist extends AttendanceChecklist {
  static override lazyParts = { checklist: (id: string) => checklistSource(id), sources: loadSources, calculator: realCalculator, items };
}
customElements.define('tested-load-checklist', TestedLoadChecklist);

class NoCalculatorChecklist extends AttendanceChecklist {
  static override lazyParts = { checklist: loadChecklist, sources: loadSources, calculator: () => Promise.reject(chunkError()), items };
}
customElements.define('no-calculator-checklist', NoCalculatorChecklist);

/** A calculator part that cannot be fetched (a chunk gone after a deploy) until the test says it is back. */
let calculatorBack = false;
class FlakyCalculatorChecklist extends AttendanceChecklist {
  static override lazyParts = { checklist: loadChecklist, sources: loadSources, calculator: () => (calculatorBack ? realCalculator() : Promise.reject(chunkError())), items };
}
customElements.define('flaky-calculator-checklist', FlakyCalculatorChecklist);

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  checklistSource = loadChecklist;
});

describe('attendance-checklist loading its parts', () => {
  // First in the file: nothing has loaded any checklist on this page yet.
  it('fetches only the chosen checklist’s data and the source titles for checklist="pupil-voice", never another checklist or the calculator', async () => {
    const before = new Set(requestedPaths());
    const el = await fixture<AttendanceChecklist>(html`<attendance-checklist checklist="pupil-voice"></attendance-checklist>`);
    expect($(el, '#title')!.textContent).to.equal('Pupil voice');
    expect($(el, '#item-safe-to-speak')).to.not.equal(null);

    const fetched = requestedPaths().filter((path) => !before.has(path));
    // The widget's own parts, and nothing else: the other checklists and the calculator are never asked for.
    // Its code (the items part, which loads with the data) comes from the widget's own folder.
    expect(fetched.filter((path) => !path.startsWith('/widgets/')).sort()).to.deep.equal(['/content/checklists/pupil-voice.json', '/content/sources.json']);
    expect(fetched).to.include('/widgets/attendance-checklist/items-part.ts');
    const all = requestedPaths();
    for (const other of ['assessment', 'seven-questions', 'support-and-monitoring']) {
      expect(
        all.filter((path) => path.includes(other)),
        other,
      ).to.deep.equal([]);
    }
    expect(all.filter((path) => /calculator/.test(path))).to.deep.equal([]);
    expect(customElements.get('attendance-calculator')).to.equal(undefined);
    expect(offHostRequests()).to.deep.equal([]);
  });

  it('loads the calculator with a checklist that shows it, before showing the checklist', async () => {
    const el = await fixture<AttendanceChecklist>(html`<attendance-checklist checklist="seven-questions"></attendance-checklist>`);
    expect(requestedPaths()).to.include('/widgets/attendance-checklist/calculator-part.ts');
    expect(customElements.get('attendance-calculator')).to.not.equal(undefined);
    const calculator = $(el, '#item-current-attendance attendance-calculator')!;
    expect(calculator.shadowRoot!.querySelector('#possible')).to.not.equal(null);
    expect(requestedPaths().filter((path) => path.includes('assessment'))).to.deep.equal([]);
  });

  it('says it is loading, with nothing to operate yet, then shows the checklist keeping the same save line and live region', async () => {
    const hold = deferred<ChecklistSource>();
    checklistSource = () => hold.promise;
    // Not `fixture`, which would wait for the load this test is holding back.
    const el = fixtureSync<AttendanceChecklist>(html`<tested-load-checklist checklist="pupil-voice" storage="session"></tested-load-checklist>`);
    // Drawn, with the load still held: the next frame comes after its first update.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const base = $(el, '.base')!;
    expect($(el, '#loading')!.textContent).to.equal('Loading the checklist…');
    expect(base.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('input, textarea')).to.have.length(0);
    expect(await axeViolations(el), 'loading').to.deep.equal([]);
    const liveRegion = $(el, '[role="status"]');
    const saveLine = $(el, '.storage-line');
    expect(saveLine!.textContent).to.contain('on this device only');

    hold.resolve(await loadChecklist('pupil-voice'));
    await el.updateComplete;
    expect($(el, '#loading')).to.equal(null);
    expect(base.hasAttribute('aria-busy')).to.equal(false);
    expect($(el, '#title')!.textContent).to.equal('Pupil voice');
    expect($(el, '[role="status"]')).to.equal(liveRegion);
    expect($(el, '.storage-line')).to.equal(saveLine);
  });

  it('says so when the checklist cannot be loaded, keeps the saved work, and loads it by keyboard with "Try again", focus moving to the title', async () => {
    sessionStorage.setItem(
      'attendance-kit:attendance-checklist:pupil-voice:case-9',
      JSON.stringify({ version: 1, savedAt: '2026-11-27T10:00:00.000Z', data: { checklist: 'pupil-voice', items: { 'safe-to-speak': { status: 'explored', note: 'Kept' } } } }),
    );
    let attempts = 0;
    checklistSource = (id) => (++attempts === 1 ? Promise.reject(chunkError()) : loadChecklist(id));
    const el = await fixture<AttendanceChecklist>(html`<tested-load-checklist checklist="pupil-voice" storage="session" storage-key="case-9"></tested-load-checklist>`);
    expect($(el, '#load-error')!.textContent).to.contain('The checklist could not be loaded');
    expect(live(el)).to.contain('The checklist could not be loaded');
    expect($(el, '.base')!.hasAttribute('aria-busy')).to.equal(false);
    expect(el.value.items['safe-to-speak']).to.deep.equal({ status: 'explored', note: 'Kept' });
    expect(await axeViolations(el), 'failed').to.deep.equal([]);

    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as HTMLElement).id).to.equal('retry');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(attempts).to.equal(2);
    expect($(el, '#load-error')).to.equal(null);
    expect(deepActiveElement()).to.equal($(el, '#title'));
    expect($<HTMLInputElement>(el, '#s-safe-to-speak--explored')!.checked).to.equal(true);
    expect(await axeViolations(el), 'loaded after retry').to.deep.equal([]);
    before.remove();
  });

  it('keeps focus inside when the page switches to another checklist, on the loading status and then the title', async () => {
    const el = await fixture<AttendanceChecklist>(html`<tested-load-checklist checklist="pupil-voice"></tested-load-checklist>`);
    $<HTMLInputElement>(el, '#s-safe-to-speak--explored')!.focus();
    const hold = deferred<ChecklistSource>();
    checklistSource = () => hold.promise;
    el.setAttribute('checklist', 'seven-questions');
    // Drawn, with the load still held: the next frame comes after its first update.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(deepActiveElement()).to.equal($(el, '#loading'));
    hold.resolve(await loadChecklist('seven-questions'));
    await el.updateComplete;
    expect($(el, '#title')!.textContent).to.equal('Seven things to ask the school');
    expect(deepActiveElement()).to.equal($(el, '#title'));
  });

  it('works without the calculator when its part cannot be loaded, saying so where the calculator would be', async () => {
    const el = await fixture<AttendanceChecklist>(html`<no-calculator-checklist checklist="assessment"></no-calculator-checklist>`);
    const item = $(el, '#item-current-attendance')!;
    expect(item.querySelector('attendance-calculator')).to.equal(null);
    expect(item.querySelector('.calculator')!.textContent).to.contain('The attendance calculator could not be loaded');

    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as HTMLElement).id).to.equal('s-current-attendance--not-asked');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as HTMLElement).textContent).to.equal('Try again');
    await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as HTMLElement).id).to.equal('n-current-attendance');
    await sendKeys({ type: 'Figures to follow from the school' });
    await el.updateComplete;
    expect(el.value.items['current-attendance']).to.deep.equal({ status: 'asked', note: 'Figures to follow from the school' });
    expect($(el, '#progress')!.textContent).to.equal('0 of 12 answered');
    expect(await axeViolations(el)).to.deep.equal([]);
    before.remove();
  });

  it('never keeps a failed load of the calculator: “Try again” loads it', async () => {
    calculatorBack = false;
    const el = await fixture<AttendanceChecklist>(html`<flaky-calculator-checklist checklist="assessment" storage="local" storage-key="flaky"></flaky-calculator-checklist>`);
    const item = $(el, '#item-current-attendance')!;
    expect(item.querySelector('.calculator')!.textContent).to.contain('The attendance calculator could not be loaded');
    calculatorBack = true;
    $<HTMLButtonElement>(el, '#item-current-attendance .calculator button')!.click();
    await el.updateComplete;
    await item.querySelector<Widget>('attendance-calculator')?.updateComplete;
    expect(item.querySelector('attendance-calculator')?.shadowRoot?.querySelector('#possible'), 'the calculator').to.exist;
    expect(item.querySelector('.calculator')!.textContent).not.to.contain('could not be loaded');
    // Its maths came too: figures typed now are described in days.
    const calculator = item.querySelector('attendance-calculator')!;
    for (const [field, figure] of [
      ['possible', '380'],
      ['attended', '300'],
    ] as const) {
      const input = calculator.shadowRoot!.querySelector<HTMLInputElement>(`#${field}`)!;
      input.value = figure;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await el.updateComplete;
    expect(el.value.items['current-attendance']!.attendance!.sentence).to.contain('days');
    await recordTrials({ category: 'storage-faults', check: 'the checklist’s calculator part failing once, then loading on “Try again”', tried: 1 });
  });

  it('works out the calculator’s sentence for work set before the calculator has loaded', async () => {
    const hold = deferred<ChecklistSource>();
    checklistSource = () => hold.promise;
    const el = document.createElement('tested-load-checklist') as AttendanceChecklist;
    el.setAttribute('checklist', 'support-and-monitoring');
    document.body.append(el);
    el.value = {
      checklist: 'support-and-monitoring',
      items: { 'attendance-percentage': { status: 'asked', note: '', attendance: { value: { mode: 'percent', possible: '', attended: '', percent: '85' }, sentence: 'made up' } } },
    };
    expect(el.value.items['attendance-percentage']!.attendance!.sentence).to.not.equal('made up');
    hold.resolve(await loadChecklist('support-and-monitoring'));
    await el.updateComplete;
    expect(el.value.items['attendance-percentage']!.attendance!.sentence).to.equal(
      'Over a full school year, 85.0% attendance means missing 28.5 school days, nearly 6 school weeks.',
    );
    expect(el.toText()).to.contain('Attendance: Persistent absence. Over a full school year, 85.0% attendance');
    el.remove();
  });
});
