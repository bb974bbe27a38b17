/// <reference types="mocha" />
/**
 * Storage faults (issue 10, item 3), run against every widget: the device full mid-save,
 * storage throwing on read, saved work that cannot be read (kept, downloadable, discardable),
 * and another tab saving the same widget's work. The behaviour is written once, in
 * kit-widget.ts and storage-faults.ts; README "When saving goes wrong" states it.
 */
import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../attendance-calculator/index.ts';
import '../attendance-checklist/index.ts';
import '../attendance-push-pull/index.ts';
import '../attendance-four-is/index.ts';
import { checklistFormatVersion } from '../attendance-checklist/state.ts';
import { pushPullFormatVersion } from '../attendance-push-pull/state.ts';
import { formatVersion as fourIsFormatVersion } from '../attendance-four-is/state.ts';
import { axeViolations, deepActiveElement } from '../../test/helpers/browser.ts';
import { $, liveMessages, settle, tabTo, text, typeInto as typeKeys, type Widget } from '../../test/helpers/widgets.ts';
import { recordTrials } from '../../test/helpers/trials-browser.ts';

/** How to do work in each widget as a person would, one change at a time, and read it back. */
interface Driver {
  tag: string;
  /** The storage key for `storage-key="faults"`. */
  key: string;
  version: number;
  /** Saved work to start from (the push and pull map needs a factor to write against). */
  seed?: unknown;
  /** What a person types: each character is one change the widget saves. */
  sample: string;
  type(el: Widget, text: string): Promise<void>;
  /** What was typed, read back from the widget's value. */
  typed(el: Widget): string;
}

/** Types into a field one character at a time, each an `input` event as a keystroke gives, once the widget has drawn its latest value. */
async function typeInto(el: Widget, selector: string, value: string) {
  await settle(el);
  await typeKeys(el, $<HTMLInputElement | HTMLTextAreaElement>(el, selector)!, value);
}

const ownFactor = { id: 'own-1', from: 'own', label: 'Something of our own', lane: 'push', strength: 3, setting: 'in-school', words: '' };

const drivers: Driver[] = [
  {
    tag: 'attendance-calculator',
    key: 'attendance-kit:attendance-calculator:faults',
    version: 1,
    sample: '1234',
    type: (el, value) => typeInto(el, '#possible', value),
    typed: (el) => (el.value as { possible: string }).possible,
  },
  {
    tag: 'attendance-checklist',
    key: 'attendance-kit:attendance-checklist:assessment:faults',
    version: checklistFormatVersion,
    sample: 'Spoke to Ms Khan',
    type: (el, value) => typeInto(el, '#n-underlying-issues', value),
    typed: (el) => (el.value as { items: Record<string, { note: string }> }).items['underlying-issues']?.note ?? '',
  },
  {
    tag: 'attendance-push-pull',
    key: 'attendance-kit:attendance-push-pull:faults',
    version: pushPullFormatVersion,
    seed: { factors: [ownFactor], adjustments: [] },
    sample: 'Feels lost',
    type: (el, value) => typeInto(el, '#w-own-1', value),
    typed: (el) => (el.value as { factors: { words: string }[] }).factors[0]?.words ?? '',
  },
  {
    tag: 'attendance-four-is',
    key: 'attendance-kit:attendance-four-is:faults',
    version: fourIsFormatVersion,
    sample: 'KA12',
    // Each cohort loaded is one change; a growing reference stands in for typing.
    type: async (el, value) => {
      const loader = el as Widget & { loadCsv(csv: string): Promise<unknown> };
      const start = drivers[3]!.typed(el);
      for (const [index] of [...value].entries()) {
        await loader.loadCsv(`Ref,Possible,Attended,Status\n${start + value.slice(0, index + 1)},100,80,CIN\n`);
        await settle(el);
      }
    },
    typed: (el) => (el.value as { pupils: { ref: string }[] }).pupils[0]?.ref ?? '',
  },
];

const envelope = (driver: Driver, data: unknown, savedAt = new Date().toISOString()) => JSON.stringify({ version: driver.version, savedAt, data });

