/// <reference types="mocha" />
import { expect, fixture, html } from '@open-wc/testing';
import '../attendance-calculator/index.ts';

describe('theming without forking', () => {
  it('takes colours from custom properties and ::part rules on the host page', async () => {
    const style = document.createElement('style');
    style.textContent = `
      attendance-calculator.council { --apk-color-accent: rgb(1, 2, 3); }
      attendance-calculator.council::part(base) { border-color: rgb(4, 5, 6); }`;
    document.head.append(style);
    try {
      const plain = await fixture(html`<attendance-calculator></attendance-calculator>`);
      const themed = await fixture(html`<attendance-calculator class="council"></attendance-calculator>`);
      const accentOf = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.result')!).borderLeftColor;
      const baseBorderOf = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('[part="base"]')!).borderTopColor;
      expect(accentOf(themed)).to.equal('rgb(1, 2, 3)');
      expect(accentOf(plain)).not.to.equal('rgb(1, 2, 3)');
      expect(baseBorderOf(themed)).to.equal('rgb(4, 5, 6)');
      expect(baseBorderOf(plain)).not.to.equal('rgb(4, 5, 6)');
    } finally {
      style.remove();
    }
  });
});
