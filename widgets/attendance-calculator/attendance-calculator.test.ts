/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './index.ts';
import type { AttendanceCalculator } from './attendance-calculator.ts';
import { axeViolations, deepActiveElement, offHostRequests } from '../../test/helpers/browser.ts';
import { live, settle, tabTo, text } from '../../test/helpers/widgets.ts';

/** The text of the figure with this test id. */
const figure = (el: AttendanceCalculator, id: string) => text(el, `[data-testid="${id}"]`);

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('attendance-calculator', () => {
  it('works out attendance with the keyboard alone and announces the result', async () => {
    const el = await fixture<AttendanceCalculator>(html`<attendance-calculator></attendance-calculator>`);
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await tabTo('mode-sessions');
    await tabTo('possible');
    await sendKeys({ type: '380' });
    await sendKeys({ press: 'Tab' });
    expect((deepActiveElement() as HTMLElement).id).to.equal('attended');
    await sendKeys({ type: '342' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(figure(el, 'attendance')).to.equal('90.0%');
    expect(figure(el, 'band')).to.contain('Persistent absence');
    expect(figure(el, 'sentence')).to.equal('Attending 342 of 380 sessions (90.0%) means missing 19 school days, nearly 4 school weeks.');
    expect(live(el)).to.contain('Persistent absence. Attending 342 of 380 sessions');
    before.remove();
  });

  it('switches to a percentage with the arrow keys', async () => {
    const el = await fixture<AttendanceCalculator>(html`<attendance-calculator></attendance-calculator>`);
    el.shadowRoot!.querySelector<HTMLInputElement>('#mode-sessions')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.value.mode).to.equal('percent');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '50' });
    await settle(el);
    expect(figure(el, 'band')).to.contain('Severe absence');
    expect(figure(el, 'missed')).to.equal('95 school days');
  });

  it('shows a clear message for attended more than possible, and no result', async () => {
    const el = await fixture<AttendanceCalculator>(html`<attendance-calculator></attendance-calculator>`);
    el.value = { mode: 'sessions', possible: '100', attended: '120', percent: '' };
    await settle(el);
    const error = el.shadowRoot!.querySelector('#attended-error');
    expect(error?.textContent).to.contain('Sessions attended cannot be more than possible sessions (100)');
    expect(el.shadowRoot!.querySelector('#attended')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.shadowRoot!.querySelector('#attended')!.getAttribute('aria-describedby')).to.contain('attended-error');
    expect(figure(el, 'attendance')).to.equal('');
    expect(el.shadowRoot!.textContent).not.to.contain('NaN');
  });

  it('says a required field is empty only after it has been left', async () => {
    const el = await fixture<AttendanceCalculator>(html`<attendance-calculator></attendance-calculator>`);
    expect(el.shadowRoot!.querySelector('#possible-error')).to.equal(null);
    const possible = el.shadowRoot!.querySelector<HTMLInputElement>('#possible')!;
    possible.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.shadowRoot!.querySelector('#possible-error')?.textContent).to.contain('Enter the number of possible sessions');
  });

  it('gives its result box the group role, named by the result heading', async () => {
    const el = await fixture<AttendanceCalculator>(html`<attendance-calculator></attendance-calculator>`);
    const box = el.shadowRoot!.querySelector('[part="result"]')!;
    expect(box.getAttribute('role')).to.equal('group');
    const label = el.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!)!;
    expect(label.textContent!.trim()).to.equal('Result');
  });

  it('emits change with the value and submits it with a form', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><attendance-calculator name="calc"></attendance-calculator></form>`);
    const el = form.querySelector('attendance-calculator')!;
    let detail: unknown;
    el.addEventListener('change', (e) => (detail = (e as CustomEvent).detail));
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#possible')!;
    input.value = '10';
    input.dispatchEvent(new Event('input'));
    expect(detail).to.deep.equal({ value: { mode: 'sessions', possible: '10', attended: '', percent: '' } });
    expect(JSON.parse(new FormData(form).get('calc') as string)).to.deep.include({ possible: '10' });
  });

  it('saves to the chosen storage, restores it, and keeps two instances apart', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <attendance-calculator storage="local" storage-key="a"></attendance-calculator>
        <attendance-calculator storage="local" storage-key="b"></attendance-calculator>
      </div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('attendance-calculator')] as AttendanceCalculator[];
    a!.value = { mode: 'percent', possible: '', attended: '', percent: '85' };
    await settle(a!);
    expect(a!.shadowRoot!.querySelector('.storage-line')!.textContent).to.contain('Saved on this device only');
    expect(b!.value.percent).to.equal('');
    // A reload: the page that held the first calculator is gone (two on one page may not share a key).
    wrapper.remove();
    const again = await fixture<AttendanceCalculator>(html`<attendance-calculator storage="local" storage-key="a"></attendance-calculator>`);
    expect(again.value.percent).to.equal('85');
    expect(again.shadowRoot!.textContent).to.contain('was restored from this device');
  });

  it('keeps working and says so when storage is blocked', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      const el = await fixture<AttendanceCalculator>(html`<attendance-calculator storage="local"></attendance-calculator>`);
      el.value = { mode: 'percent', possible: '', attended: '', percent: '95' };
      await settle(el);
      expect(figure(el, 'attendance')).to.equal('95.0%');
      expect(el.shadowRoot!.querySelector('.storage-line')!.textContent).to.contain('this browser is blocking storage');
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
  });

  it('clears only after asking, by keyboard, and puts focus back on the clear button', async () => {
    const el = await fixture<AttendanceCalculator>(html`<attendance-calculator storage="session"></attendance-calculator>`);
    el.value = { mode: 'percent', possible: '', attended: '', percent: '70' };
    await settle(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#clear')!.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.value.percent).to.equal('70');
    expect((deepActiveElement() as HTMLElement).id).to.equal('clear-yes');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.value.percent).to.equal('');
    expect(sessionStorage.length).to.equal(0);
    expect((deepActiveElement() as HTMLElement).id).to.equal('clear');
    expect(live(el)).to.equal('Your work has been cleared.');
  });

  it('renders hostile saved text as text, never markup', async () => {
    const el = await fixture<AttendanceCalculator>(html`<attendance-calculator></attendance-calculator>`);
    el.value = { mode: 'sessions', possible: '<img src=x onerror=alert(1)>', attended: '1', percent: '' };
    await settle(el);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>('#possible')!.value).to.equal('<img src=x onerror=alert(1)>');
  });

  it('has no axe violations in its empty, error, result and confirming states', async () => {
    const el = await fixture<AttendanceCalculator>(html`<attendance-calculator storage="session"></attendance-calculator>`);
    expect(await axeViolations(el)).to.deep.equal([]);
    el.value = { mode: 'sessions', possible: 'abc', attended: '-1', percent: '' };
    await settle(el);
    expect(await axeViolations(el)).to.deep.equal([]);
    el.value = { mode: 'percent', possible: '', attended: '', percent: '42' };
    await settle(el);
    expect(await axeViolations(el)).to.deep.equal([]);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#clear')!.click();
    await settle(el);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('makes no request beyond the page it is on', async () => {
    const el = await fixture<AttendanceCalculator>(html`<attendance-calculator storage="local"></attendance-calculator>`);
    el.value = { mode: 'percent', possible: '', attended: '', percent: '88' };
    await settle(el);
    expect(offHostRequests()).to.deep.equal([]);
  });
});