/** A valid saved copy holding `value`, as another tab would write it: typed into a widget that keeps nothing. */
async function copyHolding(driver: Driver, value: string): Promise<unknown> {
  const scratch = await mount(driver, 'none');
  if (driver.seed) scratch.value = structuredClone(driver.seed);
  await settle(scratch);
  await driver.type(scratch, value);
  const data = structuredClone(scratch.value);
  scratch.remove();
  return data;
}

async function mount(driver: Driver, storage = 'local'): Promise<Widget> {
  const el = await fixture<Widget>(`<${driver.tag} storage="${storage}" storage-key="faults"></${driver.tag}>`);
  await settle(el);
  return el;
}

/** Uncaught errors and rejections while a test runs: there must be none. */
let uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(String(event.message));
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));

const saved = (key: string) => JSON.parse(localStorage.getItem(key) ?? 'null') as { data: unknown } | null;

async function expectAxeClean(el: Widget, state: string) {
  expect(await axeViolations(el), `axe, ${state}`).to.deep.equal([]);
}

const originalSetItem = Storage.prototype.setItem;
const originalGetItem = Storage.prototype.getItem;

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  uncaught = [];
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

afterEach(() => {
  Storage.prototype.setItem = originalSetItem;
  Storage.prototype.getItem = originalGetItem;
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  expect(uncaught, 'uncaught errors').to.deep.equal([]);
});

