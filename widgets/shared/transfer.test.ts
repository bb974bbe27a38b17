/// <reference types="mocha" />
/**
 * The transfer contract (shared/transfer.ts), run the same way on every widget that has "Use
 * your work": copy (and the text to copy by hand when the clipboard refuses), download a file
 * that imports back to the same work, and a wrong file refused with a message the file control
 * points to, each said on screen and once through the widget's live region. The block itself
 * loads after the widget's first paint; when it cannot, the widget says so and offers to try again.
 */
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../attendance-checklist/index.ts';
import '../attendance-four-is/index.ts';
import '../attendance-push-pull/index.ts';
import { checklistStrings } from '../attendance-checklist/strings.ts';
import { pushPullStrings } from '../attendance-push-pull/strings.ts';
import { shellStrings } from '../attendance-four-is/shell-strings.ts';
import type { TransferStrings } from './transfer.ts';
import { axeViolations, captureDownloads, deepActiveElement, stubClipboard } from '../../test/helpers/browser.ts';
import { $, importFile, liveMessages, settle, text, type Widget } from '../../test/helpers/widgets.ts';
import { widgetSamples } from '../../test/helpers/widget-samples.ts';

type Transferring = Widget & { toText(): string | Promise<string>; reset(): void };

/** Each widget with "Use your work", its words for it and the start of its file's name. */
const widgets: { tag: string; strings: TransferStrings; file: string }[] = [
  { tag: 'attendance-checklist', strings: checklistStrings, file: 'assessment' },
  { tag: 'attendance-push-pull', strings: pushPullStrings, file: 'push-and-pull' },
  { tag: 'attendance-four-is', strings: shellStrings, file: 'four-is-plan' },
];

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

// First in the file: the block must not have been loaded on this page yet.
describe('the “Use your work” block fails to load (its file gone after a deploy), then loads', () => {
  it('says so with “Try again”, changes and saves nothing, and loads it afresh on “Try again”', async () => {
    await executeServerCommand('fail-next-request', { path: '/widgets/shared/transfer-block.ts' });
    const el = await fixture<Transferring>(`<attendance-push-pull storage="local"></attendance-push-pull>`);
    el.value = widgetSamples.find((widget) => widget.tag === 'attendance-push-pull')!.sample();
    await settle(el);
    const before = { value: structuredClone(el.value), saved: { ...localStorage } };
    expect(text(el, '#transfer-failed')).to.equal(pushPullStrings.actionsFailed);
    expect($(el, '#copy')).to.equal(null);
    expect(await axeViolations(el)).to.deep.equal([]);
    $<HTMLButtonElement>(el, '#transfer-retry')!.click();
    await settle(el);
    expect($(el, '#transfer-failed')).to.equal(null);
    expect(deepActiveElement()).to.equal($(el, '#copy'));
    expect({ value: el.value, saved: { ...localStorage } }).to.deep.equal(before);
  });
});

for (const { tag, strings, file } of widgets) {
  const sample = widgetSamples.find((widget) => widget.tag === tag)!.sample;

  describe(`${tag}: copy, download and import (the shared transfer contract)`, () => {
    async function mount(): Promise<Transferring> {
      const el = await fixture<Transferring>(`<${tag} storage="none"></${tag}>`);
      el.value = sample();
      await settle(el);
      return el;
    }

    it('copies the work as text and says so, on screen and once to screen readers', async () => {
      const clipboard = stubClipboard();
      try {
        const el = await mount();
        const heard = liveMessages(el);
        $<HTMLButtonElement>(el, '#copy')!.click();
        await settle(el);
        expect(clipboard.copied).to.deep.equal([await el.toText()]);
        expect(text(el, '#action-message')).to.equal(strings.copied);
        expect(heard).to.deep.equal([strings.copied]);
        expect($(el, '#copy-text')).to.equal(null);
      } finally {
        clipboard.restore();
      }
    });

    it('shows the text selected for copying by hand when the clipboard refuses, described by the message', async () => {
      const clipboard = stubClipboard(false);
      try {
        const el = await mount();
        $<HTMLButtonElement>(el, '#copy')!.click();
        await settle(el);
        const area = $<HTMLTextAreaElement>(el, '#copy-text')!;
        expect(area.value).to.equal(await el.toText());
        expect(area.getAttribute('aria-describedby')).to.equal('action-message');
        expect(text(el, '#action-message')).to.equal(strings.copyRefused);
        expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
        expect(await axeViolations(el)).to.deep.equal([]);
      } finally {
        clipboard.restore();
      }
    });

    it('downloads a dated file that imports back to the same work', async () => {
      const downloads = captureDownloads();
      try {
        const el = await mount();
        const made = structuredClone(el.value);
        $<HTMLButtonElement>(el, '#download')!.click();
        await settle(el);
        expect(downloads.names).to.have.length(1);
        expect(downloads.names[0]).to.match(new RegExp(`^${file}-\\d{4}-\\d\\d-\\d\\d\\.json$`));
        expect(text(el, '#action-message')).to.equal(strings.downloaded);
        const saved = await downloads.blobs[0]!.text();
        el.reset();
        await settle(el);
        expect(el.value).not.to.deep.equal(made);
        const heard = liveMessages(el);
        await importFile(el, saved, downloads.names[0]);
        expect(el.value).to.deep.equal(made);
        expect(text(el, '#action-message')).to.equal(strings.imported);
        expect(heard).to.deep.equal([strings.imported]);
      } finally {
        downloads.restore();
      }
    });

    it('refuses a file that is not its own, changes nothing, and points the file control at the reason', async () => {
      const el = await mount();
      const before = structuredClone(el.value);
      const heard = liveMessages(el);
      await importFile(el, '{"format": "something-else"}', 'other.json');
      expect(el.value).to.deep.equal(before);
      const reason = text(el, '#import-error');
      expect(reason).not.to.equal('');
      expect($(el, '#import')!.getAttribute('aria-describedby')).to.equal('import-hint import-error');
      expect(heard).to.deep.equal([reason]);
      expect(await axeViolations(el)).to.deep.equal([]);
    });
  });
}
