/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './index.ts';
import type { AttendanceFourIs } from './attendance-four-is.ts';
import type { FourIsValue } from './state.ts';
import { fixedPlan } from './fixtures/plan.ts';
import { generateCohortCsv } from './sample-cohort.ts';
import { axeViolations, deepActiveElement, offHostRequests, stubClipboard, captureDownloads } from '../../test/helpers/browser.ts';
import { $, $$, focusedId, importFile, live, press, settle, tabTo, text } from '../../test/helpers/widgets.ts';

const activeId = () => focusedId();

async function mount(template = html`<attendance-four-is></attendance-four-is>`) {
  const el = await fixture<AttendanceFourIs>(template);
  await settle(el);
  return el;
}

/** Puts a file in a file control as a person picking it would, and waits until the planner has dealt with it. */
const pickFile = (el: AttendanceFourIs, selector: string, content: BlobPart, name: string) => importFile(el, content, name, selector);

const journeyCsv = [
  'Ref,School,Year,Possible,Attended,Status,SEN,Gender,Home language',
  'K1,Oak (fictional),7,100,80,CIN,N,F,English',
  'K2,Oak (fictional),8,100,95,LAC,K,M,Polish',
  'K3,Elm (fictional),9,100,45,CP,E,F,English',
  'K4,Elm (fictional),9,abc,45,CP,E,F,English',
].join('\n');

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('attendance-four-is', () => {
  it('takes a person through Identify, Intelligence, Intervention and Impact by keyboard alone', async () => {
    const clipboard = stubClipboard();
    try {
      const el = await mount();
      const before = document.createElement('button');
      el.before(before);
      before.focus();

      // Identify: the term, a paste, the column preview (keeping one more column), loading.
      await tabTo('term-autumn');
      await press('ArrowRight');
      await tabTo('paste-toggle');
      await press('Enter');
      await tabTo('paste');
      await sendKeys({ type: journeyCsv });
      await tabTo('read-paste');
      await press('Enter');
      await settle(el);
      expect(activeId()).to.equal('preview-title');
      expect(text(el, '#preview')).to.contain('Found 4 rows in the pasted rows.');
      await tabTo('use-8');
      await press('ArrowUp');
      await tabTo('load');
      await press('Enter');
      await settle(el);
      expect(activeId()).to.equal('import-report');
      expect(text(el, '#import-report')).to.equal(
        'Loaded 3 pupils from the pasted rows. 1 row was not loaded. Correct it in the file and import again: Line 5: Possible sessions must be a number, like 380',
      );

      // A pupil typed by hand.
      await tabTo('add-toggle');
      await press('Enter');
      await tabTo('add-ref');
      await sendKeys({ type: 'K5' });
      await press('Tab');
      await sendKeys({ type: 'Ash (fictional)' });
      await press('Tab');
      await sendKeys({ type: 'Year 10' });
      await press('Tab');
      await sendKeys({ type: '100' });
      await press('Tab');
      await sendKeys({ type: '60' });
      await press('Tab');
      await press('ArrowDown', 3);
      await press('Tab');
      await press('ArrowDown');
      await tabTo('add-trait-1');
      await sendKeys({ type: 'Polish' });
      await press('Enter');
      await settle(el);
      expect(activeId()).to.equal('add-ref');
      expect(live(el)).to.equal('Added K5. The cohort has 4 pupils.');
      expect(text(el, '#ranked-caption')).to.equal('Pupils from the lowest attendance: 1 to 4 of 4');
      expect($$(el, '#ranked tbody th').map((th) => th.textContent)).to.deep.equal(['K3', 'K5', 'K1', 'K2']);

      // Intelligence: who is involved with the looked-after pupils.
      await tabTo('tab-identify', true);
      await press('ArrowRight');
      await settle(el);
      expect(activeId()).to.equal('tab-intelligence');
      expect($(el, '#tab-intelligence')!.getAttribute('aria-selected')).to.equal('true');
      await tabTo('int-about');
      await press('ArrowDown', 3);
      await tabTo('int-role');
      await press('ArrowDown');
      await tabTo('int-who');
      await sendKeys({ type: 'Designated teacher at Oak' });
      await tabTo('int-knows');
      await sendKeys({ type: 'Both have up-to-date plans.' });
      await tabTo('int-add');
      await press('Enter');
      await settle(el);
      expect(activeId()).to.equal('int-about');
      expect(text(el, '#involvement tbody')).to.contain('Social worker status: Looked after');

      // Intervention: an action for the child protection group, then its status.
      await tabTo('tab-intelligence', true);
      await press('ArrowRight');
      await settle(el);
      await tabTo('act-about');
      await press('ArrowDown', 2);
      await tabTo('act-text');
      await sendKeys({ type: 'Review attendance in each child protection plan' });
      await tabTo('act-owner');
      await sendKeys({ type: 'East team' });
      await tabTo('act-level');
      await press('ArrowDown');
      await tabTo('act-add');
      await press('Enter');
      await settle(el);
      await tabTo('status-a1');
      await press('ArrowDown');
      await settle(el);
      expect(live(el)).to.equal('Status: In progress.');
      expect($<HTMLAnchorElement>(el, '#actions a')!.getAttribute('href')).to.equal('/responsibilities/#looked-after-children--local-authorities');

      // Impact: the year, a cohort target for each term, a typed autumn figure, the judgement.
      await tabTo('tab-intervention', true);
      await press('ArrowRight');
      await settle(el);
      await tabTo('year');
      await sendKeys({ type: '2026 to 2027' });
      await tabTo('target-add');
      await press('Enter');
      await settle(el);
      expect(activeId()).to.equal('t1-autumn-target');
      await sendKeys({ type: '90' });
      await press('Tab');
      await sendKeys({ type: '85' });
      await press('Tab');
      await sendKeys({ type: '72' });
      await press('Tab');
      await sendKeys({ type: '75' });
      await tabTo('judgement');
      await sendKeys({ type: 'Attendance rose after the plans were reviewed.' });
      await press('Tab');
      await settle(el);

      const value = el.value;
      expect(value.term).to.equal('spring');
      expect(value.year).to.equal('2026 to 2027');
      expect(value.traits).to.deep.equal([
        { id: 'sex', label: 'Sex' },
        { id: 'col-home-language', label: 'Home language' },
      ]);
      expect(value.pupils.map((p) => [p.ref, p.status, p.send, p.year, p.traits])).to.deep.equal([
        ['K1', 'cin', 'none', '7', ['F', 'English']],
        ['K2', 'lac', 'sen-support', '8', ['M', 'Polish']],
        ['K3', 'cp', 'ehcp', '9', ['F', 'English']],
        ['K5', 'lac', 'none', '10', ['', 'Polish']],
      ]);
      expect(value.involvement).to.deep.equal([
        { id: 'i1', about: 'status=lac', role: 'designated-teacher', who: 'Designated teacher at Oak', knows: 'Both have up-to-date plans.', lastContact: '' },
      ]);
      expect(value.actions).to.deep.equal([
        {
          id: 'a1',
          about: 'status=cp',
          text: 'Review attendance in each child protection plan',
          role: 'social-worker',
          owner: 'East team',
          due: '',
          status: 'in-progress',
          level: 'looked-after-children',
          party: 'local-authorities',
        },
      ]);
      expect(value.targets).to.deep.equal([{ id: 't1', about: 'cohort', target: { autumn: '90', spring: '72', summer: '75' }, actual: { autumn: '85', spring: '', summer: '' } }]);
      expect(value.recorded.find((r) => r.term === 'spring' && r.about === 'cohort')!.figures).to.deep.equal({ pupils: 4, possible: 400, attended: 280, persistent: 3, severe: 1 });
      expect(value.judgement).to.equal('Attendance rose after the plans were reviewed.');

      // The report, copied by keyboard.
      await tabTo('copy');
      await press('Enter');
      await settle(el);
      await settle(el);
      expect(clipboard.copied).to.have.length(1);
      expect(clipboard.copied[0]).to.contain('Figures for: Spring term, 2026 to 2027\n');
      expect(clipboard.copied[0]).to.contain('- Spring term: target 72.0%, actual 70.0% (2 points below)\n');
      expect(text(el, '#action-message')).to.contain('Copied');
      before.remove();
    } finally {
      clipboard.restore();
    }
  });

  it('moves between steps with the arrow keys, Home and End, after the ARIA tabs pattern', async () => {
    const el = await mount();
    $<HTMLElement>(el, '#tab-identify')!.focus();
    const selected = () =>
      $$(el, '[role="tab"]')
        .filter((t) => t.getAttribute('aria-selected') === 'true')
        .map((t) => t.id);
    await press('End');
    await settle(el);
    expect([activeId(), ...selected()]).to.deep.equal(['tab-impact', 'tab-impact']);
    await press('ArrowRight');
    await settle(el);
    expect(activeId()).to.equal('tab-identify');
    await press('ArrowLeft');
    await press('ArrowLeft');
    await settle(el);
    expect(activeId()).to.equal('tab-intervention');
    await press('Home');
    await settle(el);
    expect(activeId()).to.equal('tab-identify');
    expect($$(el, '[role="tab"]').map((t) => t.getAttribute('tabindex'))).to.deep.equal(['0', '-1', '-1', '-1']);
    expect($$(el, '[role="tabpanel"]').map((p) => p.hidden)).to.deep.equal([false, true, true, true]);
    expect($(el, '#panel-identify')!.getAttribute('aria-labelledby')).to.equal('tab-identify');
    await press('Tab');
    expect(activeId()).to.equal('panel-identify');
  });

  // Every step and state, in three tests of a few axe runs each, so that none nears the time limit on a busy machine.
  const axeChecker = (el: AttendanceFourIs) => async (state: string) => {
    await settle(el);
    expect(await axeViolations(el), state).to.deep.equal([]);
  };

  it('has no axe violations in any step when empty, or in the Identify step’s errors', async () => {
    const el = await mount(html`<attendance-four-is storage="session"></attendance-four-is>`);
    const check = axeChecker(el);
    await check('empty');
    for (const step of ['intelligence', 'intervention', 'impact']) {
      $<HTMLButtonElement>(el, `#tab-${step}`)!.click();
      await check(`empty ${step}`);
    }
    $<HTMLButtonElement>(el, '#tab-identify')!.click();
    await settle(el);
    $<HTMLElement>(el, '#paste-toggle')!.click();
    $<HTMLElement>(el, '#add-toggle')!.click();
    $<HTMLTextAreaElement>(el, '#paste')!.value = 'Ref,School,Notes\nA1,Oak,x';
    $<HTMLButtonElement>(el, '#read-paste')!.click();
    await check('preview with a missing column');
    $<HTMLButtonElement>(el, '#load')!.click();
    await check('load refused');
    $<HTMLTextAreaElement>(el, '#paste')!.value = 'Ref,"never closed';
    $<HTMLButtonElement>(el, '#read-paste')!.click();
    await check('import error');
    $<HTMLButtonElement>(el, '#add-pupil')!.click();
    await check('add error');
  });

  /** A planner with a cohort of 60 and a bad row loaded. */
  async function withCohort() {
    const el = await mount(html`<attendance-four-is storage="session"></attendance-four-is>`);
    el.value = fixedPlan();
    await el.loadCsv(generateCohortCsv(60) + 'BAD,Oak,7,x,1,CIN,N,,,\r\n');
    return el;
  }

  it('has no axe violations with a cohort loaded, and on its second page', async () => {
    const el = await withCohort();
    const check = axeChecker(el);
    await check('a cohort of 60 with a bad row');
    $<HTMLButtonElement>(el, '#next-page')!.click();
    await check('second page');
  });

  for (const half of [0, 1]) {
    it(`has no axe violations in every breakdown of a cohort (${half === 0 ? 'first' : 'second'} half of them)`, async () => {
      const el = await withCohort();
      const check = axeChecker(el);
      const dimension = $<HTMLSelectElement>(el, '#dimension')!;
      const options = [...dimension.options];
      const middle = Math.ceil(options.length / 2);
      for (const option of half === 0 ? options.slice(0, middle) : options.slice(middle)) {
        dimension.value = option.value;
        dimension.dispatchEvent(new Event('change'));
        await check(`breakdown by ${option.value}`);
      }
    });
  }

  it('has no axe violations in the plan steps with entries, with their errors, and confirming a clear', async () => {
    const el = await mount(html`<attendance-four-is storage="session"></attendance-four-is>`);
    const check = axeChecker(el);
    el.value = fixedPlan();
    for (const step of ['intelligence', 'intervention', 'impact']) {
      $<HTMLButtonElement>(el, `#tab-${step}`)!.click();
      await settle(el);
      $$(el, 'details').forEach((d) => ((d as HTMLDetailsElement).open = true));
      await check(`${step} with entries`);
    }
    $<HTMLButtonElement>(el, '#target-add')!.click();
    await check('impact: target already set');
    $<HTMLButtonElement>(el, '#tab-intelligence')!.click();
    await settle(el);
    $<HTMLSelectElement>(el, '#int-about')!.value = 'pupil';
    $<HTMLSelectElement>(el, '#int-about')!.dispatchEvent(new Event('change'));
    await settle(el);
    $<HTMLButtonElement>(el, '#int-add')!.click();
    await check('intelligence: unknown pupil');
    await pickFile(el, '#import', 'not json', 'plan.json');
    $<HTMLButtonElement>(el, '#clear')!.click();
    await check('plan import error and confirming clear');
  });

  it('renders hostile cells from a CSV as text, never as markup', async () => {
    const el = await mount();
    const csv = [
      'Ref,School,Possible,Attended,Status,Notes',
      '"<img src=x onerror=alert(1)>","<script>alert(2)</script>",100,50,CIN,"<a href=javascript:alert(3)>x</a>"',
      '=HYPERLINK("http://evil.example"),@SUM(1),100,90,LAC,+1',
    ].join('\n');
    $<HTMLTextAreaElement>(el, '#paste')!.value = csv;
    $<HTMLButtonElement>(el, '#read-paste')!.click();
    await settle(el);
    const notes = $<HTMLSelectElement>(el, '#use-5')!;
    notes.value = 'keep';
    notes.dispatchEvent(new Event('change'));
    await settle(el);
    expect(text(el, '#preview tbody')).to.contain('<a href=javascript:alert(3)>x</a>');
    $<HTMLButtonElement>(el, '#load')!.click();
    await settle(el);
    expect(el.shadowRoot!.querySelector('img, script, a[href^="javascript"]')).to.equal(null);
    expect($$(el, '#ranked tbody th').map((th) => th.textContent)).to.deep.equal(['<img src=x onerror=alert(1)>', '=HYPERLINK("http://evil.example")']);
    expect(text(el, '#ranked tbody')).to.contain('<script>alert(2)</script>');
    const dimension = $<HTMLSelectElement>(el, '#dimension')!;
    dimension.value = 'col-notes';
    dimension.dispatchEvent(new Event('change'));
    await settle(el);
    expect(text(el, '#breakdown tbody')).to.contain('<a href=javascript:alert(3)>x</a>');
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    $<HTMLButtonElement>(el, '#tab-intelligence')!.click();
    await settle(el);
    expect([...$<HTMLSelectElement>(el, '#int-about')!.options].map((o) => o.textContent)).to.include('<script>alert(2)</script>');
  });

  it('reads a Windows-1252 (Latin-1) file as the letters it holds, and says it was not UTF-8', async () => {
    const el = await mount();
    // "École" and "André" as a Windows spreadsheet saves them: one byte each for É and é.
    const latin1 = new Uint8Array(
      [...'Ref,School,Possible,Attended,Status\nA1,']
        .map((c) => c.charCodeAt(0))
        .concat(
          [0xc9],
          [...'cole St Andr'].map((c) => c.charCodeAt(0)),
          [0xe9],
          [...',380,300,CIN\n'].map((c) => c.charCodeAt(0)),
        ),
    );
    await pickFile(el, '#file', latin1, 'latin1.csv');
    expect(text(el, '#encoding-note')).to.contain('not saved as UTF-8');
    expect(text(el, '#preview')).to.contain('École St André');
    expect(text(el, '#preview')).not.to.contain('\uFFFD');
    expect(live(el)).to.contain('not saved as UTF-8');
    expect(await axeViolations(el)).to.deep.equal([]);
    await pickFile(el, '#file', 'Ref,School,Possible,Attended,Status\nA1,École,380,300,CIN\n', 'utf8.csv');
    expect($(el, '#encoding-note')).to.equal(null);
  });

  it('changes nothing when a malformed, empty or oversized file is imported, and says why', async () => {
    const el = await mount();
    el.value = fixedPlan();
    await settle(el);
    const before = JSON.stringify(el.value);
    const changes: unknown[] = [];
    el.addEventListener('change', (e) => changes.push(e));

    await pickFile(el, '#file', 'Ref,School,Possible\n"A1,Oak,380\nA2,Elm,380\n', 'broken.csv');
    expect(text(el, '#import-error')).to.equal('A quote opened on line 2 is never closed, so the rest of the file cannot be read. Nothing was changed.');
    expect($(el, '#file')!.getAttribute('aria-describedby')).to.equal('file-hint import-error');
    expect(live(el)).to.contain('Nothing was changed');
    expect(activeId()).to.equal('file');
    await pickFile(el, '#file', '', 'empty.csv');
    expect(text(el, '#import-error')).to.equal('This file is empty. Nothing was changed.');
    await pickFile(el, '#file', new Uint8Array(51 * 1024 * 1024), 'huge.csv');
    expect(text(el, '#import-error')).to.equal('This file is too large to be a cohort export (over 10 MB). Nothing was changed.');

    // A file that reads, but lacks a column: the preview says so and loading changes nothing.
    await pickFile(el, '#file', 'Ref,School\nA1,Oak\n', 'no-sessions.csv');
    $<HTMLButtonElement>(el, '#load')!.click();
    await settle(el);
    expect($$(el, '#mapping-problems li').map((li) => li.textContent)).to.deep.equal([
      'Choose the column that holds possible sessions.',
      'Choose the column that holds attended sessions.',
      'Choose the column that holds social worker status.',
    ]);
    expect(activeId()).to.equal('mapping-problems');
    $<HTMLButtonElement>(el, '#cancel-import')!.click();
    await settle(el);

    await pickFile(el, '#import', '{"format":"attendance-four-is","version":1,"value":{"term":"autumn"}}', 'plan.json');
    expect(text(el, '#import-error')).to.equal('This file has been changed or damaged: its academic year is not text. Nothing was changed.');
    await pickFile(el, '#import', '{"format":"attendance-four-is","version":1,"value":{"__proto__":{}}}', 'plan.json');
    expect(text(el, '#import-error')).to.contain('tampered with');

    expect(JSON.stringify(el.value)).to.equal(before);
    expect(changes).to.have.length(0);
  });

  it('draws the chart and its table from the term targets and the recorded attendance', async () => {
    const el = await mount();
    const plan = fixedPlan();
    // Autumn is recorded from the cohort (74.0%); summer is typed (79.5%); spring has none.
    el.value = plan;
    $<HTMLButtonElement>(el, '#tab-impact')!.click();
    await settle(el);
    // A cell with a field shows the field's label (for screen readers) rather than a figure.
    const cell = (c: Element) => (c.querySelector('input') ? `field: ${c.querySelector('label')!.textContent}` : c.textContent!.replace(/\s+/g, ' ').trim());
    const rows = $$(el, '#t1-table tbody tr').map((tr) => [...tr.children].map(cell));
    expect(rows).to.deep.equal([
      ['Autumn term', 'field: Autumn term target (%)', '74.0% (from the cohort loaded for this term)', '6 points below', 'No'],
      ['Spring term', 'field: Spring term target (%)', 'field: Spring term actual (%)', 'No figure yet', ''],
      ['Summer term', 'field: Summer term target (%)', 'field: Summer term actual (%)', '5.5 points below', 'No'],
    ]);
    expect($<HTMLInputElement>(el, '#t1-summer-actual')!.value).to.equal('79.5');
    const svg = $<SVGSVGElement>(el, '#t1-chart')!;
    expect(svg.getAttribute('role')).to.equal('img');
    expect(svg.querySelector('title')!.textContent).to.equal('Chart of target and actual attendance by term: The whole cohort');
    const points = (selector: string, y: string) =>
      [...svg.querySelectorAll(selector)].map((p) => [p.getAttribute('data-term'), Number(p.getAttribute('data-value')), Number(p.getAttribute(y))]);
    const targets = points('rect.target-point', 'y');
    const actuals = points('circle.actual-point', 'cy');
    expect(targets.map(([term, v]) => [term, v])).to.deep.equal([
      ['autumn', 80],
      ['spring', 82],
      ['summer', 85],
    ]);
    expect(actuals.map(([term, v]) => [term, Math.round(Number(v) * 10) / 10])).to.deep.equal([
      ['autumn', 74],
      ['summer', 79.5],
    ]);
    // Higher attendance is drawn higher: a smaller y. The target squares sit above the actual circles.
    expect(Number(targets[0]![2]) + 5).to.be.lessThan(Number(actuals[0]![2]));
    expect(Number(targets[1]![2])).to.be.lessThan(Number(targets[0]![2]));
    expect(svg.querySelector('path.actual')!.getAttribute('d')!.match(/M/g)).to.have.length(2);

    // Typing a spring figure joins the actual line and fills the table.
    const spring = $<HTMLInputElement>(el, '#t1-spring-actual')!;
    spring.value = '83';
    spring.dispatchEvent(new Event('change'));
    await settle(el);
    expect($$(el, '#t1-chart circle.actual-point')).to.have.length(3);
    expect($(el, '#t1-chart path.actual')!.getAttribute('d')!.match(/M/g)).to.have.length(1);
    expect(text(el, '#t1-table tbody tr:nth-child(2)')).to.contain('1 points above');

    // A target below an earlier term's attendance asks whether it is ambitious.
    const summer = $<HTMLInputElement>(el, '#t1-summer-target')!;
    summer.value = '70';
    summer.dispatchEvent(new Event('change'));
    await settle(el);
    expect(text(el, '#t1-summer-target-note')).to.equal('This is below attendance already recorded this year. Is it ambitious enough?');
    expect(summer.getAttribute('aria-describedby')).to.equal('t1-summer-target-note');
  });

  it('re-importing a later export records that term and keeps the earlier one', async () => {
    const el = await mount();
    await el.loadCsv('Ref,Possible,Attended,Status\nA,100,80,CIN\nB,100,90,LAC\n');
    $<HTMLInputElement>(el, '#term-spring')!.click();
    await settle(el);
    await el.loadCsv('Ref,Possible,Attended,Status\nA,200,190,CIN\nB,200,180,LAC\n');
    const cohort = (term: string) => el.value.recorded.find((r) => r.term === term && r.about === 'cohort')!.figures.attended;
    expect([cohort('autumn'), cohort('spring')]).to.deep.equal([170, 370]);
  });

  it('pages through a large cohort, showing only what is seen', async () => {
    const el = await mount();
    const result = await el.loadCsv(generateCohortCsv(10_000), 'big.csv');
    expect(result).to.deep.equal({ loaded: 10_000, problems: 0 });
    expect($$(el, '#ranked tbody tr')).to.have.length(25);
    expect(text(el, '#ranked-caption')).to.equal('Pupils from the lowest attendance: 1 to 25 of 10,000');
    $<HTMLButtonElement>(el, '#next-page')!.focus();
    await press('Enter');
    await settle(el);
    expect(text(el, '#ranked-caption')).to.equal('Pupils from the lowest attendance: 26 to 50 of 10,000');
    expect(activeId()).to.equal('next-page');
    expect(live(el)).to.equal('Pupils 26 to 50 of 10000');
    expect(sessionStorage.length).to.equal(1);
  });

  it('removes a pupil and keeps focus on the table', async () => {
    const el = await mount();
    await el.loadCsv('Ref,Possible,Attended,Status\nA,100,50,CIN\nB,100,60,LAC\nC,100,70,CP\n');
    $<HTMLButtonElement>(el, '[data-remove="1"]')!.focus();
    await press('Enter');
    await settle(el);
    expect(el.value.pupils.map((p) => p.ref)).to.deep.equal(['A', 'C']);
    expect((deepActiveElement() as HTMLElement).getAttribute('data-remove')).to.equal('1');
    await press('Enter');
    await settle(el);
    expect((deepActiveElement() as HTMLElement).getAttribute('data-remove')).to.equal('0');
    await press('Enter');
    await settle(el);
    expect(el.value.pupils).to.deep.equal([]);
    expect(activeId()).to.equal('file');
  });

  it('keeps the plan for the tab by default, says so, and restores it', async () => {
    const first = await mount(html`<attendance-four-is storage-key="vs"></attendance-four-is>`);
    expect(text(first, '#kept')).to.contain('kept in this browser tab until you close it');
    first.value = fixedPlan();
    await settle(first);
    await first.loadCsv('Ref,Possible,Attended,Status\nA,100,80,CIN\n');
    expect(sessionStorage.length).to.equal(1);
    expect(localStorage.length).to.equal(0);
    first.remove();
    const again = await mount(html`<attendance-four-is storage-key="vs"></attendance-four-is>`);
    expect(again.value.pupils.map((p) => p.ref)).to.deep.equal(['A']);
    expect(again.value.actions).to.have.length(2);
    expect(again.shadowRoot!.textContent).to.contain('was restored from this device');
  });

  it('keeps several planners apart, works with storage blocked, and keeps nothing with storage="none"', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <attendance-four-is storage="local"></attendance-four-is>
        <attendance-four-is storage="local"></attendance-four-is>
        <attendance-four-is storage="none"></attendance-four-is>
      </div>`,
    );
    const [a, b, none] = [...wrapper.querySelectorAll('attendance-four-is')] as AttendanceFourIs[];
    await settle(a!);
    await a!.loadCsv('Ref,Possible,Attended,Status\nA,100,80,CIN\n');
    await none!.loadCsv('Ref,Possible,Attended,Status\nN,100,80,CIN\n');
    expect(b!.value.pupils).to.deep.equal([]);
    expect(Object.keys(localStorage)).to.have.length(1);
    expect(text(none!, '#kept')).to.contain('is not kept');

    const original = Object.getOwnPropertyDescriptor(window, 'sessionStorage')!;
    Object.defineProperty(window, 'sessionStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      const blocked = await mount();
      await blocked.loadCsv('Ref,Possible,Attended,Status\nA,100,80,CIN\n');
      expect(blocked.value.pupils).to.have.length(1);
      expect(text(blocked, '.storage-line')).to.contain('this browser is blocking storage');
      expect(text(blocked, '#kept')).to.contain('is not kept');
    } finally {
      Object.defineProperty(window, 'sessionStorage', original);
    }
  });

  it('submits its value with a form and emits change with it', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><attendance-four-is name="plan"></attendance-four-is></form>`);
    const el = form.querySelector('attendance-four-is')!;
    await settle(el);
    const details: unknown[] = [];
    el.addEventListener('change', (e) => details.push((e as CustomEvent).detail));
    await el.loadCsv('Ref,Possible,Attended,Status\nA,100,80,CIN\n');
    expect(details).to.have.length(1);
    expect(details[0]).to.have.nested.property('value.pupils[0].ref', 'A');
    const submitted = JSON.parse(new FormData(form).get('plan') as string) as FourIsValue;
    expect(submitted.pupils[0]!.attended).to.equal(80);
    el.reset();
    expect(JSON.parse(new FormData(form).get('plan') as string)).to.deep.equal({ ...el.value, pupils: [] });
  });

  it('exports the plan as JSON that imports back, and the tables as CSV', async () => {
    const downloads = captureDownloads();
    try {
      const el = await mount();
      el.value = fixedPlan();
      await settle(el);
      $<HTMLButtonElement>(el, '#download')!.click();
      await settle(el);
      $<HTMLButtonElement>(el, '#download-ranked')!.click();
      $<HTMLButtonElement>(el, '#download-breakdown')!.click();
      await settle(el);
      expect(downloads.names.map((n) => n.replace(/\d{4}-\d{2}-\d{2}/, 'DATE'))).to.deep.equal(['four-is-plan-DATE.json', 'four-is-ranked-DATE.csv', 'four-is-breakdown-DATE.csv']);
      // A byte-order mark first, so spreadsheets read the file as UTF-8 (text() would drop it).
      expect([...new Uint8Array(await downloads.blobs[1]!.arrayBuffer()).slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const ranked = await downloads.blobs[1]!.text();
      expect(ranked.startsWith('Rank,Pupil reference,')).to.equal(true);
      expect(ranked).to.contain('\r\n1,FICT-P3,Alder Primary School (fictional),Year 6,Child protection,EHC plan,Female,380,190,190,50,Severe absence\r\n');

      const other = await mount();
      await pickFile(other, '#import', await downloads.blobs[0]!.text(), 'plan.json');
      expect(other.value).to.deep.equal(el.value);
      expect(text(other, '#action-message')).to.contain('The plan was imported');
    } finally {
      downloads.restore();
    }
  });

  it('prints the report without the controls', async () => {
    const el = await mount();
    el.value = fixedPlan();
    await settle(el);
    window.dispatchEvent(new Event('beforeprint'));
    await settle(el);
    try {
      await emulateMedia({ media: 'print' });
      expect($(el, '#print-report')!.checkVisibility()).to.equal(true);
      expect(text(el, '#print-report')).to.contain('Target: The whole cohort');
      expect($(el, '[role="tablist"]')!.checkVisibility()).to.equal(false);
      expect($(el, '.storage')!.checkVisibility()).to.equal(false);
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect($(el, '#print-report')!.checkVisibility()).to.equal(false);
  });

  it('shows the text selected in a box when the browser refuses to copy', async () => {
    const clipboard = stubClipboard(false);
    try {
      const el = await mount();
      el.value = fixedPlan();
      $<HTMLButtonElement>(el, '#copy')!.click();
      await settle(el);
      await settle(el);
      const area = $<HTMLTextAreaElement>(el, '#copy-text')!;
      expect(area.value).to.equal(await el.toText());
      // Compared as a boolean: a failing comparison of two DOM elements makes chai print the whole page.
      expect(deepActiveElement() === area).to.equal(true);
      expect(await axeViolations(el)).to.deep.equal([]);
    } finally {
      clipboard.restore();
    }
  });

  it('applies a council’s settings, and shows a clear message for bad ones', async () => {
    const el = await mount(
      html`<attendance-four-is small-group-threshold="2" virtual-school="Anyshire Virtual School" responsibilities-url="https://kit.example.org/responsibilities/">
        <script type="application/json">
          { "extraCharacteristics": [{ "id": "young-carer", "label": "Young carer", "headers": ["YC"] }] }
        </script>
      </attendance-four-is>`,
    );
    expect($(el, '#config-error')).to.equal(null);
    await el.loadCsv('Ref,Possible,Attended,Status,YC\nA,100,50,CP,Yes\nB,100,50,CP,Yes\nC,100,100,CIN,No\nD,100,100,CIN,No\n');
    expect(el.value.traits).to.deep.equal([{ id: 'young-carer', label: 'Young carer' }]);
    expect(text(el, '#rule')).to.contain('a group of at least 2 pupils');
    expect(text(el, '#breakdown tbody tr:first-child')).to.contain('Child in need');
    expect(text(el, '#breakdown tbody tr:nth-child(2)')).to.contain('Distinct difference');
    $<HTMLButtonElement>(el, '#tab-intervention')!.click();
    await settle(el);
    expect([...$<HTMLSelectElement>(el, '#act-role')!.options].map((o) => o.textContent)).to.include('Virtual school (Anyshire Virtual School)');
    expect($<HTMLAnchorElement>(el, '#expected-toggle + ul + p a, details a')!.getAttribute('href')).to.equal(
      'https://kit.example.org/responsibilities/#pupils-with-a-social-worker--local-authorities',
    );

    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const bad = await mount(html`<attendance-four-is small-group-threshold="1" responsibilities-url="javascript:alert(1)"></attendance-four-is>`);
      expect(text(bad, '#config-error')).to.contain('"small-group-threshold" must be a whole number from 2 to 100');
      expect(text(bad, '#config-error')).to.contain('"responsibilities-url" must be a path');
      expect(warnings).to.have.length(1);
      expect(await axeViolations(bad)).to.deep.equal([]);
    } finally {
      console.warn = warn;
    }
  });

  it('refuses a due date with a five-digit year, which no saved plan could hold, and says so by the field', async () => {
    const el = await mount();
    el.value = fixedPlan();
    await settle(el);
    $<HTMLButtonElement>(el, '#tab-intervention')!.click();
    await settle(el);
    $<HTMLTextAreaElement>(el, '#act-text')!.value = 'Meet the school';
    // Chromium caps the year at four digits (the field's max); other browsers let a person type more.
    $<HTMLInputElement>(el, '#act-due')!.value = '32027-03-27';
    $<HTMLButtonElement>(el, '#act-add')!.click();
    await settle(el);
    expect(el.value.actions).to.have.length(fixedPlan().actions.length);
    expect(text(el, '#act-due-error')).to.equal('Enter a real date, with a four-digit year.');
    expect($(el, '#act-due')!.getAttribute('aria-describedby')).to.equal('act-due-error');
    expect(activeId()).to.equal('act-due');
    expect(live(el)).to.equal('Enter a real date, with a four-digit year.');
  });

  it('clears the plan only after asking', async () => {
    const el = await mount();
    el.value = fixedPlan();
    await settle(el);
    $<HTMLButtonElement>(el, '#clear')!.click();
    await settle(el);
    expect(el.value.pupils).to.have.length(6);
    $<HTMLButtonElement>(el, '#clear-yes')!.click();
    await settle(el);
    expect(el.value.pupils).to.deep.equal([]);
    expect(sessionStorage.length).to.equal(0);
    expect(live(el)).to.equal('Your work has been cleared.');
  });

  it('makes no request beyond the page it is on', async () => {
    const downloads = captureDownloads();
    const clipboard = stubClipboard();
    try {
      const el = await mount(html`<attendance-four-is storage="local"></attendance-four-is>`);
      el.value = fixedPlan();
      await el.loadCsv(generateCohortCsv(200));
      for (const step of ['intelligence', 'intervention', 'impact', 'identify']) {
        $<HTMLButtonElement>(el, `#tab-${step}`)!.click();
        await settle(el);
      }
      $<HTMLButtonElement>(el, '#copy')!.click();
      $<HTMLButtonElement>(el, '#download')!.click();
      await settle(el);
      $<HTMLButtonElement>(el, '#download-ranked')!.click();
      await settle(el);
      expect(offHostRequests()).to.deep.equal([]);
    } finally {
      downloads.restore();
      clipboard.restore();
    }
  });
});
