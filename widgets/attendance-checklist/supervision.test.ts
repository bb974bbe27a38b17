/// <reference types="mocha" />
/**
 * The reflective supervision prompts (content/checklists/supervision.json) in the widget:
 * every prompt is shown, and the text export ("Copy", `toText()`) lists every one of them,
 * in order, under its group, with the council's names filled in.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import './index.ts';
import type { AttendanceChecklist } from './attendance-checklist.ts';
import supervision from '../../content/checklists/supervision.json' with { type: 'json' };
import { defaultLocalNames, fillLocalNames } from '../../content/schemas/local-names.ts';
import { axeViolations, deepActiveElement, offHostRequests, stubClipboard } from '../../test/helpers/browser.ts';
import { $, settle } from '../../test/helpers/widgets.ts';

const prompts = supervision.groups.flatMap((group) => group.items.map((item) => ({ ...item, group: group.title })));

/** Waits until the lazily loaded checklist is on screen (its `updateComplete` waits for it). */
async function loaded(el: AttendanceChecklist) {
  await settle(el);
  expect(el.toText(), 'the checklist loaded').not.to.equal('');
}

describe('attendance-checklist checklist="supervision"', () => {
  it('shows every prompt, and its text export lists every prompt in order under its group', async () => {
    const el = await fixture<AttendanceChecklist>(html`<attendance-checklist checklist="supervision"></attendance-checklist>`);
    await loaded(el);
    const shown = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    const text = el.toText(new Date(2026, 10, 28));
    expect(text.startsWith('Reflective supervision\nDate: 28 November 2026\n')).to.equal(true);
    expect(text).to.contain(`Progress: 0 of ${prompts.length} discussed`);
    let from = 0;
    for (const prompt of prompts) {
      const wording = fillLocalNames(prompt.text, defaultLocalNames);
      expect(wording, `${prompt.id} has no raw placeholder`).not.to.match(/\{\w+\}/);
      expect(shown, `${prompt.id} is shown`).to.contain(wording);
      const group = text.indexOf(`\n${prompt.group}\n`);
      expect(group, `group "${prompt.group}" is in the export`).to.be.greaterThan(-1);
      const at = text.indexOf(` ${wording}\n`, from);
      expect(at, `${prompt.id} is in the export after the one before it`).to.be.greaterThan(-1);
      expect(at, `${prompt.id} comes after its group's title`).to.be.greaterThan(group);
      from = at;
    }
    expect(text).to.contain('Sources\n');
    for (const citation of supervision.citations) expect(text).to.contain(`“${citation.section}”`);
  });

  it('records a status by keyboard, exports it, and stays free of axe violations and requests', async () => {
    const { copied: clipboard, restore } = stubClipboard();
    try {
      const el = await fixture<AttendanceChecklist>(html`<attendance-checklist checklist="supervision" storage="none"></attendance-checklist>`);
      await loaded(el);
      expect(await axeViolations(el), 'empty').to.deep.equal([]);
      const first = el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"]')!;
      first.focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(Object.values(el.value.items).map((s) => s.status)).to.deep.equal(['discussed']);
      expect(deepActiveElement()).not.to.equal(document.body);
      $<HTMLButtonElement>(el, '#copy')!.click();
      await settle(el);
      expect(clipboard.length).to.equal(1);
      expect(clipboard[0]).to.contain(`Progress: 1 of ${prompts.length} discussed`);
      expect(clipboard[0]).to.contain('Status: Discussed');
      expect(await axeViolations(el), 'partly done').to.deep.equal([]);
      expect(offHostRequests()).to.deep.equal([]);
    } finally {
      restore();
    }
  });
});
