/// <reference types="mocha" />
/**
 * Issue 14, item 5: inside a frame (as on the iframe embed pages, /embed/), every link a widget
 * shows opens in a new tab, with rel="noopener" and words saying so for screen readers, so the
 * frame never navigates away from the tool. On a page of its own, links stay as they are.
 */
import { expect, fixture } from '@open-wc/testing';
import '../index.ts';
import { fixedPlan } from '../attendance-four-is/fixtures/plan.ts';
import { wcagTags } from '../../test/helpers/browser.ts';
import { settle, type Widget } from '../../test/helpers/widgets.ts';
import { recordTrials } from '../../test/helpers/trials-browser.ts';

/** Every link in the widget's shadow root (and those of widgets inside it), but the download links, which leave nothing. */
function links(root: ParentNode): HTMLAnchorElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].flatMap((el) => [
    ...(el.localName === 'a' && !el.hasAttribute('download') ? [el as HTMLAnchorElement] : []),
    ...(el.shadowRoot ? links(el.shadowRoot) : []),
  ]);
}

/** axe-core run inside the frame's own document, with the WCAG 2.2 A and AA rules. */
async function axeInFrame(frame: HTMLIFrameElement, el: Element): Promise<string[]> {
  const win = frame.contentWindow as Window & typeof globalThis;
  if (!win.axe) {
    const script = frame.contentDocument!.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
    frame.contentDocument!.head.append(script);
    await loaded;
  }
  const results = await win.axe!.run(el, { runOnly: { type: 'tag', values: wcagTags } });
  return (results as { violations: { id: string }[] }).violations.map((v) => v.id);
}

/** What a person sees in each widget that has links, and how to bring every link on screen. */
const widgets: { tag: string; markup: string; show: (el: Widget) => Promise<void> | void; count: number }[] = [
  { tag: 'attendance-checklist', markup: '<attendance-checklist checklist="seven-questions"></attendance-checklist>', show: () => undefined, count: 7 },
  {
    tag: 'attendance-push-pull',
    markup: '<attendance-push-pull></attendance-push-pull>',
    show: (el) => {
      el.value = { factors: [{ id: 'belonging', from: 'library', label: 'Not feeling they belong', lane: 'push', strength: 3, setting: 'in-school', words: '' }], adjustments: [] };
    },
    count: 2,
  },
  {
    tag: 'attendance-four-is',
    markup: '<attendance-four-is storage="none"></attendance-four-is>',
    show: async (el) => {
      el.value = fixedPlan();
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLButtonElement>('#tab-intervention')!.click();
    },
    count: 3,
  },
];

/** Puts the widget in a frame of this page, as the embed pages are framed by a council's. */
async function framed(markup: string): Promise<{ frame: HTMLIFrameElement; el: Widget }> {
  const frame = document.createElement('iframe');
  frame.title = 'A widget in a frame';
  frame.style.width = '900px';
  frame.style.height = '700px';
  frame.srcdoc = `<!doctype html><html lang="en-GB"><head><title>Framed</title></head><body>${markup}<script type="module" src="/widgets/index.ts"></script></body></html>`;
  // The frame's load event comes after its module script has run, which defines the widgets.
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const el = frame.contentDocument!.body.firstElementChild as Widget;
  await frame.contentWindow!.customElements.whenDefined(el.localName);
  await settle(el);
  return { frame, el };
}

for (const widget of widgets) {
  describe(`${widget.tag}: links inside a frame`, () => {
    it('open in a new tab, with rel="noopener" and words saying so', async () => {
      const { frame, el } = await framed(widget.markup);
      try {
        await widget.show(el);
        await settle(el);
        expect(links(el.shadowRoot!).length, 'links shown').to.be.at.least(widget.count);
        const found = links(el.shadowRoot!);
        for (const link of found) {
          expect(link.target, link.href).to.equal('_blank');
          expect(link.rel, link.href).to.equal('noopener');
          expect(link.lastElementChild?.className, link.href).to.equal('visually-hidden');
          expect(link.lastElementChild?.textContent, link.href).to.equal(' (opens in a new tab)');
        }
        expect(await axeInFrame(frame, el)).to.deep.equal([]);
        await recordTrials({ category: 'embedding', check: `${widget.tag}: every link inside a frame opens in a new tab and says so`, tried: found.length });
      } finally {
        frame.remove();
      }
    });

    it('stay in the same tab on a page of their own', async () => {
      const el = await fixture<Widget>(widget.markup);
      await settle(el);
      await widget.show(el);
      await settle(el);
      expect(links(el.shadowRoot!).length, 'links shown').to.be.at.least(widget.count);
      for (const link of links(el.shadowRoot!)) {
        expect(link.hasAttribute('target'), link.href).to.equal(false);
        expect(link.textContent, link.href).not.to.contain('opens in a new tab');
      }
    });
  });
}
