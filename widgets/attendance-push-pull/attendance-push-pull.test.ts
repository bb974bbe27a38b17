/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './index.ts';
import type { AttendancePushPull } from './attendance-push-pull.ts';
import type { PushPullValue } from './state.ts';
import { mapGeometry } from './map.ts';
import { pushPullLimits } from '../shared/limits.ts';
import { axeViolations, deepActiveElement, offHostRequests, stubClipboard, captureDownloads } from '../../test/helpers/browser.ts';
import { $, $$, focusedId, importFile, liveMessages as listen, settle, tabTo } from '../../test/helpers/widgets.ts';
import exampleFile from './fixtures/example-file.json' with { type: 'json' };

async function make(template = html`<attendance-push-pull></attendance-push-pull>`) {
  const el = await fixture<AttendancePushPull>(template);
  await settle(el);
  return el;
}

const example = (): PushPullValue => structuredClone(exampleFile.value) as PushPullValue;

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('attendance-push-pull', () => {
  it('is used by keyboard alone: adds factors to three lanes, rates, moves, adds its own and an adjustment, copies the summary', async () => {
    const clipboard = stubClipboard();
    try {
      const el = await make();
      const heard = listen(el);
      const before = document.createElement('button');
      el.before(before);
      before.focus();

      // Three factors from the library, one for each lane, chosen by typing in the list.
      for (const [start, id] of [
        ['Anxiety', 'anxiety'],
        ['Caring', 'young-carer'],
        ['Friends', 'friends'],
      ] as const) {
        await tabTo('library');
        await sendKeys({ type: start });
        expect($<HTMLSelectElement>(el, '#library')!.value).to.equal(id);
        await sendKeys({ press: 'Tab' });
        expect(focusedId()).to.equal('add-library');
        await sendKeys({ press: 'Enter' });
        await settle(el);
        expect(focusedId(), 'focus goes back to the list for the next factor').to.equal('library');
        expect($<HTMLSelectElement>(el, '#library')!.value).to.equal('');
      }
      expect(el.value.factors.map((f) => [f.id, f.lane])).to.deep.equal([
        ['anxiety', 'push'],
        ['young-carer', 'pull'],
        ['friends', 'pull-back'],
      ]);

      // Anxiety is stronger than the default: the strength radios move with the arrow keys.
      await tabTo('st-anxiety-3');
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(focusedId()).to.equal('st-anxiety-4');

      // Move the young carer's factor to the pushing lane; focus follows the factor.
      await tabTo('mv-young-carer-push');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(focusedId()).to.equal('t-young-carer');

      // A factor of their own, in the lane pulling back to school, out of school.
      await tabTo('own-label', true);
      await sendKeys({ type: 'Walking in with a friend' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      expect(focusedId()).to.equal('add-own');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(focusedId()).to.equal('own-label');

      // An adjustment, with who will do it and when it is reviewed.
      await tabTo('add-adjustment');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(focusedId()).to.equal('a-text-adj-1');
      await sendKeys({ type: 'Phone check-in at lunchtime' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: 'Head of year' });
      await sendKeys({ press: 'Escape' });
      await tabTo('a-date-adj-1');
      await sendKeys({ type: '15/1/2027' });
      await sendKeys({ press: 'Tab' });
      await settle(el);

      expect(el.value).to.deep.equal({
        factors: [
          { id: 'anxiety', from: 'library', label: 'Anxiety about school', lane: 'push', strength: 4, setting: 'in-school', words: '' },
          { id: 'friends', from: 'library', label: 'Friends at school', lane: 'pull-back', strength: 3, setting: 'in-school', words: '' },
          { id: 'young-carer', from: 'library', label: 'Caring for an unwell family member', lane: 'push', strength: 3, setting: 'out-of-school', words: '' },
          { id: 'own-1', from: 'own', label: 'Walking in with a friend', lane: 'pull-back', strength: 3, setting: 'out-of-school', words: '' },
        ],
        adjustments: [{ id: 'adj-1', text: 'Phone check-in at lunchtime', factor: 'young-carer', owner: 'Head of year', reviewDate: '2027-01-15' }],
      });

      // Copy the summary for the plan.
      await tabTo('copy');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(clipboard.copied.length > 0, 'the copy').to.equal(true);
      await settle(el);
      expect(clipboard.copied).to.have.length(1);
      const text = clipboard.copied[0]!;
      expect(text).to.match(
        /^Push and pull factors\nDate: \d{1,2} \w+ \d{4}\nAway from school: total strength 7 from 2 factors\. Back to school: total strength 6 from 2 factors\./,
      );
      expect(text).to.contain('Pushing away from school\n1. Anxiety about school (strength 4 of 5)\n   In school.\n2. Caring for an unwell family member (strength 3 of 5)');
      expect(text).to.contain('Who leads\n- In school: In most cases the school is the lead practitioner.');
      expect(text).to.contain(
        'Agreed adjustments\n1. Phone check-in at lunchtime\n   For: Caring for an unwell family member\n   Who: Head of year\n   Review by: 15 January 2027\n',
      );
      expect(focusedId()).to.equal('copy');

      expect(heard).to.include.members([
        'Added “Anxiety about school” to Pushing away from school, strength 3 of 5. Away from school: total strength 3 from 1 factor. Back to school: total strength 0 from 0 factors. The pull away from school is stronger.',
        'Added “Friends at school” to Pulling back to school, strength 3 of 5. Away from school: total strength 6 from 2 factors. Back to school: total strength 3 from 1 factor. The pull away from school is stronger.',
        '“Anxiety about school”: strength 4 of 5. Away from school: total strength 7 from 2 factors. Back to school: total strength 3 from 1 factor. The pull away from school is stronger.',
        'Moved “Caring for an unwell family member” to Pushing away from school, 2 of 2. Away from school: total strength 7 from 2 factors. Back to school: total strength 3 from 1 factor. The pull away from school is stronger.',
        'Added “Walking in with a friend” to Pulling back to school, strength 3 of 5. Away from school: total strength 7 from 2 factors. Back to school: total strength 6 from 2 factors. The pull away from school is stronger.',
        'Adjustment 1 added.',
        'Copied. Paste it into the child’s plan or the case record.',
      ]);
      before.remove();
    } finally {
      clipboard.restore();
    }
  });

  it('reorders, removes and moves focus somewhere sensible after each, announcing every change', async () => {
    const el = await make();
    el.value = example();
    await settle(el);
    const heard = listen(el);

    $<HTMLButtonElement>(el, '#down-moving-school')!.focus();
    $<HTMLButtonElement>(el, '#down-moving-school')!.click();
    await settle(el);
    expect(el.value.factors.filter((f) => f.lane === 'push').map((f) => f.id)).to.deep.equal(['school-day-transitions', 'moving-school']);
    expect(focusedId(), 'at the end of its lane, focus moves to the button that still works').to.equal('up-moving-school');
    expect(heard.at(-1)).to.equal('“A move to a new school or year group” is now 2 of 2 in Pushing away from school.');

    $<HTMLButtonElement>(el, '#rm-school-day-transitions')!.click();
    await settle(el);
    expect(focusedId(), 'focus moves to the next factor in the lane').to.equal('t-moving-school');
    expect(heard.at(-1)).to.match(/^Removed “Arriving, changing lessons, break and lunch” from Pushing away from school\. Its adjustment is kept, now not for one factor\./);
    expect(el.value.adjustments.find((a) => a.id === 'adj-3')!.factor).to.equal('');

    $<HTMLButtonElement>(el, '#rm-moving-school')!.click();
    await settle(el);
    expect(focusedId(), 'with the lane empty, focus moves to its heading').to.equal('lane-push');

    $<HTMLButtonElement>(el, '#a-rm-adj-4')!.click();
    await settle(el);
    expect(focusedId(), 'after the last adjustment, focus moves to the one before').to.equal('a-text-adj-3');
    expect(heard.at(-1)).to.equal('Adjustment 4 removed.');
    for (const id of ['adj-3', 'adj-2', 'adj-1']) {
      $<HTMLButtonElement>(el, `#a-rm-${id}`)!.click();
      await settle(el);
    }
    expect(focusedId()).to.equal('add-adjustment');
    expect(document.activeElement).to.equal(el);
  });

  it('draws the map from the value: one bar per factor, on its side, as long as it is strong', async () => {
    const el = await make();
    el.value = example();
    await settle(el);
    const bars = $$<SVGRectElement>(el, 'svg rect.bar[data-factor]');
    expect(bars.map((b) => [b.dataset.factor, b.dataset.lane, Number(b.getAttribute('width'))])).to.deep.equal([
      ['moving-school', 'push', 4 * mapGeometry.unit],
      ['school-day-transitions', 'push', 3 * mapGeometry.unit],
      ['young-carer', 'pull', 5 * mapGeometry.unit],
      ['internet-in-school-hours', 'pull', 2 * mapGeometry.unit],
      ['open-door', 'pull-back', 4 * mapGeometry.unit],
      ['interests', 'pull-back', 3 * mapGeometry.unit],
      ['own-1', 'pull-back', 2 * mapGeometry.unit],
    ]);
    for (const bar of bars) {
      const x = Number(bar.getAttribute('x'));
      if (bar.dataset.lane === 'pull-back') expect(x, bar.dataset.factor).to.be.greaterThan(mapGeometry.centre);
      else expect(x + Number(bar.getAttribute('width')), bar.dataset.factor).to.be.lessThan(mapGeometry.centre);
    }
    expect($(el, '.side-total[data-side="away"]')!.textContent).to.equal('total 14');
    expect($(el, '.side-total[data-side="back"]')!.textContent).to.equal('total 9');
    // 14 against 9 tips the beam 10 degrees towards the side that keeps the child away.
    expect($(el, '.beam')!.getAttribute('data-tilt')).to.equal('-10');

    // Its text equivalent: the image is named by the caption, and the table holds every factor.
    const svg = $(el, 'svg.map-svg')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect($(el, `#${svg.getAttribute('aria-labelledby')}`)!.textContent).to.equal(
      'Away from school: total strength 14 from 4 factors. Back to school: total strength 9 from 3 factors. The pull away from school is stronger.',
    );
    const rows = $$(el, '.map-table tbody tr').map((tr) => [...tr.children].map((c) => c.textContent!.trim()));
    expect(rows[0]).to.deep.equal(['A move to a new school or year group', 'Pushing away', '4', 'In school', "It's massive. I get lost, and everyone already knows each other."]);
    expect(rows).to.have.length(7);

    // A change redraws it.
    $<HTMLInputElement>(el, '#st-young-carer-1')!.click();
    await settle(el);
    expect(Number($(el, 'rect.bar[data-factor="young-carer"]')!.getAttribute('width'))).to.equal(mapGeometry.unit);
    expect($(el, '.side-total[data-side="away"]')!.textContent).to.equal('total 10');
  });

  it('has no axe violations in any state', async () => {
    const clipboard = stubClipboard(false);
    try {
      const el = await make(html`<attendance-push-pull example storage="session"></attendance-push-pull>`);
      expect(await axeViolations(el), 'empty').to.deep.equal([]);

      $<HTMLButtonElement>(el, '#load-example')!.click();
      await settle(el);
      expect(el.value.factors.length === 7, 'the example').to.equal(true);
      await settle(el);
      expect(await axeViolations(el), 'example loaded').to.deep.equal([]);

      $<HTMLButtonElement>(el, '#load-example')!.click();
      await settle(el);
      $<HTMLButtonElement>(el, '#clear')!.click();
      await settle(el);
      expect(await axeViolations(el), 'asking before replacing and before clearing').to.deep.equal([]);
    } finally {
      clipboard.restore();
    }
  });

  // Apart from the states above, so that neither test nears the time limit on a busy machine.
  it('has no axe violations with errors on its forms and files, the copy box, or in dark mode', async () => {
    const clipboard = stubClipboard(false);
    try {
      const el = await make(html`<attendance-push-pull example storage="session"></attendance-push-pull>`);
      $<HTMLButtonElement>(el, '#load-example')!.click();
      await settle(el);

      $<HTMLButtonElement>(el, '#add-library')!.click();
      $<HTMLButtonElement>(el, '#add-own')!.click();
      const date = $<HTMLInputElement>(el, '#a-date-adj-1')!;
      date.value = '31/2/2027';
      date.dispatchEvent(new Event('change'));
      await settle(el);
      expect($(el, '#own-error')!.textContent).to.equal('Name the factor first.');
      expect($(el, '#a-date-error-adj-1')).to.not.equal(null);
      expect(await axeViolations(el), 'errors on the forms').to.deep.equal([]);

      await importFile(el, 'not json', 'map.json');
      $<HTMLButtonElement>(el, '#copy')!.click();
      await settle(el);
      expect(!!$(el, '#copy-text'), 'the copy box').to.equal(true);
      await settle(el);
      expect(await axeViolations(el), 'import error and the copy box').to.deep.equal([]);

      el.setAttribute('theme', 'auto');
      await emulateMedia({ colorScheme: 'dark' });
      await settle(el);
      expect(await axeViolations(el), 'dark mode').to.deep.equal([]);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
      clipboard.restore();
    }
  });

  it('loads the fictional example with one button, and asks first when there is work on screen', async () => {
    const el = await make(html`<attendance-push-pull example attendance-team="the Anyshire Attendance Team"></attendance-push-pull>`);
    const heard = listen(el);
    const button = $<HTMLButtonElement>(el, '#load-example')!;
    button.focus();
    button.click();
    await settle(el);
    expect(el.value.factors.length > 0, 'the example').to.equal(true);
    await settle(el);
    expect(el.value.factors.map((f) => f.id)).to.include('young-carer');
    expect(el.value.adjustments.at(-1)!.text).to.equal('Ask the Anyshire Attendance Team for advice on the plan.');
    expect($(el, '#example-summary')!.textContent).to.contain('Fictional example: Alex is 11');
    expect(heard.at(-1)).to.equal('The fictional example “Alex, Year 7 (fictional)” is loaded. It replaced the work on screen.');
    expect(focusedId()).to.equal('load-example');

    $<HTMLInputElement>(el, '#st-open-door-1')!.click();
    await settle(el);
    $<HTMLButtonElement>(el, '#load-example')!.click();
    await settle(el);
    expect(focusedId()).to.equal('example-yes');
    $<HTMLButtonElement>(el, '#example-no')!.click();
    await settle(el);
    expect(el.value.factors.find((f) => f.id === 'open-door')!.strength).to.equal(1);
    expect(focusedId()).to.equal('load-example');
  });

  it('keeps a review date that is not a real date on screen with an error, and saves only real ones', async () => {
    const el = await make();
    el.value = example();
    await settle(el);
    const heard = listen(el);
    const date = $<HTMLInputElement>(el, '#a-date-adj-1')!;
    date.value = '30/2/2027';
    date.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.value.adjustments[0]!.reviewDate).to.equal('2027-01-15');
    expect($<HTMLInputElement>(el, '#a-date-adj-1')!.value).to.equal('30/2/2027');
    expect($(el, '#a-date-adj-1')!.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#a-date-adj-1')!.getAttribute('aria-describedby')).to.contain('a-date-error-adj-1');
    expect(heard.at(-1)).to.equal('Adjustment 1: Enter a real date, for example 27/3/2027.');
    date.value = '2/3/2027';
    date.dispatchEvent(new Event('change'));
    await settle(el);
    expect(el.value.adjustments[0]!.reviewDate).to.equal('2027-03-02');
    expect($(el, '#a-date-error-adj-1')).to.equal(null);
  });

  it('adds a guidance example adjustment to the plan, tied to its factor, ready for an owner', async () => {
    const el = await make();
    el.value = { factors: [example().factors[2]!], adjustments: [] };
    await settle(el);
    expect($(el, '#card-young-carer .question')!.textContent).to.equal('Ask the child: Do you look after someone at home? What worries you about them while you are at school?');
    expect($(el, '#card-young-carer .source')!.textContent).to.contain('Top tips guide');
    $<HTMLButtonElement>(el, '#ex-young-carer-0')!.click();
    await settle(el);
    expect(el.value.adjustments).to.deep.equal([
      {
        id: 'adj-1',
        text: 'Agree that the young carer can use their phone at school to check in with the unwell family member.',
        factor: 'young-carer',
        owner: '',
        reviewDate: '',
      },
    ]);
    expect(focusedId()).to.equal('a-owner-adj-1');
    expect($$<HTMLOptionElement>(el, '#owners option').map((o) => o.value)).to.include("the council's attendance support team");
  });

  it('says on each factor who leads where it sits, as the statutory summary table does, with its source', async () => {
    const el = await make();
    el.value = { factors: [example().factors[2]!], adjustments: [] };
    await settle(el);
    expect(el.value.factors[0]!.setting).to.equal('out-of-school');
    await settle(el);
    expect($(el, '#card-young-carer .lead-source') !== null, 'the sources to load').to.equal(true);
    const lead = $(el, '#card-young-carer .lead')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(lead).to.equal(
      'Who leads: In most cases the school stays the lead practitioner. For a barrier outside school, the school signposts the family to the services they need and supports them to get access, and the local authority gives them access to those services. Where the child already has a lead practitioner, such as a social worker, the school works alongside them to make attendance a key part of the plan they already have.',
    );
    const source = $(el, '#card-young-carer .lead-source')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(source).to.equal(
      'Source: Summary table of responsibilities for school attendance, section “Working together”; Summary table of responsibilities for school attendance, section “Pupils at risk of becoming persistently absent”.',
    );
    expect($(el, '#card-young-carer')!.textContent).not.to.match(/Suggested lead|kept informed/);

    const heard = listen(el);
    $<HTMLInputElement>(el, '#se-young-carer-in-school')!.click();
    await settle(el);
    expect($(el, '#card-young-carer .lead')!.textContent).to.contain(
      'In most cases the school is the lead practitioner. It works with the child and their parents to understand and tackle barriers in school.',
    );
    expect(heard.at(-1)).to.equal(
      '“Caring for an unwell family member”: In school. Who leads: In most cases the school is the lead practitioner. It works with the child and their parents to understand and tackle barriers in school. Where the child already has a lead practitioner, such as a social worker, the school works alongside them to make attendance a key part of the plan they already have.',
    );
  });

  it('shows hostile text as text, never markup, and keeps long or right-to-left text inside the widget', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width: 320px">
        <attendance-push-pull virtual-school="<img src=x onerror=alert(1)>">
          <script type="application/json">
            {
              "owners": ["<script>alert(2)<\\/script>"],
              "extraFactors": [
                { "id": "evil", "label": "<b onmouseover=alert(3)>Bold</b>", "lane": "pull", "setting": "out-of-school", "question": "<a href='javascript:alert(4)'>x</a>?" }
              ]
            }
          </script>
        </attendance-push-pull>
      </div>`,
    );
    const el = wrapper.querySelector('attendance-push-pull')!;
    await settle(el);
    const long = 'x'.repeat(120);
    const rtl = 'أشعر بالقلق 👩🏽‍🏫😟';
    el.value = {
      factors: [
        { id: 'evil', from: 'library', label: '<b onmouseover=alert(3)>Bold</b>', lane: 'pull', strength: 5, setting: 'out-of-school', words: '<img src=x onerror=alert(5)>' },
        { id: 'own-1', from: 'own', label: long, lane: 'push', strength: 2, setting: 'in-school', words: `أشعر بالقلق كل صباح قبل المدرسة ${rtl} ${'y'.repeat(3000)}` },
        { id: 'own-2', from: 'own', label: rtl, lane: 'pull-back', strength: 4, setting: 'in-school', words: '' },
      ],
      adjustments: [{ id: 'adj-1', text: '<script>alert(6)</script>', factor: 'evil', owner: '<i>x</i>', reviewDate: '' }],
    };
    await settle(el);
    expect($(el, '#config-error')).to.equal(null);
    expect(el.shadowRoot!.querySelector('img, script, b, i, a[href^="javascript"]')).to.equal(null);
    expect($(el, '#t-evil')!.textContent).to.equal('<b onmouseover=alert(3)>Bold</b>');
    expect($(el, '#card-evil .question')!.textContent).to.contain("<a href='javascript:alert(4)'>x</a>?");
    expect($<HTMLTextAreaElement>(el, '#w-evil')!.value).to.equal('<img src=x onerror=alert(5)>');
    expect($<HTMLTextAreaElement>(el, '#a-text-adj-1')!.value).to.equal('<script>alert(6)</script>');
    expect($$<HTMLOptionElement>(el, '#owners option').map((o) => o.value)).to.include('<script>alert(2)</script>');
    expect($(el, '#t-own-2')!.getAttribute('dir')).to.equal('auto');
    // The map shortens the long label and isolates the right-to-left one.
    const labels = $$(el, '.bar-label').map((t) => t.textContent!);
    expect(labels).to.include(`\u2068${'x'.repeat(31)}…\u2069`);
    expect(labels).to.include(`\u2068${rtl}\u2069`);
    // Nothing is wider than the 320 px it was given.
    const base = $(el, '.base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
  });

  it('restores the work after a reload with storage="local"', async () => {
    const first = await make(html`<attendance-push-pull storage="local" storage-key="case-1"></attendance-push-pull>`);
    first.value = example();
    await settle(first);
    $<HTMLInputElement>(first, '#st-interests-5')!.click();
    await settle(first);
    expect($(first, '.storage-line')!.textContent).to.contain('Saved on this device only');
    first.remove();
    const again = await make(html`<attendance-push-pull storage="local" storage-key="case-1"></attendance-push-pull>`);
    expect(again.value.factors.find((f) => f.id === 'interests')!.strength).to.equal(5);
    expect($<HTMLInputElement>(again, '#st-interests-5')!.checked).to.equal(true);
    expect(again.shadowRoot!.textContent).to.contain('was restored from this device');
  });

  it('keeps working, and says it is not saving, when storage is blocked', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      const el = await make(html`<attendance-push-pull storage="local"></attendance-push-pull>`);
      el.value = example();
      await settle(el);
      $<HTMLInputElement>(el, '#st-interests-1')!.click();
      await settle(el);
      expect(el.value.factors.find((f) => f.id === 'interests')!.strength).to.equal(1);
      expect($(el, '.storage-line')!.textContent).to.contain('this browser is blocking storage');
    } finally {
      Object.defineProperty(window, 'localStorage', original);
    }
  });

  it('keeps several maps on one page apart', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <attendance-push-pull storage="local"></attendance-push-pull>
        <attendance-push-pull storage="local"></attendance-push-pull>
      </div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('attendance-push-pull')];
    await settle(a!);
    await settle(b!);
    const select = $<HTMLSelectElement>(a!, '#library')!;
    select.value = 'anxiety';
    $<HTMLButtonElement>(a!, '#add-library')!.click();
    await settle(a!);
    expect(a!.value.factors).to.have.length(1);
    expect(b!.value.factors).to.have.length(0);
    expect($(b!, '#card-anxiety')).to.equal(null);
    expect(Object.keys(localStorage)).to.have.length(1);
  });

  it('emits change with its value, submits it with a form, and resets', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><attendance-push-pull name="map"></attendance-push-pull></form>`);
    const el = form.querySelector('attendance-push-pull')!;
    await settle(el);
    const details: unknown[] = [];
    el.addEventListener('change', (e) => details.push((e as CustomEvent).detail));
    $<HTMLInputElement>(el, '#own-label')!.value = 'Getting to school';
    $<HTMLButtonElement>(el, '#add-own')!.click();
    await settle(el);
    expect(details).to.have.length(1);
    expect(details[0]).to.have.nested.property('value.factors[0].label', 'Getting to school');
    expect(JSON.parse(new FormData(form).get('map') as string).factors[0].id).to.equal('own-1');
    form.reset();
    await settle(el);
    expect(el.value).to.deep.equal({ factors: [], adjustments: [] });
    expect(details).to.have.length(2);
  });

  it('exports a JSON file that imports back to the same value', async () => {
    const downloads = captureDownloads();
    try {
      const el = await make();
      el.value = example();
      await settle(el);
      $<HTMLButtonElement>(el, '#download')!.click();
      await settle(el);
      expect(downloads.blobs.length > 0, 'the download').to.equal(true);
      await settle(el);
      expect(downloads.blobs).to.have.length(1);
      const text = await downloads.blobs[0]!.text();
      expect(JSON.parse(text)).to.include({ format: 'attendance-push-pull', version: 1 });
      expect($(el, '#action-message')!.textContent).to.contain('keep it as safely as the case record');

      const other = await make();
      const changes: unknown[] = [];
      other.addEventListener('change', (e) => changes.push(e));
      await importFile(other, text);
      expect(other.value).to.deep.equal(el.value);
      expect(changes).to.have.length(1);
      expect($(other, '#action-message')!.textContent).to.contain('The file was imported');
    } finally {
      downloads.restore();
    }
  });

  it('changes nothing, and says why, when the imported file is malformed or tampered with', async () => {
    const el = await make();
    el.value = example();
    await settle(el);
    const before = JSON.stringify(el.value);
    const changes: unknown[] = [];
    el.addEventListener('change', (e) => changes.push(e));
    const heard = listen(el);

    await importFile(el, '{"format": "attendance-push-pull", "version": 1, "value": ');
    expect($(el, '#import-error')!.textContent).to.equal('This file is not a saved push and pull map: it is not a JSON file. Nothing was changed.');
    expect($(el, '#import')!.getAttribute('aria-describedby')).to.contain('import-error');
    expect(heard.at(-1)).to.contain('Nothing was changed');

    const damaged = structuredClone(exampleFile);
    damaged.value.adjustments[0]!.reviewDate = '2027-13-01';
    await importFile(el, JSON.stringify(damaged), 'map.json');
    expect($(el, '#import-error')!.textContent).to.equal('This file has been changed or damaged: adjustment 1 has a review date that is not a real date. Nothing was changed.');
    await importFile(el, '{"format":"attendance-push-pull","version":1,"value":{"factors":[],"adjustments":[],"__proto__":{}}}');
    expect($(el, '#import-error')!.textContent).to.contain('tampered with');
    await importFile(el, '{"format":"attendance-checklist","version":1,"value":{"checklist":"assessment","items":{}}}');
    expect($(el, '#import-error')!.textContent).to.contain('not a push and pull map downloaded from this tool');
    await importFile(el, ' '.repeat(pushPullLimits.fileChars + 1));
    expect($(el, '#import-error')!.textContent).to.contain('too large');

    expect(JSON.stringify(el.value)).to.equal(before);
    expect(changes).to.have.length(0);
    expect(await axeViolations(el)).to.deep.equal([]);
  });

  it('shows a clear message for bad settings, warns once in the console, and runs with the defaults', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await make(
        html`<attendance-push-pull base-url="javascript:alert(1)//" hidden-factors="anxiety, homework">
          <script type="application/json">
            { "owners": "Head of year", "extraFactors": [{ "id": "anxiety", "label": "Duplicate", "lane": "push", "setting": "in-school" }] }
          </script>
        </attendance-push-pull>`,
      );
      const message = $(el, '#config-error')!.textContent!;
      expect(message).to.contain('Some settings for this tool could not be used');
      expect(message).to.contain('inline JSON: "owners" must be a list of names');
      expect(message).to.contain('attributes: "base-url" must be a path such as "/guidance/" or an https:// address, so it was ignored');
      expect(message).to.contain('hiddenFactors: "homework" is not a factor in the library');
      expect(message).to.contain('extraFactors: "anxiety" is already a factor in the library, so the extra factor was left out');
      expect(message).to.contain('The standard settings are used instead of these.');
      expect($(el, '.intro a')!.getAttribute('href')).to.equal('/guidance/push-and-pull-factors/');
      expect($$<HTMLOptionElement>(el, '#library option').map((o) => o.value)).not.to.include('anxiety');
      expect(warnings).to.have.length(1);
      expect(String(warnings[0]![0])).to.contain('attendance-push-pull: Some settings');
      expect(await axeViolations(el)).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });

  it('applies a council’s names, owners and extra factors, attributes over the inline JSON', async () => {
    const el = await make(
      html`<attendance-push-pull attendance-team="the Anyshire Attendance Team" base-url="https://kit.example.org/guidance/">
        <script type="application/json">
          {
            "localNames": { "attendanceTeam": "overridden by the attribute", "inclusionService": "the Anyshire Inclusion Hub" },
            "owners": ["Head of year", "{inclusionService}", "Anyshire Young Carers"],
            "extraFactors": [
              { "id": "transport", "label": "Getting to school", "lane": "pull", "setting": "out-of-school", "adjustments": ["Ask {attendanceTeam} about a bus pass."] }
            ]
          }
        </script>
      </attendance-push-pull>`,
    );
    expect($(el, '#config-error')).to.equal(null);
    expect($$<HTMLOptionElement>(el, '#owners option').map((o) => o.value)).to.deep.equal(['Head of year', 'the Anyshire Inclusion Hub', 'Anyshire Young Carers']);
    const select = $<HTMLSelectElement>(el, '#library')!;
    select.value = 'transport';
    $<HTMLButtonElement>(el, '#add-library')!.click();
    await settle(el);
    expect($(el, '#card-transport .meta')!.textContent).to.contain('Added by your council');
    expect($(el, '#card-transport .examples')!.textContent).to.contain('Ask the Anyshire Attendance Team about a bus pass.');
    expect($(el, '.intro a')!.getAttribute('href')).to.equal('https://kit.example.org/guidance/push-and-pull-factors/');
    const text = await el.toText(new Date('2026-11-27T10:00:00Z'));
    expect(text).to.contain('1. Getting to school (strength 3 of 5)\n   Out of school.\n   Added by your council.');
  });

  it('shows the summary selected in a box when the browser refuses to copy', async () => {
    const clipboard = stubClipboard(false);
    try {
      const el = await make();
      el.value = example();
      $<HTMLButtonElement>(el, '#copy')!.click();
      await settle(el);
      expect(!!$(el, '#copy-text'), 'the copy box').to.equal(true);
      await settle(el);
      const area = $<HTMLTextAreaElement>(el, '#copy-text')!;
      expect(area.value).to.equal(await el.toText());
      expect(deepActiveElement()).to.equal(area);
      expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
      expect($(el, '#action-message')!.textContent).to.contain('press Ctrl+C');
    } finally {
      clipboard.restore();
    }
  });

  it('prints the map and its tables without the controls', async () => {
    const el = await make();
    el.value = example();
    await settle(el);
    const visible = (selector: string) => $$(el, selector).some((e) => e.checkVisibility());
    try {
      await emulateMedia({ media: 'print' });
      expect(visible('svg.map-svg'), 'map').to.equal(true);
      expect(visible('.map-table'), 'factor table').to.equal(true);
      expect($(el, '.map-table')!.getBoundingClientRect().width).to.be.greaterThan(100);
      expect(visible('.adjustments-table'), 'adjustments table').to.equal(true);
      for (const hidden of ['.add', '.lanes', '.adjustment-list', '#add-adjustment', '.actions', '.storage']) expect(visible(hidden), hidden).to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(visible('.adjustments-table')).to.equal(false);
    expect($(el, '.map-table-box')!.getBoundingClientRect().width).to.be.at.most(1);
  });

  it('clears the work only after asking', async () => {
    const el = await make(html`<attendance-push-pull storage="session"></attendance-push-pull>`);
    el.value = example();
    await settle(el);
    $<HTMLButtonElement>(el, '#clear')!.click();
    await settle(el);
    expect(el.value.factors).to.have.length(7);
    $<HTMLButtonElement>(el, '#clear-yes')!.click();
    await settle(el);
    expect(el.value).to.deep.equal({ factors: [], adjustments: [] });
    expect(sessionStorage.length).to.equal(0);
    expect($(el, 'svg .map-empty')!.textContent).to.equal('Nothing on the map yet');
  });

  it('makes no request beyond the page it is on', async () => {
    const downloads = captureDownloads();
    const clipboard = stubClipboard();
    try {
      const el = await make(html`<attendance-push-pull storage="local" example></attendance-push-pull>`);
      $<HTMLButtonElement>(el, '#load-example')!.click();
      await settle(el);
      expect(el.value.factors.length > 0, 'the example').to.equal(true);
      $<HTMLButtonElement>(el, '#copy')!.click();
      $<HTMLButtonElement>(el, '#download')!.click();
      await settle(el);
      expect(clipboard.copied.length > 0 && downloads.blobs.length > 0, 'the copy and the download').to.equal(true);
      await settle(el);
      expect(offHostRequests()).to.deep.equal([]);
    } finally {
      downloads.restore();
      clipboard.restore();
    }
  });
});