for (const driver of drivers) {
  describe(`${driver.tag}: storage faults`, () => {
    const seeded = () => driver.seed && localStorage.setItem(driver.key, envelope(driver, driver.seed));

    it('keeps the work on screen and the earlier copy when the device fills up mid-save, says so once, and clears the warning on the next save', async () => {
      seeded();
      const el = await mount(driver);
      const heard = liveMessages(el);
      const [first, rest] = [driver.sample.slice(0, 2), driver.sample.slice(2)];
      await driver.type(el, first);
      const earlier = JSON.stringify(saved(driver.key)!.data);
      expect(earlier).to.equal(JSON.stringify(el.value));

      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      await driver.type(el, rest);
      expect(driver.typed(el)).to.equal(driver.sample);
      expect(JSON.stringify(saved(driver.key)!.data), 'the earlier copy is left as it was').to.equal(earlier);
      expect(text(el, '.storage-line')).to.equal('Not saved: the device storage is full. Your work is still here: copy or download it before you leave.');
      await settle(el);
      expect(
        heard.filter((said) => said.startsWith('Not saved')),
        'said once, not on every keystroke',
      ).to.have.length(1);
      await expectAxeClean(el, 'save failed');

      Storage.prototype.setItem = originalSetItem;
      await driver.type(el, '9');
      expect(text(el, '.storage-line')).to.match(/^Saved on this device only, at \d\d:\d\d\.$/);
      expect(JSON.stringify(saved(driver.key)!.data)).to.equal(JSON.stringify(el.value));
      await recordTrials({ category: 'storage-faults', check: `${driver.tag}: device full mid-save`, tried: rest.length + 1 });
    });

    it('starts empty, says it cannot save and writes nothing when reading storage throws', async () => {
      const before = driver.seed ? envelope(driver, driver.seed) : envelope(driver, { unseen: true });
      localStorage.setItem(driver.key, before);
      Storage.prototype.getItem = function () {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      const el = await mount(driver);
      expect(text(el, '.storage-line')).to.equal('Not saved: this browser is blocking storage. Copy your work before you leave.');
      expect(text(el, '.storage-restore')).to.equal('');
      if (driver.seed) el.value = structuredClone(driver.seed);
      await driver.type(el, driver.sample);
      expect(driver.typed(el)).to.equal(driver.sample);
      Storage.prototype.getItem = originalGetItem;
      expect(localStorage.getItem(driver.key), 'what could not be read is not overwritten').to.equal(before);
      await expectAxeClean(el, 'read failed');
      await recordTrials({ category: 'storage-faults', check: `${driver.tag}: storage throws on read`, tried: driver.sample.length });
    });

    it('works without saving when the localStorage getter itself throws SecurityError', async () => {
      const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
      try {
        const el = await mount(driver);
        expect(text(el, '.storage-line')).to.contain('this browser is blocking storage');
        if (driver.seed) el.value = structuredClone(driver.seed);
        await driver.type(el, driver.sample);
        expect(driver.typed(el)).to.equal(driver.sample);
        // Another tab's save event cannot reach blocked storage either.
        window.dispatchEvent(new StorageEvent('storage', { key: driver.key, newValue: '{}' }));
        await settle(el);
        expect(driver.typed(el)).to.equal(driver.sample);
      } finally {
        Object.defineProperty(window, 'localStorage', descriptor);
      }
      await recordTrials({ category: 'storage-faults', check: `${driver.tag}: storage getter throws`, tried: 1 });
    });

    const unreadable: [string, string, string][] = [
      ['not JSON', '{"version":1,"data":{', 'it is damaged'],
      [
        'the wrong shape',
        JSON.stringify({ version: driver.version, savedAt: 'x', data: { nothing: 'like it' } }),
        `it does not hold what this tool expects (format ${driver.version})`,
      ],
      ['a newer version', JSON.stringify({ version: 999, savedAt: 'x', data: {} }), 'it was saved by a newer version of this tool (format 999)'],
    ];
    for (const [what, raw, reason] of unreadable) {
      it(`keeps saved work that is ${what}, saves new work beside it, and offers it to download or discard by keyboard`, async () => {
        localStorage.setItem(driver.key, raw);
        const el = await mount(driver);
        await settle(el);
        expect(!!$(el, '#unreadable'), 'the unreadable notice').to.equal(true);
        expect(text(el, '#unreadable')).to.equal(
          `Saved work on this device could not be read (${reason}), so you are starting afresh. The unreadable copy is kept: download it to keep it or to ask for help with it, or discard it.`,
        );
        expect($(el, '[role="group"][aria-labelledby="unreadable"]')).to.exist;
        await expectAxeClean(el, `unreadable saved work (${what})`);

        if (driver.seed) el.value = structuredClone(driver.seed);
        await driver.type(el, driver.sample);
        expect(driver.typed(el)).to.equal(driver.sample);
        expect(JSON.stringify(saved(driver.key)!.data), 'new work is saved').to.equal(JSON.stringify(el.value));
        expect(localStorage.getItem(`${driver.key}:unreadable`), 'the unreadable copy is kept, not overwritten').to.equal(raw);

        const link = $<HTMLAnchorElement>(el, '#download-unreadable')!;
        expect(link.download).to.match(new RegExp(`^${driver.tag}-unreadable-saved-work-\\d{4}-\\d\\d-\\d\\d\\.json$`));
        const file = await (await fetch(link.href)).json();
        expect(file).to.include({ tool: driver.tag, storageKey: driver.key, unreadableSavedWork: raw });

        // A later visit still offers the kept copy, with the work restored. (This visit's widget
        // leaves the page meanwhile: two widgets on one page may not share a key.)
        const page = el.parentNode!;
        el.remove();
        const again = await mount(driver);
        await settle(again);
        expect(!!$(again, '#unreadable'), 'the notice on a later visit').to.equal(true);
        expect(text(again, '#unreadable')).to.contain('An earlier saved copy that this tool could not read is kept on this device');
        expect(driver.typed(again)).to.equal(driver.sample);
        again.remove();
        page.appendChild(el);
        await settle(el);

        $<HTMLElement>(el, '#download-unreadable')!.focus();
        await tabTo('discard-unreadable');
        await sendKeys({ press: 'Enter' });
        await settle(el);
        expect(localStorage.getItem(`${driver.key}:unreadable`)).to.equal(null);
        expect($(el, '#unreadable')).to.equal(null);
        expect((deepActiveElement() as HTMLElement).id, 'focus moves to what happened').to.equal('storage-outcome');
        expect(text(el, '#storage-outcome')).to.equal('The unreadable copy has been discarded.');
        expect(driver.typed(el)).to.equal(driver.sample);
        await expectAxeClean(el, 'unreadable copy discarded');
        await recordTrials({ category: 'storage-faults', check: `${driver.tag}: saved work ${what}`, tried: 1 });
      });
    }

    it('saves nothing over unreadable saved work before it is set aside, even a change made at once', async () => {
      localStorage.setItem(driver.key, '{broken');
      const el = document.createElement(driver.tag) as Widget;
      el.setAttribute('storage', 'local');
      el.setAttribute('storage-key', 'faults');
      document.body.append(el);
      try {
        // Straight after it opens its storage, before the notice's module has loaded.
        el.value = structuredClone(driver.seed ?? el.value);
        await settle(el);
        expect(!!$(el, '#unreadable'), 'the unreadable notice').to.equal(true);
        await settle(el);
        expect(localStorage.getItem(`${driver.key}:unreadable`)).to.equal('{broken');
        expect(JSON.stringify(saved(driver.key)!.data), 'the change is saved once the copy is set aside').to.equal(JSON.stringify(el.value));
      } finally {
        el.remove();
      }
      await recordTrials({ category: 'storage-faults', check: `${driver.tag}: change before unreadable copy set aside`, tried: 1 });
    });

    it('discards an unreadable copy nothing has been saved over yet, and then starts clean', async () => {
      localStorage.setItem(driver.key, '{broken');
      const el = await mount(driver);
      await settle(el);
      expect(!!$(el, '#discard-unreadable'), 'the discard button').to.equal(true);
      $<HTMLButtonElement>(el, '#discard-unreadable')!.click();
      await settle(el);
      expect(localStorage.getItem(driver.key)).to.equal(null);
      expect(localStorage.getItem(`${driver.key}:unreadable`)).to.equal(null);
      const again = await mount(driver);
      expect($(again, '#unreadable')).to.equal(null);
    });

    describe('another tab saves the same work', () => {
      /** What another tab does: writes its copy, and this tab hears the `storage` event. */
      async function otherTabSaves(el: Widget, data: unknown | null, savedAt = '2026-11-27T10:15:00.000Z') {
        const oldValue = localStorage.getItem(driver.key);
        const newValue = data === null ? null : envelope(driver, data, savedAt);
        if (newValue === null) localStorage.removeItem(driver.key);
        else localStorage.setItem(driver.key, newValue);
        window.dispatchEvent(new StorageEvent('storage', { key: driver.key, oldValue, newValue, storageArea: localStorage, url: location.href }));
        await settle(el);
        expect(!!$(el, '#other-tab') || !!$(el, '#storage-outcome'), 'the widget to hear the other tab').to.equal(true);
        await settle(el);
        return newValue;
      }

      it("takes the other tab's version when this tab has changed nothing, and says so", async () => {
        seeded();
        const el = await mount(driver);
        const heard = liveMessages(el);
        const theirs = await copyHolding(driver, 'Z9');
        const written = await otherTabSaves(el, theirs);
        expect(JSON.stringify(el.value)).to.equal(JSON.stringify(theirs));
        const time = new Date('2026-11-27T10:15:00.000Z').toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
        expect(text(el, '#storage-outcome')).to.equal(`Updated with the version saved in another tab or window at ${time}.`);
        expect(heard).to.include(`Updated with the version saved in another tab or window at ${time}.`);
        expect(localStorage.getItem(driver.key), 'not saved again: it would echo back to the other tab').to.equal(written);
        await recordTrials({ category: 'storage-faults', check: `${driver.tag}: other tab saved, nothing changed here`, tried: 1 });
      });

      it('asks which version to keep when both tabs changed it, holds its saves meanwhile, and keeps this one by keyboard', async () => {
        seeded();
        const el = await mount(driver);
        await driver.type(el, driver.sample);
        const theirs = await copyHolding(driver, 'Z9');
        await otherTabSaves(el, theirs);
        expect(text(el, '#other-tab')).to.contain('This tool was also changed in another tab or window, which saved its version at');
        expect(driver.typed(el), "this tab's work stays on screen").to.equal(driver.sample);
        await expectAxeClean(el, 'two versions');

        await driver.type(el, '7');
        expect(JSON.stringify(saved(driver.key)!.data), "the other tab's version is not overwritten unseen").to.equal(JSON.stringify(theirs));

        $<HTMLElement>(el, '#load-other')!.focus();
        await tabTo('keep-this');
        await sendKeys({ press: 'Enter' });
        await settle(el);
        expect((deepActiveElement() as HTMLElement).id).to.equal('storage-outcome');
        expect(text(el, '#storage-outcome')).to.equal("Kept this version: it has replaced the other tab's version on this device.");
        expect(driver.typed(el)).to.equal(driver.sample + '7');
        expect(JSON.stringify(saved(driver.key)!.data), 'last write wins').to.equal(JSON.stringify(el.value));
        await expectAxeClean(el, 'kept this version');
        await recordTrials({ category: 'storage-faults', check: `${driver.tag}: both tabs changed it, keep this one`, tried: 2 });
      });

      it("loads the other tab's version when the person chooses it", async () => {
        seeded();
        const el = await mount(driver);
        await driver.type(el, driver.sample);
        const theirs = await copyHolding(driver, 'Z9');
        await otherTabSaves(el, theirs);
        $<HTMLButtonElement>(el, '#load-other')!.click();
        await settle(el);
        expect(JSON.stringify(el.value)).to.equal(JSON.stringify(theirs));
        expect((deepActiveElement() as HTMLElement).id).to.equal('storage-outcome');
        // Saves go through again.
        await driver.type(el, '5');
        expect(JSON.stringify(saved(driver.key)!.data)).to.equal(JSON.stringify(el.value));
        await recordTrials({ category: 'storage-faults', check: `${driver.tag}: both tabs changed it, load the other`, tried: 1 });
      });

      it('clears when the other tab cleared and this one changed nothing; asks when it had', async () => {
        seeded();
        const el = await mount(driver);
        await otherTabSaves(el, null);
        expect(text(el, '#storage-outcome')).to.equal('Cleared, as it was in another tab or window.');
        expect(driver.typed(el)).to.equal('');
        if (driver.seed) el.value = structuredClone(driver.seed);
        await driver.type(el, driver.sample);
        await otherTabSaves(el, null);
        expect(text(el, '#other-tab')).to.contain('This tool was cleared in another tab or window.');
        expect(text(el, '#load-other')).to.equal('Clear it here too');
        expect(driver.typed(el)).to.equal(driver.sample);
        await recordTrials({ category: 'storage-faults', check: `${driver.tag}: other tab cleared`, tried: 2 });
      });

      it('ignores other keys and other storage areas, so several instances and session storage keep working', async () => {
        const wrapper = await fixture<HTMLDivElement>(
          `<div><${driver.tag} storage="local" storage-key="one"></${driver.tag}><${driver.tag} storage="session" storage-key="faults"></${driver.tag}></div>`,
        );
        const [one, session] = [...wrapper.children] as Widget[];
        for (const el of [one!, session!]) await settle(el);
        if (driver.seed) session!.value = structuredClone(driver.seed);
        await driver.type(session!, driver.sample);
        const theirs = await copyHolding(driver, 'Z9');
        localStorage.setItem(driver.key, envelope(driver, theirs));
        window.dispatchEvent(new StorageEvent('storage', { key: driver.key, newValue: envelope(driver, theirs), storageArea: localStorage }));
        await settle(session!);
        expect(driver.typed(session!)).to.equal(driver.sample);
        expect($(session!, '#other-tab')).to.equal(null);
        expect($(one!, '#other-tab')).to.equal(null);
        expect(JSON.parse(sessionStorage.getItem(driver.key)!).data).to.deep.equal(session!.value);
        await recordTrials({ category: 'storage-faults', check: `${driver.tag}: other keys and areas ignored`, tried: 2 });
      });
    });
  });
}
