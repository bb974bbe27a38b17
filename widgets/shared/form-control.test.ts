/// <reference types="mocha" />
/**
 * Issue 18, item 4: every widget as a form control and as an element a page sets attributes
 * on, tried on all four widgets the same way (KitWidget writes it once).
 * - A `name` given after the widget is connected submits the value at once, not from the next edit.
 * - A disabled `<fieldset>` around the widget disables its controls (`formDisabledCallback`).
 * - A form the browser restores brings the value back (`formStateRestoreCallback`); a state
 *   that is not a value of the widget changes nothing.
 * - Widgets without an id inside other elements' shadow roots each have their own storage key.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../attendance-calculator/index.ts';
import '../attendance-checklist/index.ts';
import '../attendance-four-is/index.ts';
import '../attendance-push-pull/index.ts';
import { $, $$, settle, text, type Widget } from '../../test/helpers/widgets.ts';
import { widgetSamples } from '../../test/helpers/widget-samples.ts';

type FormWidget = Widget & { name: string | null; formStateRestoreCallback(state: unknown, mode: string): void };

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

for (const { tag, sample: make } of widgetSamples) {
  const sample = make();
  describe(`${tag} as a form control`, () => {
    it('submits its value under a name given after it was connected, before any edit', async () => {
      const form = await fixture<HTMLFormElement>(`<form><${tag} storage="none"></${tag}></form>`);
      const el = form.querySelector<FormWidget>(tag)!;
      await settle(el);
      expect(new FormData(form).has('late')).to.equal(false);
      el.name = 'late';
      await settle(el);
      expect(JSON.parse(new FormData(form).get('late') as string)).to.deep.equal(el.value);
    });

    it('disables every control while a fieldset around it is disabled, and enables them again', async () => {
      const form = await fixture<HTMLFormElement>(`<form><fieldset><${tag} storage="none"></${tag}></fieldset></form>`);
      const el = form.querySelector<FormWidget>(tag)!;
      await settle(el);
      const controls = () => $$(el, 'button, input, textarea, select');
      expect(controls().length, 'controls drawn').to.be.greaterThan(0);
      expect(controls().filter((control) => control.matches(':disabled'))).to.have.length(0);
      form.querySelector('fieldset')!.disabled = true;
      await settle(el);
      expect(
        controls()
          .filter((control) => !control.matches(':disabled'))
          .map((control) => control.id || control.localName),
      ).to.deep.equal([]);
      form.querySelector('fieldset')!.disabled = false;
      await settle(el);
      expect(controls().filter((control) => control.matches(':disabled') && control.id === 'copy')).to.have.length(0);
      expect($(el, 'fieldset.form-scope')!.matches(':disabled')).to.equal(false);
    });

    it('takes back the value the browser restores with the form, and ignores a state that is not its value', async () => {
      const el = await fixture<FormWidget>(`<${tag} storage="none" name="work"></${tag}>`);
      await settle(el);
      const empty = structuredClone(el.value);
      el.formStateRestoreCallback('{"not": "this widget’s value"}', 'restore');
      el.formStateRestoreCallback('not JSON', 'restore');
      el.formStateRestoreCallback(null, 'restore');
      await settle(el);
      expect(el.value).to.deep.equal(empty);
      el.formStateRestoreCallback(JSON.stringify(sample), 'restore');
      await settle(el);
      expect(el.value).to.deep.equal(sample);
    });
  });

  describe(`${tag} inside other elements' shadow roots`, () => {
    it('keeps its own storage key in each, so neither loads nor blocks the other’s work', async () => {
      // Hosts without ids, as two components of another library would be.
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <div></div>
          <div></div>
        </div>`,
      );
      const inHost = async (host: Element) => {
        const root = host.attachShadow({ mode: 'open' });
        root.innerHTML = `<${tag} storage="local"></${tag}>`;
        const el = root.querySelector<FormWidget>(tag)!;
        await settle(el);
        return el;
      };
      const first = await inHost(page.children[0]!);
      first.value = structuredClone(sample);
      await settle(first);
      const second = await inHost(page.children[1]!);
      expect(text(second, '.storage-line')).not.to.contain('another tool on this page uses the same storage key');
      expect(second.value).not.to.deep.equal(first.value);
      second.value = structuredClone(sample);
      await settle(second);
      expect(
        Object.keys(localStorage).filter((key) => key.includes(tag)),
        'one key for each',
      ).to.have.length(2);
    });
  });
}
